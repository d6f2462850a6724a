package vn.civic.feedback;

/**
 * What a channel gets back from a submission.
 *
 * @param code the report's code, {@code PA-2026-000123}: its public identifier (Open311 {@code service_request_id})
 * @param token a random secret with which the submitter can find the code again later (Open311 {@code token})
 */
public record SubmittedReport(String code, String token, ReportStatus status) {}
