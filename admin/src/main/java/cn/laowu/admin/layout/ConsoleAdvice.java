package cn.laowu.admin.layout;

import cn.laowu.admin.security.ConsoleSection;
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

import java.util.Comparator;
import java.util.List;

/** What every console page knows: who is signed in, their navigation, and how "not yours" looks (404). */
@ControllerAdvice(basePackages = "cn.laowu.admin")
public class ConsoleAdvice {

    private final RegionService regions;
    private final List<ConsoleSection.NavEntry> entries;

    public ConsoleAdvice(RegionService regions, List<ConsoleSection> sections) {
        this.regions = regions;
        this.entries = sections.stream().sorted(Comparator.comparingInt(ConsoleSection::order))
                .flatMap(section -> section.nav().stream()).toList();
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
        List<NavItem> nav = entries.stream()
                .filter(entry -> entry.permission() == null || me.can(entry.permission()))
                .map(entry -> new NavItem(entry.href(), entry.label())).toList();
        model.addAttribute("nav", nav);
    }

    @ExceptionHandler({NotFoundInScope.class, RegionScope.ScopeMissing.class})
    public String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "console/not-found";
    }
}
