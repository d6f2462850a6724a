package vn.civic.feedback.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.feedback.AnswerCommand;
import vn.civic.feedback.FeedbackError;
import vn.civic.feedback.FeedbackProperties;
import vn.civic.feedback.ReportStatus;
import vn.civic.feedback.category.StoredFeedbackCategories;
import vn.civic.feedback.photo.CheckedFile;
import vn.civic.feedback.photo.UploadChecks;
import vn.civic.feedback.routing.Router;
import vn.civic.feedback.routing.RoutingDecision;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountKind;
import vn.civic.identity.AccountView;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.storage.StoredFile;

/**
 * What staff and reporters do to a report, each in one transaction with the report's row locked: check who acts
 * ({@link FeedbackActors}), check the input, apply the transition on the {@link Report}, save it with its history,
 * audit and events ({@link ReportRecorder}).
 */
@Component
@Transactional
class ReportActions {

    static final int MAX_REASON = 1000;

    private final Reports reports;
    private final ReportRecorder recorder;
    private final FeedbackActors actors;
    private final Deadlines deadlines;
    private final Router router;
    private final UploadChecks uploads;
    private final ReportFiles files;
    private final StoredFeedbackCategories categories;
    private final AccountDirectory accounts;
    private final OrgDirectory org;
    private final FeedbackProperties properties;
    private final Clock clock;

    ReportActions(
            Reports reports,
            ReportRecorder recorder,
            FeedbackActors actors,
            Deadlines deadlines,
            Router router,
            UploadChecks uploads,
            ReportFiles files,
            StoredFeedbackCategories categories,
            AccountDirectory accounts,
            OrgDirectory org,
            FeedbackProperties properties,
            Clock clock) {
        this.reports = reports;
        this.recorder = recorder;
        this.actors = actors;
        this.deadlines = deadlines;
        this.router = router;
        this.uploads = uploads;
        this.files = files;
        this.categories = categories;
        this.accounts = accounts;
        this.org = org;
        this.properties = properties;
        this.clock = clock;
    }

    // ---- the responsible agency ----

    void acknowledge(String code, Long handlerAccountId) {
        Report r = actors.lockForHandler(code);
        Instant now = clock.instant();
        AccountView handler = handler(r, handlerAccountId == null ? actors.staffAccountId() : handlerAccountId);
        ReportStatus before = r.status;
        r.acknowledge(handler.id(), handler.fullName(), now);
        recorder.save(r, before, now);
    }

    void assignHandler(String code, long handlerAccountId) {
        Report r = actors.lockForHandler(code);
        Instant now = clock.instant();
        AccountView handler = handler(r, handlerAccountId);
        ReportStatus before = r.status;
        r.assign(handler.id(), handler.fullName(), now);
        recorder.save(r, before, now);
    }

    void returnToDesk(String code, String reason) {
        Report r = actors.lockForHandler(code);
        String why = reason(reason);
        Instant now = clock.instant();
        RoutingDecision desk = router.toDesk();
        ReportStatus before = r.status;
        r.returnToDesk(desk.agencyId(), desk.agencyName(), why, now, deadlines.acknowledgeDue(now));
        recorder.save(r, before, now);
    }

