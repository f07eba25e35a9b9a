package cn.laowu.core.outpost;

import cn.laowu.core.region.RegionScope;
import cn.laowu.core.stats.DashboardFigures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * Per outpost run by offices in the scope: workers working in its area now, complaints it co-handled
 * this year and the amounts it recovered, jobs it collected and filled, visits to the 合作基地 it looks after.
 */
@Component
class OutpostFigures implements DashboardFigures {

    private final JdbcTemplate jdbc;
    private final OutpostService outposts;
    private final OutpostWorkers workers;
    private final OutpostJobs jobs;

    OutpostFigures(JdbcTemplate jdbc, OutpostService outposts, OutpostWorkers workers, OutpostJobs jobs) {
        this.jdbc = jdbc;
        this.outposts = outposts;
        this.workers = workers;
        this.jobs = jobs;
    }

    @Override
    public String feature() {
        return "outposts";
    }

    @Override
    public int order() {
        return 65;
    }

    @Override
    public List<Figure> figures(RegionScope scope, Year year) {
        Timestamp from = Timestamp.valueOf(year.atDay(1).atStartOfDay());
        Timestamp to = Timestamp.valueOf(year.plusYears(1).atDay(1).atStartOfDay());
        List<Figure> figures = new ArrayList<>();
        for (Outpost o : outposts.list(scope)) {
            if (!o.open()) {
                continue;
            }
            String key = "outpost_" + o.id() + "_";
            Long cases = jdbc.queryForObject("SELECT COUNT(*) FROM complaint_cohandler WHERE outpost_id = ? "
                    + "AND added_at >= ? AND added_at < ?", Long.class, o.id(), from, to);
            Long recovered = jdbc.queryForObject("SELECT COALESCE(SUM(amount_fen), 0) FROM outpost_case_action "
                    + "WHERE outpost_id = ? AND kind = 'RECOVERY' AND at >= ? AND at < ?", Long.class, o.id(), from, to);
            Long visits = jdbc.queryForObject("SELECT COUNT(*) FROM base_visit v JOIN cooperation_base b ON b.id = v.base_id "
                    + "WHERE b.outpost_id = ? AND v.visited_on >= ? AND v.visited_on < ?", Long.class, o.id(),
                    year.atDay(1), year.plusYears(1).atDay(1));
            figures.add(new Figure(key + "workers", o.name() + "·在当地务工", "人", workers.count(o.id()),
                    "目前务工地在该中心服务区域的人员"));
            figures.add(new Figure(key + "cases", o.name() + "·协办投诉", "件", cases == null ? 0 : cases,
                    "本年务工地在服务区域的投诉"));
            figures.add(new Figure(key + "recovered", o.name() + "·协助追回", "元", recovered == null ? 0 : recovered / 100,
                    "驻外中心登记的追回欠薪金额"));
            long[] collected = jobs.collectedAndFilled(o.id());
            figures.add(new Figure(key + "jobs", o.name() + "·收集岗位", "个", collected[0], "驻外中心在当地收集的岗位"));
            figures.add(new Figure(key + "filled", o.name() + "·岗位已招", "人", collected[1], "这些岗位已占用的名额"));
            figures.add(new Figure(key + "visits", o.name() + "·走访合作基地", "次", visits == null ? 0 : visits,
                    "本年走访合作基地的次数"));
        }
        return figures;
    }
}
