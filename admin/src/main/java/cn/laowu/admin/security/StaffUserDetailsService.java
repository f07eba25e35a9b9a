package cn.laowu.admin.security;

import cn.laowu.core.staff.StaffService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
public class StaffUserDetailsService implements UserDetailsService {

    private final StaffService staff;

    public StaffUserDetailsService(StaffService staff) {
        this.staff = staff;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return staff.findByUsername(username)
                .map(account -> new StaffPrincipal(account, staff.isLocked(account)))
                .orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
    }
}
