package cn.laowu.core.placement;

import java.time.LocalDateTime;

/**
 * A follow-up answer was recorded (by the worker in chat or a clerk's call), inside its transaction:
 * whether the worker is still at the placement's job, and where they say they work now
 * ({@code workPlace}, free text as heard, may be null). {@code at}: when it was recorded.
 */
public record FollowUpRecorded(long followUpId, long workerId, long jobId, boolean stillEmployed, String workPlace,
                               LocalDateTime at) {
}
