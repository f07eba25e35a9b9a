package cn.laowu.admin.job;

import cn.laowu.admin.layout.RedirectOnRefusal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.admin.security.Permission;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.application.ApplicationService;
import cn.laowu.core.application.ApplicationStatus;
import cn.laowu.core.placement.DispatchService;
import cn.laowu.core.placement.FollowUp;
import cn.laowu.core.placement.FollowUpService;
import cn.laowu.core.job.Job;
import cn.laowu.core.broadcast.BroadcastService;
import cn.laowu.core.job.JobService;
import cn.laowu.core.job.JobStatus;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 岗位与报名: the office's jobs (create, publish, close, extend) and each job's applicants, moved
 * through the organised-export pipeline one by one or as a whole group (集中输送 in a batch), all
 * within the user's region; and other offices' jobs that the region's own people applied to, showing
 * and moving those people only.
 */
@Controller
public class JobController {


    private final BroadcastService broadcasts;
    private final JobService jobs;
    private final ApplicationService applications;
    private final DispatchService dispatch;
    private final FollowUpService followUps;
    private final RegionService regions;
    private final Clock clock;

    public JobController(JobService jobs, ApplicationService applications, DispatchService dispatch,
                         FollowUpService followUps, BroadcastService broadcasts, RegionService regions, Clock clock) {
        this.jobs = jobs;
        this.regions = regions;
        this.broadcasts = broadcasts;
        this.applications = applications;
        this.dispatch = dispatch;
        this.followUps = followUps;
        this.clock = clock;
    }

