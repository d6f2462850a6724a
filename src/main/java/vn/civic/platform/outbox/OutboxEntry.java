package vn.civic.platform.outbox;

import java.time.Instant;

/** A message of the outbox as the administrators' log shows it. */
public record OutboxEntry(
        long id,
        String channel,
        String key,
        String reference,
        String payload,
        OutboxStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant updatedAt,
        Instant sentAt) {

    public boolean retryable() {
        return status == OutboxStatus.FAILED;
    }
}
