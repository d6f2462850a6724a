package vn.civic.feedback.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.civic.feedback.FeedbackCategory;
import vn.civic.feedback.PublicReport;
import vn.civic.feedback.PublishedAnswer;
import vn.civic.feedback.QueueItem;
import vn.civic.feedback.ReportFile;
import vn.civic.feedback.ReportHistoryEntry;
import vn.civic.feedback.ReportStatus;
import vn.civic.feedback.StaffReport;
import vn.civic.feedback.category.StoredFeedbackCategories;
import vn.civic.feedback.report.Reports.AnswerRow;
import vn.civic.feedback.report.Reports.FileRow;

/** Turns stored reports into the views of the root API, loading what hangs off a page of reports in a few queries. */
@Component
class ReportViews {

    static final int EXCERPT = 200;

    private final Reports reports;
    private final StoredFeedbackCategories categories;
    private final Deadlines deadlines;

    ReportViews(Reports reports, StoredFeedbackCategories categories, Deadlines deadlines) {
        this.reports = reports;
        this.categories = categories;
        this.deadlines = deadlines;
    }

    List<PublicReport> publicViews(List<Report> page) {
        List<Long> ids = page.stream().map(r -> r.id).toList();
        Map<Long, List<FileRow>> files =
                reports.filesOf(ids).stream().collect(Collectors.groupingBy(FileRow::reportId));
        Map<Long, AnswerRow> answers = reports.latestAnswers(ids);
        Map<Long, String> notes = reports.latestPublicTexts(ids);
        Map<String, FeedbackCategory> byCode = categoryMap();
        List<PublicReport> views = new ArrayList<>(page.size());
        for (Report r : page) {
            views.add(publicView(r, files.getOrDefault(r.id, List.of()), answers.get(r.id), notes.get(r.id), byCode));
        }
        return views;
    }

    PublicReport publicView(Report r) {
        return publicViews(List.of(r)).getFirst();
    }

    private PublicReport publicView(
            Report r, List<FileRow> files, AnswerRow answer, String note, Map<String, FeedbackCategory> byCode) {
        FeedbackCategory category = byCode.get(r.categoryCode);
        boolean hidden = r.status == ReportStatus.HIDDEN;
        List<Long> photos = hidden
                ? List.of()
                : files.stream()
                        .filter(f -> f.answerId() == null && !f.hidden())
                        .map(FileRow::id)
                        .toList();
        PublishedAnswer published = null;
        if (answer != null && !hidden) {
            List<FileRow> evidence = files.stream()
                    .filter(f -> answer.id() == (f.answerId() == null ? -1 : f.answerId()) && !f.hidden())
                    .toList();
            published = new PublishedAnswer(
                    answer.text(),
                    evidence.stream()
                            .filter(f -> f.contentType().startsWith("image/"))
                            .map(FileRow::id)
                            .toList(),
                    evidence.stream()
                            .filter(f -> !f.contentType().startsWith("image/"))
                            .map(FileRow::id)
                            .toList(),
                    answer.answeredAt(),
                    answer.agencyId(),
                    answer.agencyName());
        }
        return new PublicReport(
                r.code,
                r.categoryCode,
                category == null ? r.categoryCode : category.nameVi(),
                category == null ? null : category.nameEn(),
                hidden ? null : r.description,
                r.status,
                note,
                hidden ? null : r.addressText,
                hidden ? null : r.latitude,
                hidden ? null : r.longitude,
                hidden ? null : r.adminUnitId,
                hidden ? null : r.adminUnitName,
                r.agencyId,
                r.agencyName,
                r.urgent,
                r.submittedAt,
                r.updatedAt,
                r.status.isOpen() ? r.resolveDueAt : null,
                photos,
                published,
                hidden ? null : r.rating,
                r.mergedIntoCode);
    }

    StaffReport staffView(Report r, int followers, boolean mayAct, Instant now) {
        List<FileRow> files = reports.files(r.id);
        Map<Long, AnswerRow> answers = reports.latestAnswers(List.of(r.id));
        Map<Long, String> notes = reports.latestPublicTexts(List.of(r.id));
        PublicReport view = publicView(r, files, answers.get(r.id), notes.get(r.id), categoryMap());
        List<ReportFile> fileViews = files.stream()
                .map(f -> new ReportFile(
                        f.id(),
                        f.answerId() != null,
                        f.fileName(),
                        f.contentType(),
                        f.size(),
                        f.width(),
                        f.height(),
                        f.hidden(),
                        f.hiddenReason()))
                .toList();
        List<ReportHistoryEntry> history = reports.history(r.id).stream()
                .map(h -> new ReportHistoryEntry(
                        h.id(),
                        h.at(),
                        h.action(),
                        h.statusAfter(),
                        h.actorName(),
                        h.publicText(),
                        h.note(),
                        h.agencyName()))
                .toList();
        return new StaffReport(
                view,
                r.description,
                reports.attributes(r.id),
                r.contact,
                r.reporterName,
                r.channel,
                r.externalReference,
                r.handlerAccountId,
                r.handlerName,
                r.acknowledgeDueAt,
                r.resolveDueAt,
                r.acknowledgedAt,
                deadlines.flag(r.currentDueAt, r.urgent, now),
                r.returnReason,
                r.hiddenReason,
                r.ratingComment,
                followers,
                fileViews,
                history,
                mayAct);
    }

    QueueItem queueItem(Report r, Map<String, FeedbackCategory> byCode, Instant now) {
        FeedbackCategory category = byCode.get(r.categoryCode);
        return new QueueItem(
                r.code,
                r.categoryCode,
                category == null ? r.categoryCode : category.nameVi(),
                category == null ? null : category.nameEn(),
                excerpt(r.description),
                r.addressText,
                r.adminUnitName,
                r.status,
                r.urgent,
                r.channel,
                r.submittedAt,
                r.currentDueAt,
                deadlines.flag(r.currentDueAt, r.urgent, now),
                deadlines.timeLeft(r.currentDueAt, r.urgent, now),
                r.handlerAccountId,
                r.handlerName,
                r.status == ReportStatus.SUBMITTED ? r.returnReason : null);
    }

    Map<String, FeedbackCategory> categoryMap() {
        return categories.byCode();
    }

    static String excerpt(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + "…";
    }
}
