package cn.laowu.admin.job;

import cn.laowu.admin.layout.RedirectOnRefusal;
import cn.laowu.admin.security.Permission;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.job.Employer;
import cn.laowu.core.job.JobService;
import cn.laowu.core.support.RuleViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Partner employers of the office: register them, record the 考察 that lets their jobs be published. */
@Controller
public class EmployerController {

    private final JobService jobs;

    public EmployerController(JobService jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/console/employers")
    public String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EmployerForm());
        }
        model.addAttribute("employers", jobs.employers(me.scope()));
        model.addAttribute("canManage", me.can(Permission.MANAGE_JOBS));
        return "console/jobs/employers";
    }

    @PostMapping("/console/employers")
    public String create(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("form") EmployerForm form,
                         Actor actor, RedirectAttributes flash) {
        try {
            Employer employer = jobs.createEmployer(actor, me.scope(), form.toNewEmployer());
            flash.addFlashAttribute("success", "已登记企业「" + employer.getName() + "」。下一步:实地考察后在下面记录考察情况,"
                    + "考察过的企业才能发布岗位。");
        } catch (RuleViolation e) {
            flash.addFlashAttribute("error", e.getMessage());
            flash.addFlashAttribute("form", form);
        }
        return "redirect:/console/employers";
    }

    @PostMapping("/console/employers/{id}/vet")
    @RedirectOnRefusal("/console/employers")
    public String vet(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                      @RequestParam(required = false) String notes, Actor actor,
                      RedirectAttributes flash) {
        Employer employer = jobs.vet(actor, me.scope(), id, notes);
        flash.addFlashAttribute("success", "已记录对「" + employer.getName() + "」的考察,它的岗位现在可以发布了。");
        return "redirect:/console/employers";
    }
}
