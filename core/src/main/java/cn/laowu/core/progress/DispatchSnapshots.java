package cn.laowu.core.progress;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.region.RegionSql;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.target.Indicator;
import cn.laowu.core.target.IndicatorCatalogue;
import cn.laowu.core.target.TargetService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * 调度 (002 四(二) "定期调度、跟踪考核"): once a month each region's figure of each indicator is
 * frozen beside its target, its completion and the 时间进度; an indicator more than 10 points
 * behind is 滞后, and a unit 滞后 two snapshots running goes on the 约谈名单 of the level above.
 * A snapshot is written once and never recomputed: a later correction shows in the next one.
 */
@Service
public class DispatchSnapshots {

    private final JdbcTemplate jdbc;
    private final ProgressStore store;
    private final TimeProgress time;
    private final IndicatorCatalogue catalogue;
    private final TargetService targets;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public DispatchSnapshots(JdbcTemplate jdbc, ProgressStore store, TimeProgress time, IndicatorCatalogue catalogue,
                             TargetService targets, RegionService regions, AuditLog audit, Clock clock,
                             ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.store = store;
        this.time = time;
        this.catalogue = catalogue;
        this.targets = targets;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Takes the month's snapshot of every 州 (down to the townships) from freshly rebuilt figures.
     * Refused when it exists: history is not rewritten.
     */
    @Transactional
    public Snapshot take(Actor actor, int year, int month) {
        if (month < 1 || month > 12) {
            throw new RuleViolation("月份应在1到12之间。");
        }
        if (find(year, month).isPresent()) {
            throw new RuleViolation(year + "年" + month + "月的调度已经生成,不能重算;之后的更正会体现在下个月的调度里。");
        }
        store.refresh(year);
        int timePermille = time.permilleAtEndOf(year, month);
        jdbc.update("INSERT INTO dispatch_snapshot (year, month, time_permille, taken_at, taken_by) VALUES (?, ?, ?, ?, ?)",
                year, month, timePermille, LocalDateTime.now(clock), actor.username());
        Snapshot snapshot = find(year, month).orElseThrow();
        List<Indicator> indicators = catalogue.active();
        Optional<Snapshot> previous = previous(snapshot);
        for (Region top : regions.topLevel()) {
            Map<String, Totals> totals = store.rollUp(year, month, top.getPath());
            Map<String, Map<String, Long>> goals = targets.latestValues(year, top.getPath());
            List<Object[]> rows = new ArrayList<>();
            for (Region region : regions.inScope(RegionScope.of(top))) {
                if (region.getLevel() == RegionLevel.VILLAGE) {
                    continue;
                }
                Totals t = totals.getOrDefault(region.getPath(), new Totals());
                Map<String, Long> goal = goals.getOrDefault(region.getCode(), Map.of());
                for (Indicator indicator : indicators) {
                    Long actual = IndicatorValues.actualX100(indicator.code(), t);
                    Long target = goal.get(indicator.code());
                    rows.add(new Object[]{snapshot.id(), region.getCode(), region.getPath(), region.getParentCode(),
                            indicator.code(), actual, target, IndicatorValues.completionPermille(indicator, actual, target),
                            IndicatorValues.behind(indicator, actual, target, timePermille)});
                }
            }
            for (int i = 0; i < rows.size(); i += 1000) {
                jdbc.batchUpdate("INSERT INTO dispatch_row (snapshot_id, region_code, region_path, parent_code, "
                        + "indicator_code, actual_x100, target, completion_permille, behind) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.subList(i, Math.min(rows.size(), i + 1000)));
            }
        }
        previous.ifPresent(before -> interviews(snapshot, before, indicators));
        audit.record(actor, "TAKE_SNAPSHOT", "dispatch_snapshot", snapshot.id(), null, snapshot.label() + "调度");
        events.publishEvent(new DispatchTaken(snapshot, this)); // the bound staff's summaries (DispatchSummaries)
        return snapshot;
    }

    public Optional<Snapshot> find(int year, int month) {
        return jdbc.query("SELECT * FROM dispatch_snapshot WHERE year = ? AND month = ?", DispatchSnapshots::snapshot,
                year, month).stream().findFirst();
    }

    /** Newest first. */
    public List<Snapshot> all() {
        return jdbc.query("SELECT * FROM dispatch_snapshot ORDER BY year DESC, month DESC", DispatchSnapshots::snapshot);
    }

    public Optional<Snapshot> latest() {
        return all().stream().findFirst();
    }

    /** The rows of a region and its direct children: region code → indicator code → row. */
    public Map<String, Map<String, SnapshotRow>> table(Snapshot snapshot, Region parent) {
        Map<String, Map<String, SnapshotRow>> table = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM dispatch_row WHERE snapshot_id = ? AND (region_code = ? OR parent_code = ?) "
                + "ORDER BY region_path", rs -> {
            SnapshotRow row = row(rs);
            table.computeIfAbsent(row.regionCode(), k -> new LinkedHashMap<>()).put(row.indicator(), row);
        }, snapshot.id(), parent.getCode(), parent.getCode());
        return table;
    }

    /** One region's figure of one indicator in each snapshot of the year: the trend, by month. */
    public Map<Integer, SnapshotRow> trend(int year, String regionCode, String indicator) {
        Map<Integer, SnapshotRow> byMonth = new LinkedHashMap<>();
        jdbc.query("SELECT s.month, r.* FROM dispatch_row r JOIN dispatch_snapshot s ON s.id = r.snapshot_id "
                + "WHERE s.year = ? AND r.region_code = ? AND r.indicator_code = ? ORDER BY s.month", rs -> {
            byMonth.put(rs.getInt("month"), row(rs));
        }, year, regionCode, indicator);
        return byMonth;
    }

    /** The 约谈名单 for a level: its direct children behind two snapshots running. */
    public List<Interview> interviews(Snapshot snapshot, Region parent) {
        return jdbc.query("SELECT i.region_code, i.indicators, g.name FROM dispatch_interview i "
                        + RegionSql.joinByCode("g", "i.region_code") + " WHERE i.snapshot_id = ? AND i.parent_code = ? "
                        + "ORDER BY i.region_path",
                (rs, n) -> new Interview(rs.getString(1), rs.getString(3), rs.getString(2)),
                snapshot.id(), parent.getCode());
    }

    public record Interview(String regionCode, String regionName, String indicators) {
    }

    /** The units behind on an indicator in both snapshots, each with those indicators' names, in one batch. */
    private void interviews(Snapshot now, Snapshot before, List<Indicator> indicators) {
        Map<String, Set<String>> behindBefore = behind(before);
        Map<String, String> names = new LinkedHashMap<>();
        indicators.forEach(i -> names.put(i.code(), i.name()));
        Map<String, Object[]> units = new LinkedHashMap<>();
        jdbc.query("SELECT region_code, region_path, parent_code, indicator_code FROM dispatch_row "
                + "WHERE snapshot_id = ? AND behind = 1 ORDER BY region_path, indicator_code", rs -> {
            String code = rs.getString(1);
            if (behindBefore.getOrDefault(code, Set.of()).contains(rs.getString(4))) {
                String name = names.getOrDefault(rs.getString(4), rs.getString(4));
                units.merge(code, new Object[]{now.id(), code, rs.getString(2), rs.getString(3), name},
                        (had, more) -> new Object[]{had[0], had[1], had[2], had[3], had[4] + "、" + more[4]});
            }
        }, now.id());
        jdbc.batchUpdate("INSERT INTO dispatch_interview (snapshot_id, region_code, region_path, parent_code, indicators) "
                + "VALUES (?, ?, ?, ?, ?)", new ArrayList<>(units.values()));
    }

    private Map<String, Set<String>> behind(Snapshot snapshot) {
        Map<String, Set<String>> behind = new LinkedHashMap<>();
        jdbc.query("SELECT region_code, indicator_code FROM dispatch_row WHERE snapshot_id = ? AND behind = 1", rs -> {
            behind.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
        }, snapshot.id());
        return behind;
    }

    private Optional<Snapshot> previous(Snapshot snapshot) {
        return jdbc.query("SELECT * FROM dispatch_snapshot WHERE year * 12 + month < ? ORDER BY year DESC, month DESC "
                + "LIMIT 1", DispatchSnapshots::snapshot, snapshot.year() * 12 + snapshot.month()).stream().findFirst();
    }

    private static SnapshotRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        long actual = rs.getLong("actual_x100");
        Long actualValue = rs.wasNull() ? null : actual;
        long target = rs.getLong("target");
        Long targetValue = rs.wasNull() ? null : target;
        int completion = rs.getInt("completion_permille");
        Integer completionValue = rs.wasNull() ? null : completion;
        return new SnapshotRow(rs.getString("region_code"), rs.getString("region_path"), rs.getString("parent_code"),
                rs.getString("indicator_code"), actualValue, targetValue, completionValue, rs.getBoolean("behind"));
    }

    private static Snapshot snapshot(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Snapshot(rs.getLong("id"), rs.getInt("year"), rs.getInt("month"), rs.getInt("time_permille"),
                rs.getObject("taken_at", LocalDateTime.class), rs.getString("taken_by"));
    }
}
