package cn.laowu.admin.layout;

import cn.laowu.admin.security.Permission;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.NotFoundInScope;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.ArrayList;
import java.util.List;

/** What every console page knows: who is signed in, their navigation, and how "not yours" looks (404). */
@ControllerAdvice(basePackages = "cn.laowu.admin")
public class ConsoleAdvice {

    private final RegionService regions;

    public ConsoleAdvice(RegionService regions) {
        this.regions = regions;
    }

    public record NavItem(String href, String label) {
    }

    @ModelAttribute
    public void common(Model model) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal me)) {
            return;
        }
        model.addAttribute("me", me);
        model.addAttribute("myRegion", regions.find(me.regionCode()).map(r -> r.getName()).orElse(me.regionCode()));
        List<NavItem> nav = new ArrayList<>();
        nav.add(new NavItem("/console", "工作台"));
        if (me.can(Permission.VIEW_WORKERS)) {
            nav.add(new NavItem("/console/workers", "劳动力台账"));
        }
        if (me.can(Permission.VIEW_JOBS)) {
            nav.add(new NavItem("/console/jobs", "岗位与报名"));
        }
        if (me.can(Permission.VIEW_FOLLOW_UPS)) {
            nav.add(new NavItem("/console/follow-ups", "跟踪回访"));
        }
        if (me.can(Permission.VIEW_BROKERS)) {
            nav.add(new NavItem("/console/brokers", "经纪人"));
        }
        if (me.can(Permission.MANAGE_STAFF)) {
            nav.add(new NavItem("/console/staff", "账号管理"));
            nav.add(new NavItem("/console/regions", "区划管理"));
        }
        if (me.can(Permission.VIEW_AUDIT)) {
            nav.add(new NavItem("/console/audit", "操作日志"));
        }
        model.addAttribute("nav", nav);
    }

    @ExceptionHandler({NotFoundInScope.class, RegionScope.ScopeMissing.class})
    public String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "console/not-found";
    }
}
