package cn.laowu.embedded.simulator;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator's API, which shows any follower's messages without a login, answers only this machine. */
class SimulatorLoopbackOnlyTest {

    @Test
    void aClientOnAnotherMachineIsRefusedInChinese() throws Exception {
        MockHttpServletResponse response = run(new SimulatorLoopbackOnly(false), "203.0.113.7");
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("只允许本机访问")
                .contains("laowu.simulator.remote-clients");
    }

    @Test
    void thisMachineIsServedAndRemoteClientsWhenConfigured() throws Exception {
        assertThat(run(new SimulatorLoopbackOnly(false), "127.0.0.1").getStatus()).isEqualTo(200);
        assertThat(run(new SimulatorLoopbackOnly(false), "0:0:0:0:0:0:0:1").getStatus()).isEqualTo(200);
        assertThat(run(new SimulatorLoopbackOnly(true), "203.0.113.7").getStatus()).isEqualTo(200);
    }

    private static MockHttpServletResponse run(SimulatorLoopbackOnly filter, String remoteAddr) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/simulator/api/received/oabc");
        request.setRemoteAddr(remoteAddr);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            response.setStatus(200);
        }
        return response;
    }
}
