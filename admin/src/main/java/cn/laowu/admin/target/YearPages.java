package cn.laowu.admin.target;

import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.progress.IndicatorValues;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.target.Indicator;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** What the year's pages share: the year shown, the region shown (own or below, never above), figures as text. */
@Component
public class YearPages {

    private final RegionService regions;
    private final Clock clock;

    public YearPages(RegionService regions, Clock clock) {
        this.regions = regions;
        this.clock = clock;
    }

    public int year(Integer asked) {
        int now = ChinaTime.today(clock).getYear();
        return asked == null || asked < 2000 || asked > now + 1 ? now : asked;
    }

    /** The asked region when it is in the person's scope, else their own. */
    public Region region(StaffPrincipal me, String code) {
        return regions.find(code).filter(me.scope()::covers).orElseGet(() -> regions.get(me.regionCode()));
    }

    /** For templates: a figure × 100 in its unit. */
    public String value(Indicator indicator, Long x100) {
        return IndicatorValues.format(indicator, x100);
    }

    /** Tenths of a percent as "82.5%". */
    public String permille(Integer permille) {
        return permille == null ? "—" : String.format("%.1f%%", permille / 10.0);
    }

    /** Fen as 元 with two decimals ("12,345.00"). */
    public String yuan(long fen) {
        return String.format("%,.2f", fen / 100.0);
    }

    /** Fen as 万元 with two decimals (1 万元 = 1,000,000 fen). */
    public String wanFromFen(long fen) {
        return String.format("%.2f", fen / 1_000_000.0);
    }
}
