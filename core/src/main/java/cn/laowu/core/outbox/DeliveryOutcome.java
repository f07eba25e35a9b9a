package cn.laowu.core.outbox;

/**
 * Published when a delivery reaches its end (sent, or given up), so the feature that queued it
 * can record whether the worker was reached (the follow-up queue asks for a call when not).
 */
public record DeliveryOutcome(String source, Long workerId, boolean reached) {
}
