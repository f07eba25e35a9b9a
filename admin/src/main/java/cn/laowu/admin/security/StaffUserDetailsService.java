package cn.laowu.admin.security;

import cn.laowu.core.staff.StaffLogins;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
public class StaffUserDetailsService implements UserDetailsService {

    private final StaffLogins staff;

    public StaffUserDetailsService(StaffLogins staff) {
        this.staff = staff;
    }

    /**
     * Called once per login attempt, before the password is checked: the attempt is counted here,
     * and a locked account fails Spring Security's pre-authentication check without its password
     * being compared.
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        return staff.countLoginAttempt(username)
                .map(attempt -> new StaffPrincipal(attempt.account(), attempt.locked()))
                .orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
    }
}