    @GetMapping("/console/jobs")
    public String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        List<JobService.JobCard> cards = jobs.jobs(me.scope());
        model.addAttribute("cards", cards);
        List<ApplicationService.ResidentsJob> residentsJobs = applications.residentsOnOthersJobs(me.scope());
        model.addAttribute("residentsJobs", residentsJobs);
        model.addAttribute("offices", offices(residentsJobs.stream().map(r -> r.card().job()).toList()));
        model.addAttribute("hasEmployers", !cards.isEmpty() || !jobs.employers(me.scope()).isEmpty());
        model.addAttribute("today", today());
        model.addAttribute("canManage", me.can(Permission.MANAGE_JOBS));
        return "console/jobs/list";
    }

    @GetMapping("/console/jobs/new")
    public String newForm(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new JobForm());
        }
        model.addAttribute("employers", jobs.employers(me.scope()));
        model.addAttribute("areas", WorkArea.values());
        return "console/jobs/new";
    }

    @PostMapping("/console/jobs/new")
    public String create(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("form") JobForm form,
                         BindingResult binding, Actor actor, RedirectAttributes flash, Model model) {
        if (binding.hasErrors()) {
            model.addAttribute("error", "有些内容填得不对:月薪、年龄、人数要填数字,截止日期要填日期。");
            return newForm(me, model);
        }
        try {
            Job job = jobs.createJob(actor, me.scope(), form.toDraft());
            flash.addFlashAttribute("success", "岗位已保存为草稿。企业考察过后,点“发布”工人就能看到。");
            return "redirect:/console/jobs/" + job.getId();
        } catch (RuleViolation e) {
            model.addAttribute("error", e.getMessage());
        }
        return newForm(me, model);
    }

    @GetMapping("/console/jobs/{id}")
    public String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                         @RequestParam(required = false) ApplicationStatus status, Model model) {
        // Another office's job opens too when people of the clerk's area applied: their rows only.
        ApplicationService.JobAccess access = applications.access(me.scope(), id);
        Job job = access.job();
        List<ApplicationService.Entry> all = applications.forJob(me.scope(), id, null);
        Map<String, Long> counts = new HashMap<>(); // by status name: SpEL indexes maps by string
        all.forEach(e -> counts.merge(e.application().getStatus().name(), 1L, Long::sum));
        model.addAttribute("job", job);
        model.addAttribute("autoNotice", access.owner() && broadcasts.autoNotice(id));
        model.addAttribute("employer", jobs.cards(List.of(job)).get(0).employer());
        model.addAttribute("concerns", jobs.concerns(job.getEmployerId()));
        model.addAttribute("owner", access.owner());
        model.addAttribute("office", offices(List.of(job)).get(job.getOwnerRegionPath()));
        List<ApplicationService.Entry> entries = status == null ? all : applications.forJob(me.scope(), id, status);
        model.addAttribute("entries", entries);
        model.addAttribute("followUps", followUpsOf(entries));
        model.addAttribute("batches", dispatch.forJob(me.scope(), id));
        if (!model.containsAttribute("batchForm")) {
            model.addAttribute("batchForm", new BatchForm());
        }
        model.addAttribute("total", all.size());
        model.addAttribute("counts", counts);
        model.addAttribute("filter", status);
        model.addAttribute("statuses", ApplicationStatus.values());
        // Nothing is ever moved back to 候补: it is where applying lands when the job is full.
        model.addAttribute("targets", Arrays.stream(ApplicationStatus.values())
                .filter(s -> s != ApplicationStatus.WAITLISTED).toList());
        model.addAttribute("trainingRequired", Boolean.TRUE.equals(job.getTrainingRequired()));
        model.addAttribute("today", today());
        // The job itself (publish, close, dates, batches) is its office's; the moves are for anyone who may manage.
        model.addAttribute("canManage", access.owner() && me.can(Permission.MANAGE_JOBS));
        model.addAttribute("canMove", me.can(Permission.MANAGE_JOBS));
        return "console/jobs/detail";
    }

    @PostMapping("/console/jobs/{id}/publish")
    public String publish(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                          @RequestParam(required = false) String back, Actor actor,
                          RedirectAttributes flash) {
        try {
            Job job = jobs.publish(actor, me.scope(), id);
            flash.addFlashAttribute("success", "「" + job.getTitle() + "」已发布,工人在公众号里能看到并报名了。");
        } catch (RuleViolation e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return back(id, back);
    }

    @PostMapping("/console/jobs/{id}/close")
    public String close(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                        @RequestParam(required = false) String back, Actor actor,
                        RedirectAttributes flash) {
        try {
            Job job = jobs.close(actor, me.scope(), id);
            flash.addFlashAttribute("success", "「" + job.getTitle() + "」已关闭,不再接受报名。已报名的人员照常办理。");
        } catch (RuleViolation e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return back(id, back);
    }

    /** A new end date, or none (empty = 不限); the way an 已到期 job opens again. */
    @PostMapping("/console/jobs/{id}/extend")
    @RedirectOnRefusal("/console/jobs/{id}")
    public String extend(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                         @RequestParam(required = false) String endsOn, Actor actor,
                         RedirectAttributes flash) {
        JobStatus before = jobs.job(me.scope(), id).getStatus(); // not this office's job: 404
        String detail = "redirect:/console/jobs/" + id;
        LocalDate date;
        try {
            date = endsOn == null || endsOn.isBlank() ? null : LocalDate.parse(endsOn.trim());
        } catch (DateTimeParseException e) {
            flash.addFlashAttribute("error", "截止日期要填日期,如 2026-12-31;不设截止就留空。");
            return detail;
        }
        jobs.extend(actor, me.scope(), id, date);
        Job job = jobs.job(me.scope(), id); // as stored: the message says what workers will see
        flash.addFlashAttribute("success", "「" + job.getTitle() + "」"
                + (job.getEndsOn() == null ? "已改为长期招聘,不设截止日期。" : "截止日期改为 " + job.getEndsOn() + "。")
                + (before == JobStatus.EXPIRED && job.isOpenOn(today()) ? "岗位已重新发布,工人又能看到并报名了。" : ""));
        return detail;
    }

    /** Whole yuan as clerks write them; fen only when there are any. */
    public static String yuan(Long fen) {
        if (fen == null) {
            return "—";
        }
        return fen % 100 == 0 ? String.valueOf(fen / 100) : String.format("%.2f", fen / 100.0);
    }

    /** 回访 progress of the placed rows on the page, by application id, in one query. */
    private Map<Long, List<FollowUp>> followUpsOf(List<ApplicationService.Entry> entries) {
        return followUps.ofApplications(entries.stream().map(ApplicationService.Entry::application)
                .filter(a -> a.getStatus().isActivePlacement() || a.getStatus() == ApplicationStatus.STABLE)
                .map(a -> a.getId()).toList());
    }

    /** The name of the office (region) that owns each job, by its path, for "发布单位". */
    private Map<String, String> offices(List<Job> list) {
        Map<String, String> names = new HashMap<>();
        list.stream().map(Job::getOwnerRegionPath).distinct().forEach(path -> names.put(path,
                regions.find(new RegionScope(path).rootCode()).map(Region::getName).orElse("")));
        return names;
    }

    private static String back(long id, String back) {
        return "detail".equals(back) ? "redirect:/console/jobs/" + id : "redirect:/console/jobs";
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
