package cn.laowu.core.training;

import cn.laowu.core.application.ApplicationSql;
import cn.laowu.core.progress.Measure;
import cn.laowu.core.progress.RecordCounter;
import cn.laowu.core.worker.WorkerSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;

/** 培训人数 (each worker's first course of the year) and 培训后就业 (placed within 3 months of 结业). */
@Component
class TrainingCounts implements RecordCounter {

    private final JdbcTemplate jdbc;

    TrainingCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void count(int year, int lastMonth, Grid grid) {
        Date from = Date.valueOf(LocalDate.of(year, 1, 1));
        Date to = Date.valueOf(LocalDate.of(year + 1, 1, 1));
        query(grid, Measure.TRAINED, "SELECT e.worker_id, MIN(c.starts_on) d FROM training_enrolment e JOIN training_course c "
                + "ON c.id = e.course_id WHERE c.starts_on >= ? AND c.starts_on < ? "
                + "AND e.status IN ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED') GROUP BY e.worker_id", from, to);
        query(grid, Measure.TRAINED_EMPLOYED, "SELECT e.worker_id, MIN(e.completed_on) d FROM training_enrolment e "
                + "WHERE e.status = 'COMPLETED' AND e.completed_on >= ? AND e.completed_on < ? AND "
                + ApplicationSql.placedWithin3MonthsOf("e.worker_id", "e.completed_on") + " GROUP BY e.worker_id", from, to);
    }

    /** {@code perWorker} gives each worker once with the day (d) that counts, grouped here by home and month. */
    private void query(Grid grid, Measure measure, String perWorker, Object... args) {
        jdbc.query("SELECT " + WorkerSql.HOME_PATH + " p, MONTH(t.d) m, COUNT(*) n FROM (" + perWorker + ") t "
                        + WorkerSql.join("t.worker_id") + " GROUP BY " + WorkerSql.HOME_PATH + ", MONTH(t.d)",
                rs -> {
                    grid.at(rs.getString("p"), rs.getInt("m")).add(measure, rs.getLong("n"));
                }, args);
    }
}
