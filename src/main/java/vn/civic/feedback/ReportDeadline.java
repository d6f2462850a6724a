package vn.civic.feedback;

import java.time.Instant;

/**
 * A running deadline of an open report, for the reminders.
 *
 * @param kind which deadline: acknowledgement or resolution
 * @param handlerAccountId the named handler, or null (then the agency's handlers are reminded)
 */
public record ReportDeadline(
        String code,
        String categoryNameVi,
        String descriptionExcerpt,
        Kind kind,
        Instant dueAt,
        boolean urgent,
        long agencyId,
        Long handlerAccountId) {

    public enum Kind {
        ACKNOWLEDGE,
        RESOLVE
    }
}
