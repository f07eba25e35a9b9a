package cn.laowu.admin.outpost;

import cn.laowu.admin.security.StaffPrincipal;
import cn.laowu.core.staff.StaffRole;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An outpost's staff start at their own desk: the console's home (工作台) counts the home regions'
 * work, which is none of theirs, so it sends them to /console/outpost instead.
 */
@Configuration
public class OutpostHome implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws Exception {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                if (auth != null && auth.getPrincipal() instanceof StaffPrincipal me
                        && (me.role() == StaffRole.OUTPOST_HEAD || me.role() == StaffRole.OUTPOST_STAFF)) {
                    response.sendRedirect(request.getContextPath() + "/console/outpost");
                    return false;
                }
                return true;
            }
        }).addPathPatterns("/console", "/console/");
    }
}
