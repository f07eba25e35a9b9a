package cn.laowu.admin.security;

import cn.laowu.core.staff.StaffLogins;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.regex.Pattern;

/** Clears the counted attempts on success, and says why a login failed. */
@Component
public class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    /**
     * Back to the console page whose form was refused as expired (the page's script passes it): only a
     * plain path of the console, never another site, the sign-in or sign-out.
     */
    private static final Pattern SAFE_NEXT =
            Pattern.compile("/console/(?!login|logout|expired)[A-Za-z0-9_\\-/]*(\\?[A-Za-z0-9_\\-=&%.]*)?");

    private final StaffLogins staff;

    public LoginOutcomes(StaffLogins staff) {
        this.staff = staff;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        StaffPrincipal principal = (StaffPrincipal) authentication.getPrincipal();
        staff.loginSucceeded(principal.getUsername());
        String next = request.getParameter("next");
        response.sendRedirect(request.getContextPath() + (principal.mustChangePassword() ? "/console/password"
                : next != null && SAFE_NEXT.matcher(next).matches() ? next : "/console"));
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = "bad";
        if (exception instanceof InternalAuthenticationServiceException) {
            // The account could not be looked up (the database is away): nothing was counted, nobody is to blame.
            reason = "unavailable";
        } else if (exception instanceof DisabledException) {
            // Only reached with the right password (StaffAuthentication); locked or unknown read as "bad".
            reason = "disabled";
        }
        // A wrong password needs no counting here: every attempt was counted before its password was checked.
        response.sendRedirect(request.getContextPath() + "/console/login?error=" + reason);
    }
}
