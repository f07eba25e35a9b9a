package cn.laowu.app.headers;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Browser protections for everything outside the console (the landing page, the WeChat callback,
 * the health check): no MIME sniffing, no framing by other sites, only our own scripts. The console
 * gets the same from Spring Security, with its own policy.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PublicSecurityHeaders extends OncePerRequestFilter {

    static final String POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    /** Workers' H5 pages inside WeChat load WeChat's JS-SDK (subscribe button, share card) and its QR pictures. */
    static final String H5_POLICY = "default-src 'self'; script-src 'self' https://res.wx.qq.com; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: https://mp.weixin.qq.com; connect-src 'self' https://*.weixin.qq.com; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    /** The embedded simulator is a developer's page with its script inline: it keeps only the framing rule. */
    static final String SIMULATOR_POLICY = "frame-ancestors 'none'; base-uri 'self'";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/console");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Content-Security-Policy", path.startsWith("/simulator") ? SIMULATOR_POLICY
                : path.startsWith("/h5/") ? H5_POLICY : POLICY);
        chain.doFilter(request, response);
    }
}
