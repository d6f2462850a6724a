package vn.civic.feedback;

/**
 * A report was filed and routed (to an agency, or to the routing desk).
 *
 * @param agencyId the agency now responsible
 * @param externalReference the chat conversation or the Open311 client's id; may be null
 */
public record FeedbackReportSubmitted(
        String code, String categoryCode, long agencyId, ReportChannel channel, String externalReference) {}
