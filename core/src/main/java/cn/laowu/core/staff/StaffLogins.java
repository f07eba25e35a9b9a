package cn.laowu.core.staff;

import cn.laowu.core.audit.AuditLog;
import cn.laowu.core.audit.AuditLog.Actor;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * What the console's sign-in asks of an account: counting attempts and locking out guessers, and
 * the stamp that ends a session once its account changed. Managing accounts is {@link StaffService}.
 */
@Service
public class StaffLogins {

    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_OUT = Duration.ofMinutes(15);

    private final StaffAccountMapper accounts;
    private final StaffService staff;
    private final AuditLog audit;
    private final Clock clock;

    public StaffLogins(StaffAccountMapper accounts, StaffService staff, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What a console session was granted on: password, enabled, role and region. A session whose
     * stamp no longer matches the account's is over, so disabling an account, resetting or changing
     * its password, or moving it to another role or region ends every session it has, on every instance.
     */
    public static String sessionStamp(StaffAccount account) {
        String granted = account.getPasswordHash() + "|" + account.getEnabled() + "|" + account.getRole() + "|"
                + account.getRegionPath();
        return org.apache.commons.codec.digest.DigestUtils.sha256Hex(granted);
    }

    /** The current stamp of an account, empty when it no longer exists. */
    public Optional<String> currentSessionStamp(long id) {
        return Optional.ofNullable(accounts.selectById(id)).map(StaffLogins::sessionStamp);
    }

    public boolean isLocked(StaffAccount account) {
        return account.getLockedUntil() != null && account.getLockedUntil().isAfter(LocalDateTime.now(clock));
    }

    /** A login attempt, counted before its password is looked at. */
    public record LoginAttempt(StaffAccount account, boolean locked) {
    }

    /**
     * Counts a login attempt as a failure until its password proves right ({@link #loginSucceeded}
     * clears it), under a row lock, and says whether the account is locked. Counting first and
     * atomically is what stops parallel guesses: the fifth attempt in a row locks the account, and
     * every later one is refused without its password being checked, however many arrive at once.
     */
    @Transactional
    public Optional<LoginAttempt> countLoginAttempt(String username) {
        StaffAccount account = accounts.selectOne(new LambdaQueryWrapper<StaffAccount>()
                .eq(StaffAccount::getUsername, username).last("FOR UPDATE"));
        if (account == null) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        boolean lockExpired = account.getLockedUntil() != null && !account.getLockedUntil().isAfter(now);
        boolean locked = account.getLockedUntil() != null && !lockExpired;
        int failures = (lockExpired ? 0 : account.getFailedLogins()) + 1;
        LambdaUpdateWrapper<StaffAccount> update = new LambdaUpdateWrapper<StaffAccount>()
                .eq(StaffAccount::getId, account.getId())
                .set(StaffAccount::getFailedLogins, failures);
        if (lockExpired) {
            update.set(StaffAccount::getLockedUntil, null);
            account.setLockedUntil(null);
        }
        if (!locked && failures >= MAX_FAILED_LOGINS) {
            // This attempt is still checked; the ones after it are not.
            LocalDateTime until = now.plus(LOCK_OUT);
            update.set(StaffAccount::getLockedUntil, until);
            audit.record(Actor.system(account.getRegionPath()), "LOCK_OUT", "staff", account.getId(), null,
                    "连续输错密码" + MAX_FAILED_LOGINS + "次,锁定" + LOCK_OUT.toMinutes() + "分钟");
        }
        accounts.update(null, update);
        account.setFailedLogins(failures);
        return Optional.of(new LoginAttempt(account, locked));
    }

    /** The password was right: the attempts counted so far were not failures. */
    public void loginSucceeded(String username) {
        staff.findByUsername(username).ifPresent(account -> accounts.update(null, new LambdaUpdateWrapper<StaffAccount>()
                .eq(StaffAccount::getId, account.getId())
                .set(StaffAccount::getFailedLogins, 0)
                .set(StaffAccount::getLockedUntil, null)
                .set(StaffAccount::getLastLoginAt, LocalDateTime.now(clock))));
    }
}
