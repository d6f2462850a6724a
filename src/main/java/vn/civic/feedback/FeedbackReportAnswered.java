package vn.civic.feedback;

/**
 * An agency published its answer; the chat channel sends it back to the conversation the report came from.
 *
 * @param publicUrlPath the public page's path ({@link FeedbackPaths#report(String)}); prefix the public URL
 */
public record FeedbackReportAnswered(
        String code,
        long agencyId,
        ReportChannel channel,
        String externalReference,
        String answerText,
        String publicUrlPath) {}
