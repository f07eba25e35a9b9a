package cn.laowu.admin.staff;

import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.account.QrLinks;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.staff.StaffWeChat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * 绑定微信: a staff member binds their own WeChat with a one-time QR (10 minutes, once), so the
 * monthly 调度 summary of their unit reaches them; or unbinds it.
 */
@Controller
public class WeChatBindingController {

    private final StaffWeChat staff;
    private final QrLinks qrLinks;

    public WeChatBindingController(StaffWeChat staff, QrLinks qrLinks) {
        this.staff = staff;
        this.qrLinks = qrLinks;
    }

    @GetMapping("/console/wechat")
    public String page(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("bound", staff.isBound(me.id()));
        Object scene = model.asMap().get("scene");
        model.addAttribute("links", scene instanceof String s ? qrLinks.forScene(s) : List.of());
        return "console/staff/wechat";
    }

    /** A fresh one-time code; its QR is shown once, on the page this redirects to. */
    @PostMapping("/console/wechat/code")
    public String code(@AuthenticationPrincipal StaffPrincipal me, Actor actor, RedirectAttributes flash) {
        flash.addFlashAttribute("scene", staff.issue(actor, me.id()));
        return "redirect:/console/wechat";
    }

    @PostMapping("/console/wechat/unbind")
    public String unbind(@AuthenticationPrincipal StaffPrincipal me, Actor actor, RedirectAttributes flash) {
        flash.addFlashAttribute("success", staff.unbind(actor, me.id())
                ? "已解除微信绑定,不再收到每月调度。" : "您还没有绑定微信。");
        return "redirect:/console/wechat";
    }
}
