package cn.laowu.core.outpost;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.complaint.CoHandlerNotes;
import cn.laowu.core.complaint.Complaint;
import cn.laowu.core.complaint.ComplaintQueue;
import cn.laowu.core.complaint.ComplaintStatus;
import cn.laowu.core.complaint.HistoryEntry;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.support.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The outpost's side of the complaints it co-handles: the cases (only those it co-handles, by a
 * join on its own rows), and what it does on them — site visits, mediation, amounts recovered,
 * hand-over to the local 劳动监察. It never accepts, answers, transfers or concludes: the home
 * office owns the case, and the outpost's staff have no way to those actions.
 */
@Service
public class CoHandledCases {

    static final int MAX_PAGE = 100;

    private static final RowMapper<CaseAction> ACTION = (rs, i) -> new CaseAction(rs.getLong("id"),
            rs.getLong("complaint_id"), rs.getLong("outpost_id"), CaseActionKind.valueOf(rs.getString("kind")),
            rs.getString("text"), (Long) rs.getObject("amount_fen", Long.class), rs.getString("bureau"),
            rs.getString("bureau_case_no"), rs.getString("actor"), rs.getTimestamp("at").toLocalDateTime());

    private final JdbcTemplate jdbc;
    private final ComplaintQueue caseQueue;
    private final CoHandlerNotes notes;
    private final OutpostService outposts;
    private final AuditLog audit;
    private final Clock clock;

    public CoHandledCases(JdbcTemplate jdbc, ComplaintQueue caseQueue, CoHandlerNotes notes, OutpostService outposts,
                          AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.caseQueue = caseQueue;
        this.notes = notes;
        this.outposts = outposts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Newest first. */
    public List<Complaint> list(OutpostScope scope, int limit) {
        return jdbc.queryForList("SELECT complaint_id FROM complaint_cohandler WHERE outpost_id = ? "
                        + "ORDER BY added_at DESC, complaint_id DESC LIMIT ?", Long.class, scope.outpostId(),
                Math.max(1, Math.min(limit, MAX_PAGE))).stream().map(caseQueue::get).toList();
    }

    public boolean coHandles(long outpostId, long complaintId) {
        return !jdbc.queryForList("SELECT 1 FROM complaint_cohandler WHERE outpost_id = ? AND complaint_id = ?",
                Integer.class, outpostId, complaintId).isEmpty();
    }

    /** The outpost co-handling a case, for the home office's case file. */
    public java.util.Optional<Outpost> coHandlerOf(long complaintId) {
        return jdbc.queryForList("SELECT outpost_id FROM complaint_cohandler WHERE complaint_id = ?", Long.class,
                complaintId).stream().findFirst().flatMap(outposts::find);
    }

    public Complaint get(OutpostScope scope, long complaintId) {
        if (!coHandles(scope.outpostId(), complaintId)) {
            throw new NotFoundInScope("complaint");
        }
        return caseQueue.get(complaintId);
    }

    /** The whole case file, both ends' entries in order. */
    public List<HistoryEntry> history(OutpostScope scope, long complaintId) {
        return notes.history(get(scope, complaintId).getId());
    }

    public List<CaseAction> actions(long complaintId) {
        return jdbc.query("SELECT * FROM outpost_case_action WHERE complaint_id = ? ORDER BY id", ACTION, complaintId);
    }

    @Transactional
    public CaseAction record(Actor actor, OutpostScope scope, long complaintId, CaseAction.Input input) {
        Complaint c = get(scope, complaintId);
        if (c.getStatus() == ComplaintStatus.CLOSED) {
            throw new RuleViolation("这件投诉已关闭,不能再记录。");
        }
        if (input.kind() == null) {
            throw new RuleViolation("请选择做了什么:现场走访、调解、追回欠薪或移交劳动监察。");
        }
        String text = Text.required(input.text(), "情况", 1000);
        Long amountFen = null;
        String bureau = null;
        String caseNo = null;
        if (input.kind() == CaseActionKind.RECOVERY) {
            if (input.amountYuan() == null || input.amountYuan() <= 0 || input.amountYuan() > 100_000_000L) {
                throw new RuleViolation("请填写追回的金额(元,大于0)。");
            }
            amountFen = input.amountYuan() * 100;
        }
        if (input.kind() == CaseActionKind.HANDOVER) {
            bureau = Text.required(input.bureau(), "劳动监察机构名称", 64);
            caseNo = Text.required(input.bureauCaseNo(), "劳动监察案件编号", 64);
        }
        Outpost outpost = outposts.get(scope);
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.update("INSERT INTO outpost_case_action (complaint_id, outpost_id, kind, text, amount_fen, bureau, "
                        + "bureau_case_no, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", complaintId, outpost.id(),
                input.kind().name(), text, amountFen, bureau, caseNo, actor.username(), Timestamp.valueOf(now));
        String entry = input.kind().label() + ":" + text + (amountFen == null ? "" : ";金额 " + amountFen / 100 + "元")
                + (bureau == null ? "" : ";移交 " + bureau + ",案号 " + caseNo);
        notes.append(complaintId, outpost.name() + "·" + actor.username(), entry);
        audit.record(actor, "CASE_ACTION", "complaint", complaintId, null, entry);
        List<CaseAction> all = actions(complaintId);
        return all.get(all.size() - 1);
    }
}
