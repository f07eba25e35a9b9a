package cn.laowu.core.training;

import cn.laowu.core.region.RegionScope;
import cn.laowu.core.worker.WorkerSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * What audits of training subsidies find, shown to the county to look into (never blocked
 * silently): one trainee present at two courses at once, one WeChat account checking in several
 * trainees, rosters mostly filled by hand, and certificates issued en masse on one day.
 */
@Service
public class TrainingSignals {

    /** A roster is suspicious when more than half of at least this many check-ins were typed in. */
    static final int MANUAL_MIN_CHECK_INS = 5;
    /** This many certificates by one institution on one day look like a batch, not an exam. */
    static final int MASS_CERTIFICATES = 30;

    private final JdbcTemplate jdbc;

    public TrainingSignals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public enum Kind {
        OVERLAPPING("同一人同时段在两处签到"),
        SHARED_WECHAT("一个微信为多人签到"),
        MANUAL_ROSTER("名册多为手工考勤"),
        MASS_CERTIFICATES("同日大批发证");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** @param courseId the course to open, or null when the signal spans several */
    public record Signal(Kind kind, String detail, Long courseId) {
    }

    /** The signals of courses held in the scope, newest first within each kind, at most 50 each. */
    public List<Signal> of(RegionScope scope) {
        String path = scope.likePattern();
        List<Signal> out = new ArrayList<>();
        jdbc.query("SELECT DISTINCT " + WorkerSql.NAME + " name, c1.id c1, c1.title t1, c2.title t2, s1.starts_at "
                        + "FROM training_attendance a1 JOIN training_session s1 ON s1.id = a1.session_id "
                        + "JOIN training_enrolment e1 ON e1.id = a1.enrolment_id JOIN training_course c1 ON c1.id = s1.course_id "
                        + "JOIN training_enrolment e2 ON e2.worker_id = e1.worker_id AND e2.id <> e1.id "
                        + "JOIN training_attendance a2 ON a2.enrolment_id = e2.id AND a2.kind = 'CHECK_IN' AND a2.present = 1 "
                        + "JOIN training_session s2 ON s2.id = a2.session_id JOIN training_course c2 ON c2.id = s2.course_id "
                        + WorkerSql.join("e1.worker_id") + " "
                        + "WHERE a1.kind = 'CHECK_IN' AND a1.present = 1 AND c1.id < c2.id "
                        + "AND s1.starts_at < s2.ends_at AND s2.starts_at < s1.ends_at AND c1.region_path LIKE ? "
                        + "ORDER BY s1.starts_at DESC LIMIT 50",
                rs -> {
                    out.add(new Signal(Kind.OVERLAPPING, rs.getString("name") + ":「" + rs.getString("t1") + "」与「"
                            + rs.getString("t2") + "」的课时间重叠,都有签到", rs.getLong("c1")));
                }, path);
        jdbc.query("SELECT a.openid, COUNT(DISTINCT e.worker_id) n, MIN(c.id) course, "
                        + "GROUP_CONCAT(DISTINCT " + WorkerSql.NAME + " ORDER BY " + WorkerSql.NAME + " SEPARATOR '、') names "
                        + "FROM training_attendance a JOIN training_enrolment e ON e.id = a.enrolment_id "
                        + "JOIN training_course c ON c.id = e.course_id " + WorkerSql.join("e.worker_id") + " "
                        + "WHERE a.openid IS NOT NULL AND c.region_path LIKE ? "
                        + "GROUP BY a.openid HAVING COUNT(DISTINCT e.worker_id) > 1 ORDER BY n DESC LIMIT 50",
                rs -> {
                    out.add(new Signal(Kind.SHARED_WECHAT, "同一个微信(…" + tail(rs.getString("openid")) + ")为 "
                            + rs.getInt("n") + " 名学员签到:" + rs.getString("names"), rs.getLong("course")));
                }, path);
        jdbc.query("SELECT c.id, c.title, SUM(a.source = 'MANUAL') manual, COUNT(*) total "
                        + "FROM training_attendance a JOIN training_session s ON s.id = a.session_id "
                        + "JOIN training_course c ON c.id = s.course_id "
                        + "WHERE a.kind = 'CHECK_IN' AND a.present = 1 AND c.region_path LIKE ? GROUP BY c.id, c.title "
                        + "HAVING COUNT(*) >= ? AND SUM(a.source = 'MANUAL') * 2 > COUNT(*) ORDER BY c.id DESC LIMIT 50",
                rs -> {
                    out.add(new Signal(Kind.MANUAL_ROSTER, "「" + rs.getString("title") + "」" + rs.getLong("total")
                            + " 次出勤中 " + rs.getLong("manual") + " 次是手工更正", rs.getLong("id")));
                }, path, MANUAL_MIN_CHECK_INS);
        jdbc.query("SELECT c.institution_name, e.certificate_issued_on, COUNT(*) n, MIN(c.id) course "
                        + "FROM training_enrolment e JOIN training_course c ON c.id = e.course_id "
                        + "WHERE e.certificate_serial IS NOT NULL AND c.region_path LIKE ? "
                        + "GROUP BY c.institution_id, c.institution_name, e.certificate_issued_on HAVING COUNT(*) >= ? "
                        + "ORDER BY e.certificate_issued_on DESC LIMIT 50",
                rs -> {
                    out.add(new Signal(Kind.MASS_CERTIFICATES, rs.getString("institution_name") + " 在 "
                            + rs.getDate("certificate_issued_on") + " 一天发证 " + rs.getLong("n") + " 本", rs.getLong("course")));
                }, path, MASS_CERTIFICATES);
        return out;
    }

    private static String tail(String openid) {
        return openid.length() <= 6 ? openid : openid.substring(openid.length() - 6);
    }
}
