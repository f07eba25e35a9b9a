package cn.laowu.core.support;

import cn.laowu.devkit.test.IntegrationServersInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ContextConfiguration(initializers = IntegrationServersInitializer.class)
class ClusterLockTest {

    @Autowired
    ClusterLock lock;

    @Test
    void oneHolderAtATimeAndTheLockIsFreedAfterwardsEvenOnFailure() {
        String name = "test-" + UUID.randomUUID();
        AtomicBoolean innerRan = new AtomicBoolean();
        boolean outer = lock.runExclusively(name, Duration.ofMinutes(1),
                () -> innerRan.set(lock.runExclusively(name, Duration.ofMinutes(1), () -> { })));
        assertThat(outer).isTrue();
        assertThat(innerRan).isFalse();

        assertThatThrownBy(() -> lock.runExclusively(name, Duration.ofMinutes(1), () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(lock.runExclusively(name, Duration.ofMinutes(1), () -> { })).isTrue();
    }
}
