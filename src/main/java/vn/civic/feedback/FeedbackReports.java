package vn.civic.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The front door of citizen feedback. Every channel (pages, Open311, chat) submits and reads through it; staff act
 * through it. Each staff action checks the caller's privilege and agency (a report of another agency is not found),
 * is audited in the same transaction and publishes its events; nothing is stored half.
 */
public interface FeedbackReports {

    // ---- submitting and reading (public) ----

    /**
     * Files a report: validates it (unknown category, missing location, photo type/size/dimensions, attribute values,
     * dossier code), strips the photos' location metadata, routes it, computes its deadlines, stores and audits it and
     * publishes {@link FeedbackReportSubmitted}. A signed-in citizen becomes the reporter (and a follower); a machine
     * client (Open311 API key, {@code FEEDBACK_CREATE}) is recorded as the channel's client; anonymous submission is
     * allowed only where the category allows it. With {@link ReportCommand#followExisting()} the citizen follows that
     * open report instead and its code comes back.
     *
     * @throws vn.civic.platform.error.InvalidInputException {@link FeedbackError#REPORT_INVALID} with field violations
     *     ({@code categoryCode}, {@code location}, {@code description}, {@code photos[i]}, {@code attributes.<code>})
     */
    SubmittedReport submit(ReportCommand command);

    /** The code of the report a submission's token belongs to (Open311 token look-up). */
    Optional<String> codeForToken(String token);

    /** What anyone may see of a report; empty for an unknown code. */
    Optional<PublicReport> publicReport(String code);

    /** Public reports by the filter, newest first (Open311 GET requests, the map, the public list). */
    PublicReportPage listPublic(PublicReportFilter filter);

    /**
     * Open reports of the category whose point lies within {@code radiusMetres} of the point, nearest first: offered to
     * a citizen before submitting so they can follow one instead of filing a duplicate.
     */
    List<PublicReport> nearbyOpen(String categoryCode, double latitude, double longitude, int radiusMetres, int limit);

    /** Public changes of all reports in {@code [start, end)}, oldest first (service-request-updates). */
    List<ReportUpdate> updates(Instant start, Instant end, int limit);

    /** Public changes of one report, oldest first; empty for an unknown code. */
    List<ReportUpdate> updatesOf(String code);

    /**
     * A published file of the report: one of its visible photos or an evidence file of its published answer, location
     * metadata already stripped. Hidden photos and files of hidden reports are not served.
     */
    Optional<StoredPhoto> publicPhoto(String code, long photoId);

    // ---- the signed-in citizen ----

    /** The caller's own reports (filed or followed), newest first. Needs {@code FEEDBACK_SUBMIT}. */
    List<MyReport> myReports(int limit, int offset);

    /** One of the caller's own reports (filed or followed); empty otherwise. */
    Optional<MyReport> myReport(String code);

    /** The signed-in citizen follows an open report (is told of its progress). Needs {@code FEEDBACK_SUBMIT}. */
    void follow(String code);

    /** Stops following; the reporter cannot unfollow their own report. */
    void unfollow(String code);

    /**
     * The reporter rates the published answer, once, 1..5 with an optional comment; the report closes.
     *
     * @throws vn.civic.platform.error.ConflictException {@link FeedbackError#ALREADY_RATED}
     */
    void rate(String code, int stars, String comment);

    /**
     * The reporter says the problem remains, within {@code civic.feedback.reopen-days} of the answer; the report goes
     * back to the agency with a new resolution deadline.
     *
     * @throws vn.civic.platform.error.ConflictException {@link FeedbackError#REOPEN_WINDOW_PASSED}
     */
    void reopen(String code, String reason);

    // ---- the reporter holding the submission token (an anonymous reporter's private link) ----

    /** What the token's holder, the reporter, may see and do on the report; empty for an unknown code or token. */
    Optional<MyReport> tokenHolderReport(String code, String token);

    /** {@link #rate} by the holder of the report's token. A wrong token is "not found". */
    void rateWithToken(String code, String token, int stars, String comment);

    /** {@link #reopen} by the holder of the report's token. A wrong token is "not found". */
    void reopenWithToken(String code, String token, String reason);

    // ---- staff of the responsible agency (FEEDBACK_HANDLE) ----

    /** The caller's agency's queue with deadline flags. */
    QueuePage queue(QueueFilter filter);

    /**
     * A report with its private data, for staff of the responsible agency, of an agency it passed through, or of the
     * routing desk ({@code FEEDBACK_ROUTE}); otherwise not found.
     */
    StaffReport staffReport(String code);

    /** Any file of a report the caller may see as staff (hidden ones included). */
    Optional<StoredPhoto> staffFile(String code, long fileId);

    /**
     * The agency acknowledges the report and names its handler (the caller when {@code handlerAccountId} is null); the
     * resolution deadline keeps running.
     */
    void acknowledge(String code, Long handlerAccountId);

    /** Names (or changes) the handler: active staff of the responsible agency holding {@code FEEDBACK_HANDLE}. */
    void assignHandler(String code, long handlerAccountId);

    /** A unit that is not responsible sends the report back to the routing desk with a reason. */
    void returnToDesk(String code, String reason);

    /**
     * Publishes the answer: text AND at least one evidence file; the report becomes {@link ReportStatus#ANSWERED},
     * publishing {@link FeedbackReportAnswered}.
     */
    void answer(String code, AnswerCommand answer);

    // ---- the routing desk (FEEDBACK_ROUTE, staff of the desk agency) ----

    /** Routes (or re-routes) a report to an agency; the acknowledgement deadline restarts. */
    void route(String code, long agencyId, String note);

    /**
     * Merges a duplicate into the original: the duplicate becomes {@link ReportStatus#MERGED} pointing at it, and its
     * reporter and followers follow the original.
     */
    void merge(String duplicateCode, String intoCode);

    /** Hides a report from the public with a reason (moderation). */
    void hide(String code, String reason);

    /** Hides one photo of a report from the public with a reason. */
    void hidePhoto(String code, long photoId, String reason);

    // ---- leaders (FEEDBACK_DASHBOARD) ----

    /** The dashboard of the caller's agency scope. */
    DashboardFigures dashboard(DashboardFilter filter);

    /**
     * The reports of the dashboard's selection for export (CSV/Excel), newest first, at most {@code limit}; staff
     * figures only (no contact data).
     */
    List<QueueItem> exportRows(DashboardFilter filter, int limit);

    // ---- reminders (notify.feedback) ----

    /** Open reports whose current deadline falls in {@code [from, to)}: the reminders' work list. No privilege. */
    List<ReportDeadline> deadlinesBetween(Instant from, Instant to);
}
