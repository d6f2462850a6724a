package vn.civic.feedback;

import java.time.Instant;

/**
 * One entry of a report's history as staff see it.
 *
 * @param action stable: {@code submitted}, {@code routed}, {@code returned}, {@code acknowledged}, {@code assigned},
 *     {@code answered}, {@code rated}, {@code reopened}, {@code closed}, {@code merged}, {@code hidden},
 *     {@code photo-hidden}, {@code followed}
 * @param publicText what the public page and the updates feed show, or null for an internal step
 * @param note the internal note or reason, or null
 * @param agencyName the agency responsible after the step
 */
public record ReportHistoryEntry(
        long id,
        Instant at,
        String action,
        ReportStatus statusAfter,
        String actorName,
        String publicText,
        String note,
        String agencyName) {}
