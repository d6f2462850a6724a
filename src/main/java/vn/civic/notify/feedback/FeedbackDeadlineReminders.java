package vn.civic.notify.feedback;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.feedback.FeedbackProperties;
import vn.civic.feedback.FeedbackReports;
import vn.civic.feedback.ReportDeadline;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountKind;
import vn.civic.identity.AccountView;
import vn.civic.identity.IdentityProperties;
import vn.civic.notify.NotifyProperties;
import vn.civic.notify.message.Notice;
import vn.civic.notify.message.NoticeKind;
import vn.civic.notify.message.Notices;
import vn.civic.platform.calendar.WorkingCalendar;
import vn.civic.platform.security.Privilege;

/**
 * Reminds whoever must act on a citizen's feedback report: its named handler, or, with none named, the agency's staff
 * who handle feedback. Once when its current deadline (acknowledgement, then resolution) is near, as the staff queue
 * flags it "due soon" ({@code civic.feedback.due-soon-working-hours} working hours, or
 * {@code civic.feedback.urgent-due-soon-minutes} for an urgent report), and once when it has passed. The outbox key
 * (report, deadline, kind, person) makes each reminder go once, however often and on however many nodes this runs; a
 * new deadline (a reopened or re-routed report) is reminded again.
 */
@Component
class FeedbackDeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(FeedbackDeadlineReminders.class);

    private final FeedbackReports feedback;
    private final AccountDirectory accounts;
    private final Notices notices;
    private final WorkingCalendar calendar;
    private final FeedbackProperties feedbackProperties;
    private final NotifyProperties notifyProperties;
    private final Clock clock;
    private final String publicUrl;

    FeedbackDeadlineReminders(
            FeedbackReports feedback,
            AccountDirectory accounts,
            Notices notices,
            WorkingCalendar calendar,
            FeedbackProperties feedbackProperties,
            NotifyProperties notifyProperties,
            Clock clock,
            IdentityProperties identity) {
        this.feedback = feedback;
        this.accounts = accounts;
        this.notices = notices;
        this.calendar = calendar;
        this.feedbackProperties = feedbackProperties;
        this.notifyProperties = notifyProperties;
        this.clock = clock;
        this.publicUrl = identity.publicUrl().toString().replaceAll("/+$", "");
    }

    @Scheduled(
            initialDelayString = "${civic.notify.deadline-check-interval:15m}",
            fixedDelayString = "${civic.notify.deadline-check-interval:15m}")
    void check() {
        try {
            remind();
        } catch (RuntimeException e) {
            log.warn("Reminders about feedback reports failed; next run at the next check", e);
        }
    }

    /** Enqueues the reminders due now; returns how many reports were looked at. */
    @Transactional
    public int remind() {
        Instant now = clock.instant();
        Instant normalSoon =
                calendar.addWorkingHours(now, BigDecimal.valueOf(feedbackProperties.dueSoonWorkingHours()));
        Instant urgentSoon = now.plus(Duration.ofMinutes(feedbackProperties.urgentDueSoonMinutes()));
        Instant until = normalSoon.isAfter(urgentSoon) ? normalSoon : urgentSoon;
        List<ReportDeadline> deadlines = feedback.deadlinesBetween(now.minus(notifyProperties.overdueWindow()), until);
        for (ReportDeadline d : deadlines) {
            NoticeKind kind;
            if (d.dueAt().isBefore(now)) {
                kind = NoticeKind.FEEDBACK_OVERDUE;
            } else if (d.dueAt().isBefore(d.urgent() ? urgentSoon : normalSoon)) {
                kind = NoticeKind.FEEDBACK_DUE_SOON;
            } else {
                continue;
            }
            for (AccountView person : recipients(d)) {
                notices.send(new Notice(
                        kind,
                        "feedback:" + d.code() + ":" + d.kind().name().toLowerCase(java.util.Locale.ROOT) + ":"
                                + d.dueAt().getEpochSecond() + ":" + kind.key() + ":" + person.id(),
                        d.code(),
                        person.email(),
                        person.phone(),
                        d.code(),
                        d.categoryNameVi() + " – " + d.descriptionExcerpt(),
                        d.dueAt(),
                        null,
                        publicUrl + "/work/feedback/" + d.code()));
            }
        }
        return deadlines.size();
    }

    /**
     * The named handler if active; otherwise the agency's active staff who handle feedback (at the routing desk, which
     * routes rather than handles, its staff who route).
     */
    private List<AccountView> recipients(ReportDeadline d) {
        if (d.handlerAccountId() != null) {
            List<AccountView> handler = accounts.findById(d.handlerAccountId()).filter(AccountView::active).stream()
                    .toList();
            if (!handler.isEmpty()) {
                return handler;
            }
        }
        List<AccountView> staff = accounts.activeStaffOf(d.agencyId()).stream()
                .filter(a -> a.kind() == AccountKind.STAFF)
                .toList();
        List<AccountView> handlers = staff.stream()
                .filter(a -> a.privileges().contains(Privilege.FEEDBACK_HANDLE))
                .toList();
        return !handlers.isEmpty()
                ? handlers
                : staff.stream()
                        .filter(a -> a.privileges().contains(Privilege.FEEDBACK_ROUTE))
                        .toList();
    }
}
