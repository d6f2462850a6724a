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

/** The facade of citizen feedback; first the contract only, the bodies follow. */
@Service
class ReportService implements FeedbackReports {

    private static UnsupportedOperationException notYet() {
        return new UnsupportedOperationException("Not implemented yet");
    }

    @Override
    public SubmittedReport submit(ReportCommand command) {
        throw notYet();
    }

    @Override
    public Optional<String> codeForToken(String token) {
        throw notYet();
    }

    @Override
    public Optional<PublicReport> publicReport(String code) {
        throw notYet();
    }

    @Override
    public PublicReportPage listPublic(PublicReportFilter filter) {
        throw notYet();
    }

    @Override
    public List<PublicReport> nearbyOpen(
            String categoryCode, double latitude, double longitude, int radiusMetres, int limit) {
        throw notYet();
    }

    @Override
    public List<ReportUpdate> updates(Instant start, Instant end, int limit) {
        throw notYet();
    }

    @Override
    public List<ReportUpdate> updatesOf(String code) {
        throw notYet();
    }

    @Override
    public Optional<StoredPhoto> publicPhoto(String code, long photoId) {
        throw notYet();
    }

    @Override
    public List<MyReport> myReports(int limit, int offset) {
        throw notYet();
    }

    @Override
    public Optional<MyReport> myReport(String code) {
        throw notYet();
    }

    @Override
    public void follow(String code) {
        throw notYet();
    }

    @Override
    public void unfollow(String code) {
        throw notYet();
    }

    @Override
    public void rate(String code, int stars, String comment) {
        throw notYet();
    }

    @Override
    public void reopen(String code, String reason) {
        throw notYet();
    }

    @Override
    public QueuePage queue(QueueFilter filter) {
        throw notYet();
    }

    @Override
    public StaffReport staffReport(String code) {
        throw notYet();
    }

    @Override
    public Optional<StoredPhoto> staffFile(String code, long fileId) {
        throw notYet();
    }

    @Override
    public void acknowledge(String code, Long handlerAccountId) {
        throw notYet();
    }

    @Override
    public void assignHandler(String code, long handlerAccountId) {
        throw notYet();
    }

    @Override
    public void returnToDesk(String code, String reason) {
        throw notYet();
    }

    @Override
    public void answer(String code, AnswerCommand answer) {
        throw notYet();
    }

    @Override
    public void route(String code, long agencyId, String note) {
        throw notYet();
    }

    @Override
    public void merge(String duplicateCode, String intoCode) {
        throw notYet();
    }

    @Override
    public void hide(String code, String reason) {
        throw notYet();
    }

    @Override
    public void hidePhoto(String code, long photoId, String reason) {
        throw notYet();
    }

    @Override
    public DashboardFigures dashboard(DashboardFilter filter) {
        throw notYet();
    }

    @Override
    public List<QueueItem> exportRows(DashboardFilter filter, int limit) {
        throw notYet();
    }

    @Override
    public List<ReportDeadline> deadlinesBetween(Instant from, Instant to) {
        throw notYet();
    }
}
