package vn.civic.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox dispatcher ({@code civic.outbox.*}).
 *
 * @param pollInterval how often each node looks for due messages (a commit that enqueues also wakes it at once)
 * @param batchSize how many messages one claim takes
 * @param lease how long a claimed message belongs to the node that claimed it; longer than any handler's timeout, so
 *     that only a node that died gives its messages back
 * @param initialBackoff the wait after the first failure; doubled after each further failure
 * @param maxBackoff the longest wait between two attempts
 * @param maxAttempts attempts before a message is kept as failed for an administrator
 */
@ConfigurationProperties("civic.outbox")
public record OutboxProperties(
        @DefaultValue("10s") Duration pollInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("12") int maxAttempts) {

    /** The wait after the {@code attempt}-th failed attempt (1-based): exponential, capped. */
    public Duration backoffAfter(int attempt) {
        int doublings = Math.clamp(attempt - 1, 0, 30);
        Duration wait = initialBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
