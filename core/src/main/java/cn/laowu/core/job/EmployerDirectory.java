package cn.laowu.core.job;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Employers looked up by a part of their name, for features that link to one (a complaint names its employer). */
@Component
public class EmployerDirectory {

    /** An employer's id and registered name. */
    public record Named(long id, String name) {
    }

    private final JdbcTemplate jdbc;

    public EmployerDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} employers whose name contains {@code part} (taken literally), oldest first. */
    public List<Named> nameContains(String part, int limit) {
        return jdbc.query("SELECT id, name FROM employer WHERE name LIKE ? ORDER BY id LIMIT ?",
                (rs, i) -> new Named(rs.getLong("id"), rs.getString("name")),
                "%" + part.replace("%", "").replace("_", "") + "%", limit);
    }
}
