package cn.laowu.app;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the scheduled work (job expiry, follow-up reminders). Every task also takes a cluster
 * lock, so running several instances is safe; an operator may still switch it off on some.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "laowu.schedules.enabled", matchIfMissing = true)
public class SchedulingConfiguration {
}
