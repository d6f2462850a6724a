package vn.civic.feedback;

/**
 * The public paths of a report and its files, so that events, Open311 and the pages agree on them. The citizen pages
 * serve these paths.
 */
public final class FeedbackPaths {

    /** Root of the public feedback pages. */
    public static final String ROOT = "/feedback";

    private FeedbackPaths() {}

    /** The report's public page: {@code /feedback/reports/PA-2026-000123}. */
    public static String report(String code) {
        return ROOT + "/reports/" + code;
    }

    /** A published file of the report (photo or evidence): {@code /feedback/reports/PA-2026-000123/files/42}. */
    public static String file(String code, long fileId) {
        return report(code) + "/files/" + fileId;
    }
}
