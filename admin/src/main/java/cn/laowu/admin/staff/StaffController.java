package cn.laowu.admin.staff;

import cn.laowu.admin.layout.RedirectOnRefusal;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.staff.StaffService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;
import java.util.stream.Collectors;

/** 账号管理 for 州/县 admins: accounts of their region and below. */
@Controller
public class StaffController {

    private final StaffService staff;
    private final RegionService regions;

    public StaffController(StaffService staff, RegionService regions) {
        this.staff = staff;
        this.regions = regions;
    }

    @GetMapping("/console/staff")
    public String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("accounts", staff.list(me.scope()));
        model.addAttribute("regionNames", regionNames(me));
        model.addAttribute("regions", regions.inScope(me.scope()));
        model.addAttribute("roles", StaffRole.values());
        return "console/staff/list";
    }

    @PostMapping("/console/staff")
    @RedirectOnRefusal("/console/staff")
    public String create(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String username,
                         @RequestParam String displayName, @RequestParam StaffRole role,
                         @RequestParam String regionCode, Actor actor, RedirectAttributes flash) {
        StaffService.IssuedPassword issued = staff.create(actor, me.role(), me.scope(),
                new StaffService.NewStaff(username, displayName, role, regionCode));
        flash.addFlashAttribute("issued", issued);
        return "redirect:/console/staff";
    }

    @PostMapping("/console/staff/{id}/reset-password")
    public String reset(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Actor actor,
                        RedirectAttributes flash) {
        flash.addFlashAttribute("issued", staff.resetPassword(actor, me.scope(), id));
        return "redirect:/console/staff";
    }

    @PostMapping("/console/staff/{id}/enabled")
    @RedirectOnRefusal("/console/staff")
    public String setEnabled(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                             @RequestParam boolean enabled, Actor actor, RedirectAttributes flash) {
        staff.setEnabled(actor, me.scope(), id, enabled);
        flash.addFlashAttribute("success", enabled ? "已启用。" : "已停用,该账号不能再登录。");
        return "redirect:/console/staff";
    }

    private Map<String, String> regionNames(StaffPrincipal me) {
        return regions.inScope(me.scope()).stream().collect(Collectors.toMap(Region::getCode, Region::getName));
    }
}
