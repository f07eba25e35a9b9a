package cn.laowu.core.broadcast;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;

/** Which jobs tell matching workers by themselves when first published (a switch on the job's page). */
@Component
class AutoNotices {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AutoNotices(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void set(long jobId, boolean on) {
        if (on) {
            jdbc.update("INSERT IGNORE INTO job_auto_notice (job_id, created_at) VALUES (:job, :now)",
                    new MapSqlParameterSource("job", jobId).addValue("now", LocalDateTime.now(clock)));
        } else {
            jdbc.update("DELETE FROM job_auto_notice WHERE job_id = :job", new MapSqlParameterSource("job", jobId));
        }
    }

    boolean on(long jobId) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM job_auto_notice WHERE job_id = :job",
                new MapSqlParameterSource("job", jobId), Long.class);
        return n != null && n > 0;
    }
}
