package vn.civic.feedback.chat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.civic.feedback.FeedbackPaths;
import vn.civic.feedback.FeedbackReportAnswered;
import vn.civic.feedback.FeedbackReportStatusChanged;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.PublicReport;
import vn.civic.feedback.ReportChannel;
import vn.civic.feedback.ReportStatus;
import vn.civic.feedback.ReportUpdate;
import vn.civic.identity.IdentityProperties;

/**
 * Tells the conversation a report came from what became of it: the published answer (its text, the first evidence
 * photo and the public page, where the citizen can rate it), and the changes worth telling in between (routed to an
 * agency, acknowledged, returned to the routing desk, merged into another report), in the public words of the report's
 * history. Each listener runs after the report's transaction committed, in its own; the event registry calls it again
 * if it fails, and the outbox keys (the answer's time, the update's id) make that harmless.
 */
@Component
class ChatNotices {

    /** Changes a chat user is told about; the answer has its own event. */
    static final Set<ReportStatus> TOLD =
            EnumSet.of(ReportStatus.ROUTED, ReportStatus.IN_PROGRESS, ReportStatus.SUBMITTED, ReportStatus.MERGED);

    private final FeedbackReports reports;
    private final ConversationStore store;
    private final ChatReplies replies;
    private final ChatTexts texts;
    private final String publicUrl;

    ChatNotices(
            FeedbackReports reports,
            ConversationStore store,
            ChatReplies replies,
            ChatTexts texts,
            IdentityProperties identity) {
        this.reports = reports;
        this.store = store;
        this.replies = replies;
        this.texts = texts;
        this.publicUrl = identity.publicUrl().toString().replaceAll("/+$", "");
    }

    @ApplicationModuleListener
    void on(FeedbackReportAnswered event) {
        if (event.channel() != ReportChannel.CHAT || event.externalReference() == null) {
            return;
        }
        PublicReport report = reports.publicReport(event.code()).orElse(null);
        if (report == null || report.answer() == null) {
            return;
        }
        String agency =
                report.answer().agencyName() == null ? "" : report.answer().agencyName();
        List<Long> photos = report.answer().evidencePhotoIds();
        String image = photos.isEmpty() ? null : publicUrl + FeedbackPaths.file(event.code(), photos.getFirst());
        replies.send(
                "answered:" + event.code() + ":" + report.answer().answeredAt().toEpochMilli(),
                event.externalReference(),
                texts.text("notice.answered", event.code(), agency, event.answerText(), link(event.code())),
                image);
    }

    @ApplicationModuleListener
    void on(FeedbackReportStatusChanged event) {
        if (!TOLD.contains(event.to()) || event.from() == event.to()) {
            return;
        }
        store.userOfReport(event.code())
                .ifPresent(userId -> reports.updatesOf(event.code()).stream()
                        .filter(u -> u.statusAfter() == event.to() && u.description() != null)
                        .reduce((first, second) -> second)
                        .ifPresent(update -> tell(userId, update)));
    }

    private void tell(String userId, ReportUpdate update) {
        replies.send(
                "update:" + update.updateId(),
                userId,
                texts.text("notice.status", update.reportCode(), update.description(), link(update.reportCode())),
                null);
    }

    private String link(String code) {
        return publicUrl + FeedbackPaths.report(code);
    }
}
