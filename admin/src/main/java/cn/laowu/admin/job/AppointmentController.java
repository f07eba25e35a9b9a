package cn.laowu.admin.job;

import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.Appointment;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * 安排时间地点: when and where one applicant in 资格审查 or 体检 comes, and what to bring. Saved on
 * the application and sent to the worker in the same transaction; changing it sends the new one.
 */
@Controller
public class AppointmentController {

    private final ApplicationService applications;
    private final Clock clock;

    public AppointmentController(ApplicationService applications, Clock clock) {
        this.applications = applications;
        this.clock = clock;
    }

    @GetMapping("/console/jobs/{jobId}/applications/{id}/appointment")
    public String form(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long jobId, @PathVariable long id,
                       Model model) {
        ApplicationService.Entry entry = entry(me, jobId, id);
        model.addAttribute("entry", entry);
        model.addAttribute("job", entry.job());
        model.addAttribute("current", entry.application().appointment());
        model.addAttribute("open", Appointment.belongsTo(entry.application().getStatus()));
        model.addAttribute("now", LocalDateTime.now(clock.withZone(ChinaTime.ZONE)).withSecond(0).withNano(0));
        return "console/jobs/appointment";
    }

    @PostMapping("/console/jobs/{jobId}/applications/{id}/appointment")
    public String save(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long jobId, @PathVariable long id,
                       @RequestParam(required = false) String at, @RequestParam(required = false) String place,
                       @RequestParam(required = false) String bring, Actor actor,
                       RedirectAttributes flash, Model model) {
        ApplicationService.Entry entry = entry(me, jobId, id);
        try {
            Appointment appointment = AppointmentInput.parse(at, place, bring, clock);
            if (appointment == null) {
                throw new RuleViolation("请填写时间和地点。");
            }
            applications.schedule(actor, me.scope(), id, appointment);
            flash.addFlashAttribute("success", (entry.worker() == null ? "" : entry.worker().getName()) + "的"
                    + entry.application().getStatus().label() + "时间地点已保存并通知本人:" + appointment.brief() + "。");
            return "redirect:/console/jobs/" + jobId;
        } catch (RuleViolation e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("at", at);
            model.addAttribute("place", place);
            model.addAttribute("bring", bring);
        }
        return form(me, jobId, id, model);
    }

    private ApplicationService.Entry entry(StaffPrincipal me, long jobId, long id) {
        ApplicationService.Entry entry = applications.get(me.scope(), id);
        if (entry.job().getId() != jobId) {
            throw new NotFoundInScope("Application");
        }
        return entry;
    }
}
