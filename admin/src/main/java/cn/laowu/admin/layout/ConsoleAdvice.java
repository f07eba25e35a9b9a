package cn.laowu.admin.layout;

import cn.laowu.admin.security.ConsoleSection;
import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Comparator;
import java.util.List;

/** What every console page knows: who is signed in, their navigation, and how errors look ("not yours" is a 404). */
@ControllerAdvice(basePackages = "cn.laowu.admin")
public class ConsoleAdvice {

    private static final Logger log = LoggerFactory.getLogger(ConsoleAdvice.class);

    private final RegionService regions;
    private final List<ConsoleSection.NavEntry> entries;
    private final List<NavCount> counts;

    public ConsoleAdvice(RegionService regions, List<ConsoleSection> sections, List<NavCount> counts) {
        this.regions = regions;
        this.counts = List.copyOf(counts);
        this.entries = sections.stream().sorted(Comparator.comparingInt(ConsoleSection::order))
                .flatMap(section -> section.nav().stream()).toList();
    }

    /** @param badge how many things wait for this staff member there (0: none shown) */
    public record NavItem(String href, String label, long badge) {
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
                .map(entry -> new NavItem(entry.href(), entry.label(), badge(entry.href(), me))).toList();
        model.addAttribute("nav", nav);
    }

    private long badge(String href, StaffPrincipal me) {
        return counts.stream().filter(c -> c.href().equals(href)).mapToLong(c -> c.count(me)).sum();
    }

    @ExceptionHandler({NotFoundInScope.class, RegionScope.ScopeMissing.class})
    public String notFound(HttpServletResponse response, Model model) {
        return errorPage(HttpStatus.NOT_FOUND, null, response, model);
    }

    /** {@code /console/jobs/abc}: no such record (404); a malformed query parameter is a bad request (400). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public String badArgument(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model) {
        boolean inPath = e.getParameter().hasParameterAnnotation(PathVariable.class);
        return errorPage(inPath ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, null, response, model);
    }

    /**
     * A rule the staff member ran into (its message is already Chinese): back to the page the action
     * declares with {@link RedirectOnRefusal}, the message flashed as its error; where the action
     * declares none, the error page.
     */
    @ExceptionHandler(RuleViolation.class)
    public String ruleViolation(RuleViolation e, HandlerMethod handler, HttpServletRequest request,
                                HttpServletResponse response, Model model) {
        String back = RefusalRedirect.answer(e.getMessage(), handler, request);
        return back != null ? back : errorPage(HttpStatus.BAD_REQUEST, e.getMessage(), response, model);
    }

    /**
     * Spring's own 4xx (missing parameter, wrong method …) get their status; anything else is a
     * fault of ours: logged with its stack trace, while the page says only that it went wrong.
     * Security's exceptions go back to Spring Security, which answers them itself.
     */
    @ExceptionHandler(Exception.class)
    public String unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Model model)
            throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e;
        }
        if (e instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
            HttpStatus status = HttpStatus.resolve(known.getStatusCode().value());
            return errorPage(status == null ? HttpStatus.BAD_REQUEST : status, null, response, model);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return errorPage(HttpStatus.INTERNAL_SERVER_ERROR, null, response, model);
    }

    /** The console's error page (400, 403, 404, 500 …) inside its layout, in Chinese, never with a stack trace. */
    public String errorPage(HttpStatus status, String message, HttpServletResponse response, Model model) {
        common(model);
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("message", message);
        return "console/error";
    }
}
