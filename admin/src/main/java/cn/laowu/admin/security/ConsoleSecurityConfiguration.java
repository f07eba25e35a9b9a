package cn.laowu.admin.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Security of the staff console (/console/**): form login against staff accounts (BCrypt), a
 * session cookie, CSRF on every form, role rules by URL (the region scope is then applied in
 * every query). Everything outside /console is not the console's: the WeChat callback
 * authenticates by signature, the landing page and health check are public.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleSecurityConfiguration {

    @Bean
    SecurityFilterChain consoleSecurity(HttpSecurity http, LoginOutcomes outcomes) throws Exception {
        http.securityMatcher("/console/**")
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/console/login", "/console/denied").permitAll()
                        .requestMatchers("/console/staff/**", "/console/regions/**")
                        .hasAnyRole(Permission.MANAGE_STAFF.roleNames())
                        .requestMatchers("/console/audit/**").hasAnyRole(Permission.VIEW_AUDIT.roleNames())
                        .requestMatchers("/console/workers/export/full").hasAnyRole(Permission.EXPORT_FULL.roleNames())
                        .requestMatchers(HttpMethod.POST, "/console/workers/**")
                        .hasAnyRole(Permission.EDIT_WORKERS.roleNames())
                        .requestMatchers("/console/workers/new", "/console/workers/import/**")
                        .hasAnyRole(Permission.EDIT_WORKERS.roleNames())
                        .requestMatchers("/console/workers/**").hasAnyRole(Permission.VIEW_WORKERS.roleNames())
                        .requestMatchers(HttpMethod.POST, "/console/employers/**", "/console/jobs/**",
                                "/console/batches/**")
                        .hasAnyRole(Permission.MANAGE_JOBS.roleNames())
                        .requestMatchers("/console/jobs/new").hasAnyRole(Permission.MANAGE_JOBS.roleNames())
                        .requestMatchers("/console/employers/**", "/console/jobs/**", "/console/batches/**")
                        .hasAnyRole(Permission.VIEW_JOBS.roleNames())
                        .requestMatchers(HttpMethod.POST, "/console/follow-ups/**")
                        .hasAnyRole(Permission.RECORD_FOLLOW_UPS.roleNames())
                        .requestMatchers("/console/follow-ups/**").hasAnyRole(Permission.VIEW_FOLLOW_UPS.roleNames())
                        .requestMatchers(HttpMethod.POST, "/console/brokers/**")
                        .hasAnyRole(Permission.MANAGE_BROKERS.roleNames())
                        .requestMatchers("/console/brokers/**").hasAnyRole(Permission.VIEW_BROKERS.roleNames())
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/console/login")
                        .loginProcessingUrl("/console/login")
                        .successHandler(outcomes)
                        .failureHandler(outcomes)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/console/logout")
                        .logoutSuccessUrl("/console/login?logout")
                        .deleteCookies("JSESSIONID"))
                .exceptionHandling(errors -> errors.accessDeniedPage("/console/denied"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data: https://mp.weixin.qq.com; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }
}
