package vn.civic.feedback;

/**
 * A report changed status (every transition, including the one to {@link ReportStatus#ANSWERED}).
 *
 * @param agencyId the agency responsible after the change
 */
public record FeedbackReportStatusChanged(String code, ReportStatus from, ReportStatus to, long agencyId) {}
