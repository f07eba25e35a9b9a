package cn.laowu.admin.target;

import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.progress.DispatchSnapshots;
import cn.laowu.core.progress.Snapshot;
import cn.laowu.core.progress.SnapshotRow;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.target.Indicator;
import cn.laowu.core.target.IndicatorCatalogue;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * 调度表: a month's frozen snapshot for a unit in scope: its children ranked by completion of one
 * indicator, with their 滞后 flags, the 约谈名单, and the unit's trend through the year.
 * Read only for everyone: snapshots are taken by the schedule, never from a page.
 */
@Controller
public class DispatchController {

    private final DispatchSnapshots snapshots;
    private final IndicatorCatalogue catalogue;
    private final RegionService regions;
    private final YearPages pages;

    public DispatchController(DispatchSnapshots snapshots, IndicatorCatalogue catalogue, RegionService regions,
                              YearPages pages) {
        this.snapshots = snapshots;
        this.catalogue = catalogue;
        this.regions = regions;
        this.pages = pages;
    }

    /** A child's line: its rows by indicator, the ranking figure, and the names of what is 滞后. */
    public record Line(Region region, int rank, Map<String, SnapshotRow> rows, Integer completion, List<String> behind) {
    }

    @GetMapping("/console/dispatch")
    public String table(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) Integer year,
                        @RequestParam(required = false) Integer month, @RequestParam(required = false) String region,
                        @RequestParam(required = false) String indicator, @RequestParam(required = false) String period,
                        Model model) {
        if (period != null && period.matches("\\d{4}-\\d{1,2}")) {
            year = Integer.valueOf(period.substring(0, 4));
            month = Integer.valueOf(period.substring(5));
        }
        List<Snapshot> all = snapshots.all();
        Snapshot snapshot = year != null && month != null ? snapshots.find(year, month).orElse(null)
                : all.stream().findFirst().orElse(null);
        Region unit = pages.region(me, region);
        List<Indicator> indicators = catalogue.active();
        Indicator ranked = indicators.stream().filter(i -> i.code().equals(indicator)).findFirst()
                .orElse(indicators.get(0));
        model.addAttribute("snapshots", all);
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("unit", unit);
        model.addAttribute("indicators", indicators);
        model.addAttribute("ranked", ranked);
        model.addAttribute("pages", pages);
        model.addAttribute("drill", RecordsController.LISTABLE);
        List<Region> trail = new ArrayList<>(regions.selfAndAncestors(unit.getPath()).stream()
                .filter(me.scope()::covers).toList());
        java.util.Collections.reverse(trail);
        model.addAttribute("ancestors", trail);
        if (snapshot == null) {
            return "console/year/dispatch";
        }
        Map<String, Map<String, SnapshotRow>> table = snapshots.table(snapshot, unit);
        List<Line> lines = new ArrayList<>();
        for (Region child : regions.children(unit.getCode())) {
            Map<String, SnapshotRow> rows = table.get(child.getCode());
            if (rows == null) {
                continue;
            }
            SnapshotRow r = rows.get(ranked.code());
            lines.add(new Line(child, 0, rows, r == null ? null : r.completionPermille(), indicators.stream()
                    .filter(i -> rows.get(i.code()) != null && rows.get(i.code()).behind()).map(Indicator::name).toList()));
        }
        lines.sort(Comparator.comparing((Line l) -> l.completion() == null ? Integer.MIN_VALUE : l.completion())
                .reversed().thenComparing(l -> l.region().getCode()));
        List<Line> numbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            numbered.add(new Line(l.region(), i + 1, l.rows(), l.completion(), l.behind()));
        }
        model.addAttribute("own", table.getOrDefault(unit.getCode(), Map.of()));
        model.addAttribute("lines", numbered);
        model.addAttribute("interviews", snapshots.interviews(snapshot, unit));
        model.addAttribute("trend", TrendChart.svg(snapshots.trend(snapshot.year(), unit.getCode(), ranked.code()),
                all.stream().filter(s -> s.year() == snapshot.year()).toList()));
        return "console/year/dispatch";
    }
}
