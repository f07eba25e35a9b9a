package cn.laowu.admin.job;

import cn.laowu.admin.security.Permission;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.placement.DispatchService;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.support.RuleViolation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.List;

/** 集中输送批次: one group of a job's workers who leave together, and moving the whole group on at once. */
@Controller
public class BatchController {

    /**
     * Where a group in 集中输送 can go: 已上岗 on arrival first, then the later stages and the
     * ways out. Earlier stages (and 候补) can never be a dispatched worker's next step.
     */
    static final List<ApplicationStatus> TARGETS = Arrays.stream(ApplicationStatus.values())
            .filter(s -> s.ordinal() > ApplicationStatus.DISPATCH.ordinal()).toList();

    private final DispatchService dispatch;
    private final JobService jobs;

    public BatchController(DispatchService dispatch, JobService jobs) {
        this.dispatch = dispatch;
        this.jobs = jobs;
    }

    @GetMapping("/console/batches/{id}")
    public String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        DispatchService.BatchView view = dispatch.get(me.scope(), id);
        Job job = jobs.job(me.scope(), view.batch().getJobId());
        model.addAttribute("view", view);
        model.addAttribute("batch", view.batch());
        model.addAttribute("job", job);
        model.addAttribute("employer", jobs.employer(me.scope(), job.getEmployerId()));
        model.addAttribute("concerns", jobs.concerns(job.getEmployerId()));
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("targets", TARGETS);
        model.addAttribute("canManage", me.can(Permission.MANAGE_JOBS));
        return "console/jobs/batch";
    }

    /** The whole group to one next stage (all 上岗 on arrival): all of them, or none. */
    @PostMapping("/console/batches/{id}/move")
    public String move(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                       @RequestParam(required = false) ApplicationStatus to,
                       @RequestParam(required = false) String note,
                       Actor actor, RedirectAttributes flash) {
        dispatch.get(me.scope(), id); // not this office's batch: 404 whatever else is wrong
        String page = "redirect:/console/batches/" + id;
        if (to == null) {
            flash.addFlashAttribute("error", "请选择要办理为哪个环节。");
            return page;
        }
        try {
            int moved = dispatch.moveGroup(actor, me.scope(), id, to, note);
            flash.addFlashAttribute("success", "已将本批 " + moved + " 人办理为「" + to.label() + "」。");
        } catch (RuleViolation e) {
            flash.addFlashAttribute("error", e.getMessage() + "这一批都没有办理。");
        }
        return page;
    }
}
