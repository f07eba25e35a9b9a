package cn.laowu.admin.dashboard;

import cn.laowu.core.support.ChinaTime;
import cn.laowu.admin.security.Permission;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.stats.DashboardService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Year;
import java.util.Map;

/** 工作台: the figures of the signed-in person's region, by month and by the regions below. */
@Controller
public class DashboardController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DashboardService dashboard;
    private final Clock clock;

    public DashboardController(DashboardService dashboard, Clock clock) {
        this.dashboard = dashboard;
        this.clock = clock;
    }

    @GetMapping("/console")
    public String dashboard(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Integer year,
                            Model model) {
        Year thisYear = Year.now(clock.withZone(ChinaTime.ZONE));
        Year shown = year == null || year < 2000 || year > thisYear.getValue() ? thisYear : Year.of(year);
        var regions = dashboard.byChildRegion(me.scope());
        var series = dashboard.monthly(me.scope(), shown);
        model.addAttribute("year", shown.getValue());
        model.addAttribute("figures", dashboard.figures(me.scope(), shown));
        model.addAttribute("regions", regions);
        // A training institution sees the county's figures but not the archive they come from.
        model.addAttribute("canViewWorkers", me.can(Permission.VIEW_WORKERS));
        // Inside <script type="application/json">: "<" escaped so no value can close the element.
        model.addAttribute("chartData", JSON.writeValueAsString(Map.of("series", series, "regions", regions))
                .replace("<", "\\u003c"));
        return "console/dashboard";
    }
}
