package cn.laowu.core.complaint;

import cn.laowu.core.progress.Measure;
import cn.laowu.core.progress.RecordCounter;
import cn.laowu.core.progress.Totals;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** 投诉 of the year by where they came from and the month filed; those due and those concluded on time. */
@Component
class ComplaintCounts implements RecordCounter {

    private final JdbcTemplate jdbc;

    ComplaintCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void count(int year, int lastMonth, Grid grid) {
        String created = RecordCounter.china("created_at");
        jdbc.query("SELECT origin_region_path p, MONTH(" + created + ") m, COUNT(*) n, "
                        + "SUM(CASE WHEN status IN ('CONCLUDED', 'CLOSED') OR conclude_late = 1 THEN 1 ELSE 0 END) due, "
                        + "SUM(CASE WHEN status IN ('CONCLUDED', 'CLOSED') AND conclude_late = 0 THEN 1 ELSE 0 END) ok "
                        + "FROM complaint WHERE created_at >= ? AND created_at < ? GROUP BY origin_region_path, MONTH("
                        + created + ")",
                rs -> {
                    Totals t = grid.at(rs.getString("p"), rs.getInt("m"));
                    t.add(Measure.COMPLAINTS, rs.getLong("n"));
                    t.add(Measure.COMPLAINTS_DUE, rs.getLong("due"));
                    t.add(Measure.COMPLAINTS_ON_TIME, rs.getLong("ok"));
                }, RecordCounter.utc(LocalDate.of(year, 1, 1)), RecordCounter.utc(LocalDate.of(year + 1, 1, 1)));
    }
}
