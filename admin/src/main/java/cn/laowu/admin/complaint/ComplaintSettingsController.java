package cn.laowu.admin.complaint;

import cn.laowu.admin.layout.RedirectOnRefusal;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.complaint.ComplaintKind;
import cn.laowu.core.complaint.ComplaintOffice;
import cn.laowu.core.complaint.ComplaintSettings;
import cn.laowu.core.complaint.TimeLimits;
import cn.laowu.core.region.RegionService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 投诉设置 for a 州 or 县: its time limits and where complaints about work in a place go. */
@Controller
public class ComplaintSettingsController {

    private static final String PAGE = "redirect:/console/complaints/settings";

    private final ComplaintSettings settings;
    private final RegionService regions;

    public ComplaintSettingsController(ComplaintSettings settings, RegionService regions) {
        this.settings = settings;
        this.regions = regions;
    }

    @GetMapping("/console/complaints/settings")
    public String page(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("deadlines", settings.deadlines(me.scope()));
        model.addAttribute("routes", settings.routes(me.scope()));
        model.addAttribute("offices", regions.inScope(me.scope()).stream().filter(ComplaintOffice::handlesComplaints).toList());
        model.addAttribute("kinds", ComplaintKind.values());
        model.addAttribute("legalAcceptDays", TimeLimits.LEGAL_ACCEPT_DAYS);
        model.addAttribute("legalInvestigateDays", TimeLimits.LEGAL_INVESTIGATE_DAYS);
        return "console/complaints/settings";
    }

    @PostMapping("/console/complaints/settings/limits")
    @RedirectOnRefusal("/console/complaints/settings")
    public String limits(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) ComplaintKind kind,
                         @RequestParam(required = false) boolean urgent, @RequestParam(required = false) Integer acceptHours,
                         @RequestParam(required = false) Integer acceptDays, @RequestParam(required = false) Integer answerDays,
                         @RequestParam(required = false) Integer concludeDays, Actor actor,
                         RedirectAttributes flash) {
        return act(flash, "时限已保存,之后新提交的投诉按新时限算。", () -> settings.setDeadline(actor,
                me.scope(), kind, urgent, acceptHours, acceptDays, answerDays, concludeDays));
    }

    @PostMapping("/console/complaints/settings/routes")
    @RedirectOnRefusal("/console/complaints/settings")
    public String addRoute(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String place,
                           @RequestParam(required = false) String regionCode, Actor actor,
                           RedirectAttributes flash) {
        return act(flash, "已添加去向。", () -> settings.addRoute(actor, me.scope(), place, regionCode));
    }

    @PostMapping("/console/complaints/settings/routes/{id}/delete")
    @RedirectOnRefusal("/console/complaints/settings")
    public String removeRoute(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Actor actor,
                              RedirectAttributes flash) {
        return act(flash, "已删除去向。", () -> settings.removeRoute(actor, me.scope(), id));
    }

    private static String act(RedirectAttributes flash, String success, Runnable action) {
        action.run();
        flash.addFlashAttribute("success", success);
        return PAGE;
    }
}
