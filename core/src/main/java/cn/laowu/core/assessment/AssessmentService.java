package cn.laowu.core.assessment;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.progress.IndicatorValues;
import cn.laowu.core.progress.Measure;
import cn.laowu.core.progress.ProgressStore;
import cn.laowu.core.progress.Totals;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.target.Indicator;
import cn.laowu.core.target.IndicatorCatalogue;
import cn.laowu.core.target.TargetBook;
import cn.laowu.core.target.TargetService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The yearly 考核 (004 第二十二条, 第二十五条): after the year closes the 州 scores its counties on
 * the year's sheet against their 目标责任书, ranks them, lists 表彰 / 约谈 / 取消评先评优, and splits
 * the 以奖代补 pool. Rerunning gives the same result on the same data; a published run is frozen.
 */
@Service
public class AssessmentService {

    private final JdbcTemplate jdbc;
    private final ProgressStore store;
    private final TargetService targets;
    private final IndicatorCatalogue catalogue;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;

    public AssessmentService(JdbcTemplate jdbc, ProgressStore store, TargetService targets, IndicatorCatalogue catalogue,
                             RegionService regions, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.targets = targets;
        this.catalogue = catalogue;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The sheet the 州 wrote for the year, or the default one. */
    public String sheet(int year, String prefectureCode) {
        return jdbc.queryForList("SELECT content FROM assessment_sheet WHERE year = ? AND region_code = ?", String.class,
                year, prefectureCode).stream().findFirst().orElse(ScoringSheet.DEFAULT);
    }

    @Transactional
    public void saveSheet(Actor actor, RegionScope scope, int year, String content) {
        Region prefecture = prefecture(scope);
        ScoringSheet.parse(content);
        String before = sheet(year, prefecture.getCode());
        jdbc.update("DELETE FROM assessment_sheet WHERE year = ? AND region_code = ?", year, prefecture.getCode());
        jdbc.update("INSERT INTO assessment_sheet (year, region_code, content, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)",
                year, prefecture.getCode(), content, actor.username(), LocalDateTime.now(clock));
        audit.record(actor, "EDIT_SCORING_SHEET", "assessment_sheet", year + "/" + prefecture.getCode(), before, content);
    }

    /** Scores the closed year; replaces an unpublished run, refused once one is published. */
    @Transactional
    public AssessmentRun run(Actor actor, RegionScope scope, int year) {
        Region prefecture = prefecture(scope);
        if (year >= ChinaTime.today(clock).getYear()) {
            throw new RuleViolation(year + "年还没有结束,年度考核要等年度结束后进行。");
        }
        Optional<AssessmentRun> latest = latest(year, prefecture.getCode());
        if (latest.isPresent() && latest.get().published()) {
            throw new RuleViolation(year + "年度考核结果已公布,不能重新计算。");
        }
        String sheetText = sheet(year, prefecture.getCode());
        ScoringSheet sheet = ScoringSheet.parse(sheetText);
        store.refresh(year);
        List<Scorer.Result> results = Scorer.score(sheet, units(prefecture, year));
        latest.ifPresent(run -> {
            jdbc.update("DELETE FROM assessment_result WHERE run_id = ?", run.id());
            jdbc.update("DELETE FROM assessment_run WHERE id = ?", run.id());
        });
        jdbc.update("INSERT INTO assessment_run (year, region_code, region_path, sheet, status, run_by, run_at) "
                + "VALUES (?, ?, ?, ?, 'DRAFT', ?, ?)", year, prefecture.getCode(), prefecture.getPath(), sheetText,
                actor.username(), LocalDateTime.now(clock));
        AssessmentRun run = latest(year, prefecture.getCode()).orElseThrow();
        for (Scorer.Result r : results) {
            jdbc.update("INSERT INTO assessment_result (run_id, region_code, region_name, score_x100, deduction_x100, "
                    + "rank_no, completed_all, outcome, award_fen, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    run.id(), r.code(), r.name(), x100(r.score()), x100(r.deduction()), r.rank(), r.completedAll(),
                    r.outcome().name(), r.awardFen(), r.detail());
        }
        audit.record(actor, "RUN_ASSESSMENT", "assessment_run", run.id(), null, year + "年度考核 " + results.size() + "个单位");
        return run;
    }

    @Transactional
    public AssessmentRun publish(Actor actor, RegionScope scope, int year) {
        Region prefecture = prefecture(scope);
        AssessmentRun run = latest(year, prefecture.getCode())
                .orElseThrow(() -> new RuleViolation("还没有计算" + year + "年度考核。"));
        if (run.published()) {
            throw new RuleViolation(year + "年度考核结果已经公布过了。");
        }
        jdbc.update("UPDATE assessment_run SET status = 'PUBLISHED', published_by = ?, published_at = ? "
                + "WHERE id = ? AND status = 'DRAFT'", actor.username(), LocalDateTime.now(clock), run.id());
        audit.record(actor, "PUBLISH_ASSESSMENT", "assessment_run", run.id(), "待公布", "已公布");
        return latest(year, prefecture.getCode()).orElseThrow();
    }

    public Optional<AssessmentRun> latest(int year, String prefectureCode) {
        return jdbc.query("SELECT * FROM assessment_run WHERE year = ? AND region_code = ? ORDER BY id DESC LIMIT 1",
                (rs, n) -> new AssessmentRun(rs.getLong("id"), rs.getInt("year"), rs.getString("region_code"),
                        rs.getString("sheet"), "PUBLISHED".equals(rs.getString("status")), rs.getString("run_by"),
                        rs.getObject("run_at", LocalDateTime.class), rs.getString("published_by"),
                        rs.getObject("published_at", LocalDateTime.class)), year, prefectureCode).stream().findFirst();
    }

    /** The run's results by rank; a unit below the 州 sees the 州's published results only. */
    public List<Scorer.Result> results(AssessmentRun run) {
        return jdbc.query("SELECT * FROM assessment_result WHERE run_id = ? ORDER BY rank_no", (rs, n) ->
                new Scorer.Result(rs.getString("region_code"), rs.getString("region_name"),
                        BigDecimal.valueOf(rs.getLong("score_x100"), 2), BigDecimal.valueOf(rs.getLong("deduction_x100"), 2),
                        rs.getInt("rank_no"), rs.getBoolean("completed_all"),
                        Scorer.Outcome.valueOf(rs.getString("outcome")), rs.getLong("award_fen"), rs.getString("detail")),
                run.id());
    }

    /** The 州 a scope belongs to: its own for a 州 account, the one above otherwise. */
    public Region prefectureOf(RegionScope scope) {
        return regions.selfAndAncestors(scope.path()).stream().filter(r -> r.getLevel() == RegionLevel.PREFECTURE)
                .findFirst().orElseThrow(() -> new RuleViolation("没有所属的州。"));
    }

    private List<Scorer.Unit> units(Region prefecture, int year) {
        Map<String, Totals> totals = store.rollUp(year, 12, prefecture.getPath());
        List<Indicator> indicators = catalogue.active();
        java.util.Set<String> lowerBetter = indicators.stream().filter(i -> !i.higherBetter()).map(Indicator::code)
                .collect(java.util.stream.Collectors.toSet());
        List<Scorer.Unit> units = new ArrayList<>();
        for (Region county : regions.children(prefecture.getCode())) {
            Totals t = totals.getOrDefault(county.getPath(), new Totals());
            Map<String, Long> actual = new HashMap<>();
            for (Indicator indicator : indicators) {
                Long value = IndicatorValues.actualX100(indicator.code(), t);
                if (value != null) {
                    actual.put(indicator.code(), value);
                }
            }
            Map<String, Long> goal = targets.confirmed(year, county.getCode())
                    .or(() -> targets.current(year, county.getCode())).map(TargetBook::values).orElse(Map.of());
            units.add(new Scorer.Unit(county.getCode(), county.getName(), actual, goal,
                    t.get(Measure.COMPLAINTS_DUE) - t.get(Measure.COMPLAINTS_ON_TIME), lowerBetter));
        }
        return units;
    }

    private Region prefecture(RegionScope scope) {
        Region own = regions.get(scope.rootCode());
        if (own.getLevel() != RegionLevel.PREFECTURE) {
            throw new RuleViolation("年度考核由州里组织,县市和乡镇不能计算或公布。");
        }
        return own;
    }

    private static long x100(BigDecimal value) {
        return value.movePointRight(2).longValueExact();
    }
}
