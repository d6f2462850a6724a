package vn.civic.dossier;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;
import vn.civic.dossier.domain.Act;
import vn.civic.dossier.domain.Dossier;
import vn.civic.dossier.domain.Dossiers;
import vn.civic.dossier.domain.FeeObligation;
import vn.civic.dossier.forms.OfficialHeaders;
import vn.civic.org.OrgDirectory;
import vn.civic.payment.PaymentCompleted;
import vn.civic.payment.PaymentRequest;
import vn.civic.payment.PaymentView;
import vn.civic.payment.Payments;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.calendar.WorkingCalendar;
import vn.civic.platform.error.NotFoundException;
import vn.civic.platform.pdf.OfficialHeader;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.security.Privilege;
import vn.civic.procedure.ChannelTerms;
import vn.civic.procedure.Fee;
import vn.civic.procedure.FormData;
import vn.civic.procedure.StepDefinition.StepKind;

/**
 * Fees and the financial obligation of dossiers (decision 0020): the applicant pays their own dossier online through
 * the payment module; the one-stop clerk of the receiving agency records a cash payment; an officer at a processing
 * step asks for an amount. When the payment module reports a payment, the dossier resumes where it was. The
 * e-receipt is read by the applicant and by the staff of the dossier's agencies only.
 */
@Service
public class DossierFees {

    static final int FEE_NAME_MAX = 500;

    private final Dossiers dossiers;
    private final DossierActors actors;
    private final DossierViews views;
    private final OrgDirectory org;
    private final OfficialHeaders headers;
    private final Payments payments;
    private final WorkingCalendar calendar;
    private final AuditLog audit;

