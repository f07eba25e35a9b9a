package cn.laowu.admin.security;

import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.staff.StaffAccount;
import cn.laowu.core.staff.StaffRole;
import cn.laowu.core.staff.StaffLogins;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/** The signed-in staff member: who, in which role, for which region. Kept in the session. */
public final class StaffPrincipal implements UserDetails {

    private final long id;
    private final String username;
    private final String displayName;
    private final StaffRole role;
    private final String regionCode;
    private final String regionPath;
    private final transient String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private volatile boolean mustChangePassword;
    private volatile String sessionStamp;

    public StaffPrincipal(StaffAccount account, boolean locked) {
        this.id = account.getId();
        this.username = account.getUsername();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.regionCode = account.getRegionCode();
        this.regionPath = account.getRegionPath();
        this.passwordHash = account.getPasswordHash();
        this.enabled = Boolean.TRUE.equals(account.getEnabled());
        this.locked = locked;
        this.mustChangePassword = Boolean.TRUE.equals(account.getMustChangePassword());
        this.sessionStamp = StaffLogins.sessionStamp(account);
    }

    /** See {@link StaffLogins#sessionStamp}. */
    String sessionStamp() {
        return sessionStamp;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public StaffRole role() {
        return role;
    }

    public String regionCode() {
        return regionCode;
    }

    /** What this person may see: their region and below. Fails closed if the account has none. */
    public RegionScope scope() {
        return new RegionScope(regionPath);
    }

    public Actor actor(String ip) {
        return new Actor(username, regionPath, ip);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** This session changed the password: it stays signed in (the account's other sessions end). */
    void passwordChanged(String newStamp) {
        this.mustChangePassword = false;
        this.sessionStamp = newStamp;
    }

    public boolean can(Permission permission) {
        return permission.allows(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
