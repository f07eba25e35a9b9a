package cn.laowu.admin.outpost;

import cn.laowu.admin.layout.RedirectOnRefusal;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.broadcast.Broadcast;
import cn.laowu.core.broadcast.BroadcastService;
import cn.laowu.core.broadcast.BroadcastStatus;
import cn.laowu.core.job.Job;
import cn.laowu.core.outpost.OutpostJobs;
import cn.laowu.core.outpost.OutpostNotices;
import cn.laowu.core.outpost.OutpostScope;
import cn.laowu.core.outpost.OutpostService;
import cn.laowu.core.support.NotFoundInScope;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * 转岗换岗 at the outpost's desk: collect a job in the area (a draft of the office that runs the
 * outpost, vetted and published by the 州/县 as any job), and send a job notice of open jobs in the
 * area to the workers working there now (previewed with its size first; a broadcast of the office,
 * so its caps and approval apply).
 */
@Controller
public class OutpostJobsController {

    private final OutpostService outposts;
    private final OutpostJobs jobs;
    private final OutpostNotices notices;

    public OutpostJobsController(OutpostService outposts, OutpostJobs jobs, OutpostNotices notices) {
        this.outposts = outposts;
        this.jobs = jobs;
        this.notices = notices;
    }

    @GetMapping("/console/outpost/jobs")
    public String page(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        OutpostScope scope = scope(me);
        model.addAttribute("outpost", outposts.get(scope));
        model.addAttribute("collected", jobs.collected(scope, 100));
        model.addAttribute("open", jobs.openInArea(scope));
        model.addAttribute("notices", notices.sent(scope));
        model.addAttribute("awaiting", BroadcastStatus.AWAITING_APPROVAL);
        return "console/outposts/jobs";
    }

    @PostMapping("/console/outpost/jobs")
    @RedirectOnRefusal("/console/outpost/jobs")
    public String collect(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String employerName,
                          @RequestParam(required = false) String employerAddress,
                          @RequestParam(required = false) String contact, @RequestParam(required = false) String title,
                          @RequestParam(required = false) String industry, @RequestParam(required = false) String workPlace,
                          @RequestParam(required = false) Long wageMinYuan, @RequestParam(required = false) Long wageMaxYuan,
                          @RequestParam(required = false) String foodLodging,
                          @RequestParam(required = false) Integer headcount, Actor actor,
                          RedirectAttributes flash) {
        Job job = jobs.collect(actor, scope(me), new OutpostJobs.Collected(employerName,
                employerAddress, contact, title, industry, workPlace, wageMinYuan == null ? 0 : wageMinYuan,
                wageMaxYuan == null ? 0 : wageMaxYuan, foodLodging, headcount == null ? 0 : headcount));
        flash.addFlashAttribute("success", "已收集「" + job.getTitle() + "」,交州县考察企业、审核发布后向本地务工人员推荐。");
        return "redirect:/console/outpost/jobs";
    }

    @PostMapping("/console/outpost/notices/preview")
    @RedirectOnRefusal("/console/outpost/jobs")
    public String preview(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String title,
                          @RequestParam(required = false) List<Long> jobIds, Model model) {
        OutpostScope scope = scope(me);
        BroadcastService.Preview preview = notices.preview(scope, title, jobIds);
        model.addAttribute("outpost", outposts.get(scope));
        model.addAttribute("preview", preview);
        model.addAttribute("title", title);
        model.addAttribute("jobIds", jobIds);
        return "console/outposts/notice-preview";
    }

    @PostMapping("/console/outpost/notices")
    @RedirectOnRefusal("/console/outpost/jobs")
    public String send(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String title,
                       @RequestParam(required = false) List<Long> jobIds, Actor actor,
                       RedirectAttributes flash) {
        Broadcast b = notices.send(actor, scope(me), title, jobIds);
        flash.addFlashAttribute("success", b.getStatus() == BroadcastStatus.AWAITING_APPROVAL
                ? "已提交,共 " + b.getAudienceSize() + " 人,人数较多,须州县另一位管理员审批后发出。"
                : "已排队发送,共 " + b.getAudienceSize() + " 人。");
        return "redirect:/console/outpost/jobs";
    }

    private OutpostScope scope(StaffPrincipal me) {
        return outposts.scopeOf(me.id()).orElseThrow(() -> new NotFoundInScope("outpost"));
    }
}
