package cn.laowu.core.outbox;

/**
 * What a message is, which decides the channels WeChat allows for it when the follower's
 * customer-service window is closed (README, "Messages to workers"): a service notice about something the
 * worker did may go as a template message; a job notice only as a subscription notice the worker
 * opted in to; an announcement to many as a mass send (4 a month per follower).
 */
public enum MessageKind {
    NOTICE, JOB_NOTICE, ANNOUNCEMENT,
    /** A chat reply that overran the reply budget: a customer-service message only, on the reply lane. */
    REPLY;

    /** Bulk messages wait behind every single notice, respect quiet hours and count against caps. */
    public boolean bulk() {
        return this == JOB_NOTICE || this == ANNOUNCEMENT;
    }
}
