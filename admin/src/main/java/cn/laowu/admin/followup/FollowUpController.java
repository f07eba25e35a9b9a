package cn.laowu.admin.followup;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.support.ChinaTime;
import cn.laowu.admin.security.Permission;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.placement.FollowUpService;
import cn.laowu.core.job.Job;
import cn.laowu.core.job.JobService;
import cn.laowu.core.placement.Satisfaction;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.core.worker.Worker;
import cn.laowu.core.worker.WorkerService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 跟踪回访: the placed workers of the user's region whose 1/3/6/12-month follow-up is due this
 * week or overdue, and recording what a worker said on the phone when they did not answer in chat.
 */
@Controller
public class FollowUpController {

    /** The queue looks a week ahead, so calls can be planned; overdue ones stay until recorded. */
    static final int DAYS_AHEAD = 7;

    private final FollowUpService followUps;
    private final JobService jobs;
    private final RegionService regions;
    private final WorkerService workers;
    private final Clock clock;

    public FollowUpController(FollowUpService followUps, JobService jobs, RegionService regions, WorkerService workers,
                              Clock clock) {
        this.followUps = followUps;
        this.jobs = jobs;
        this.regions = regions;
        this.workers = workers;
        this.clock = clock;
    }

    /** A follow-up as the queue shows it. */
    public record Row(FollowUpService.Item item, String homeRegion, String employer, long daysOverdue) {
    }

    @GetMapping("/console/follow-ups")
    public String queue(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        LocalDate today = today();
        Map<String, String> regionNames = regions.inScope(me.scope()).stream()
                .collect(Collectors.toMap(Region::getCode, Region::getName));
        Map<Long, String> employers = new HashMap<>();
        List<Row> rows = followUps.queue(me.scope(), DAYS_AHEAD).stream().map(item -> {
            Worker w = item.entry().worker();
            return new Row(item, w == null ? "—" : regionNames.getOrDefault(w.getHomeRegionCode(), "—"),
                    employerOf(item, employers),
                    item.overdue(today) ? ChronoUnit.DAYS.between(item.followUp().getDueOn(), today) : 0);
        }).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("overdueCount", rows.stream().filter(r -> r.daysOverdue() > 0).count());
        model.addAttribute("today", today);
        model.addAttribute("daysAhead", DAYS_AHEAD);
        model.addAttribute("canRecord", me.can(FollowUpSection.RECORD_FOLLOW_UPS));
        model.addAttribute("canViewJobs", me.can(Permission.VIEW_JOBS));
        return "console/follow-ups/queue";
    }

    @GetMapping("/console/follow-ups/{id}")
    public String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        FollowUpService.Item item = followUps.get(me.scope(), id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new FollowUpForm());
        }
        LocalDate today = today();
        LocalDate recordableFrom = item.followUp().getDueOn().minusDays(FollowUpService.EARLY_DAYS);
        model.addAttribute("item", item);
        model.addAttribute("employer", employerOf(item, new HashMap<>()));
        model.addAttribute("history", followUps.ofApplication(item.followUp().getApplicationId()));
        model.addAttribute("today", today);
        model.addAttribute("recordableFrom", recordableFrom);
        model.addAttribute("satisfactions", Satisfaction.values());
        model.addAttribute("canRecord", me.can(FollowUpSection.RECORD_FOLLOW_UPS) && item.followUp().getRecordedAt() == null
                && !today.isBefore(recordableFrom));
        model.addAttribute("canViewJobs", me.can(Permission.VIEW_JOBS));
        model.addAttribute("canCall", me.can(FollowUpSection.RECORD_FOLLOW_UPS));
        if (!model.containsAttribute("fullPhone")) {
            model.addAttribute("fullPhone", null);
        }
        return "console/follow-ups/detail";
    }

    /** The number to call, shown on this page only and written to the audit log. */
    @PostMapping("/console/follow-ups/{id}/phone")
    public String phone(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Actor actor,
                        Model model) {
        FollowUpService.Item item = followUps.get(me.scope(), id);
        model.addAttribute("fullPhone", workers.revealPhone(actor, me.scope(),
                item.followUp().getWorkerId(), "第" + item.followUp().getMonthNo() + "个月回访电话").orElse(null));
        return detail(me, id, model);
    }

    @PostMapping("/console/follow-ups/{id}")
    public String record(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                         @ModelAttribute("form") FollowUpForm form, BindingResult binding,
                         Actor actor, RedirectAttributes flash, Model model) {
        followUps.get(me.scope(), id); // not this office's worker: 404 whatever else is wrong
        if (binding.hasErrors()) {
            model.addAttribute("error", "有些内容填得不对:在岗情况和满意度请从选项里选,月工资要填数字。");
            return detail(me, id, model);
        }
        try {
            FollowUpService.Item item = followUps.record(actor, me.scope(), id,
                    form.toAnswer());
            Worker w = item.entry().worker();
            String success = "已记录 " + (w == null ? "这位工人" : w.getName()) + " 的第" + item.followUp().getMonthNo()
                    + "个月回访。";
            if (Boolean.FALSE.equals(form.getStillEmployed())) {
                // The answer does not end the placement: somebody has to close it, with the reason.
                success += me.can(Permission.MANAGE_JOBS)
                        ? "本人已离开这家单位,请到岗位页把这条报名办理为「已放弃」并写明原因。"
                        : "本人已离开这家单位,请告诉管岗位的工作人员,把这条报名办理为「已放弃」并写明原因。";
            }
            flash.addFlashAttribute("success", success);
            return "redirect:/console/follow-ups";
        } catch (RuleViolation e) {
            model.addAttribute("error", e.getMessage());
        }
        return detail(me, id, model);
    }

    /** The employer's name, looked up once per employer on the page. */
    private String employerOf(FollowUpService.Item item, Map<Long, String> cache) {
        Job job = item.entry().job();
        if (job == null) {
            return null;
        }
        return cache.computeIfAbsent(job.getEmployerId(), jobs::employerName);
    }

    private LocalDate today() {
        return ChinaTime.today(clock);
    }
}
