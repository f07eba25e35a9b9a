package cn.laowu.core.support;

import cn.laowu.devkit.test.IntegrationServersInitializer;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The scheduled-work lock against the real database: one holder at a time, free again after. */
@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class ScheduledLockTest {

    @Autowired
    LockProvider locks;

    @Test
    void oneHolderAtATimeAcrossInstancesAndFreeAgainWhenReleased() {
        LockConfiguration config = new LockConfiguration(Instant.now(), "test-" + UUID.randomUUID(),
                Duration.ofMinutes(1), Duration.ZERO);
        Optional<SimpleLock> first = locks.lock(config);
        assertThat(first).isPresent();
        assertThat(locks.lock(config)).as("a second instance asking while the first holds it").isEmpty();

        first.get().unlock();
        Optional<SimpleLock> again = locks.lock(config);
        assertThat(again).isPresent();
        again.get().unlock();
    }

    @Test
    void aLockWhoseHolderDiedIsTakenOverWhenItsLeaseEnds() {
        String name = "test-" + UUID.randomUUID();
        // Taken for at most 300 ms (of the database's clock) by an instance that dies without letting go.
        assertThat(locks.lock(new LockConfiguration(Instant.now(), name, Duration.ofMillis(300), Duration.ZERO)))
                .isPresent();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() ->
                locks.lock(new LockConfiguration(Instant.now(), name, Duration.ofMinutes(1), Duration.ZERO)).isPresent());
    }
}
