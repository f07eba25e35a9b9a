package cn.laowu.core.worker;

import cn.laowu.core.region.RegionScope;
import cn.laowu.core.stats.DashboardFigures;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;

/**
 * The archive's tiles: cards, 建档立卡, cards due for the yearly re-confirmation, new cards by month,
 * summed from the archive's tally ({@link WorkerTally}), not counted from the cards.
 */
@Component
class WorkerFigures implements DashboardFigures {

    private final WorkerTally tally;
    private final Clock clock;

    WorkerFigures(WorkerTally tally, Clock clock) {
        this.tally = tally;
        this.clock = clock;
    }

    @Override
    public String feature() {
        return "workers";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Figure> figures(RegionScope scope, Year year) {
        WorkerTally.Totals totals = tally.totals(scope, LocalDateTime.now(clock).minusYears(1));
        return List.of(
                new Figure("archived", "建档人数", "人", totals.cards(), "劳动力资源信息库"),
                new Figure("poverty", "其中建档立卡", "人", totals.poverty(), "劳动力资源信息库"),
                new Figure("stale", "待年度复核", "人", totals.stale(), "一年以上未复核的卡片"));
    }

    @Override
    public List<Series> monthly(RegionScope scope, Year year) {
        return List.of(new Series("新建档", DashboardFigures.twelve(tally.registeredByMonth(scope, year.getValue()))));
    }

    @Override
    public void rebuild() {
        tally.rebuild();
    }
}
