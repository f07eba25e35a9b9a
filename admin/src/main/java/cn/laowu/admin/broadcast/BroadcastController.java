package cn.laowu.admin.broadcast;

import cn.laowu.admin.layout.RedirectOnRefusal;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.account.OfficialAccounts;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.broadcast.Broadcast;
import cn.laowu.core.broadcast.BroadcastService;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.search.JobQuery;
import cn.laowu.core.search.JobSearch;
import cn.laowu.core.support.ChinaTime;
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

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * 推送通知: compose a job notice or an announcement, see it as the worker will and how many will
 * get it, send now or at a time, follow its progress, cancel it; county admins approve large ones.
 * The console only writes the broadcast; the bot's outbox sends it.
 */
@Controller
public class BroadcastController {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BroadcastService broadcasts;
    private final JobSearch jobs;
    private final RegionService regions;
    private final OfficialAccounts accounts;

    public BroadcastController(BroadcastService broadcasts, JobSearch jobs, RegionService regions,
                               OfficialAccounts accounts) {
        this.broadcasts = broadcasts;
        this.jobs = jobs;
        this.regions = regions;
        this.accounts = accounts;
    }

    @GetMapping("/console/broadcasts")
    public String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("rows", broadcasts.list(me.scope(), 100));
        model.addAttribute("canSend", me.can(BroadcastSection.SEND_BROADCASTS));
        model.addAttribute("noJobNotice", accounts.withoutJobNoticeTemplate());
        return "console/broadcasts/list";
    }

    @GetMapping("/console/broadcasts/new")
    public String compose(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        if (!model.containsAttribute("form")) {
            BroadcastForm form = new BroadcastForm();
            form.setRegionCode(me.regionCode());
            model.addAttribute("form", form);
        }
        return composePage(me, model);
    }

    /** 预览: the notice as workers will read it, and how many will get it; nothing is saved. */
    @PostMapping("/console/broadcasts/preview")
    public String preview(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("form") BroadcastForm form,
                          Model model) {
        try {
            model.addAttribute("preview", broadcasts.preview(me.scope(), form.draft()));
        } catch (RuleViolation e) {
            model.addAttribute("error", e.getMessage());
        }
        return composePage(me, model);
    }

    @PostMapping("/console/broadcasts")
    public String create(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("form") BroadcastForm form,
                         Actor actor, RedirectAttributes flash, Model model) {
        try {
            Broadcast b = broadcasts.create(actor, me.scope(), form.draft());
            flash.addFlashAttribute("success", switch (b.getStatus()) {
                case AWAITING_APPROVAL -> me.regionCode().length() >= 12
                        ? "已提交:" + b.getAudienceSize() + " 人,乡镇审批后发出。"
                        : "已提交:" + b.getAudienceSize() + " 人,人数较多,请另一位县级以上管理员审批后发出。";
                default -> "已提交:" + b.getAudienceSize() + " 人,到时间自动发出(晚上10点到早上7点不发,早上再发)。";
            });
            return "redirect:/console/broadcasts/" + b.getId();
        } catch (RuleViolation e) {
            model.addAttribute("error", e.getMessage());
            return composePage(me, model);
        }
    }

    @GetMapping("/console/broadcasts/{id}")
    public String detail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        BroadcastService.Progress progress = broadcasts.progress(me.scope(), id);
        model.addAttribute("p", progress);
        model.addAttribute("b", progress.broadcast());
        model.addAttribute("canSend", me.can(BroadcastSection.SEND_BROADCASTS));
        String[] owner = progress.broadcast().getOwnerRegionPath().split("/");
        // A village's code has 12 digits: its notices wait for the township, not for a size.
        model.addAttribute("byVillage", owner[owner.length - 1].length() >= 12);
        model.addAttribute("canApprove", me.can(BroadcastSection.APPROVE_BROADCASTS)
                && !progress.broadcast().getCreatedBy().equals(me.getUsername())
                && broadcasts.mayApprove(me.scope(), progress.broadcast()));
        return "console/broadcasts/detail";
    }

    @PostMapping("/console/broadcasts/{id}/approve")
    @RedirectOnRefusal("/console/broadcasts/{id}")
    public String approve(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                          Actor actor, RedirectAttributes flash) {
        broadcasts.approve(actor, me.scope(), id);
        flash.addFlashAttribute("success", "已审批,到时间自动发出。");
        return "redirect:/console/broadcasts/" + id;
    }

    @PostMapping("/console/broadcasts/{id}/cancel")
    public String cancel(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                         Actor actor, RedirectAttributes flash) {
        broadcasts.cancel(actor, me.scope(), id);
        flash.addFlashAttribute("success", "已撤回:还没发出的不再发送,已发出的留有记录。");
        return "redirect:/console/broadcasts/" + id;
    }

    /** The job page's switch: tell matching workers by itself when this job is first published. */
    @PostMapping("/console/broadcasts/auto-notice/{jobId}")
    public String autoNotice(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long jobId,
                             @RequestParam boolean on, Actor actor, RedirectAttributes flash) {
        broadcasts.autoNotice(actor, me.scope(), jobId, on);
        flash.addFlashAttribute("success", on ? "已开启:岗位发布时自动推送给意向相符的工人(每人每周最多3条)。" : "已关闭自动推送。");
        return "redirect:/console/jobs/" + jobId;
    }

    public static String time(LocalDateTime utc) {
        return utc == null ? "" : utc.atZone(ZoneOffset.UTC).withZoneSameInstant(ChinaTime.ZONE).format(MINUTES);
    }

    private String composePage(StaffPrincipal me, Model model) {
        model.addAttribute("openJobs", jobs.search(JobQuery.any(), 0, 50));
        model.addAttribute("regions", regions.inScope(me.scope()));
        model.addAttribute("kinds", broadcasts.kinds(me.scope()));
        model.addAttribute("audiences", broadcasts.audiences(me.scope()));
        model.addAttribute("noJobNotice", accounts.withoutJobNoticeTemplate());
        return "console/broadcasts/new";
    }
}
