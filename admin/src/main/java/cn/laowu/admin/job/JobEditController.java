package cn.laowu.admin.job;

import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobEdited;
import cn.laowu.core.job.JobEdits;
import cn.laowu.core.job.JobService;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.WorkArea;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.stream.Collectors;

/**
 * 修改岗位: the creation form filled with the job as it is. The office that owns the job (or one
 * above it) may edit; what changed goes to the 操作日志 and, for wage, place and dates, to the
 * job's applicants.
 */
@Controller
public class JobEditController {

    private final JobService jobs;
    private final JobEdits edits;

    public JobEditController(JobService jobs, JobEdits edits) {
        this.edits = edits;
        this.jobs = jobs;
    }

    @GetMapping("/console/jobs/{id}/edit")
    public String form(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        Job job = jobs.job(me.scope(), id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", JobForm.of(job));
        }
        model.addAttribute("job", job);
        model.addAttribute("employer", jobs.employer(me.scope(), job.getEmployerId()));
        model.addAttribute("areas", WorkArea.values());
        return "console/jobs/edit";
    }

    @PostMapping("/console/jobs/{id}/edit")
    public String save(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                       @ModelAttribute("form") JobForm form, BindingResult binding, Actor actor,
                       RedirectAttributes flash, Model model) {
        Job job = jobs.job(me.scope(), id); // not this office's job: 404 whatever else is wrong
        if (binding.hasErrors()) {
            model.addAttribute("error", "有些内容填得不对:月薪、年龄、人数要填数字,截止日期要填日期。岗位没有改动。");
            return form(me, id, model);
        }
        if (form.getVersion() == null) {
            model.addAttribute("error", "表单不完整,请刷新页面再改。");
            return form(me, id, model);
        }
        form.setEmployerId(job.getEmployerId()); // the employer of a job does not change
        try {
            JobEdited edited = edits.update(actor, me.scope(), id, form.getVersion(),
                    form.toDraft());
            if (edited.changes().isEmpty()) {
                flash.addFlashAttribute("success", "没有改动。");
            } else {
                int told = edited.forApplicants().size();
                flash.addFlashAttribute("success", "已保存:" + edited.changes().stream().map(JobEdited.Change::field)
                        .collect(Collectors.joining("、")) + "有改动。" + (told > 0
                        ? "月薪、地点、日期的变动会发消息告诉报名的人员。" : ""));
            }
            return "redirect:/console/jobs/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("error", e.getMessage() + "岗位没有改动。");
        }
        return form(me, id, model);
    }
}