    DossierFees(
            Dossiers dossiers,
            DossierActors actors,
            DossierViews views,
            OrgDirectory org,
            OfficialHeaders headers,
            Payments payments,
            WorkingCalendar calendar,
            AuditLog audit) {
        this.dossiers = dossiers;
        this.actors = actors;
        this.views = views;
        this.org = org;
        this.headers = headers;
        this.payments = payments;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** The names of the schedule's fees owed for the form data, joined; what the receipt says was paid. */
    public static String feeName(ChannelTerms terms, FormData data) {
        String names = terms.feesOwed(data).stream().map(Fee::name).collect(Collectors.joining("; "));
        return names.length() > FEE_NAME_MAX ? names.substring(0, FEE_NAME_MAX) : names;
    }

    /**
     * What a dossier owes and has paid, as its page shows it.
     *
     * @param open the obligation waiting for payment, or null
     * @param obligations every obligation, the paid ones with their e-receipt
     * @param mayPayOnline the reader is the applicant and the dossier waits for payment
     * @param mayRecordCash the reader is a one-stop clerk of the receiving agency and the dossier waits for payment
     * @param mayRequest the reader is an officer at the dossier's processing step
     */
    public record FeeView(
            long amount,
            String feeName,
            Instant paidAt,
            boolean paidOnline,
            ObligationView open,
            List<ObligationView> obligations,
            boolean mayPayOnline,
            boolean mayRecordCash,
            boolean mayRequest) {}

    public record ObligationView(
            int round,
            String feeName,
            long amount,
            Instant requestedAt,
            String requestedBy,
            Instant paidAt,
            boolean paidOnline,
            String receiptNumber,
            Long receiptId) {}

    /** For the applicant's page. */
    @Transactional(readOnly = true)
    public FeeView forApplicant(long dossierId) {
        Dossier dossier = actors.ownDossier(dossierId);
        return view(dossier, dossier.openObligation().isPresent(), false, false);
    }

    /** For the staff page. */
    @Transactional(readOnly = true)
    public FeeView forStaff(long dossierId) {
        Dossier dossier = actors.visibleDossier(dossierId);
        long agency = actors.staffAgencyId();
        boolean cash = dossier.openObligation().isPresent()
                && dossier.receivingAgencyId() == agency
                && CurrentActor.has(Privilege.DOSSIER_RECEIVE);
        boolean request = dossier.status() == DossierStatus.PROCESSING
                && dossier.currentAgencyId() != null
                && dossier.currentAgencyId() == agency
                && dossier.currentStep().map(s -> s.kind() == StepKind.PROCESS).orElse(false)
                && CurrentActor.has(Privilege.DOSSIER_PROCESS);
        return view(dossier, false, cash, request);
    }

    /** The applicant starts paying their dossier's open obligation online: where to send their browser. */
    @Transactional
    public URI payOnline(long dossierId) {
        Dossier dossier = actors.ownDossier(dossierId);
        FeeObligation open = dossier.openObligation()
                .orElseThrow(() -> new vn.civic.platform.error.ConflictException(DossierError.ACTION_NOT_ALLOWED));
        URI target = payments.start(request(dossier, open, "/my/dossiers/" + pathSegment(dossier.code())));
        audit.record(AuditRecord.change(
                "dossier.payment_started",
                DossierActors.OBJECT_TYPE,
                dossier.id(),
                dossier.code() + " status=" + dossier.status().code(),
                dossier.code() + " reference=" + open.reference() + " amount=" + open.amount()));
        return target;
    }

    /** The one-stop clerk of the receiving agency records a cash payment; the dossier resumes at once. */
    @Transactional
    public DossierView recordCash(long dossierId, long version) {
        DossierActors.require(Privilege.DOSSIER_RECEIVE);
        Dossier dossier = actors.visibleDossier(dossierId);
        DossierActors.requireVersion(dossier, version);
        if (dossier.receivingAgencyId() != actors.staffAgencyId()) {
            throw new vn.civic.platform.error.ConflictException(DossierError.NOT_AT_YOUR_AGENCY);
        }
        FeeObligation open = dossier.openObligation()
                .orElseThrow(() -> new vn.civic.platform.error.ConflictException(DossierError.ACTION_NOT_ALLOWED));
        PaymentView paid = payments.recordCash(request(dossier, open, null));
        DossierStatus before = dossier.status();
        dossier.paid(
                actors.act(),
                open.reference(),
                paid.amount(),
                false,
                paid.receipt().label(),
                paid.receipt().id(),
                calendar);
        dossiers.saveAndFlush(dossier);
        audited(dossier, "paid_cash", before);
        return views.view(dossier);
    }

    /** An officer at a processing step asks for an amount to be paid (→ 6); the clock stops. */
    @Transactional
    public DossierView requestPayment(long dossierId, long version, String feeName, Long amount) {
        String name = feeName == null ? "" : feeName.strip();
        if (name.isEmpty()) {
            throw DossierForm.invalid("feeName", "required");
        }
        if (name.length() > FEE_NAME_MAX) {
            throw DossierForm.invalid("feeName", "too_long", FEE_NAME_MAX);
        }
        if (amount == null || amount <= 0 || amount > 1_000_000_000_000L) {
            throw DossierForm.invalid("amount", "dossier_fee_amount_invalid");
        }
        Dossier dossier = actors.actionable(dossierId, version, Privilege.DOSSIER_PROCESS);
        DossierStatus before = dossier.status();
        dossier.requestPayment(actors.act(), name, amount);
        dossiers.saveAndFlush(dossier);
        audited(dossier, "payment_requested", before);
        return views.view(dossier);
    }

    /** The payment module confirmed a payment: the dossier whose obligation it pays resumes (once). */
    @ApplicationModuleListener
    void on(PaymentCompleted event) {
        dossiers.findByFeeReference(event.reference()).ifPresent(dossier -> {
            DossierStatus before = dossier.status();
            Act act = new Act(
                    "payment:" + event.reference(),
                    event.online() ? "Cổng thanh toán trực tuyến" : "Thu tiền mặt",
                    null,
                    null,
                    event.paidAt());
            if (dossier.paid(
                    act,
                    event.reference(),
                    event.amount(),
                    event.online(),
                    event.receiptNumber(),
                    event.receiptId(),
                    calendar)) {
                dossiers.saveAndFlush(dossier);
                audit.record(AuditRecord.change(
                                "dossier.paid_online",
                                DossierActors.OBJECT_TYPE,
                                dossier.id(),
                                dossier.code() + " status=" + before.code(),
                                dossier.code() + " status=" + dossier.status().code() + " receipt="
                                        + event.receiptNumber())
                        .by(new AuditRecord.ActorRef(act.actorId(), act.actorName(), null)));
            }
        });
    }

    /** The e-receipt's PDF, for the applicant of the dossier it was issued for; others: not found. */
    @Transactional(readOnly = true)
    public byte[] receiptForApplicant(long dossierId, long receiptId) {
        return receipt(actors.ownDossier(dossierId), receiptId);
    }

    /** The e-receipt's PDF, for staff of an agency the dossier is or was at; others: not found. */
    @Transactional(readOnly = true)
    public byte[] receiptForStaff(long dossierId, long receiptId) {
        return receipt(actors.visibleDossier(dossierId), receiptId);
    }

    private byte[] receipt(Dossier dossier, long receiptId) {
        boolean ours =
                dossier.feeObligations().stream().anyMatch(o -> o.receiptId() != null && o.receiptId() == receiptId);
        if (!ours) {
            throw NotFoundException.of("Receipt", receiptId);
        }
        return payments.receiptPdf(receiptId);
    }

    private PaymentRequest request(Dossier dossier, FeeObligation obligation, String returnPath) {
        OfficialHeader collector = headers.of(dossier.receivingAgencyId(), dossier.submittedAt());
        String agencyCode =
                org.findAgency(dossier.receivingAgencyId()).orElseThrow().code();
        return new PaymentRequest(
                obligation.reference(),
                obligation.amount(),
                obligation.feeName(),
                dossier.applicantName(),
                dossier.applicantAccountId(),
                new PaymentRequest.Collector(
                        collector.governingBody(), collector.issuer(), agencyCode, collector.place()),
                returnPath);
    }

    private FeeView view(Dossier dossier, boolean payOnline, boolean cash, boolean request) {
        List<ObligationView> obligations = dossier.feeObligations().stream()
                .map(o -> new ObligationView(
                        o.round(),
                        o.feeName(),
                        o.amount(),
                        o.requestedAt(),
                        o.requestedBy(),
                        o.paidAt(),
                        o.paidOnline(),
                        o.receiptNumber(),
                        o.receiptId()))
                .toList();
        ObligationView open = dossier.openObligation()
                .map(o -> obligations.get(o.round() - 1))
                .orElse(null);
        return new FeeView(
                dossier.feeAmount(),
                dossier.feeName(),
                dossier.paidAt(),
                dossier.paidOnline(),
                open,
                obligations,
                payOnline,
                cash,
                request);
    }

    private void audited(Dossier dossier, String action, DossierStatus before) {
        audit.record(AuditRecord.change(
                "dossier." + action,
                DossierActors.OBJECT_TYPE,
                dossier.id(),
                dossier.code() + " status=" + before.code(),
                dossier.code() + " status=" + dossier.status().code()));
    }

    private static String pathSegment(String code) {
        return UriUtils.encodePathSegment(code, java.nio.charset.StandardCharsets.UTF_8);
    }
}
