package cn.laowu.admin.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import cn.laowu.core.staff.StaffLogins;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.util.Comparator;
import java.util.List;

/**
 * Security of the staff console (/console/**): form login against staff accounts (BCrypt), a
 * session cookie, CSRF on every form, role rules by URL from the {@link ConsoleSection} beans
 * (the region scope is then applied in every query). Everything outside /console is not the console's: the WeChat callback
 * authenticates by signature, the landing page and health check are public.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleSecurityConfiguration {

    @Bean
    SecurityFilterChain consoleSecurity(HttpSecurity http, LoginOutcomes outcomes, List<ConsoleSection> sections,
                                        StaffLogins staff) throws Exception {
        http.securityMatcher("/console/**")
                .addFilterBefore(new SessionStampFilter(staff), AuthorizationFilter.class)
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new CsrfFromFormOrHeader()))
                .authorizeHttpRequests(rules -> {
                    // The sign-in page needs its script (it keeps a refused form's text) and stylesheet.
                    rules.requestMatchers("/console/login", "/console/denied", ExpiredFormHandler.EXPIRED_PAGE,
                            "/console/assets/**").permitAll();
                    sections.stream().sorted(Comparator.comparingInt(ConsoleSection::order))
                            .flatMap(section -> section.rules().stream())
                            .forEach(rule -> (rule.method() == null
                                    ? rules.requestMatchers(rule.patterns().toArray(String[]::new))
                                    : rules.requestMatchers(rule.method(), rule.patterns().toArray(String[]::new)))
                                    .hasAnyRole(rule.permission().roleNames()));
                    rules.anyRequest().authenticated();
                })
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
                .exceptionHandling(errors -> errors.accessDeniedHandler(new ExpiredFormHandler())
                        .authenticationEntryPoint(new ExpiredSessionEntryPoint()))
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
