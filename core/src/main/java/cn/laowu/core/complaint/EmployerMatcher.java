package cn.laowu.core.complaint;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Finds the jobs module's employer record a complaint names (same normalised name), read-only:
 * the complaint keeps the link, the employer record is never changed from here.
 */
@Component
class EmployerMatcher {

    private final JdbcTemplate jdbc;

    EmployerMatcher(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Long match(String key) {
        if (key == null || key.length() < 2) {
            return null;
        }
        // The end of a name is its own part; a place may stand in front of it in either spelling.
        String core = key.length() > 4 ? key.substring(key.length() - 4) : key;
        List<Object[]> candidates = jdbc.query("SELECT id, name FROM employer WHERE name LIKE ? ORDER BY id LIMIT 50",
                (rs, i) -> new Object[]{rs.getLong("id"), rs.getString("name")},
                "%" + core.replace("%", "").replace("_", "") + "%");
        return candidates.stream().filter(c -> EmployerNames.same(key, EmployerNames.key((String) c[1])))
                .map(c -> (Long) c[0]).findFirst().orElse(null);
    }
}
