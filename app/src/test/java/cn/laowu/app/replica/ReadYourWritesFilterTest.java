package cn.laowu.app.replica;

import cn.laowu.core.replica.PrimaryReads;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** After a clerk's own change, their next pages read from the primary; other clerks' do not. */
class ReadYourWritesFilterTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);
    private final ReadYourWritesFilter filter = new ReadYourWritesFilter(Duration.ofSeconds(10), clock);

    private boolean readsFromPrimary(String method, MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/console");
        request.setSession(session);
        AtomicBoolean primary = new AtomicBoolean();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> primary.set(PrimaryReads.required()));
        return primary.get();
    }

    @Test
    void aPostAndThePagesRightAfterItReadFromThePrimary() throws Exception {
        MockHttpSession clerk = new MockHttpSession();
        assertThat(readsFromPrimary("GET", clerk)).as("before any change").isFalse();
        assertThat(readsFromPrimary("POST", clerk)).isTrue();
        assertThat(readsFromPrimary("GET", clerk)).as("right after the change").isTrue();
        assertThat(readsFromPrimary("GET", new MockHttpSession())).as("another clerk").isFalse();
        assertThat(PrimaryReads.required()).as("nothing left on the thread").isFalse();
    }

    @Test
    void longAfterTheChangeReadsGoToTheReplicaAgain() throws Exception {
        MockHttpSession clerk = new MockHttpSession();
        clerk.setAttribute(ReadYourWritesFilter.LAST_WRITE, clock.millis() - 11_000);
        assertThat(readsFromPrimary("GET", clerk)).isFalse();
    }
}
