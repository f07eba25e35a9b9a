package cn.laowu.admin.job;

import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.application.Appointment;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.placement.DispatchBatch;
import cn.laowu.core.placement.DispatchService;
import cn.laowu.core.job.JobService;
import cn.laowu.core.support.RuleViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import java.time.Clock;
import java.util.List;

/**
 * The people on a job, as the office moves them: a 集中输送 batch to leave with, and a group of
 * applicants moved to their next stage (the job itself is {@link JobController}'s).
 */
@Controller
public class JobApplicantsController {

    private final JobService jobs;
    private final ApplicationService applications;
    private final DispatchService dispatch;
    private final Clock clock;

    public JobApplicantsController(JobService jobs, ApplicationService applications, DispatchService dispatch,
                                   Clock clock) {
        this.jobs = jobs;
        this.applications = applications;
        this.dispatch = dispatch;
        this.clock = clock;
    }

    /** A 集中输送 batch: the day, meeting point, escort and destination its workers will be told. */
    @PostMapping("/console/jobs/{id}/batches")
    public String createBatch(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                              @ModelAttribute("batchForm") BatchForm form, BindingResult binding,
                              Actor actor, RedirectAttributes flash) {
        jobs.job(me.scope(), id); // not this office's job: 404 whatever else is wrong
        String detail = "redirect:/console/jobs/" + id;
        if (binding.hasErrors()) {
            flash.addFlashAttribute("error", "出发日期要填日期,如 2026-12-01。");
            flash.addFlashAttribute("batchForm", form);
            return detail;
        }
        try {
            DispatchBatch batch = dispatch.create(actor, me.scope(), id, form.toNewBatch());
            flash.addFlashAttribute("success", "已新建输送批次:" + DispatchService.describe(batch)
                    + "。勾选要出发的人员,办理为「集中输送」并选这个批次,本人会收到出发通知。");
        } catch (RuleViolation e) {
            flash.addFlashAttribute("error", e.getMessage());
            flash.addFlashAttribute("batchForm", form);
        }
        return detail;
    }

    /**
     * One batch of applicants of this job to one next stage: all of them, or none. 集中输送 also
     * needs the dispatch batch they leave with, so they can be told when and where to meet.
     */
    @PostMapping("/console/jobs/{id}/move")
    public String move(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                       @RequestParam(name = "ids", required = false) List<Long> ids,
                       @RequestParam(required = false) ApplicationStatus to,
                       @RequestParam(required = false) String note,
                       @RequestParam(required = false) Long batchId,
                       @RequestParam(required = false) ApplicationStatus filter,
                       @RequestParam(required = false) String appointmentAt,
                       @RequestParam(required = false) String appointmentPlace,
                       @RequestParam(required = false) String appointmentBring,
                       Actor actor, RedirectAttributes flash) {
        applications.access(me.scope(), id); // neither this office's job nor its people's: 404 whatever else is wrong
        String detail = "redirect:/console/jobs/" + id + (filter == null ? "" : "?status=" + filter.name());
        if (to == null) {
            flash.addFlashAttribute("error", "请选择要办理为哪个环节。");
            return detail;
        }
        if (note != null && note.trim().length() > 255) {
            flash.addFlashAttribute("error", "备注最多255个字。");
            return detail;
        }
        if (to == ApplicationStatus.DISPATCH && batchId == null) {
            flash.addFlashAttribute("error", "请选择输送批次;还没有批次就先在下方新建。");
            return detail;
        }
        try {
            List<Long> chosen = ids == null ? List.of() : ids;
            // 资格审查 and 体检 may come with when and where (sent to each worker with the move).
            Appointment appointment = AppointmentInput.parse(appointmentAt, appointmentPlace, appointmentBring, clock);
            if (appointment != null && !Appointment.belongsTo(to)) {
                throw new RuleViolation("办理为「" + to.label() + "」不用填时间地点;时间地点在办理资格审查或体检时填写。");
            }
            int moved = to == ApplicationStatus.DISPATCH
                    ? dispatch.dispatch(actor, me.scope(), id, chosen, batchId, note)
                    : applications.move(actor, me.scope(), id, chosen, to, note, appointment);
            flash.addFlashAttribute("success", "已将 " + moved + " 人办理为「" + to.label() + "」"
                    + (appointment == null ? "。" : ",时间地点已通知本人:" + appointment.brief() + "。"));
        } catch (RuleViolation e) {
            flash.addFlashAttribute("error", ids != null && ids.size() > 1
                    ? e.getMessage() + "这一批 " + ids.size() + " 人都没有办理,请调整勾选后再试。" : e.getMessage());
        }
        return detail;
    }
}
