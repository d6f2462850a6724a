package vn.civic.notify.dossier;

import java.time.Instant;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.civic.dossier.DossierApologyApproved;
import vn.civic.dossier.DossierRecords;
import vn.civic.dossier.DossierStatus;
import vn.civic.dossier.DossierStatusChanged;
import vn.civic.dossier.DossierSubmitted;
import vn.civic.identity.AccountDirectory;
import vn.civic.identity.AccountView;
import vn.civic.identity.IdentityProperties;
import vn.civic.notify.message.Notice;
import vn.civic.notify.message.NoticeKind;
import vn.civic.notify.message.Notices;

/**
 * Tells applicants what happened to their dossier: filed, accepted, supplement requested (5), financial obligation
 * (6), result ready (9), apology with a new appointment. Each listener runs after the dossier's transaction committed,
 * in its own transaction; the event registry calls it again if it fails, and the outbox keys make that harmless.
 */
@Component
class DossierNotifier {

    private final DossierRecords dossiers;
    private final AccountDirectory accounts;
    private final Notices notices;
    private final String publicUrl;

    DossierNotifier(DossierRecords dossiers, AccountDirectory accounts, Notices notices, IdentityProperties identity) {
        this.dossiers = dossiers;
        this.accounts = accounts;
        this.notices = notices;
        this.publicUrl = identity.publicUrl().toString().replaceAll("/+$", "");
    }

    /** The statuses an applicant is told about when a dossier reaches them. */
    private static final java.util.Set<DossierStatus> NOTIFIED = java.util.EnumSet.of(
            DossierStatus.ACCEPTED,
            DossierStatus.SUPPLEMENT_REQUESTED,
            DossierStatus.PAYMENT_REQUESTED,
            DossierStatus.FINISHED);

    @ApplicationModuleListener
    void on(DossierSubmitted event) {
        dossiers.noticeFacts(event.dossierId())
                .ifPresent(d -> tell(d, NoticeKind.RECEIVED, "received", d.dueAt(), null));
    }

    @ApplicationModuleListener
    void on(DossierStatusChanged event) {
        if (event.from() == event.to() || !NOTIFIED.contains(event.to())) {
            return; // read nothing for a change nobody is told about (most steps of processing)
        }
        // the instant of the change tells apart a second supplement request or financial obligation
        String occurrence = event.to().code() + ":" + event.at();
        dossiers.noticeFacts(event.dossierId()).ifPresent(d -> {
            switch (event.to()) {
                case ACCEPTED -> {
                    if (event.from() == DossierStatus.NEW) {
                        tell(d, NoticeKind.ACCEPTED, "accepted", d.dueAt(), null);
                    }
                }
                case SUPPLEMENT_REQUESTED -> tell(d, NoticeKind.SUPPLEMENT, occurrence, null, d.lastSupplementReason());
                case PAYMENT_REQUESTED -> tell(d, NoticeKind.PAYMENT, occurrence, null, null);
                case FINISHED -> tell(d, NoticeKind.RESULT, "result", null, null);
                default -> {}
            }
        });
    }

    @ApplicationModuleListener
    void on(DossierApologyApproved event) {
        dossiers.noticeFacts(event.dossierId())
                .ifPresent(d ->
                        tell(d, NoticeKind.APOLOGY, "apology:" + event.apologyId(), event.newDueAt(), event.reason()));
    }

    private void tell(DossierRecords.NoticeFacts d, NoticeKind kind, String occurrence, Instant date, String detail) {
        AccountView account = d.applicantAccountId() == null
                ? null
                : accounts.findById(d.applicantAccountId()).orElse(null);
        String email = d.applicantEmail() != null ? d.applicantEmail() : account == null ? null : account.email();
        String phone = d.applicantPhone() != null ? d.applicantPhone() : account == null ? null : account.phone();
        String link = d.applicantAccountId() != null ? publicUrl + "/my/dossiers/" + d.code() : publicUrl + "/track";
        notices.send(new Notice(
                kind,
                "dossier:" + d.id() + ":" + occurrence,
                d.code(),
                email,
                phone,
                d.code(),
                d.procedureName(),
                date,
                detail,
                link));
    }
}
