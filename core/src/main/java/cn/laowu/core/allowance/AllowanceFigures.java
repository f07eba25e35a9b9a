package cn.laowu.core.allowance;

import cn.laowu.core.region.RegionScope;
import cn.laowu.core.stats.DashboardFigures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 补贴: applied, approved and paid amounts (元) of the year, and paid by month, for a region and below. */
@Component
class AllowanceFigures implements DashboardFigures {

    private static final String APPROVED = "('PUBLICISED','OBJECTED','IN_BATCH','PAID')";

    private final JdbcTemplate jdbc;

    AllowanceFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String feature() {
        return "allowances";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<Figure> figures(RegionScope scope, Year year) {
        Object[] args = {scope.likePattern(), year.atDay(1).atStartOfDay(), year.plusYears(1).atDay(1).atStartOfDay()};
        long applied = yuan("SELECT SUM(amount_fen) FROM allowance_claim WHERE region_path LIKE ? "
                + "AND created_at >= ? AND created_at < ?", args);
        long approved = yuan("SELECT SUM(amount_fen) FROM allowance_claim WHERE region_path LIKE ? "
                + "AND county_at >= ? AND county_at < ? AND status IN " + APPROVED, args);
        long paid = yuan("SELECT SUM(amount_fen) FROM allowance_claim WHERE region_path LIKE ? "
                + "AND paid_at >= ? AND paid_at < ? AND status = 'PAID'", args);
        return List.of(
                new Figure("allowance_applied", year + "年补贴申请额", "元", applied, "申请和系统生成的补贴金额"),
                new Figure("allowance_approved", year + "年补贴审核通过额", "元", approved, "县审核通过的补贴金额"),
                new Figure("allowance_paid", year + "年补贴发放额", "元", paid, "已标记发放的补贴金额"));
    }

    @Override
    public List<Series> monthly(RegionScope scope, Year year) {
        Map<Integer, Long> paid = new HashMap<>();
        jdbc.query("SELECT MONTH(paid_at) m, SUM(amount_fen) s FROM allowance_claim WHERE region_path LIKE ? "
                        + "AND paid_at >= ? AND paid_at < ? AND status = 'PAID' GROUP BY MONTH(paid_at)",
                rs -> {
                    paid.put(rs.getInt("m"), rs.getLong("s") / 100);
                },
                scope.likePattern(), year.atDay(1).atStartOfDay(), year.plusYears(1).atDay(1).atStartOfDay());
        return List.of(new Series("补贴发放(元)", DashboardFigures.twelve(paid)));
    }

    private long yuan(String sql, Object[] args) {
        Long fen = jdbc.queryForObject(sql, Long.class, args);
        return fen == null ? 0 : fen / 100;
    }
}
