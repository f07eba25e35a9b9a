package cn.laowu.core.placement;

import cn.laowu.core.application.ApplicationSql;
import cn.laowu.core.job.JobSql;
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
 * 劳务输出 (002): work outside the home township. A placement counts when the job is 省外, 省内 or
 * 州内; 县内 jobs are local employment, which the archive cannot place inside or outside the township.
 */
@Component
class ExportFigures implements DashboardFigures {

    private static final String PLACED_AWAY = "FROM " + ApplicationSql.FROM + " " + JobSql.join(ApplicationSql.JOB_ID)
            + " " + WorkerSql.join(ApplicationSql.WORKER_ID) + " WHERE " + WorkerSql.livesUnder("?") + " AND "
            + ApplicationSql.PLACED_BETWEEN + " AND " + JobSql.OUTSIDE_COUNTY;
    private static final String WORKERS = "COUNT(DISTINCT " + ApplicationSql.WORKER_ID + ")";

    private final JdbcTemplate jdbc;

    ExportFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String feature() {
        return "placement";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Figure> figures(RegionScope scope, Year year) {
        Long exported = jdbc.queryForObject("SELECT " + WORKERS + " " + PLACED_AWAY, Long.class,
                scope.likePattern(), year.atDay(1).atStartOfDay(), year.plusYears(1).atDay(1).atStartOfDay());
        return List.of(new Figure("exported", year + "年输出人数", "人", exported == null ? 0 : exported,
                "经组织到县外上岗的人数"));
    }

    @Override
    public List<Series> monthly(RegionScope scope, Year year) {
        Map<Integer, Long> exported = new HashMap<>();
        jdbc.query("SELECT MONTH(" + ApplicationSql.PLACED_AT + ") m, " + WORKERS + " c " + PLACED_AWAY
                        + " GROUP BY MONTH(" + ApplicationSql.PLACED_AT + ")",
                rs -> {
                    exported.put(rs.getInt("m"), rs.getLong("c"));
                },
                scope.likePattern(), year.atDay(1).atStartOfDay(), year.plusYears(1).atDay(1).atStartOfDay());
        return List.of(new Series("输出", DashboardFigures.twelve(exported)));
    }
}
