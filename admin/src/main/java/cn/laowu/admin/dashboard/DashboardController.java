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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import cn.laowu.admin.allowance.AllowanceSection;
import cn.laowu.admin.complaint.ComplaintSection;
import cn.laowu.admin.outpost.OutpostSection;
import cn.laowu.admin.training.TrainingSection;
import cn.laowu.core.stats.DashboardFigures;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.training.TrainingFigures;

/** 工作台: the figures of the signed-in person's region, by month and by the regions below. */
@Controller
public class DashboardController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DashboardService dashboard;
    private final Clock clock;

    private final TrainingFigures training;

    public DashboardController(DashboardService dashboard, Clock clock, TrainingFigures training) {
        this.training = training;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    @GetMapping("/console")
    public String dashboard(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Integer year,
                            Model model) {
        Year thisYear = Year.now(clock.withZone(ChinaTime.ZONE));
        Year shown = year == null || year < 2000 || year > thisYear.getValue() ? thisYear : Year.of(year);
        boolean institution = me.role() == StaffRole.TRAINING_PROVIDER;
        Set<String> features = features(me);
        // The archive by region is the offices' work; a training institution's page is its own courses.
        var regions = institution ? List.<DashboardService.RegionCount>of() : dashboard.byChildRegion(me.scope());
        var series = institution ? List.<DashboardFigures.Series>of() : dashboard.monthly(me.scope(), shown, features);
        model.addAttribute("year", shown.getValue());
        model.addAttribute("figures", institution ? training.institution(me.id(), shown)
                : dashboard.figures(me.scope(), shown, features));
        model.addAttribute("regions", regions);
        // A training institution sees the county's figures but not the archive they come from.
        model.addAttribute("canViewWorkers", me.can(Permission.VIEW_WORKERS));
        // Inside <script type="application/json">: "<" escaped so no value can close the element.
        model.addAttribute("chartData", JSON.writeValueAsString(Map.of("series", series, "regions", regions))
                .replace("<", "\\u003c"));
        return "console/dashboard";
    }

    /** The figures of the work each role may open: a section's figures go with its permission. */
    private static Set<String> features(StaffPrincipal me) {
        Set<String> features = new HashSet<>();
        if (me.can(Permission.VIEW_WORKERS)) {
            features.add("workers");
        }
        if (me.can(Permission.VIEW_JOBS)) {
            features.add("placement");
        }
        if (me.can(TrainingSection.VIEW_TRAINING)) {
            features.add("training");
        }
        if (me.can(AllowanceSection.VIEW_ALLOWANCES)) {
            features.add("allowances");
        }
        if (me.can(ComplaintSection.VIEW_COMPLAINTS)) {
            features.add("complaints");
        }
        if (me.can(OutpostSection.VIEW_OUTPOSTS)) {
            features.add("outposts");
        }
        features.add("other");
        return features;
    }
}
