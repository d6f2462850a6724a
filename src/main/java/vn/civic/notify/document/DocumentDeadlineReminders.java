package vn.civic.notify.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.document.IncomingDeadlines;
import vn.civic.document.IncomingDeadlines.HandlerDeadline;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.identity.IdentityProperties;
import vn.civic.notify.message.Notice;
import vn.civic.notify.message.NoticeKind;
import vn.civic.notify.message.Notices;
import vn.civic.platform.calendar.WorkingCalendar;
import vn.civic.platform.time.CivicTime;

/**
 * Reminds each lead handler and co-handler of an incoming document with an open part: once when the deadline is
 * {@code civic.notify.document.due-soon-working-days} working days away or nearer, once when it has passed. The outbox
 * key (document part and kind) makes each reminder go once, however often and on however many nodes this runs.
 */
@Component
class DocumentDeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(DocumentDeadlineReminders.class);

    private final IncomingDeadlines deadlines;
    private final AccountDirectory accounts;
    private final Notices notices;
    private final WorkingCalendar calendar;
    private final DocumentReminderProperties properties;
    private final Clock clock;
    private final String publicUrl;

    DocumentDeadlineReminders(
            IncomingDeadlines deadlines,
            AccountDirectory accounts,
            Notices notices,
            WorkingCalendar calendar,
            DocumentReminderProperties properties,
            Clock clock,
            IdentityProperties identity) {
        this.deadlines = deadlines;
        this.accounts = accounts;
        this.notices = notices;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
        this.publicUrl = identity.publicUrl().toString().replaceAll("/+$", "");
    }

    @Scheduled(
            initialDelayString = "${civic.notify.deadline-check-interval:15m}",
            fixedDelayString = "${civic.notify.deadline-check-interval:15m}")
    void check() {
        try {
            remind(LocalDate.now(clock.withZone(CivicTime.ZONE)));
        } catch (RuntimeException e) {
            log.warn("Reminders about incoming documents failed; next run at the next check", e);
        }
    }

    /** Enqueues the reminders due on {@code today}; returns how many open parts were looked at. */
    @Transactional
    public int remind(LocalDate today) {
        LocalDate dueSoonUntil = calendar.addWorkingDays(today, properties.dueSoonWorkingDays());
        List<HandlerDeadline> open =
                deadlines.openBetween(today.minusDays(properties.overdueWindowDays()), dueSoonUntil);
        for (HandlerDeadline part : open) {
            NoticeKind kind =
                    part.deadline().isBefore(today) ? NoticeKind.DOCUMENT_OVERDUE : NoticeKind.DOCUMENT_DUE_SOON;
            accounts.findById(part.accountId())
                    .filter(AccountView::active)
                    .ifPresent(handler -> notices.send(new Notice(
                            kind,
                            "incoming:" + part.documentId() + ":" + part.handlerId() + ":" + kind.key(),
                            part.label(),
                            handler.email(),
                            handler.phone(),
                            part.label(),
                            part.summary(),
                            null,
                            CivicTime.DATE.format(part.deadline()),
                            publicUrl + "/work/documents/incoming/" + part.documentId())));
        }
        return open.size();
    }
}
