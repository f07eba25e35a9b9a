package cn.laowu.admin.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How a console login is checked. A locked account's password is not compared at all (the lock
 * stops guessing), and its failure reads like a wrong password; that an account is disabled is
 * said only once its password was right, so a guesser learns nothing about which accounts exist.
 */
@Configuration(proxyBeanMethods = false)
class StaffAuthentication {

    @Bean
    DaoAuthenticationProvider staffAuthenticationProvider(StaffUserDetailsService users, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("locked");
            }
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
            if (!user.isAccountNonExpired() || !user.isCredentialsNonExpired()) {
                throw new CredentialsExpiredException("expired");
            }
        });
        return provider;
    }
}
