package vn.civic.feedback.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.civic.feedback.FeedbackError;
import vn.civic.feedback.FeedbackPaths;
import vn.civic.feedback.FeedbackReportAnswered;
import vn.civic.feedback.FeedbackReportStatusChanged;
import vn.civic.feedback.ReportChannel;
import vn.civic.feedback.ReportStatus;
import vn.civic.feedback.ReporterContact;
import vn.civic.platform.error.ConflictException;

/**
 * A citizen's report, the aggregate: every change of status goes through a method here that checks the present status,
 * changes the state, keeps the deadline running now ({@code currentDueAt}) in step, and registers the history entry and
 * the events. The service around it checks who acts.
 */
class Report {

    /** One step to record in the history; {@code publicKey} names the public text, null for an internal step. */
    record Change(
            String action,
            ReportStatus statusAfter,
            String publicKey,
            List<Object> publicArgs,
            String note,
            Long mediaFileId) {}

    Long id;
    String code;
    String token;
    String categoryCode;
    String description;
    Double latitude;
    Double longitude;
    String addressText;
    Long adminUnitId;
    String adminUnitName;
    boolean urgent;
    ReportChannel channel;
    String externalReference;
    String clientId;
    Long reporterAccountId;
    String reporterName;
    ReporterContact contact = ReporterContact.NONE;
    ReportStatus status;
    long agencyId;
    String agencyName;
    Long routingRuleId;
    String returnReason;
    Long handlerAccountId;
    String handlerName;
    Instant submittedAt;
    Instant updatedAt;
    Instant routedAt;
    Instant acknowledgeDueAt;
    Instant resolveDueAt;
    Instant currentDueAt;
    Instant acknowledgedAt;
    Instant answeredAt;
    Boolean answeredOnTime;
    Instant closedAt;
    String mergedIntoCode;
    String hiddenReason;
    Integer rating;
    String ratingComment;
    Instant ratedAt;
    String searchText;
    long version;

    private final transient List<Change> changes = new ArrayList<>();
    private final transient List<Object> events = new ArrayList<>();

    List<Change> changes() {
        return changes;
    }

    List<Object> events() {
        return events;
    }

    void clearPending() {
        changes.clear();
        events.clear();
    }

    // ---- transitions ----

    /** A new report, owned by the agency routing decided (the desk when {@code atDesk}). */
    void submitted(long agency, String agencyName, Long ruleId, boolean atDesk, Instant at, Instant ackDue) {
        this.status = atDesk ? ReportStatus.SUBMITTED : ReportStatus.ROUTED;
        this.agencyId = agency;
        this.agencyName = agencyName;
        this.routingRuleId = ruleId;
        this.submittedAt = at;
        this.updatedAt = at;
        this.routedAt = atDesk ? null : at;
        this.acknowledgeDueAt = ackDue;
        updateCurrentDue();
        changes.add(new Change(
                "submitted",
                status,
                atDesk ? "public.submitted.desk" : "public.submitted.routed",
                List.of(agencyName),
                null,
                null));
    }

    /** The routing desk sends the report to an agency; the acknowledgement deadline restarts. */
    void route(long agency, String name, String note, Instant at, Instant ackDue) {
        requireStatus(ReportStatus.SUBMITTED, ReportStatus.ROUTED, ReportStatus.IN_PROGRESS, ReportStatus.REOPENED);
        ReportStatus from = status;
        this.agencyId = agency;
        this.agencyName = name;
        this.routingRuleId = null;
        this.handlerAccountId = null;
        this.handlerName = null;
        this.acknowledgedAt = null;
        this.routedAt = at;
        this.acknowledgeDueAt = ackDue;
        moveTo(from, ReportStatus.ROUTED, at);
        changes.add(new Change("routed", status, "public.routed", List.of(name), note, null));
    }

    /** A unit not responsible gives the report back to the desk with its reason. */
    void returnToDesk(long desk, String deskName, String reason, Instant at, Instant ackDue) {
        requireStatus(ReportStatus.ROUTED, ReportStatus.IN_PROGRESS, ReportStatus.REOPENED);
        ReportStatus from = status;
        this.returnReason = reason;
        this.agencyId = desk;
        this.agencyName = deskName;
        this.routingRuleId = null;
        this.handlerAccountId = null;
        this.handlerName = null;
        this.acknowledgedAt = null;
        this.routedAt = null;
        this.acknowledgeDueAt = ackDue;
        moveTo(from, ReportStatus.SUBMITTED, at);
        changes.add(new Change("returned", status, "public.returned", List.of(), reason, null));
    }

    /** The agency acknowledges and names its handler. */
    void acknowledge(long handler, String handlerFullName, Instant at) {
        requireStatus(ReportStatus.ROUTED);
        this.acknowledgedAt = at;
        this.handlerAccountId = handler;
        this.handlerName = handlerFullName;
        moveTo(ReportStatus.ROUTED, ReportStatus.IN_PROGRESS, at);
        changes.add(
                new Change("acknowledged", status, "public.acknowledged", List.of(agencyName), handlerFullName, null));
    }

    /** Names (or changes) the handler without changing the status. */
    void assign(long handler, String handlerFullName, Instant at) {
        requireStatus(ReportStatus.ROUTED, ReportStatus.IN_PROGRESS, ReportStatus.REOPENED);
        this.handlerAccountId = handler;
        this.handlerName = handlerFullName;
        this.updatedAt = at;
        changes.add(new Change("assigned", status, null, List.of(), handlerFullName, null));
    }

