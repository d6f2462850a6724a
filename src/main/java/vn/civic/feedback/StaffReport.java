package vn.civic.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A report as the responsible agency's staff (and the routing desk) see it: with the contact data, every file, the
 * whole history and the deadlines.
 *
 * @param publicView what the public sees
 * @param originalDescription the description as filed (before moderation hid it)
 * @param attributes the category's attributes as given
 * @param contact how to reach the reporter
 * @param reporterName the signed-in reporter's name, or null for an anonymous report
 * @param acknowledgeDueAt when the agency had (has) to acknowledge
 * @param resolveDueAt when the report had (has) to be resolved
 * @param flag how the report stands against its current deadline now
 * @param returnReason why the last unit returned it to the desk, or null
 * @param hiddenReason why moderation hid it, or null
 * @param followers how many citizens follow it
 * @param mayAct true when the caller may act on it now (their agency is responsible)
 */
public record StaffReport(
        PublicReport publicView,
        String originalDescription,
        Map<String, List<String>> attributes,
        ReporterContact contact,
        String reporterName,
        ReportChannel channel,
        String externalReference,
        Long handlerAccountId,
        String handlerName,
        Instant acknowledgeDueAt,
        Instant resolveDueAt,
        Instant acknowledgedAt,
        DeadlineFlag flag,
        String returnReason,
        String hiddenReason,
        String ratingComment,
        int followers,
        List<ReportFile> files,
        List<ReportHistoryEntry> history,
        boolean mayAct) {

    public StaffReport {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        files = List.copyOf(files);
        history = List.copyOf(history);
    }

    public String code() {
        return publicView.code();
    }

    public ReportStatus status() {
        return publicView.status();
    }
}
