package cn.laowu.core.worker;

import cn.laowu.core.region.RegionScope;
import cn.laowu.core.stats.ArchiveByRegion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/** The archive by the regions below a scope, for the dashboard, in one grouped query. */
@Component
class WorkerCountsByRegion implements ArchiveByRegion {

    private final JdbcTemplate jdbc;

    WorkerCountsByRegion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Counts> byPathPrefix(String pathPrefix, int prefixLength, LocalDateTime staleBefore) {
        Map<String, Counts> counts = new HashMap<>();
        jdbc.query("SELECT SUBSTRING(home_region_path, 1, ?) p, COUNT(*) c, "
                        + "SUM(CASE WHEN confirmed_at < ? THEN 1 ELSE 0 END) s "
                        + "FROM worker WHERE home_region_path LIKE ? GROUP BY SUBSTRING(home_region_path, 1, ?)",
                rs -> {
                    counts.put(rs.getString("p"), new Counts(rs.getLong("c"), rs.getLong("s")));
                },
                prefixLength, staleBefore, RegionScope.below(pathPrefix), prefixLength);
        return counts;
    }
}
