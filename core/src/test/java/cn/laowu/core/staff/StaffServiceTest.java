package cn.laowu.core.staff;

import cn.laowu.core.TestRegions;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.core.support.RuleViolation;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Staff accounts: created at their level with a temporary password, locked after five wrong ones, sessions ended by a reset. */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class StaffServiceTest {

    @Autowired
    StaffService staff;
    @Autowired
    StaffLogins logins;
    @Autowired
    RegionService regions;

    @Test
    void aClerkIsCreatedAtTheTownshipAndNowhereElse() {
        TestRegions.Chain chain = TestRegions.create(regions);
        Actor admin = new Actor("admin", chain.county().getPath(), null);
        RegionScope scope = RegionScope.of(chain.county());
        String username = username();

        StaffService.IssuedPassword issued = staff.create(admin, StaffRole.COUNTY_ADMIN, scope,
                new StaffService.NewStaff(username, "乡镇办事员", StaffRole.TOWNSHIP_STAFF, chain.township().getCode()));
        assertThat(issued.account().getMustChangePassword()).isTrue();
        assertThat(issued.temporaryPassword()).isNotBlank();
        assertThat(staff.findByUsername(username.toUpperCase())).as("usernames are case-blind").isPresent();
        assertThat(staff.list(scope)).extracting(StaffAccount::getUsername).contains(username);

        assertThatThrownBy(() -> staff.create(admin, StaffRole.COUNTY_ADMIN, scope,
                new StaffService.NewStaff(username(), "放错层级", StaffRole.TOWNSHIP_STAFF, chain.village().getCode())))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("乡镇工作人员应建在");
        assertThatThrownBy(() -> staff.create(admin, StaffRole.COUNTY_ADMIN, scope,
                new StaffService.NewStaff(username, "重名", StaffRole.TOWNSHIP_STAFF, chain.township().getCode())))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("已被使用");
    }

    @Test
    void theFifthWrongPasswordLocksAndAResetEndsTheSessions() {
        TestRegions.Chain chain = TestRegions.create(regions);
        Actor admin = new Actor("admin", chain.county().getPath(), null);
        RegionScope scope = RegionScope.of(chain.county());
        String username = username();
        StaffAccount account = staff.create(admin, StaffRole.COUNTY_ADMIN, scope,
                new StaffService.NewStaff(username, "会输错的人", StaffRole.TOWNSHIP_STAFF, chain.township().getCode())).account();
        String stamp = logins.currentSessionStamp(account.getId()).orElseThrow();

        for (int i = 1; i < StaffLogins.MAX_FAILED_LOGINS; i++) {
            assertThat(logins.countLoginAttempt(username).orElseThrow().locked()).isFalse();
        }
        assertThat(logins.countLoginAttempt(username).orElseThrow().locked()).as("the fifth is still checked").isFalse();
        assertThat(logins.countLoginAttempt(username).orElseThrow().locked()).as("the sixth is refused").isTrue();
        assertThat(logins.isLocked(staff.findByUsername(username).orElseThrow())).isTrue();

        staff.resetPassword(admin, scope, account.getId());
        assertThat(logins.isLocked(staff.findByUsername(username).orElseThrow())).as("a reset unlocks").isFalse();
        assertThat(logins.currentSessionStamp(account.getId())).get().as("a new password ends every session")
                .isNotEqualTo(stamp);
        assertThat(StaffLogins.sessionStamp(account)).as("SHA-256 hex").matches("[0-9a-f]{64}");
    }

    private static String username() {
        return "t" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
    }
}
