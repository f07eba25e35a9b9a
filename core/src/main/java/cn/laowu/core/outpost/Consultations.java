package cn.laowu.core.outpost;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 会商 (004 第十五条): the 州 meets destination cities every half year, a county meets destination
 * 人社 and employers every quarter. The record is kept at the office that met (its level is the
 * office's), with its follow-ups, each with an owner and a date.
 */
@Service
public class Consultations {

    public record FollowUp(String task, String owner, LocalDate dueOn) {
    }

    /** A 会商 as recorded, with its follow-ups. */
    public record Held(long id, String regionCode, LocalDate heldOn, String counterpart, String attendees, String issues,
                       String decisions, String recordedBy, List<Task> followUps) {
    }

    /** A follow-up of a 会商: {@code doneAt} null while open. */
    public record Task(long id, String task, String owner, LocalDate dueOn, LocalDateTime doneAt) {
    }

    public record NewConsultation(LocalDate heldOn, String counterpart, String attendees, String issues, String decisions,
                                  List<FollowUp> followUps) {
    }

    private final JdbcTemplate jdbc;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;

    public Consultations(JdbcTemplate jdbc, RegionService regions, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long record(Actor actor, RegionScope scope, NewConsultation input) {
        Region office = regions.get(scope.rootCode());
        if (input.heldOn() == null || input.heldOn().isAfter(ChinaTime.today(clock))) {
            throw new RuleViolation("请填写会商日期(不能晚于今天)。");
        }
        String counterpart = Text.required(input.counterpart(), "会商对象", 128);
        String attendees = Text.required(input.attendees(), "参会人员", 500);
        String issues = Text.required(input.issues(), "会商事项", 2000);
        String decisions = Text.limited(input.decisions(), "议定事项", 2000);
        List<FollowUp> followUps = input.followUps() == null ? List.of() : input.followUps();
        for (FollowUp f : followUps) {
            Text.required(f.task(), "跟进事项", 500);
            Text.required(f.owner(), "责任人", 64);
            if (f.dueOn() == null) {
                throw new RuleViolation("每个跟进事项要有完成日期。");
            }
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO consultation (region_code, region_path, held_on, "
                    + "counterpart, attendees, issues, decisions, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            Object[] values = {office.getCode(), office.getPath(), Date.valueOf(input.heldOn()), counterpart, attendees,
                    issues, decisions, actor.username(), Timestamp.valueOf(LocalDateTime.now(clock))};
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps;
        }, key);
        long id = key.getKey().longValue();
        for (FollowUp f : followUps) {
            jdbc.update("INSERT INTO consultation_follow_up (consultation_id, task, owner, due_on) VALUES (?, ?, ?, ?)",
                    id, f.task().strip(), f.owner().strip(), Date.valueOf(f.dueOn()));
        }
        audit.record(actor, "CREATE", "consultation", id, null, input.heldOn() + " " + counterpart);
        return id;
    }

    /** The 会商 of the office and those below it, newest first. */
    public List<Held> list(RegionScope scope, int limit) {
        List<Held> held = jdbc.query("SELECT * FROM consultation WHERE region_path LIKE ? "
                + "ORDER BY held_on DESC, id DESC LIMIT ?", (rs, i) -> new Held(rs.getLong("id"), rs.getString("region_code"),
                rs.getDate("held_on").toLocalDate(), rs.getString("counterpart"), rs.getString("attendees"),
                rs.getString("issues"), rs.getString("decisions"), rs.getString("recorded_by"), List.of()),
                scope.likePattern(), Math.max(1, Math.min(limit, 200)));
        return held.stream().map(h -> new Held(h.id(), h.regionCode(), h.heldOn(), h.counterpart(), h.attendees(),
                h.issues(), h.decisions(), h.recordedBy(), tasks(h.id()))).toList();
    }

    private List<Task> tasks(long consultationId) {
        return jdbc.query("SELECT * FROM consultation_follow_up WHERE consultation_id = ? ORDER BY due_on, id",
                (rs, i) -> new Task(rs.getLong("id"), rs.getString("task"), rs.getString("owner"),
                        rs.getDate("due_on").toLocalDate(), rs.getTimestamp("done_at") == null ? null
                        : rs.getTimestamp("done_at").toLocalDateTime()), consultationId);
    }

    /** A follow-up done, by the office that met (or one above it); once. */
    @Transactional
    public void done(Actor actor, RegionScope scope, long taskId) {
        int changed = jdbc.update("UPDATE consultation_follow_up t JOIN consultation c ON c.id = t.consultation_id "
                        + "SET t.done_at = ? WHERE t.id = ? AND t.done_at IS NULL AND c.region_path LIKE ?",
                Timestamp.valueOf(LocalDateTime.now(clock)), taskId, scope.likePattern());
        if (changed == 0) {
            throw new RuleViolation("这项跟进不在本辖区,或已经标为完成。");
        }
        audit.record(actor, "DONE", "consultation_follow_up", taskId, null, null);
    }

    /** The date of the office's latest 会商, or null. */
    public LocalDate lastHeld(String regionCode) {
        return jdbc.queryForObject("SELECT MAX(held_on) FROM consultation WHERE region_code = ?", LocalDate.class, regionCode);
    }
}
