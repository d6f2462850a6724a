package vn.civic.feedback;

import java.util.EnumSet;
import java.util.Set;

/** Where a report stands. Open311 knows only {@code open} and {@code closed}: see {@link #open311()}. */
public enum ReportStatus {
    /** Filed, at the routing desk awaiting routing (unroutable, or returned by a unit). */
    SUBMITTED,
    /** Sent to the responsible agency, awaiting its acknowledgement. */
    ROUTED,
    /** Acknowledged by the agency; a handler is named. */
    IN_PROGRESS,
    /** The answer with its evidence is published; the reporter may rate it or reopen the report. */
    ANSWERED,
    /** Rated, or the reopen window passed. */
    CLOSED,
    /** The reporter said the problem remains; back with the agency against a new deadline. */
    REOPENED,
    /** A duplicate, merged into another report. */
    MERGED,
    /** Hidden by moderation, with a reason. */
    HIDDEN;

    /** The statuses Open311 calls {@code open}: the report still waits for an answer. */
    public static final Set<ReportStatus> OPEN = EnumSet.of(SUBMITTED, ROUTED, IN_PROGRESS, REOPENED);

    /** The statuses Open311 calls {@code closed}. */
    public static final Set<ReportStatus> CLOSED_STATUSES = EnumSet.complementOf(EnumSet.copyOf(OPEN));

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** Open311's status: {@code open} or {@code closed}. */
    public String open311() {
        return isOpen() ? "open" : "closed";
    }

    /** The message key of the status's name in {@code i18n/feedback}: {@code feedback.status.ROUTED}. */
    public String messageKey() {
        return "feedback.status." + name();
    }
}
