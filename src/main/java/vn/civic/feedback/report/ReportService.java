package vn.civic.feedback.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.civic.feedback.AnswerCommand;
import vn.civic.feedback.DashboardFigures;
import vn.civic.feedback.DashboardFilter;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.MyReport;
import vn.civic.feedback.PublicReport;
import vn.civic.feedback.PublicReportFilter;
import vn.civic.feedback.PublicReportPage;
import vn.civic.feedback.QueueFilter;
import vn.civic.feedback.QueueItem;
import vn.civic.feedback.QueuePage;
import vn.civic.feedback.ReportCommand;
import vn.civic.feedback.ReportDeadline;
import vn.civic.feedback.ReportUpdate;
import vn.civic.feedback.StaffReport;
import vn.civic.feedback.StoredPhoto;
import vn.civic.feedback.SubmittedReport;

/**
 * The facade of citizen feedback ({@link FeedbackReports}): submission, reads and actions live in their own parts;
 * this class only hands each call to its part.
 */
@Service
class ReportService implements FeedbackReports {

    private final ReportSubmission submission;
    private final ReportReads reads;
    private final ReportActions actions;

    ReportService(ReportSubmission submission, ReportReads reads, ReportActions actions) {
        this.submission = submission;
        this.reads = reads;
        this.actions = actions;
    }

    @Override
    public SubmittedReport submit(ReportCommand command) {
        return submission.submit(command);
    }

    @Override
    public Optional<String> codeForToken(String token) {
        return reads.codeForToken(token);
    }

    @Override
    public Optional<PublicReport> publicReport(String code) {
        return reads.publicReport(code);
    }

    @Override
    public PublicReportPage listPublic(PublicReportFilter filter) {
        return reads.listPublic(filter);
    }

    @Override
    public List<PublicReport> nearbyOpen(
            String categoryCode, double latitude, double longitude, int radiusMetres, int limit) {
        return reads.nearbyOpen(categoryCode, latitude, longitude, radiusMetres, limit);
    }

    @Override
    public List<ReportUpdate> updates(Instant start, Instant end, int limit) {
        return reads.updates(start, end, limit);
    }

    @Override
    public List<ReportUpdate> updatesOf(String code) {
        return reads.updatesOf(code);
    }

    @Override
    public Optional<StoredPhoto> publicPhoto(String code, long photoId) {
        return reads.publicPhoto(code, photoId);
    }

    @Override
    public List<MyReport> myReports(int limit, int offset) {
        return reads.myReports(limit, offset);
    }

    @Override
    public Optional<MyReport> myReport(String code) {
        return reads.myReport(code);
    }

    @Override
    public void follow(String code) {
        actions.follow(code);
    }

    @Override
    public void unfollow(String code) {
        actions.unfollow(code);
    }

    @Override
    public void rate(String code, int stars, String comment) {
        actions.rate(code, stars, comment);
    }

    @Override
    public void reopen(String code, String reason) {
        actions.reopen(code, reason);
    }

    @Override
    public Optional<MyReport> tokenHolderReport(String code, String token) {
        return reads.tokenHolderReport(code, token);
    }

    @Override
    public void rateWithToken(String code, String token, int stars, String comment) {
        actions.rateWithToken(code, token, stars, comment);
    }

    @Override
    public void reopenWithToken(String code, String token, String reason) {
        actions.reopenWithToken(code, token, reason);
    }

    @Override
    public QueuePage queue(QueueFilter filter) {
        return reads.queue(filter);
    }

    @Override
    public StaffReport staffReport(String code) {
        return reads.staffReport(code);
    }

    @Override
    public Optional<StoredPhoto> staffFile(String code, long fileId) {
        return reads.staffFile(code, fileId);
    }

    @Override
    public void acknowledge(String code, Long handlerAccountId) {
        actions.acknowledge(code, handlerAccountId);
    }

    @Override
    public void assignHandler(String code, long handlerAccountId) {
        actions.assignHandler(code, handlerAccountId);
    }

    @Override
    public void returnToDesk(String code, String reason) {
        actions.returnToDesk(code, reason);
    }

    @Override
    public void answer(String code, AnswerCommand answer) {
        actions.answer(code, answer);
    }

    @Override
    public void route(String code, long agencyId, String note) {
        actions.route(code, agencyId, note);
    }

    @Override
    public void merge(String duplicateCode, String intoCode) {
        actions.merge(duplicateCode, intoCode);
    }

    @Override
    public void hide(String code, String reason) {
        actions.hide(code, reason);
    }

    @Override
    public void hidePhoto(String code, long photoId, String reason) {
        actions.hidePhoto(code, photoId, reason);
    }

    @Override
    public DashboardFigures dashboard(DashboardFilter filter) {
        return reads.dashboard(filter);
    }

    @Override
    public List<QueueItem> exportRows(DashboardFilter filter, int limit) {
        return reads.exportRows(filter, limit);
    }

    @Override
    public List<ReportDeadline> deadlinesBetween(Instant from, Instant to) {
        return reads.deadlinesBetween(from, to);
    }
}
