package vn.civic.notify.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.dossier.DossierRecords;
import vn.civic.dossier.DossierRecords.Deadline;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.identity.IdentityProperties;
import vn.civic.notify.NotifyProperties;
import vn.civic.notify.message.Notice;
import vn.civic.notify.message.NoticeKind;
import vn.civic.notify.message.Notices;

/**
 * Tells officials about dossiers at their step that are due within {@code civic.notify.due-soon} and, later, overdue:
 * the official the step is assigned to, or else the active staff of the step's agency holding the step's privilege.
 * Each dossier, step, kind and official is told once (the outbox key), however often and on however many nodes this
 * runs.
 */
@Component
class DeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);
    private static final int BATCH = 2000;

    private final DossierRecords dossiers;
    private final AccountDirectory accounts;
    private final Notices notices;
    private final NotifyProperties properties;
    private final Clock clock;
    private final String publicUrl;

    DeadlineReminders(
            DossierRecords dossiers,
            AccountDirectory accounts,
            Notices notices,
            NotifyProperties properties,
            Clock clock,
            IdentityProperties identity) {
        this.dossiers = dossiers;
        this.accounts = accounts;
        this.notices = notices;
        this.properties = properties;
        this.clock = clock;
        this.publicUrl = identity.publicUrl().toString().replaceAll("/+$", "");
    }

    @Scheduled(
            initialDelayString = "${civic.notify.deadline-check-interval:15m}",
            fixedDelayString = "${civic.notify.deadline-check-interval:15m}")
    void check() {
        try {
            remind(clock.instant());
        } catch (RuntimeException e) {
            log.warn("Deadline reminders failed; next run in {}", properties.deadlineCheckInterval(), e);
        }
    }

    /** Enqueues the reminders due at {@code now}; returns how many dossiers were looked at. */
    @Transactional
    public int remind(Instant now) {
        List<Deadline> due =
                dossiers.dueBetween(now.minus(properties.overdueWindow()), now.plus(properties.dueSoon()), BATCH);
        Map<Long, List<AccountView>> staffByAgency = new HashMap<>();
        for (Deadline d : due) {
            NoticeKind kind = d.dueAt().isAfter(now) ? NoticeKind.DUE_SOON : NoticeKind.OVERDUE;
            for (AccountView official : officials(d, staffByAgency)) {
                notices.send(new Notice(
                        kind,
                        "deadline:" + d.dossierId() + ":" + d.stepOrder() + ":" + kind.key() + ":" + official.id(),
                        d.code(),
                        official.email(),
                        official.phone(),
                        d.code(),
                        d.procedureName(),
                        d.dueAt(),
                        d.stepName(),
                        publicUrl + "/work/dossiers/" + d.dossierId()));
            }
        }
        return due.size();
    }

    private List<AccountView> officials(Deadline d, Map<Long, List<AccountView>> staffByAgency) {
        if (d.assigneeAccountId() != null) {
            return accounts.findById(d.assigneeAccountId())
                    .filter(AccountView::active)
                    .map(List::of)
                    .orElse(List.of());
        }
        return staffByAgency.computeIfAbsent(d.agencyId(), accounts::activeStaffOf).stream()
                .filter(a -> a.privileges().contains(d.privilege()))
                .toList();
    }
}
