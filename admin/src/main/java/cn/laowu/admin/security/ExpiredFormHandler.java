package cn.laowu.admin.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

import java.io.IOException;

/**
 * A form whose CSRF token no longer matches was posted from a session that expired (or was replaced
 * by a sign-in in another tab): that is not a missing permission. The clerk gets the sign-in form
 * with "登录已过期" (still 403: nothing was done), and the page's script brings the typed fields back
 * after signing in. A refusal by role keeps the 403 page.
 */
class ExpiredFormHandler implements AccessDeniedHandler {

    static final String EXPIRED_PAGE = "/console/expired";

    private final AccessDeniedHandlerImpl byRole = new AccessDeniedHandlerImpl();

    ExpiredFormHandler() {
        byRole.setErrorPage("/console/denied");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (!(denied instanceof CsrfException)) {
            byRole.handle(request, response, denied);
            return;
        }
        if (request.getHeader("HX-Request") != null) {
            // htmx does not swap a 403 body: it is told to load the sign-in page instead.
            response.setHeader("HX-Redirect", request.getContextPath() + "/console/login?error=stale");
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher(EXPIRED_PAGE).forward(request, response);
    }
}
