package cn.laowu.core.target;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The indicators as data (seeded by migration V38 from the policy documents). Their names and
 * definitions are the 州's to word; how each is counted follows its code (see progress.IndicatorValues),
 * so the unit of a counted indicator is fixed. An indicator the 州 adds has no counting rule: it is
 * there to be targeted and shown, its figure "—" until a counting rule is written for its code.
 */
@Service
public class IndicatorCatalogue {

    /** The codes progress.IndicatorValues counts from the records: their kind cannot change. */
    static final Set<String> COUNTED = Set.of("TRANSFER", "TRANSFER_OUT", "TRANSFER_PROVINCE", "TRANSFER_COUNTY",
            "TRANSFER_POOR", "STABLE", "TRAINED", "TRAINED_EMPLOYED", "INCOME", "COMPLAINT_ON_TIME", "CARD_UPDATE");

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final List<IndicatorUse> uses;

    public IndicatorCatalogue(JdbcTemplate jdbc, AuditLog audit, List<IndicatorUse> uses) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.uses = uses;
    }

    /** What the 州 types for one indicator; the kind follows the unit (人, 万元, %). */
    public record Form(String name, String unit, String definition, boolean higherBetter) {
    }

    /** The active indicators in their order. */
    public List<Indicator> active() {
        return all().stream().filter(Indicator::active).toList();
    }

    public List<Indicator> all() {
        return jdbc.query("SELECT * FROM target_indicator ORDER BY sort_order, code", (rs, n) -> new Indicator(
                rs.getString("code"), rs.getString("name"), rs.getString("unit"),
                Indicator.Kind.valueOf(rs.getString("kind")), rs.getString("definition"), rs.getString("part_of"),
                rs.getInt("sort_order"), rs.getBoolean("active"), rs.getBoolean("higher_better")));
    }

    public Optional<Indicator> find(String code) {
        return all().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** A target or another feature ({@link IndicatorUse}: a 调度 snapshot) refers to it: it may be retired, never deleted or re-kinded. */
    public boolean inUse(String code) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM target_value WHERE indicator_code = ?)",
                Boolean.class, code)) || uses.stream().anyMatch(u -> u.uses(code));
    }

    /** Rewords an indicator or takes it out of use; its counting rule stays what its code says. */
    @Transactional
    public Indicator edit(Actor actor, String code, String name, String definition, boolean active) {
        Indicator before = find(code).orElseThrow(() -> new RuleViolation("没有这个指标。"));
        edit(actor, code, new Form(name, before.unit(), definition, before.higherBetter()));
        return active == before.active() ? find(code).orElseThrow() : setActive(actor, code, active);
    }

    /** Name, unit, definition and direction of an existing indicator, checked as {@link #add} checks. */
    @Transactional
    public Indicator edit(Actor actor, String code, Form form) {
        Indicator before = find(code).orElseThrow(() -> new RuleViolation("没有这个指标。"));
        Checked c = check(form, code);
        if (c.kind() != before.kind()) {
            if (COUNTED.contains(code)) {
                throw new RuleViolation("「" + before.name() + "」按" + Indicator.unitOf(before.kind())
                        + "统计,单位不能改成" + c.unit() + "。");
            }
            if (inUse(code)) {
                throw new RuleViolation("「" + before.name() + "」已有目标或调度记录,单位不能再改;可以停用后新增一个指标。");
            }
            if (c.kind() == Indicator.Kind.RATE && (before.partOf() != null || hasParts(code))) {
                throw new RuleViolation("百分比指标不能拆分成「其中」项,也不能是别的指标的「其中」项。");
            }
        }
        jdbc.update("UPDATE target_indicator SET name = ?, unit = ?, kind = ?, definition = ?, higher_better = ?"
                + " WHERE code = ?", c.name(), c.unit(), c.kind().name(), c.definition(), form.higherBetter(), code);
        audit.record(actor, "EDIT_INDICATOR", "target_indicator", code, describe(before), describe(find(code).orElseThrow()));
        return find(code).orElseThrow();
    }

    /** A new indicator at the end of the catalogue, under a generated code. */
    @Transactional
    public Indicator add(Actor actor, Form form) {
        Checked c = check(form, null);
        Integer last = jdbc.queryForObject("SELECT COALESCE(MAX(sort_order), 0) FROM target_indicator", Integer.class);
        Integer custom = jdbc.queryForObject("SELECT COUNT(*) FROM target_indicator WHERE code LIKE 'CUSTOM\\_%'",
                Integer.class);
        String code = "CUSTOM_" + (custom + 1);
        while (find(code).isPresent()) {
            code = "CUSTOM_" + (++custom + 1);
        }
        jdbc.update("INSERT INTO target_indicator (code, name, unit, kind, definition, part_of, sort_order, active,"
                        + " higher_better) VALUES (?, ?, ?, ?, ?, NULL, ?, 1, ?)",
                code, c.name(), c.unit(), c.kind().name(), c.definition(), last + 10, form.higherBetter());
        Indicator added = find(code).orElseThrow();
        audit.record(actor, "ADD_INDICATOR", "target_indicator", code, null, describe(added));
        return added;
    }

    /** Retires (停用) or restores an indicator; retired ones keep their targets and snapshots, and are no longer set. */
    @Transactional
    public Indicator setActive(Actor actor, String code, boolean active) {
        Indicator before = find(code).orElseThrow(() -> new RuleViolation("没有这个指标。"));
        if (before.active() == active) {
            return before;
        }
        jdbc.update("UPDATE target_indicator SET active = ? WHERE code = ?", active, code);
        audit.record(actor, active ? "RESTORE_INDICATOR" : "RETIRE_INDICATOR", "target_indicator", code,
                describe(before), describe(find(code).orElseThrow()));
        return find(code).orElseThrow();
    }

    /** Deletes an indicator nothing refers to (one added by mistake); anything in use is only retired. */
    @Transactional
    public void delete(Actor actor, String code) {
        Indicator before = find(code).orElseThrow(() -> new RuleViolation("没有这个指标。"));
        if (COUNTED.contains(code) || inUse(code) || hasParts(code)) {
            throw new RuleViolation("「" + before.name() + "」已在使用,不能删除,只能停用。");
        }
        jdbc.update("DELETE FROM target_indicator WHERE code = ?", code);
        audit.record(actor, "DELETE_INDICATOR", "target_indicator", code, describe(before), null);
    }

    private record Checked(String name, String unit, Indicator.Kind kind, String definition) {
    }

    private Checked check(Form form, String code) {
        String name = Text.required(form.name(), "指标名称", 32);
        String definition = Text.required(form.definition(), "指标口径", 500);
        String unit = Text.blankToNull(form.unit());
        Indicator.Kind kind = null;
        for (Indicator.Kind k : Indicator.Kind.values()) {
            if (Indicator.unitOf(k).equals(unit)) {
                kind = k;
            }
        }
        if (kind == null) {
            throw new RuleViolation("单位只能是人、万元或%。");
        }
        boolean taken = all().stream().anyMatch(i -> i.name().equals(name) && !i.code().equals(code));
        if (taken) {
            throw new RuleViolation("已经有叫「" + name + "」的指标了。");
        }
        return new Checked(name, unit, kind, definition);
    }

    private boolean hasParts(String code) {
        return all().stream().anyMatch(i -> code.equals(i.partOf()));
    }

    private static String describe(Indicator i) {
        return i.name() + "(" + i.unit() + (i.higherBetter() ? "" : ",越低越好") + (i.active() ? "" : ",停用") + "):"
                + i.definition();
    }
}
