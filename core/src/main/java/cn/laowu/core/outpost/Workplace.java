package cn.laowu.core.outpost;

import java.time.LocalDateTime;

/** One stint at one place (and employer, when known); {@code current} for where the worker is now. */
public record Workplace(long id, long workerId, String divisionCode, String divisionPath, String employer,
                        WorkplaceSource source, boolean current, LocalDateTime firstSeenAt, LocalDateTime confirmedAt,
                        LocalDateTime endedAt) {
}
