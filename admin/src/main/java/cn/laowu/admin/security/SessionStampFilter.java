package cn.laowu.admin.security;

import cn.laowu.core.staff.StaffLogins;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Ends a console session as soon as the account it belongs to was disabled, got a new password,
 * or changed role or region: checked on every request against the database (one primary-key
 * read), so it holds across instances and needs no session registry.
 */
class SessionStampFilter extends OncePerRequestFilter {

    private final StaffLogins staff;

    SessionStampFilter(StaffLogins staff) {
        this.staff = staff;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal
                && !staff.currentSessionStamp(principal.id()).map(principal.sessionStamp()::equals).orElse(false)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/console/login?error=expired");
            return;
        }
        chain.doFilter(request, response);
    }
}
