package cn.laowu.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/** A browser that still sends the cookie of a session that ended is told why it must sign in again. */
class ExpiredSessionEntryPoint extends LoginUrlAuthenticationEntryPoint {

    ExpiredSessionEntryPoint() {
        super("/console/login");
    }

    @Override
    protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
                                                     AuthenticationException exception) {
        boolean ended = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        return ended ? "/console/login?error=stale" : "/console/login";
    }
}
