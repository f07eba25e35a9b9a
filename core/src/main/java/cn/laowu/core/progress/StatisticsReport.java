package cn.laowu.core.progress;

import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.NotFoundInScope;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * 统一统计报表 (002 三(八) "统一统计报表"): one fixed layout for every level, monthly (the year to
 * the month, with the month's new transfers) or yearly (month 12). Read from progress_month, so a
 * level's rows sum exactly to its own total: a child's figures are its subtree's, and what is
 * recorded at the level itself (not below any child) is its own row, "本级".
 */
@Service
public class StatisticsReport {

    private final ProgressStore store;
    private final RegionService regions;

    public StatisticsReport(ProgressStore store, RegionService regions) {
        this.store = store;
        this.regions = regions;
    }

    /**
     * @param monthNew 当月新增转移
     * @param incomeFen 劳务收入 in fen, exact, so rows add up to their total; shown in 万元
     */
    public record Row(String code, String name, int depth, long workers, long workersPoor, long transferOut,
                      long transferProvince, long transferCounty, long transfer, long monthNew, long trained,
                      long trainedEmployed, long incomeFen, long complaints, long complaintsOnTime) {

        static Row of(String code, String name, int depth, Totals t, Totals month) {
            return new Row(code, name, depth, t.get(Measure.WORKERS), t.get(Measure.WORKERS_POOR),
                    t.get(Measure.TRANSFER_OUT), t.get(Measure.TRANSFER_PROVINCE), t.get(Measure.TRANSFER_COUNTY),
                    t.transfer(), month.transfer(), t.get(Measure.TRAINED), t.get(Measure.TRAINED_EMPLOYED),
                    t.get(Measure.INCOME_FEN), t.get(Measure.COMPLAINTS), t.get(Measure.COMPLAINTS_ON_TIME));
        }
    }

    /** @param total the region itself; rows: its children, then "本级" when anything is recorded there */
    public record Report(Region region, int year, int month, Row total, List<Row> rows, Long wageCoveragePercent) {
    }

    public Report report(RegionScope scope, String regionCode, int year, int month) {
        Region region = regions.find(regionCode).filter(scope::covers)
                .orElseThrow(() -> new NotFoundInScope("region " + regionCode));
        Map<String, Totals> toDate = store.rollUp(year, month, region.getPath());
        Map<String, Totals> before = month == 1 ? Map.of() : store.rollUp(year, month - 1, region.getPath());
        List<Row> rows = new ArrayList<>();
        Totals childSum = new Totals();
        Totals childBefore = new Totals();
        for (Region child : regions.children(region.getCode())) {
            Totals t = toDate.getOrDefault(child.getPath(), new Totals());
            Totals b = before.getOrDefault(child.getPath(), new Totals());
            rows.add(Row.of(child.getCode(), child.getName(), 1, t, difference(t, b)));
            childSum.addAll(t);
            childBefore.addAll(b);
        }
        Totals all = toDate.getOrDefault(region.getPath(), new Totals());
        Totals allBefore = before.getOrDefault(region.getPath(), new Totals());
        Totals own = difference(all, childSum);
        if (!own.equals(new Totals())) {
            rows.add(Row.of(region.getCode(), "本级(" + region.getName() + ")", 1, own,
                    difference(own, difference(allBefore, childBefore))));
        }
        return new Report(region, year, month, Row.of(region.getCode(), region.getName() + "合计", 0, all,
                difference(all, allBefore)), rows, all.wageCoveragePercent());
    }

    /**
     * Every unit of the scope down to the townships, in tree order, each with its subtree's figures:
     * the export. Memory grows with the number of regions, never with workers or records.
     */
    public void everyUnit(RegionScope scope, int year, int month, Consumer<Row> sink) {
        Region root = regions.get(scope.rootCode());
        Map<String, Totals> toDate = store.rollUp(year, month, root.getPath());
        Map<String, Totals> before = month == 1 ? Map.of() : store.rollUp(year, month - 1, root.getPath());
        int rootDepth = root.getLevel().ordinal();
        for (Region region : regions.inScope(scope)) {
            if (region.getLevel() == RegionLevel.VILLAGE) {
                continue;
            }
            Totals t = toDate.getOrDefault(region.getPath(), new Totals());
            sink.accept(Row.of(region.getCode(), region.getName(), region.getLevel().ordinal() - rootDepth, t,
                    difference(t, before.getOrDefault(region.getPath(), new Totals()))));
        }
    }

    /** Flows of a month: the year to it minus the year to the month before. */
    private static Totals difference(Totals a, Totals b) {
        Totals d = new Totals();
        for (Measure m : Measure.values()) {
            d.add(m, a.get(m) - b.get(m));
        }
        return d;
    }
}
