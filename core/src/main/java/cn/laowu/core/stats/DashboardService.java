package cn.laowu.core.stats;

import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures counties are judged by (004 第二十五条, 000 联动承诺六), for a region and below. A
 * figure whose source feature is not built yet is reported as zero and marked not fed, so the
 * dashboard says so instead of pretending.
 */
@Service
public class DashboardService {

    /**
     * 劳务输出 (002): work outside the home township. A placement counts when the job is 省外, 省内 or
     * 州内; 县内 jobs are local employment, which the archive cannot place inside or outside the township.
     */
    private static final String EXPORTED_SQL = "SELECT COUNT(DISTINCT a.worker_id) FROM job_application a "
            + "JOIN job j ON j.id = a.job_id JOIN worker w ON w.id = a.worker_id "
            + "WHERE w.home_region_path LIKE ? AND a.placed_at >= ? AND a.placed_at < ? AND j.work_area <> 'IN_COUNTY'";

    private final JdbcTemplate jdbc;
    private final RegionService regions;
    private final Clock clock;

    public DashboardService(JdbcTemplate jdbc, RegionService regions, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * @param fed    false while the feature that produces it does not exist yet
     * @param source what the figure is counted from
     */
    public record Figure(String key, String label, String unit, long value, boolean fed, String source) {
    }

    public record Series(String label, List<Long> monthly) {
    }

    public record RegionCount(String code, String name, long workers, long stale) {
    }

    public List<Figure> figures(RegionScope scope, Year year) {
        long archived = count("SELECT COUNT(*) FROM worker WHERE home_region_path LIKE ?", scope.path() + "%");
        long stale = count("SELECT COUNT(*) FROM worker WHERE home_region_path LIKE ? AND confirmed_at < ?",
                scope.path() + "%", LocalDateTime.now(clock).minusYears(1));
        long poor = count("SELECT COUNT(*) FROM worker WHERE home_region_path LIKE ? AND poverty_registered = 1",
                scope.path() + "%");
        long exported = count(EXPORTED_SQL, scope.path() + "%", year.atDay(1).atStartOfDay(),
                year.plusYears(1).atDay(1).atStartOfDay());
        return List.of(
                new Figure("archived", "建档人数", "人", archived, true, "劳动力资源信息库"),
                new Figure("poverty", "其中建档立卡", "人", poor, true, "劳动力资源信息库"),
                new Figure("stale", "待年度复核", "人", stale, true, "一年以上未复核的卡片"),
                new Figure("exported", year + "年输出人数", "人", exported, true, "经组织到县外上岗的人数"),
                new Figure("trained", year + "年培训人数", "人", 0, false, "培训报名上线后自动统计"),
                new Figure("resolved", "投诉办结率", "%", 0, false, "投诉受理上线后自动统计"),
                new Figure("onTime", "按时办结率", "%", 0, false, "投诉受理上线后自动统计"),
                new Figure("paid", year + "年补贴发放额", "元", 0, false, "补贴审核发放上线后自动统计"));
    }

    /** New cards per month of the year: the one monthly series with a source today. */
    public List<Series> monthly(RegionScope scope, Year year) {
        long[] registered = new long[12];
        jdbc.query("SELECT MONTH(created_at) m, COUNT(*) c FROM worker WHERE home_region_path LIKE ? "
                        + "AND created_at >= ? AND created_at < ? GROUP BY MONTH(created_at)",
                rs -> {
                    registered[rs.getInt("m") - 1] = rs.getLong("c");
                },
                scope.path() + "%", year.atDay(1).atStartOfDay(), year.plusYears(1).atDay(1).atStartOfDay());
        List<Series> series = new ArrayList<>();
        series.add(new Series("新建档", toList(registered)));
        long[] exported = new long[12];
        jdbc.query("SELECT MONTH(a.placed_at) m, COUNT(DISTINCT a.worker_id) c FROM job_application a "
                        + "JOIN job j ON j.id = a.job_id JOIN worker w ON w.id = a.worker_id "
                        + "WHERE w.home_region_path LIKE ? AND a.placed_at >= ? AND a.placed_at < ? "
                        + "AND j.work_area <> 'IN_COUNTY' GROUP BY MONTH(a.placed_at)",
                rs -> {
                    exported[rs.getInt("m") - 1] = rs.getLong("c");
                },
                scope.path() + "%", year.atDay(1).atStartOfDay(), year.plusYears(1).atDay(1).atStartOfDay());
        series.add(new Series("输出", toList(exported)));
        series.add(new Series("培训", toList(new long[12])));
        return series;
    }

    /** The archive by the regions directly below the scope's root, in one grouped query. */
    public List<RegionCount> byChildRegion(RegionScope scope) {
        List<Region> children = regions.children(scope.rootCode());
        if (children.isEmpty()) {
            return List.of();
        }
        int prefixLength = children.get(0).getPath().length();
        Map<String, long[]> counts = new HashMap<>();
        jdbc.query("SELECT SUBSTRING(home_region_path, 1, ?) p, COUNT(*) c, "
                        + "SUM(CASE WHEN confirmed_at < ? THEN 1 ELSE 0 END) s "
                        + "FROM worker WHERE home_region_path LIKE ? GROUP BY SUBSTRING(home_region_path, 1, ?)",
                rs -> {
                    counts.put(rs.getString("p"), new long[]{rs.getLong("c"), rs.getLong("s")});
                },
                prefixLength, LocalDateTime.now(clock).minusYears(1), scope.path() + "%", prefixLength);
        return children.stream().map(child -> {
            long[] c = counts.getOrDefault(child.getPath(), new long[2]);
            return new RegionCount(child.getCode(), child.getName(), c[0], c[1]);
        }).toList();
    }

    private long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }

    private static List<Long> toList(long[] values) {
        List<Long> list = new ArrayList<>(values.length);
        for (long value : values) {
            list.add(value);
        }
        return list;
    }
}
