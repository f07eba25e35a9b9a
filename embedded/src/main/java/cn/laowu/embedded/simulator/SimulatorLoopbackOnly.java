package cn.laowu.embedded.simulator;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

/**
 * The simulator's API sends as any follower and shows what any follower received, without a
 * login: it answers only clients on this machine, unless {@code laowu.simulator.remote-clients}
 * is true (a demo shown from another computer).
 */
public class SimulatorLoopbackOnly extends OncePerRequestFilter {

    static final String REFUSED = "模拟器只允许本机访问。要从其他电脑使用,请设置 laowu.simulator.remote-clients=true。";

    private final boolean remoteClients;

    SimulatorLoopbackOnly(boolean remoteClients) {
        this.remoteClients = remoteClients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (remoteClients || loopback(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(REFUSED.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean loopback(String address) {
        try {
            // A literal address: no name lookup happens.
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        FilterRegistrationBean<SimulatorLoopbackOnly> simulatorLoopbackOnly(
                @Value("${laowu.simulator.remote-clients:false}") boolean remoteClients) {
            FilterRegistrationBean<SimulatorLoopbackOnly> registration =
                    new FilterRegistrationBean<>(new SimulatorLoopbackOnly(remoteClients));
            registration.addUrlPatterns("/simulator/api/*");
            return registration;
        }
    }
}
