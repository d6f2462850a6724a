package vn.civic.platform.outbox;

/** Where a message of the outbox stands. */
public enum OutboxStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** Claimed by a dispatcher, being delivered. */
    SENDING,
    /** Delivered. */
    SENT,
    /** Given up after the last attempt, or undeliverable; kept for an administrator, who may retry it. */
    FAILED
}
