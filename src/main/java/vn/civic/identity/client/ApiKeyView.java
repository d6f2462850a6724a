package vn.civic.identity.client;

import java.time.Instant;
import java.time.LocalDate;
import vn.civic.platform.time.CivicTime;

/**
 * An API key as the administration pages show it: its visible prefix and dates, never the key.
 *
 * @param prefix the first part of the key, {@code civic_<prefix>_…}, by which an administrator recognises it
 * @param expiresAt null when the key does not expire
 * @param lastUsedAt when the key last authenticated a request, to within a minute; null if never
 */
public record ApiKeyView(
        long id,
        long clientId,
        String prefix,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt,
        State state) {

    public enum State {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    public String displayPrefix() {
        return ApiKeyFormat.PREFIX + prefix + "_…";
    }

    /** The last day the key is valid, in Vietnam's time, or null when it does not expire. */
    public LocalDate lastValidDay() {
        return expiresAt == null ? null : LocalDate.ofInstant(expiresAt.minusMillis(1), CivicTime.ZONE);
    }

    public boolean active() {
        return state == State.ACTIVE;
    }
}
