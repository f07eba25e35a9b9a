package cn.laowu.core.staff;

import cn.laowu.core.support.Text;
import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.Region;
import cn.laowu.core.region.RegionLevel;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.NotFoundInScope;
import cn.laowu.core.support.RuleViolation;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Console accounts: creation within one's region, passwords, disabling. Sign-in and lock-out are {@link StaffLogins}. */
@Service
public class StaffService {

    private final StaffAccountMapper accounts;
    private final RegionService regions;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public StaffService(StaffAccountMapper accounts, RegionService regions, PasswordEncoder passwords, AuditLog audit,
                        Clock clock) {
        this.accounts = accounts;
        this.regions = regions;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewStaff(String username, String displayName, StaffRole role, String regionCode) {
    }

    /** A freshly set password, shown once to the admin who hands it over; it must be changed at first login. */
    public record IssuedPassword(StaffAccount account, String temporaryPassword) {
    }

    public Optional<StaffAccount> findByUsername(String username) {
        return Optional.ofNullable(username == null ? null : accounts.selectOne(
                new LambdaQueryWrapper<StaffAccount>().eq(StaffAccount::getUsername, username.trim().toLowerCase())));
    }

    public StaffAccount get(RegionScope scope, long id) {
        StaffAccount account = accounts.selectOne(new LambdaQueryWrapper<StaffAccount>()
                .eq(StaffAccount::getId, id).func(w -> scope.applyTo(w, StaffAccount::getRegionPath)));
        if (account == null) {
            throw new NotFoundInScope("Staff account");
        }
        return account;
    }

    public List<StaffAccount> list(RegionScope scope) {
        return accounts.selectList(new LambdaQueryWrapper<StaffAccount>()
                .func(w -> scope.applyTo(w, StaffAccount::getRegionPath))
                .orderByAsc(StaffAccount::getRegionPath, StaffAccount::getUsername));
    }

    @Transactional
    public void changePassword(Actor actor, long id, String current, String replacement) {
        StaffAccount account = accounts.selectById(id);
        if (account == null || !passwords.matches(current == null ? "" : current, account.getPasswordHash())) {
            throw new RuleViolation("当前密码不对。");
        }
        checkPolicy(account.getUsername(), replacement);
        if (passwords.matches(replacement, account.getPasswordHash())) {
            throw new RuleViolation("新密码不能和当前密码一样。");
        }
        accounts.update(null, new LambdaUpdateWrapper<StaffAccount>().eq(StaffAccount::getId, id)
                .set(StaffAccount::getPasswordHash, passwords.encode(replacement))
                .set(StaffAccount::getMustChangePassword, false)
                .set(StaffAccount::getUpdatedAt, LocalDateTime.now(clock)));
        audit.record(actor, "CHANGE_PASSWORD", "staff", id, null, null);
    }

    @Transactional
    public IssuedPassword create(Actor actor, StaffRole actorRole, RegionScope scope, NewStaff input) {
        String username = input.username() == null ? "" : input.username().trim().toLowerCase();
        if (!username.matches("[a-z][a-z0-9_.]{2,31}")) {
            throw new RuleViolation("用户名用3到32位小写字母、数字、下划线或点,以字母开头。");
        }
        if (input.displayName() == null || input.displayName().isBlank() || input.displayName().length() > 64) {
            throw new RuleViolation("请填写姓名(64字以内)。");
        }
        Region region = regionInScope(scope, input.regionCode());
        checkRoleFits(actorRole, input.role(), region);
        String temporary = temporaryPassword();
        LocalDateTime now = LocalDateTime.now(clock);
        StaffAccount account = new StaffAccount();
        account.setUsername(username);
        account.setDisplayName(input.displayName().trim());
        account.setRole(input.role());
        account.setRegionCode(region.getCode());
        account.setRegionPath(region.getPath());
        account.setPasswordHash(passwords.encode(temporary));
        account.setEnabled(true);
        account.setMustChangePassword(true);
        account.setFailedLogins(0);
        account.setCreatedAt(now);
        account.setUpdatedAt(now);
        try {
            accounts.insert(account);
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("用户名 " + username + " 已被使用。");
        }
        audit.record(actor, "CREATE", "staff", account.getId(), null, describe(account));
        return new IssuedPassword(account, temporary);
    }

    @Transactional
    public IssuedPassword resetPassword(Actor actor, RegionScope scope, long id) {
        StaffAccount account = get(scope, id);
        String temporary = temporaryPassword();
        accounts.update(null, new LambdaUpdateWrapper<StaffAccount>().eq(StaffAccount::getId, id)
                .set(StaffAccount::getPasswordHash, passwords.encode(temporary))
                .set(StaffAccount::getMustChangePassword, true)
                .set(StaffAccount::getFailedLogins, 0)
                .set(StaffAccount::getLockedUntil, null)
                .set(StaffAccount::getUpdatedAt, LocalDateTime.now(clock)));
        audit.record(actor, "RESET_PASSWORD", "staff", id, null, null);
        return new IssuedPassword(account, temporary);
    }

    @Transactional
    public void setEnabled(Actor actor, RegionScope scope, long id, boolean enabled) {
        StaffAccount account = get(scope, id);
        if (account.getUsername().equals(actor.username())) {
            throw new RuleViolation("不能停用自己的账号。");
        }
        String before = describe(account);
        account.setEnabled(enabled);
        accounts.update(null, new LambdaUpdateWrapper<StaffAccount>().eq(StaffAccount::getId, id)
                .set(StaffAccount::getEnabled, enabled)
                .set(StaffAccount::getUpdatedAt, LocalDateTime.now(clock)));
        audit.record(actor, enabled ? "ENABLE" : "DISABLE", "staff", id, before, describe(account));
    }

    /**
     * Accounts for the embedded demo and for an operator's first administrator: created directly,
     * no actor, the password as given (still to be changed at first login unless {@code mustChange} is false).
     */
    @Transactional
    public StaffAccount bootstrap(String username, String displayName, StaffRole role, String regionCode,
                                  String password, boolean mustChange) {
        Region region = regions.get(regionCode);
        LocalDateTime now = LocalDateTime.now(clock);
        StaffAccount account = new StaffAccount();
        account.setUsername(username);
        account.setDisplayName(displayName);
        account.setRole(role);
        account.setRegionCode(region.getCode());
        account.setRegionPath(region.getPath());
        account.setPasswordHash(passwords.encode(password));
        account.setEnabled(true);
        account.setMustChangePassword(mustChange);
        account.setFailedLogins(0);
        account.setCreatedAt(now);
        account.setUpdatedAt(now);
        accounts.insert(account);
        audit.record(Actor.system(region.getPath()), "CREATE", "staff", account.getId(), null, describe(account));
        return account;
    }

    public long count() {
        return accounts.selectCount(null);
    }

    /** At least 8 characters with letters and digits, and not the username. */
    public static void checkPolicy(String username, String password) {
        if (password == null || password.length() < 8 || password.length() > 64) {
            throw new RuleViolation("新密码至少8位。");
        }
        if (!password.matches(".*[A-Za-z].*") || !password.matches(".*\\d.*")) {
            throw new RuleViolation("新密码要同时有字母和数字。");
        }
        if (password.toLowerCase().contains(username.toLowerCase())) {
            throw new RuleViolation("新密码不能包含用户名。");
        }
    }

    private Region regionInScope(RegionScope scope, String code) {
        Region region = regions.find(code).orElse(null);
        if (!scope.covers(region)) {
            throw new RuleViolation("只能在本辖区内建账号。");
        }
        return region;
    }

    /** A role belongs at a level, and nobody creates an account above their own. */
    private static void checkRoleFits(StaffRole actorRole, StaffRole role, Region region) {
        if (role == null) {
            throw new RuleViolation("请选择角色。");
        }
        Set<RegionLevel> levels = switch (role) {
            case PREFECTURE_ADMIN -> Set.of(RegionLevel.PREFECTURE);
            case COUNTY_ADMIN -> Set.of(RegionLevel.COUNTY);
            case TOWNSHIP_STAFF -> Set.of(RegionLevel.TOWNSHIP);
            case VILLAGE_CLERK -> Set.of(RegionLevel.VILLAGE);
            case TRAINING_PROVIDER -> Set.of(RegionLevel.PREFECTURE, RegionLevel.COUNTY);
            case LEADER_READONLY -> Set.of(RegionLevel.values());
            // Kept at the office that runs the outpost; what they see is the outpost's area.
            case OUTPOST_HEAD, OUTPOST_STAFF -> Set.of(RegionLevel.PREFECTURE, RegionLevel.COUNTY);
            case FINANCE -> Set.of(RegionLevel.PREFECTURE, RegionLevel.COUNTY);
        };
        if (!levels.contains(region.getLevel())) {
            throw new RuleViolation(role.label() + "应建在" + levels.stream().map(RegionLevel::label).sorted().toList()
                    + "一级,不能建在" + region.getLevel().label() + "。");
        }
        if (role == StaffRole.PREFECTURE_ADMIN && actorRole != StaffRole.PREFECTURE_ADMIN) {
            throw new RuleViolation("只有州级管理员能建州级管理员。");
        }
    }

    /** 11 characters without look-alikes (0/O, 1/l/I), easy to read out over the phone. */
    public String temporaryPassword() {
        // Ends in a digit so it always has letters and digits, as the password policy asks.
        return Text.randomCode(10) + random.nextInt(10);
    }

    private static String describe(StaffAccount account) {
        return "用户名=" + account.getUsername() + ", 姓名=" + account.getDisplayName() + ", 角色="
                + account.getRole().label() + ", 辖区=" + account.getRegionCode() + ", 启用=" + account.getEnabled();
    }
}
