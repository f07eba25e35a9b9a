package cn.laowu.admin.complaint;

import cn.laowu.admin.layout.RedirectOnRefusal;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.complaint.Attachment;
import cn.laowu.core.complaint.Complaint;
import cn.laowu.core.complaint.ComplaintKind;
import cn.laowu.core.complaint.ComplaintEvidence;
import cn.laowu.core.complaint.ComplaintOffice;
import cn.laowu.core.complaint.ComplaintQueue;
import cn.laowu.core.complaint.ComplaintStatus;
import cn.laowu.core.complaint.Conclusion;
import cn.laowu.core.complaint.EmployerHold;
import cn.laowu.core.complaint.TimeLimits;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.RuleViolation;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/**
 * The complaints queue of an office (its own cases and those that started in its area), a case's
 * file with its history, and the handling: accept, answer, ask for more, note, assign, transfer,
 * conclude; clearing an employer held by wage complaints. The working-day calendar has
 * {@link WorkCalendarController}.
 */
@Controller
public class ComplaintController {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ComplaintEvidence evidence;
    private final ComplaintQueue caseQueue;
    private final ComplaintOffice officeWork;
    private final EmployerHold hold;
    private final RegionService regions;
    private final Clock clock;

    private final ComplaintAssignees assignees;

    public ComplaintController(ComplaintEvidence evidence, ComplaintQueue caseQueue, ComplaintOffice officeWork, EmployerHold hold,
                               RegionService regions, Clock clock, ComplaintAssignees assignees) {
        this.evidence = evidence;
        this.caseQueue = caseQueue;
        this.officeWork = officeWork;
        this.assignees = assignees;
        this.hold = hold;
        this.regions = regions;
        this.clock = clock;
    }

    /** A case as the queue shows it, with its countdown. */
    public record Row(Complaint c, String owner, String countdown, boolean overdue, boolean soon) {
    }

    @GetMapping("/console/complaints")
    public String queue(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String status,
                        @RequestParam(required = false) String kind, @RequestParam(required = false) Boolean urgent,
                        @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String employer,
                        @RequestParam(defaultValue = "1") long page, Model model) {
        ComplaintStatus st = parse(ComplaintStatus.class, status);
        ComplaintKind k = parse(ComplaintKind.class, kind);
        Page<Complaint> found = caseQueue.queue(me.scope(),
                new ComplaintQueue.Query(st, k, urgent, overdue, "all".equals(status) ? false : true, employer), page, 50);
        LocalDateTime now = LocalDateTime.now(clock);
        // One lookup per office, not per row: a page shows fifty cases of a handful of offices.
        java.util.Map<String, String> owners = new java.util.HashMap<>();
        model.addAttribute("rows", found.getRecords().stream().map(c -> row(c, now, owners)).toList());
        model.addAttribute("page", found);
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("kinds", ComplaintKind.values());
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("urgent", urgent);
        model.addAttribute("overdue", overdue);
        model.addAttribute("employer", employer);
        return "console/complaints/list";
    }

