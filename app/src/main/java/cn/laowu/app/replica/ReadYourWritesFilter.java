package cn.laowu.app.replica;

import cn.laowu.core.replica.PrimaryReads;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * With a read replica configured: a clerk who has just changed something (any POST of their
 * session) reads from the primary for {@code laowu.datasource.replica.primary-after-write}
 * (default 10 s, longer than the lag tolerated), so their own change never vanishes from the
 * dashboard or an export they open right after.
 */
@Component
@ConditionalOnProperty(name = "laowu.datasource.replica.url")
class ReadYourWritesFilter extends OncePerRequestFilter {

    static final String LAST_WRITE = "laowu.replica.lastWriteAt";

    private final long primaryAfterWriteMillis;
    private final Clock clock;

    ReadYourWritesFilter(@Value("${laowu.datasource.replica.primary-after-write:PT10S}") Duration primaryAfterWrite,
                         Clock clock) {
        this.primaryAfterWriteMillis = primaryAfterWrite.toMillis();
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        boolean writes = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        Object last = session == null ? null : session.getAttribute(LAST_WRITE);
        boolean recent = last instanceof Long at && clock.millis() - at < primaryAfterWriteMillis;
        if (writes || recent) {
            try (PrimaryReads.Scope primary = PrimaryReads.begin()) {
                chain.doFilter(request, response);
            } finally {
                if (writes) {
                    HttpSession after = request.getSession(false);
                    if (after != null) {
                        after.setAttribute(LAST_WRITE, clock.millis());
                    }
                }
            }
        } else {
            chain.doFilter(request, response);
        }
    }
}
