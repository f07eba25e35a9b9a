package cn.laowu.core.outpost;

import cn.laowu.core.complaint.CoHandlerNotes;
import cn.laowu.core.complaint.Complaint;
import cn.laowu.core.complaint.ComplaintFiled;
import cn.laowu.core.complaint.ComplaintQueue;
import cn.laowu.core.outbox.Message;
import cn.laowu.core.outbox.Outbox;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A complaint placed in an outpost's area reaches the outpost at once, in the filing transaction:
 * it becomes co-handler (the home office stays the owner, with its limits and escalation), the
 * case file says so, the worker is told the centre there is on it too and how to call it, and an
 * urgent case goes to every phone on the outpost's duty list (pushed through the outbox to those
 * who follow one of our accounts, listed on the outpost's desk to ring for the others).
 * The place is the complaint's work place; when it names none at all, the worker's current one.
 */
@Component
class CoHandling {

    private final DestinationDivisions divisions;
    private final WorkplaceService workplaces;
    private final OutpostService outposts;
    private final ComplaintQueue caseQueue;
    private final CoHandlerNotes notes;
    private final Outbox outbox;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CoHandling(DestinationDivisions divisions, WorkplaceService workplaces, OutpostService outposts,
               ComplaintQueue caseQueue, CoHandlerNotes notes, Outbox outbox, JdbcTemplate jdbc, Clock clock) {
        this.divisions = divisions;
        this.workplaces = workplaces;
        this.outposts = outposts;
        this.caseQueue = caseQueue;
        this.notes = notes;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(ComplaintFiled filed) {
        Optional<DestinationDivision> place = divisions.read(filed.workPlace());
        if (place.isPresent() && filed.workerId() != null) {
            workplaces.record(filed.workerId(), place.get(), filed.employerName(), WorkplaceSource.COMPLAINT);
        }
        // A complaint that names no place at all is about where the worker works now; one that names a
        // place we do not serve (吉首, at home) is not the outpost's, wherever the worker works.
        boolean noPlace = filed.workPlace() == null || filed.workPlace().isBlank();
        Optional<String> path = place.map(DestinationDivision::path).or(() -> noPlace
                ? Optional.ofNullable(filed.workerId()).flatMap(workplaces::current).map(Workplace::divisionPath)
                : Optional.empty());
        Optional<Outpost> outpost = path.flatMap(outposts::serving);
        if (outpost.isEmpty()) {
            return;
        }
        Outpost o = outpost.get();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        jdbc.update("INSERT INTO complaint_cohandler (complaint_id, outpost_id, division_code, added_at) VALUES (?, ?, ?, ?)",
                filed.complaintId(), o.id(), path.get().replaceAll(".*/(\\d+)/$", "$1"), now);
        notes.append(filed.complaintId(), "系统", o.name() + "(驻外)协办,电话 " + o.phone() + ";本地仍负责受理、答复和办结。");
        Complaint c = caseQueue.get(filed.complaintId());
        tellWorker(c, o);
        if (filed.urgent()) {
            alert(c, o, now);
        }
    }

    private void tellWorker(Complaint c, Outpost o) {
        String body = "您的投诉(单号 " + c.getCaseNo() + ")," + o.name() + "也会在当地帮您跟进。电话 " + o.phone()
                + (o.address() == null ? "" : ",地址 " + o.address()) + (o.hours() == null ? "" : "," + o.hours()) + "。";
        Message message = Message.single("outpost-cohandle-" + c.getId(), "投诉有当地协办", "当地协办", null, body);
        if (c.getWorkerId() != null) {
            outbox.toWorker(c.getWorkerId(), message);
        } else if (c.getAppid() != null && c.getOpenid() != null) {
            outbox.toFollower(c.getAppid(), c.getOpenid(), message);
        }
    }

    private void alert(Complaint c, Outpost o, Timestamp now) {
        String body = "紧急投诉 " + c.getCaseNo() + ":" + c.getKind().label() + (c.getUrgentReason() == null ? ""
                : "," + c.getUrgentReason()) + (c.getEmployerName() == null ? "" : ",单位 " + c.getEmployerName())
                + (c.getWorkPlace() == null ? "" : ",地点 " + c.getWorkPlace()) + "。请尽快联系处理,在工作台记录。";
        for (OutpostService.Member member : outposts.members(o.id())) {
            boolean wechat = member.openid() != null;
            if (wechat) {
                outbox.toFollower(member.appid(), member.openid(), Message.single("outpost-alert-" + c.getId() + "-"
                        + member.staffAccountId(), "紧急投诉", "请尽快处理", null, body));
            }
            jdbc.update("INSERT INTO outpost_alert (outpost_id, complaint_id, staff_account_id, phone, via, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?)", o.id(), c.getId(), member.staffAccountId(), member.phone(),
                    wechat ? "WECHAT" : "PHONE", now);
        }
    }
}
