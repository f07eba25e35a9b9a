package cn.laowu.core.target;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The indicators as data (seeded by migration V38 from the policy documents). Their names and
 * definitions are the 州's to word; how each is counted follows its code (see progress.RecordCounts).
 */
@Service
public class IndicatorCatalogue {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    public IndicatorCatalogue(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The active indicators in their order. */
    public List<Indicator> active() {
        return all().stream().filter(Indicator::active).toList();
    }

    public List<Indicator> all() {
        return jdbc.query("SELECT * FROM target_indicator ORDER BY sort_order, code", (rs, n) -> new Indicator(
                rs.getString("code"), rs.getString("name"), rs.getString("unit"),
                Indicator.Kind.valueOf(rs.getString("kind")), rs.getString("definition"), rs.getString("part_of"),
                rs.getInt("sort_order"), rs.getBoolean("active")));
    }

    public Optional<Indicator> find(String code) {
        return all().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** Rewords an indicator or takes it out of use; its counting rule stays what its code says. */
    @Transactional
    public Indicator edit(Actor actor, String code, String name, String definition, boolean active) {
        Indicator before = find(code).orElseThrow(() -> new RuleViolation("没有这个指标。"));
        String newName = Text.required(name, "指标名称", 32);
        String newDefinition = Text.required(definition, "指标口径", 500);
        jdbc.update("UPDATE target_indicator SET name = ?, definition = ?, active = ? WHERE code = ?",
                newName, newDefinition, active, code);
        audit.record(actor, "EDIT_INDICATOR", "target_indicator", code,
                before.name() + (before.active() ? "" : "(停用)") + ":" + before.definition(),
                newName + (active ? "" : "(停用)") + ":" + newDefinition);
        return find(code).orElseThrow();
    }
}
