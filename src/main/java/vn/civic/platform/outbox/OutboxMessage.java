package vn.civic.platform.outbox;

/**
 * A message to put in the outbox.
 *
 * @param channel which handler delivers it ({@link OutboxHandler#channel()})
 * @param key unique across the outbox: a message with a key already enqueued is ignored, so the same fact never
 *     yields two messages
 * @param reference what it is about, for the administrators' log ({@code Dossier:42}); may be null
 * @param payload what the handler needs, usually JSON
 */
public record OutboxMessage(String channel, String key, String reference, String payload) {}
