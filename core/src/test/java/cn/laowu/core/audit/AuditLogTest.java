package cn.laowu.core.audit;

import cn.laowu.core.TestRegions;
import cn.laowu.core.audit.AuditLog.Actor;
import cn.laowu.core.region.RegionScope;
import cn.laowu.core.region.RegionService;
import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit trail: written in the change's own transaction, read back only inside the reader's region. */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class AuditLogTest {

    @Autowired
    AuditLog audit;
    @Autowired
    RegionService regions;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void anEntryIsSeenInsideItsRegionAndNotByANeighbour() {
        TestRegions.Chain mine = TestRegions.create(regions);
        TestRegions.Chain other = TestRegions.create(regions);
        Actor clerk = new Actor("clerk", mine.township().getPath(), "10.0.0.1");
        transaction.executeWithoutResult(status -> audit.record(clerk, "CREATE", "job", 42L, null, "岗位 理货员"));

        AuditEntry entry = audit.search(RegionScope.of(mine.county()), 1, 10).getRecords().get(0);
        assertThat(entry.getActor()).isEqualTo("clerk");
        assertThat(entry.getEntityId()).isEqualTo("42");
        assertThat(entry.getAfterData()).isEqualTo("岗位 理货员");
        assertThat(entry.getAt()).isNotNull();
        assertThat(audit.search(RegionScope.of(other.prefecture()), 1, 10).getRecords())
                .noneMatch(e -> e.getRegionPath().startsWith(mine.township().getPath()));
    }

    @Test
    void anEntryOutsideTheChangesTransactionIsRefused() {
        TestRegions.Chain mine = TestRegions.create(regions);
        assertThatThrownBy(() -> audit.record(Actor.system(mine.county().getPath()), "CREATE", "job", 1L, null, null))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(audit.search(RegionScope.of(mine.county()), 1, 10).getRecords()).isEmpty();
    }
}