    /** The answer is published; answering a report not yet acknowledged acknowledges it by the same person. */
    void answer(String text, long answeringHandler, String answeringName, Long mediaFileId, Instant at) {
        requireStatus(ReportStatus.ROUTED, ReportStatus.IN_PROGRESS, ReportStatus.REOPENED);
        ReportStatus from = status;
        if (acknowledgedAt == null) {
            acknowledgedAt = at;
        }
        if (handlerAccountId == null) {
            handlerAccountId = answeringHandler;
            handlerName = answeringName;
        }
        this.answeredAt = at;
        this.answeredOnTime = resolveDueAt == null || !at.isAfter(resolveDueAt);
        this.rating = null;
        this.ratingComment = null;
        this.ratedAt = null;
        moveTo(from, ReportStatus.ANSWERED, at);
        changes.add(new Change("answered", status, "public.answered", List.of(agencyName, text), null, mediaFileId));
        events.add(new FeedbackReportAnswered(
                code, agencyId, channel, externalReference, text, FeedbackPaths.report(code)));
    }

    /** The reporter rates the answer, once per answer; the report closes. */
    void rate(int stars, String comment, Instant at) {
        requireStatus(ReportStatus.ANSWERED, ReportStatus.CLOSED);
        if (answeredAt == null) {
            throw new ConflictException(FeedbackError.ACTION_NOT_ALLOWED);
        }
        if (ratedAt != null) {
            throw new ConflictException(FeedbackError.ALREADY_RATED);
        }
        ReportStatus from = status;
        this.rating = stars;
        this.ratingComment = comment;
        this.ratedAt = at;
        if (from == ReportStatus.ANSWERED) {
            this.closedAt = at;
        }
        moveTo(from, ReportStatus.CLOSED, at);
        changes.add(new Change("rated", status, "public.rated", List.of(stars), comment, null));
    }

    /** The reporter says the problem remains, within the window after the answer; a new resolution deadline runs. */
    void reopen(String reason, Instant at, Instant windowEnd, Instant newResolveDue) {
        requireStatus(ReportStatus.ANSWERED, ReportStatus.CLOSED);
        if (answeredAt == null || mergedIntoCode != null) {
            throw new ConflictException(FeedbackError.ACTION_NOT_ALLOWED);
        }
        if (at.isAfter(windowEnd)) {
            throw new ConflictException(FeedbackError.REOPEN_WINDOW_PASSED);
        }
        ReportStatus from = status;
        this.resolveDueAt = newResolveDue;
        this.closedAt = null;
        moveTo(from, ReportStatus.REOPENED, at);
        changes.add(new Change("reopened", status, "public.reopened", List.of(), reason, null));
    }

    /** The reopen window passed without a rating. */
    void closeUnrated(Instant at) {
        requireStatus(ReportStatus.ANSWERED);
        this.closedAt = at;
        moveTo(ReportStatus.ANSWERED, ReportStatus.CLOSED, at);
        changes.add(new Change("closed", status, "public.closed", List.of(), null, null));
    }

    /** A duplicate merged into the original. */
    void mergeInto(String originalCode, Instant at) {
        requireStatus(ReportStatus.SUBMITTED, ReportStatus.ROUTED, ReportStatus.IN_PROGRESS, ReportStatus.REOPENED);
        ReportStatus from = status;
        this.mergedIntoCode = originalCode;
        this.closedAt = at;
        moveTo(from, ReportStatus.MERGED, at);
        changes.add(new Change("merged", status, "public.merged", List.of(originalCode), originalCode, null));
    }

    /** Moderation hides the report from the public. */
    void hide(String reason, Instant at) {
        if (status == ReportStatus.HIDDEN) {
            throw new ConflictException(FeedbackError.ACTION_NOT_ALLOWED);
        }
        ReportStatus from = status;
        this.hiddenReason = reason;
        this.closedAt = at;
        moveTo(from, ReportStatus.HIDDEN, at);
        changes.add(new Change("hidden", status, "public.hidden", List.of(), reason, null));
    }

    /** Records a step that changes no status (a photo hidden, a follower). */
    void note(String action, String note, Instant at) {
        this.updatedAt = at;
        changes.add(new Change(action, status, null, List.of(), note, null));
    }

    // ---- helpers ----

    private void moveTo(ReportStatus from, ReportStatus to, Instant at) {
        this.status = to;
        this.updatedAt = at;
        updateCurrentDue();
        if (from != to) {
            events.add(new FeedbackReportStatusChanged(code, from, to, agencyId));
        }
    }

    /** Acknowledgement (or resolution, when sooner) while waiting for the agency; resolution while in progress. */
    private void updateCurrentDue() {
        currentDueAt = switch (status) {
            case SUBMITTED, ROUTED -> earliest(acknowledgeDueAt, resolveDueAt);
            case IN_PROGRESS, REOPENED -> resolveDueAt;
            default -> null;
        };
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }

    private void requireStatus(ReportStatus... allowed) {
        for (ReportStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new ConflictException(FeedbackError.ACTION_NOT_ALLOWED);
    }

    /** Which deadline {@code currentDueAt} is. */
    boolean currentIsAcknowledge() {
        return currentDueAt != null
                && currentDueAt.equals(acknowledgeDueAt)
                && (status == ReportStatus.SUBMITTED || status == ReportStatus.ROUTED);
    }
}