    void answer(String code, AnswerCommand answer) {
        Report r = actors.lockForHandler(code);
        String text = answer.text() == null ? "" : answer.text().strip();
        List<FieldViolation> violations = new ArrayList<>();
        if (text.isEmpty()) {
            violations.add(FieldViolation.of("text", "feedback_answer_text_required"));
        }
        if (answer.evidence().isEmpty()) {
            violations.add(FieldViolation.of("evidence", "feedback_evidence_required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(FeedbackError.ANSWER_EVIDENCE_REQUIRED, violations);
        }
        if (text.length() > properties.maxDescriptionLength()) {
            violations.add(FieldViolation.of("text", "feedback_too_long", properties.maxDescriptionLength()));
        }
        List<CheckedFile> evidence = new ArrayList<>();
        if (answer.evidence().size() > properties.maxPhotos()) {
            violations.add(FieldViolation.of("evidence", "feedback_too_many_photos", properties.maxPhotos()));
        } else {
            for (int i = 0; i < answer.evidence().size(); i++) {
                uploads.check(answer.evidence().get(i), true, "evidence[" + i + "]", violations)
                        .ifPresent(evidence::add);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (!r.status.isOpen() || r.status == ReportStatus.SUBMITTED) {
            throw new ConflictException(FeedbackError.ACTION_NOT_ALLOWED);
        }
        Instant now = clock.instant();
        long account = actors.staffAccountId();
        String name = CurrentActor.get().map(Actor::displayName).orElse(null);
        long answerId = reports.insertAnswer(
                r.id,
                text,
                r.agencyId,
                r.agencyName,
                CurrentActor.get().orElseThrow().actorId(),
                name,
                now);
        Long firstPhoto = null;
        for (CheckedFile file : evidence) {
            StoredFile stored = files.store(file);
            long id = reports.insertFile(
                    r.id,
                    answerId,
                    stored.key(),
                    file.fileName(),
                    file.mediaType(),
                    stored.size(),
                    stored.sha256(),
                    file.width(),
                    file.height(),
                    now);
            if (firstPhoto == null && file.mediaType().startsWith("image/")) {
                firstPhoto = id;
            }
        }
        ReportStatus before = r.status;
        r.answer(text, account, name, firstPhoto, now);
        recorder.save(r, before, now);
    }

    /** Active staff of the report's agency who may handle feedback. */
    private AccountView handler(Report r, long accountId) {
        return accounts.findById(accountId)
                .filter(AccountView::active)
                .filter(a -> a.kind() == AccountKind.STAFF)
                .filter(a -> a.agencyId() != null && a.agencyId() == r.agencyId)
                .filter(a -> a.privileges().contains(Privilege.FEEDBACK_HANDLE))
                .orElseThrow(() -> new InvalidInputException(
                        FeedbackError.HANDLER_INVALID,
                        List.of(FieldViolation.of("handlerAccountId", "feedback_handler_invalid"))));
    }

    // ---- the routing desk ----

    void route(String code, long agencyId, String note) {
        Report r = actors.lockForDesk(code);
        AgencyView agency = org.findAgency(agencyId)
                .filter(AgencyView::active)
                .orElseThrow(() -> new InvalidInputException(
                        FeedbackError.AGENCY_UNKNOWN,
                        List.of(FieldViolation.of("agencyId", "feedback_agency_unknown"))));
        String why = note == null || note.isBlank() ? null : limited(note.strip(), "note");
        Instant now = clock.instant();
        ReportStatus before = r.status;
        r.route(agency.id(), agency.name(), why, now, deadlines.acknowledgeDue(now));
        recorder.save(r, before, now);
    }

    void merge(String duplicateCode, String intoCode) {
        actors.requireDesk();
        if (duplicateCode == null || duplicateCode.strip().equals(intoCode == null ? null : intoCode.strip())) {
            throw new ConflictException(FeedbackError.MERGE_INVALID);
        }
        // lock both in the order of their codes, so two desks merging the same pair cannot deadlock
        String first = duplicateCode.strip().compareTo(intoCode.strip()) < 0 ? duplicateCode : intoCode;
        String second = first.equals(duplicateCode) ? intoCode : duplicateCode;
        Report a = reports.lock(first).orElseThrow(() -> FeedbackActors.notFound(first));
        Report b = reports.lock(second).orElseThrow(() -> FeedbackActors.notFound(second));
        Report duplicate = a.code.equals(duplicateCode.strip()) ? a : b;
        Report original = duplicate == a ? b : a;
        if (original.status == ReportStatus.MERGED
                || original.status == ReportStatus.HIDDEN
                || !original.categoryCode.equals(duplicate.categoryCode)) {
            throw new ConflictException(FeedbackError.MERGE_INVALID);
        }
        Instant now = clock.instant();
        ReportStatus before = duplicate.status;
        duplicate.mergeInto(original.code, now);
        recorder.save(duplicate, before, now);
        for (Long follower : reports.followers(duplicate.id)) {
            reports.follow(original.id, follower, now);
        }
        original.note("merged-in", duplicate.code, now);
        recorder.save(original, original.status, now);
    }

    void hide(String code, String reason) {
        Report r = actors.lockForDesk(code);
        String why = reason(reason);
        Instant now = clock.instant();
        ReportStatus before = r.status;
        r.hide(why, now);
        recorder.save(r, before, now);
    }

    void hidePhoto(String code, long photoId, String reason) {
        Report r = actors.lockForDesk(code);
        String why = reason(reason);
        reports.file(r.id, photoId).orElseThrow(() -> NotFoundException.of("FeedbackPhoto", photoId));
        if (reports.hideFile(photoId, why) == 0) {
            throw new ConflictException(FeedbackError.ACTION_NOT_ALLOWED);
        }
        Instant now = clock.instant();
        r.note("photo-hidden", "#" + photoId + ": " + why, now);
        recorder.save(r, r.status, now);
    }

    // ---- the reporter ----

    void rate(String code, int stars, String comment) {
        rate(actors.lockForReporter(code), stars, comment);
    }

    void rateWithToken(String code, String token, int stars, String comment) {
        rate(actors.lockForTokenHolder(code, token), stars, comment);
    }

    private void rate(Report r, int stars, String comment) {
        if (stars < 1 || stars > 5) {
            throw InvalidInputException.field("stars", "feedback_rating_range");
        }
        String text = comment == null || comment.isBlank() ? null : limited(comment.strip(), "comment");
        Instant now = clock.instant();
        ReportStatus before = r.status;
        r.rate(stars, text, now);
        recorder.save(r, before, now);
    }

    void reopen(String code, String reason) {
        reopen(actors.lockForReporter(code), reason);
    }

    void reopenWithToken(String code, String token, String reason) {
        reopen(actors.lockForTokenHolder(code, token), reason);
    }

    private void reopen(Report r, String reason) {
        String why = reason(reason);
        Instant now = clock.instant();
        if (r.answeredAt == null) {
            throw new ConflictException(FeedbackError.ACTION_NOT_ALLOWED);
        }
        ReportStatus before = r.status;
        r.reopen(
                why,
                now,
                deadlines.reopenUntil(r.answeredAt),
                deadlines.resolveDue(
                        now, r.urgent, categories.find(r.categoryCode).orElse(null)));
        recorder.save(r, before, now);
    }

    void follow(String code) {
        long account = actors.requireCitizen();
        Report r = reports.find(code)
                .filter(report -> report.status != ReportStatus.HIDDEN)
                .orElseThrow(() -> FeedbackActors.notFound(code));
        if (reports.follow(r.id, account, clock.instant())) {
            recorder.audit("feedback.followed", r, "account:" + account);
        }
    }

    void unfollow(String code) {
        long account = actors.requireCitizen();
        Report r = reports.find(code).orElseThrow(() -> FeedbackActors.notFound(code));
        if (r.reporterAccountId != null && r.reporterAccountId == account) {
            throw new ConflictException(FeedbackError.ACTION_NOT_ALLOWED);
        }
        if (reports.unfollow(r.id, account)) {
            recorder.audit("feedback.unfollowed", r, "account:" + account);
        }
    }

    // ---- helpers ----

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(
                    FeedbackError.REASON_REQUIRED, List.of(FieldViolation.of("reason", "feedback_reason_required")));
        }
        return limited(reason.strip(), "reason");
    }

    private static String limited(String text, String field) {
        if (text.length() > MAX_REASON) {
            throw InvalidInputException.field(field, "feedback_too_long", MAX_REASON);
        }
        return text;
    }
}