    @GetMapping("/console/complaints/{id}")
    public String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        Complaint c = caseQueue.get(me.scope(), id);
        LocalDateTime now = LocalDateTime.now(clock);
        model.addAttribute("row", row(c, now, new java.util.HashMap<>()));
        model.addAttribute("c", c);
        model.addAttribute("history", caseQueue.history(me.scope(), id));
        model.addAttribute("photos", evidence.photos(me.scope(), id));
        model.addAttribute("sameEmployer", caseQueue.sameEmployer(me.scope(), c));
        model.addAttribute("employerHeld", c.getEmployerId() != null && hold.openWageCases(c.getEmployerId()) > 0);
        model.addAttribute("conclusions", Conclusion.values());
        model.addAttribute("assignees", assignees.of(me.scope(), c));
        model.addAttribute("regions", regions.inScope(new cn.laowu.core.region.RegionScope(
                c.getOwnerRegionPath().substring(0, c.getOwnerRegionPath().indexOf('/', 1) + 1))).stream()
                .filter(ComplaintOffice::handlesComplaints).toList());
        model.addAttribute("legalAcceptDays", TimeLimits.LEGAL_ACCEPT_DAYS);
        model.addAttribute("legalInvestigateDays", TimeLimits.LEGAL_INVESTIGATE_DAYS);
        model.addAttribute("canHandle", me.can(ComplaintSection.HANDLE_COMPLAINTS));
        model.addAttribute("canClear", me.can(ComplaintSection.CLEAR_EMPLOYERS));
        return "console/complaints/detail";
    }

    @GetMapping("/console/complaints/{id}/photos/{photoId}")
    public ResponseEntity<byte[]> photo(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                                        @PathVariable long photoId) {
        Attachment photo = evidence.photo(me.scope(), id, photoId);
        MediaType type = photo.getContentType().startsWith("image/") ? MediaType.parseMediaType(photo.getContentType())
                : MediaType.APPLICATION_OCTET_STREAM;
        return ResponseEntity.ok().contentType(type).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store").body(photo.getData());
    }

    @PostMapping("/console/complaints/{id}/accept")
    @RedirectOnRefusal("/console/complaints/{id}")
    public String accept(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Actor actor,
                         RedirectAttributes flash) {
        return act(id, flash, "已受理,已通知投诉人。", () -> officeWork.accept(actor, me.scope(), id));
    }

    @PostMapping("/console/complaints/{id}/answer")
    @RedirectOnRefusal("/console/complaints/{id}")
    public String answer(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                         @RequestParam(required = false) String text, Actor actor, RedirectAttributes flash) {
        return act(id, flash, "答复已发给投诉人。", () -> officeWork.answer(actor, me.scope(), id, text));
    }

    @PostMapping("/console/complaints/{id}/note")
    @RedirectOnRefusal("/console/complaints/{id}")
    public String note(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                       @RequestParam(required = false) String text, Actor actor, HttpServletRequest request, RedirectAttributes flash) {
        return act(id, flash, "备注已记下(投诉人看不到)。", () -> officeWork.note(actor, me.scope(), id, text));
    }

    @PostMapping("/console/complaints/{id}/request-info")
    @RedirectOnRefusal("/console/complaints/{id}")
    public String requestInfo(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                              @RequestParam(required = false) String text, Actor actor, RedirectAttributes flash) {
        return act(id, flash, "已请投诉人补充,期限暂停,补充后接着算。",
                () -> officeWork.requestInfo(actor, me.scope(), id, text));
    }

    @PostMapping("/console/complaints/{id}/assign")
    @RedirectOnRefusal("/console/complaints/{id}")
    public String assign(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                         @RequestParam(required = false) String username, Actor actor, RedirectAttributes flash) {
        return act(id, flash, "已指派。", () -> officeWork.assign(actor, me.scope(), id,
                assignees.require(me.scope(), caseQueue.get(me.scope(), id), username)));
    }

    @PostMapping("/console/complaints/{id}/transfer")
    @RedirectOnRefusal("/console/complaints/{id}")
    public String transfer(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                           @RequestParam(required = false) String regionCode, @RequestParam(required = false) String reason,
                           Actor actor, RedirectAttributes flash) {
        return act(id, flash, "已转办,已通知投诉人。",
                () -> officeWork.transfer(actor, me.scope(), id, regionCode, reason));
    }

    @PostMapping("/console/complaints/{id}/conclude")
    @RedirectOnRefusal("/console/complaints/{id}")
    public String conclude(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                           @RequestParam(required = false) String conclusion, @RequestParam(required = false) String text,
                           @RequestParam(required = false) String recovered, @RequestParam(required = false) String helped,
                           @RequestParam(required = false) String followUpOn,
                           Actor actor, RedirectAttributes flash) {
        return act(id, flash, "已办结,已通知投诉人并请他评价。", () -> officeWork.conclude(actor,
                me.scope(), id, new ComplaintOffice.Outcome(parse(Conclusion.class, conclusion), text,
                        number(recovered, "追回金额"), number(helped, "帮助人数") == null ? null : number(helped, "帮助人数").intValue(),
                        day(followUpOn))));
    }

    @PostMapping("/console/complaints/employers/{employerId}/clear")
    @RedirectOnRefusal("/console/complaints/{complaintId}")
    public String clear(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long employerId,
                        @RequestParam long complaintId, @RequestParam(required = false) String reason,
                        Actor actor, RedirectAttributes flash) {
        caseQueue.get(me.scope(), complaintId);
        return act(complaintId, flash, "已放行:该企业可以发布新岗位了。新的欠薪投诉会再次暂停。", () -> {
            hold.clear(actor, me.scope(), employerId, reason);
            return null;
        });
    }

    private String act(long id, RedirectAttributes flash, String success, Supplier<?> action) {
        action.get();
        flash.addFlashAttribute("success", success);
        return "redirect:/console/complaints/" + id;
    }

    private Row row(Complaint c, LocalDateTime now, java.util.Map<String, String> owners) {
        String owner = owners.computeIfAbsent(c.getOwnerRegionCode(),
                code -> regions.find(code).map(Region::getName).orElse(code));
        if (c.getDueAt() == null) {
            return new Row(c, owner, c.getStatus() == ComplaintStatus.NEEDS_INFO ? "暂停(等补充)" : "—", false, false);
        }
        Duration left = Duration.between(now, c.getDueAt());
        boolean overdue = left.isNegative() || left.isZero();
        Duration abs = left.abs();
        String span = abs.toDays() > 0 ? abs.toDays() + "天" + abs.toHoursPart() + "小时" : abs.toHours() + "小时" + abs.toMinutesPart() + "分";
        return new Row(c, owner, c.getStage().label() + (overdue ? " 已超期 " : " 剩 ") + span, overdue,
                !overdue && left.compareTo(Duration.ofHours(24)) <= 0);
    }

    /** A stored (UTC) time as clerks read it, in China time. */
    public static String time(LocalDateTime utc) {
        return utc == null ? "—" : MINUTES.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ChinaTime.ZONE));
    }

    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new RuleViolation("日期格式不对,请选择日期。");
        }
    }

    /** A deadline as the worker is told it: its last day (included), or its hour when counted in office hours. */
    public static String due(LocalDateTime utc) {
        return cn.laowu.core.complaint.DueText.of(utc);
    }

    public static String yuan(Long fen) {
        return fen == null ? "—" : (fen / 100) + "元";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank() || "all".equals(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new RuleViolation(field + "请填整数。");
        }
    }
}
