package vn.civic.feedback;

import java.time.Instant;
import java.util.Set;

/**
 * What a staff member's queue shows: always the reports of the caller's own agency (the routing desk's staff see the
 * desk's queue, which holds the unrouted and returned reports), narrowed by the optional parts.
 *
 * @param statuses only these (empty: the open ones, {@link ReportStatus#OPEN})
 * @param categoryCode only this category
 * @param flag only reports with this deadline flag (DUE_SOON also includes nothing overdue)
 * @param mine only reports whose named handler is the caller
 * @param text the report code, or words of the description or address (case and diacritics are ignored)
 * @param page from 0
 * @param size at most 200
 * @param adminUnitId only reports in this administrative unit or the units under it
 * @param handlerAccountId only reports whose named handler is this account
 * @param submittedFrom only reports submitted at or after
 * @param submittedBefore only reports submitted before
 */
public record QueueFilter(
        Set<ReportStatus> statuses,
        String categoryCode,
        DeadlineFlag flag,
        boolean mine,
        String text,
        int page,
        int size,
        Long adminUnitId,
        Long handlerAccountId,
        Instant submittedFrom,
        Instant submittedBefore) {

    public QueueFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, 200);
    }

    /** Without the unit, handler and date parts. */
    public QueueFilter(
            Set<ReportStatus> statuses,
            String categoryCode,
            DeadlineFlag flag,
            boolean mine,
            String text,
            int page,
            int size) {
        this(statuses, categoryCode, flag, mine, text, page, size, null, null, null, null);
    }

    /** The open reports of the caller's agency, first page. */
    public static QueueFilter open() {
        return new QueueFilter(null, null, null, false, null, 0, 20);
    }
}
