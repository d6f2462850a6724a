package vn.civic.platform.outbox;

/**
 * A claimed message handed to its channel's handler.
 *
 * @param attempt 1 for the first attempt
 */
public record OutboxDelivery(long id, String channel, String key, String reference, String payload, int attempt) {}
