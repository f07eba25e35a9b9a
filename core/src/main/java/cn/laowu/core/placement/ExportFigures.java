package cn.laowu.core.placement;

import cn.laowu.core.region.RegionScope;
import cn.laowu.core.stats.DashboardFigures;
import org.springframework.stereotype.Component;

import java.time.Year;
import java.util.List;

/**
 * 劳务输出 (002): work outside the home township. A placement counts when the job is 省外, 省内 or
 * 州内; 县内 jobs are local employment, which the archive cannot place inside or outside the township.
 * Summed from {@link ExportTally}, kept with every placement, not counted from the placements.
 */
@Component
class ExportFigures implements DashboardFigures {

    private final ExportTally tally;

    ExportFigures(ExportTally tally) {
        this.tally = tally;
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
        return List.of(new Figure("exported", year + "年输出人数", "人", tally.workers(scope, year),
                "经组织到县外上岗的人数"));
    }

    @Override
    public List<Series> monthly(RegionScope scope, Year year) {
        return List.of(new Series("输出", DashboardFigures.twelve(tally.workersByMonth(scope, year))));
    }

    @Override
    public void rebuild() {
        tally.rebuild();
    }
}
