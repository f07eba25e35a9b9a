package cn.laowu.core.training;

import cn.laowu.core.application.ApplicationSql;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.stats.DashboardFigures;
import cn.laowu.core.worker.WorkerSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 培训人数: people of the region (by home) on a course that started in the year, not cancelled or
 * waiting; 结业率 among those with a result; 培训后就业: completed and placed within 3 months.
 */
@Component
public class TrainingFigures implements DashboardFigures {

    private static final String TRAINED = "FROM training_enrolment e JOIN training_course c ON c.id = e.course_id "
            + WorkerSql.join("e.worker_id") + " WHERE " + WorkerSql.livesUnder("?") + " AND c.starts_on >= ? "
            + "AND c.starts_on < ? AND e.status IN ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')";

    private final JdbcTemplate jdbc;

    TrainingFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String feature() {
        return "training";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Figure> figures(RegionScope scope, Year year) {
        Object[] args = {scope.likePattern(), year.atDay(1), year.plusYears(1).atDay(1)};
        long trained = count("SELECT COUNT(DISTINCT e.worker_id) " + TRAINED, args);
        long completed = count("SELECT COUNT(*) " + TRAINED + " AND e.status = 'COMPLETED'", args);
        long judged = count("SELECT COUNT(*) " + TRAINED + " AND e.status IN ('COMPLETED', 'NOT_COMPLETED')", args);
        long employed = count("SELECT COUNT(DISTINCT e.worker_id) " + TRAINED + " AND e.status = 'COMPLETED' "
                + "AND " + ApplicationSql.placedWithin3MonthsOf("e.worker_id", "e.completed_on"), args);
        return List.of(
                new Figure("trained", year + "年培训人数", "人", trained, "本辖区人员参加当年开课的培训"),
                new Figure("training-completion", "培训结业率", "%", judged == 0 ? 0 : Math.round(100.0 * completed / judged),
                        "已登记结果中结业的比例"),
                new Figure("trained-employed", "培训后就业", "人", employed, "结业后3个月内上岗"));
    }

    /** A 培训机构's own work: its courses of the year and their trainees, nothing of the county's. */
    public List<Figure> institution(long accountId, Year year) {
        Object[] args = {accountId, year.atDay(1), year.plusYears(1).atDay(1)};
        String mine = "FROM training_course c WHERE c.institution_id = ? AND c.starts_on >= ? AND c.starts_on < ?";
        String enrolled = "FROM training_enrolment e JOIN training_course c ON c.id = e.course_id WHERE c.institution_id = ? "
                + "AND c.starts_on >= ? AND c.starts_on < ? AND e.status IN ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')";
        return List.of(
                new Figure("my-courses", year + "年本机构开课", "期", count("SELECT COUNT(*) " + mine, args), "本机构当年开课的培训班"),
                new Figure("my-trainees", "参训人数", "人", count("SELECT COUNT(DISTINCT e.worker_id) " + enrolled, args),
                        "本机构培训班的学员"),
                new Figure("my-completed", "结业人数", "人", count("SELECT COUNT(*) " + enrolled + " AND e.status = 'COMPLETED'", args),
                        "已登记结业"),
                new Figure("my-certificates", "取得证书", "人",
                        count("SELECT COUNT(*) " + enrolled + " AND e.certificate_level IS NOT NULL", args), "已登记证书"));
    }

    @Override
    public List<Series> monthly(RegionScope scope, Year year) {
        Map<Integer, Long> byMonth = new HashMap<>();
        jdbc.query("SELECT MONTH(c.starts_on) m, COUNT(DISTINCT e.worker_id) n " + TRAINED + " GROUP BY MONTH(c.starts_on)",
                rs -> {
                    byMonth.put(rs.getInt("m"), rs.getLong("n"));
                }, scope.likePattern(), year.atDay(1), year.plusYears(1).atDay(1));
        return List.of(new Series("培训", DashboardFigures.twelve(byMonth)));
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
