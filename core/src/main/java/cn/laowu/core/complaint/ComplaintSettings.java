package cn.laowu.core.complaint;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.region.RegionSql;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * What a 州 or 县 may change of complaint handling without the database: its own time limits (the
 * region's row wins over the default for cases it owns and below, within the legal ceilings) and
 * where complaints about work in a place go. In scope, audited, bad input refused with a reason.
 */
@Service
public class ComplaintSettings {

    public static final int MAX_ACCEPT_HOURS = 24;

    private final JdbcTemplate jdbc;
    private final RegionService regions;
    private final AuditLog audit;

    public ComplaintSettings(JdbcTemplate jdbc, RegionService regions, AuditLog audit) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.audit = audit;
    }

    /** @param own whether the row is the office's own (else the default or a higher office's, shown for comparison) */
    public record Deadline(ComplaintKind kind, boolean urgent, Integer acceptHours, int acceptDays, int answerDays,
                           int concludeDays, String regionPath, boolean own) {
    }

    public record Route(long id, String place, String regionCode, String regionName) {
    }

    /** The limits in force for the office: its own rows where set, otherwise the nearest above. */
    public List<Deadline> deadlines(RegionScope scope) {
        return jdbc.query("SELECT d.* FROM complaint_deadline d WHERE (d.region_path = '' OR ? LIKE CONCAT(d.region_path, '%')) "
                        + "AND LENGTH(d.region_path) = (SELECT MAX(LENGTH(x.region_path)) FROM complaint_deadline x "
                        + "WHERE x.kind = d.kind AND x.urgent = d.urgent AND (x.region_path = '' OR ? LIKE CONCAT(x.region_path, '%'))) "
                        + "ORDER BY d.kind, d.urgent",
                (rs, i) -> new Deadline(ComplaintKind.valueOf(rs.getString("kind")), rs.getBoolean("urgent"),
                        (Integer) rs.getObject("accept_hours"), rs.getInt("accept_days"), rs.getInt("answer_days"),
                        rs.getInt("conclude_days"), rs.getString("region_path"), rs.getString("region_path").equals(scope.path())),
                scope.path(), scope.path());
    }

    @Transactional
    public void setDeadline(Actor actor, RegionScope scope, ComplaintKind kind, boolean urgent, Integer acceptHours,
                            Integer acceptDays, Integer answerDays, Integer concludeDays) {
        if (kind == null) {
            throw new RuleViolation("请选择投诉类型。");
        }
        if (acceptDays == null || answerDays == null || concludeDays == null) {
            throw new RuleViolation("受理、首次答复、办结的工作日数都要填。");
        }
        if (acceptDays < 1 || acceptDays > TimeLimits.LEGAL_ACCEPT_DAYS) {
            throw new RuleViolation("受理期限应为1到" + TimeLimits.LEGAL_ACCEPT_DAYS + "个工作日(法定上限)。");
        }
        if (concludeDays < 1 || concludeDays > TimeLimits.LEGAL_INVESTIGATE_DAYS) {
            throw new RuleViolation("办结期限应为1到" + TimeLimits.LEGAL_INVESTIGATE_DAYS + "个工作日(法定上限)。");
        }
        if (answerDays < 1 || answerDays > concludeDays) {
            throw new RuleViolation("首次答复期限应至少1个工作日,且不晚于办结期限。");
        }
        if (acceptHours != null && (acceptHours < 1 || acceptHours > MAX_ACCEPT_HOURS)) {
            throw new RuleViolation("紧急受理时限应为1到" + MAX_ACCEPT_HOURS + "个办公小时,或不填。");
        }
        if (urgent && acceptHours == null) {
            throw new RuleViolation("紧急投诉要填受理时限(办公小时)。");
        }
        int changed = jdbc.update("UPDATE complaint_deadline SET accept_hours = ?, accept_days = ?, answer_days = ?, "
                        + "conclude_days = ? WHERE region_path = ? AND kind = ? AND urgent = ?",
                acceptHours, acceptDays, answerDays, concludeDays, scope.path(), kind.name(), urgent);
        if (changed == 0) {
            jdbc.update("INSERT INTO complaint_deadline (region_path, kind, urgent, accept_hours, accept_days, answer_days, "
                    + "conclude_days) VALUES (?, ?, ?, ?, ?, ?, ?)", scope.path(), kind.name(), urgent, acceptHours,
                    acceptDays, answerDays, concludeDays);
        }
        audit.record(actor, "COMPLAINT_LIMITS", "complaint_deadline", kind.name() + (urgent ? ":urgent" : ""), null,
                kind.label() + (urgent ? "(紧急)" : "") + ":受理" + (acceptHours != null ? acceptHours + "小时/" : "")
                        + acceptDays + "日,答复" + answerDays + "日,办结" + concludeDays + "日");
    }

    /** Routes to offices in the scope. */
    public List<Route> routes(RegionScope scope) {
        return jdbc.query("SELECT r.id, r.place, r.region_code, g.name FROM complaint_route r " + RegionSql.joinByCode("g", "r.region_code") + " "
                        + "WHERE g.path LIKE ? ORDER BY r.place",
                (rs, i) -> new Route(rs.getLong("id"), rs.getString("place"), rs.getString("region_code"), rs.getString("name")),
                scope.likePattern());
    }

    @Transactional
    public void addRoute(Actor actor, RegionScope scope, String place, String regionCode) {
        String words = place == null ? "" : place.trim();
        if (words.length() < 2 || words.length() > 64) {
            throw new RuleViolation("地名写2到64个字,如 东莞长安。");
        }
        Region office = regions.find(regionCode == null ? "" : regionCode).filter(scope::covers)
                .orElseThrow(() -> new RuleViolation("请选择本辖区内受理投诉的单位。"));
        if (!ComplaintOffice.handlesComplaints(office)) {
            throw new RuleViolation("「" + office.getName() + "」不受理投诉,请选乡镇、县或州。");
        }
        try {
            jdbc.update("INSERT INTO complaint_route (place, region_code) VALUES (?, ?)", words, office.getCode());
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("「" + words + "」已经有去向了:先删掉原来那条再加。");
        }
        audit.record(actor, "COMPLAINT_ROUTE", "complaint_route", words, null, words + " → " + office.getName());
    }

    @Transactional
    public void removeRoute(Actor actor, RegionScope scope, long id) {
        Route route = routes(scope).stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundInScope("Complaint route"));
        jdbc.update("DELETE FROM complaint_route WHERE id = ?", id);
        audit.record(actor, "COMPLAINT_ROUTE", "complaint_route", route.place(), route.place() + " → " + route.regionName(), null);
    }
}
