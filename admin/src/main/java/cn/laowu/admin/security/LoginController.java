package cn.laowu.admin.security;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.staff.StaffLogins;
import cn.laowu.core.staff.StaffService;
import cn.laowu.core.support.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
public class LoginController {

    static final String STALE = "登录已过期,请重新登录。";

    private final StaffService staff;
    private final StaffLogins logins;

    public LoginController(StaffService staff, StaffLogins logins) {
        this.logins = logins;
        this.staff = staff;
    }

    @GetMapping("/console/login")
    public String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                        Model model) {
        model.addAttribute("error", switch (error == null ? "" : error) {
            // Also a locked or unknown account: which one is not told to whoever is guessing.
            case "bad" -> "用户名或密码不对。连续输错" + StaffLogins.MAX_FAILED_LOGINS + "次,账号会锁定"
                    + StaffLogins.LOCK_OUT.toMinutes() + "分钟,到时再试或请管理员重置密码。";
            case "locked" -> "密码输错次数太多,账号已锁定" + StaffLogins.LOCK_OUT.toMinutes()
                    + "分钟。请稍后再试,或请管理员重置密码。";
            case "disabled" -> "这个账号已停用,请联系管理员。";
            case "unavailable" -> "系统暂时不可用,请稍后再试。";
            case "expired" -> "账号的密码、状态或权限有变动,请重新登录。";
            case "stale" -> STALE;
            case "" -> null;
            default -> "登录失败,请重试。";
        });
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("stale", "stale".equals(error));
        return "console/login";
    }

    /**
     * Where a form with a stale CSRF token lands (the session expired, or a sign-in elsewhere replaced
     * it): the sign-in form, saying so, instead of "your role cannot".
     */
    @RequestMapping(ExpiredFormHandler.EXPIRED_PAGE)
    public String expired(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("error", STALE);
        model.addAttribute("stale", true);
        model.addAttribute("loggedOut", false);
        return "console/login";
    }

    /** Where Spring Security forwards a signed-in user who asked for something their role does not allow. */
    @RequestMapping("/console/denied")
    public String denied(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "console/denied";
    }

    @GetMapping("/console/password")
    public String passwordForm(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("forced", me.mustChangePassword());
        return "console/password";
    }

    @PostMapping("/console/password")
    public String changePassword(@AuthenticationPrincipal StaffPrincipal me, @RequestParam String current,
                                 @RequestParam String replacement, @RequestParam String repeat,
                                 Actor actor, Model model, RedirectAttributes flash) {
        try {
            if (!replacement.equals(repeat)) {
                throw new RuleViolation("两次输入的新密码不一样。");
            }
            staff.changePassword(actor, me.id(), current, replacement);
        } catch (RuleViolation e) {
            model.addAttribute("me", me);
            model.addAttribute("forced", me.mustChangePassword());
            model.addAttribute("error", e.getMessage());
            return "console/password";
        }
        me.passwordChanged(logins.currentSessionStamp(me.id()).orElse(""));
        flash.addFlashAttribute("success", "密码已修改。");
        return "redirect:/console";
    }
}
