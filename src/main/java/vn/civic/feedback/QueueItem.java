package vn.civic.feedback;

import java.time.Duration;
import java.time.Instant;

/**
 * One line of an agency's queue.
 *
 * @param dueAt the current deadline: acknowledgement while routed, resolution once in progress; null when none runs
 * @param flag how the report stands against {@code dueAt} now
 * @param timeLeft working time left until {@code dueAt} (negative when overdue; clock time for urgent reports); null
 *     when no deadline runs
 * @param handlerName the named handler, or null
 * @param returnReason why a unit sent it back to the routing desk, while it waits there again; else null
 */
public record QueueItem(
        String code,
        String categoryCode,
        String categoryNameVi,
        String categoryNameEn,
        String descriptionExcerpt,
        String address,
        String adminUnitName,
        ReportStatus status,
        boolean urgent,
        ReportChannel channel,
        Instant submittedAt,
        Instant dueAt,
        DeadlineFlag flag,
        Duration timeLeft,
        Long handlerAccountId,
        String handlerName,
        String returnReason) {

    public String categoryName(java.util.Locale locale) {
        return FeedbackCategory.isEnglish(locale) && categoryNameEn != null ? categoryNameEn : categoryNameVi;
    }
}
