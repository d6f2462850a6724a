package vn.civic.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.civic.dossier.DossierTesting.FORM_DOCUMENT;
import static vn.civic.dossier.DossierTesting.as;
import static vn.civic.dossier.DossierTesting.pdf;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.civic.dossier.DossierView.HistoryView;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.payment.Payments;
import vn.civic.payment.sandbox.GatewaySignature;
import vn.civic.platform.error.NotFoundException;
import vn.civic.procedure.ChannelTerms;
import vn.civic.procedure.Fee;
import vn.civic.procedure.FormData;
import vn.civic.procedure.FormDefinition;
import vn.civic.procedure.FormField;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.domain.ProcedureEditor;

/**
 * The fee owed is computed from the schedule and the form at filing; accepted unpaid, the dossier waits in status 6
 * with its clock stopped; paid (online or in cash) it resumes; only the applicant and the dossier's staff read the
 * e-receipt.
 */
@vn.civic.test.CivicTest
class DossierFeesTest {

    static final String CITIZEN = DossierSubmissionTest.CITIZEN;
    static final String OTHER_CITIZEN = DossierSubmissionTest.OTHER_CITIZEN;
    static final String CLERK = "vanthu.hoankiem";
    static final String OFFICER = "chuyenvien.hoankiem";
    static final String OTHER_CLERK = "vanthu.hongbang";

    @Autowired
    ProcedureEditor procedureEditor;

    @Autowired
    DossierSubmission submission;

    @Autowired
    DossierProcessing processing;

    @Autowired
    DossierFees fees;

    @Autowired
    DossierQueries queries;

    @Autowired
    Payments payments;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @BeforeEach
    void request() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    /** A procedure whose online fee is 15.000 đ, 8.000 đ more per copy, and 50.000 đ unless exempt. */
    static ProcedureView withFees(ProcedureView p) {
        List<FormField> fields = new java.util.ArrayList<>(p.form().fields());
        fields.add(new FormField(
                "copies",
                FormField.FieldType.NUMBER,
                "Số bản sao",
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null));
        fields.add(new FormField(
                "exempt",
                FormField.FieldType.CHOICE,
                "Thuộc diện miễn",
                null,
                null,
                false,
                null,
                List.of(new FormField.FieldChoice("YES", "Có", null), new FormField.FieldChoice("NO", "Không", null)),
                null,
                null,
                null,
                null));
        List<ChannelTerms> channels = p.channels().stream()
                .map(c -> new ChannelTerms(
                        c.channel(),
                        c.time(),
                        List.of(
                                new Fee("Lệ phí thử nghiệm", 15_000, null),
                                new Fee("Phí bản sao", 8_000, null, Fee.Basis.PER_UNIT, "copies", null),
                                new Fee("Phí thẩm định", 50_000, null, Fee.Basis.EXEMPT_WHEN, "exempt", "YES")),
                        c.description()))
                .toList();
        return new ProcedureView(
                p.id(),
                p.versionId(),
                p.version(),
                p.code(),
                p.name(),
                p.sector(),
                p.status(),
                p.serviceLevel(),
                p.levelCode(),
                p.agencyCodes(),
                channels,
                p.documents(),
                p.applicants(),
                p.results(),
                p.legalBasis(),
                p.conditions(),
                new FormDefinition(fields),
                p.steps());
    }

    DossierView filed(Map<String, Object> extra) {
        ProcedureView procedure = withFees(DossierTesting.communeProcedure());
        DossierTesting.install(procedureEditor, procedure);
        long agency = org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().id();
        Map<String, Object> values = new LinkedHashMap<>(DossierTesting.data().values());
        values.putAll(extra);
        return as(
                accounts,
                CITIZEN,
                () -> submission.submitOnline(new OnlineSubmission(
                        procedure.code(), agency, new FormData(values), List.of(pdf(FORM_DOCUMENT)), null)));
    }

    DossierFees.FeeView feeOf(DossierView dossier) {
        return as(accounts, CITIZEN, () -> fees.forApplicant(dossier.id()));
    }

    @Test
    void feeOwedFollowsTheScheduleAndTheForm() {
        DossierView plain = filed(Map.of());
        assertThat(feeOf(plain).amount()).isEqualTo(15_000 + 50_000);
        DossierView exemptWithCopies = filed(Map.of("copies", "2", "exempt", "YES"));
        assertThat(feeOf(exemptWithCopies).amount()).isEqualTo(15_000 + 2 * 8_000);
        assertThat(feeOf(exemptWithCopies).feeName()).isEqualTo("Lệ phí thử nghiệm; Phí bản sao");
        // nothing is asked before the counter accepts
        assertThat(exemptWithCopies.status()).isEqualTo(DossierStatus.NEW);
    }

    @Test
    void acceptedUnpaidWaitsInStatus6UntilPaidInCashAndTheReceiptIsKept() {
        DossierView filed = filed(Map.of("exempt", "YES"));
        DossierView accepted = as(accounts, CLERK, () -> processing.accept(filed.id(), filed.version()));
        assertThat(accepted.status()).isEqualTo(DossierStatus.PAYMENT_REQUESTED);
        assertThat(feeOf(accepted).open().amount()).isEqualTo(15_000);
        assertThat(feeOf(accepted).mayPayOnline()).isTrue();

        // a clerk of another agency cannot record it; an officer is not a one-stop clerk
        assertThatThrownBy(() -> as(accounts, OTHER_CLERK, () -> fees.recordCash(accepted.id(), accepted.version())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(accounts, OFFICER, () -> fees.recordCash(accepted.id(), accepted.version())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        DossierView paid = as(accounts, CLERK, () -> fees.recordCash(accepted.id(), accepted.version()));
        assertThat(paid.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(paid.currentStep().name()).isEqualTo("Thẩm định hồ sơ");
        assertThat(paid.history()).extracting(HistoryView::action).contains("payment_requested", "paid_cash");
        DossierFees.FeeView fee = feeOf(paid);
        assertThat(fee.paidAt()).isNotNull();
        assertThat(fee.paidOnline()).isFalse();
        long receipt = fee.obligations().getFirst().receiptId();
        assertThat(fee.obligations().getFirst().receiptNumber()).matches("01BLP0-001 AA-26E \\d{7}");

        byte[] pdf = as(accounts, CITIZEN, () -> fees.receiptForApplicant(paid.id(), receipt));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(as(accounts, CLERK, () -> fees.receiptForStaff(paid.id(), receipt)))
                .isEqualTo(pdf);
        assertThatThrownBy(() -> as(accounts, OTHER_CITIZEN, () -> fees.receiptForApplicant(paid.id(), receipt)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(accounts, OTHER_CLERK, () -> fees.receiptForStaff(paid.id(), receipt)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheApplicantPaysTheirDossierOnline() {
        DossierView filed = filed(Map.of("exempt", "YES"));
        DossierView accepted = as(accounts, CLERK, () -> processing.accept(filed.id(), filed.version()));
        assertThatThrownBy(() -> as(accounts, OTHER_CITIZEN, () -> fees.payOnline(accepted.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(accounts, CLERK, () -> fees.payOnline(accepted.id())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void officerAsksForAPaymentAndTheOnlinePaymentResumesTheDossierWithTheClockMoved() throws Exception {
        DossierView filed = filed(Map.of("exempt", "YES"));
        DossierView accepted = as(accounts, CLERK, () -> processing.accept(filed.id(), filed.version()));
        DossierView cash = as(accounts, CLERK, () -> fees.recordCash(accepted.id(), accepted.version()));

        DossierView asked = as(
                accounts,
                OFFICER,
                () -> fees.requestPayment(cash.id(), cash.version(), "Phí thẩm định bổ sung", 20_000L));
        assertThat(asked.status()).isEqualTo(DossierStatus.PAYMENT_REQUESTED);
        assertThat(feeOf(asked).open().amount()).isEqualTo(20_000);

        URI pay = as(accounts, CITIZEN, () -> fees.payOnline(asked.id()));
        Map<String, String> query = new LinkedHashMap<>();
        UriComponentsBuilder.fromUri(pay)
                .build()
                .getQueryParams()
                .toSingleValueMap()
                .forEach(
                        (k, v) -> query.put(k, java.net.URLDecoder.decode(v, java.nio.charset.StandardCharsets.UTF_8)));
        Map<String, String> message = new LinkedHashMap<>();
        message.put("vnp_TmnCode", "CIVICSBX");
        message.put("vnp_Amount", query.get("vnp_Amount"));
        message.put("vnp_PayDate", "20261201103000");
        message.put("vnp_ResponseCode", "00");
        message.put("vnp_TransactionNo", Long.toString(System.nanoTime() % 100_000_000L));
        message.put("vnp_TransactionStatus", "00");
        message.put("vnp_TxnRef", query.get("vnp_TxnRef"));
        message.put(GatewaySignature.HASH, GatewaySignature.sign(message, "civic-sandbox-secret-change-me"));
        assertThat(payments.callback("sandbox", message)).isEqualTo(Payments.CallbackOutcome.CONFIRMED);

        DossierView resumed = awaitStatus(asked.id(), DossierStatus.PROCESSING);
        assertThat(feeOf(resumed).open()).isNull();
        assertThat(resumed.dueAt()).isAfterOrEqualTo(asked.dueAt());
        assertThat(resumed.history()).extracting(HistoryView::action).contains("paid_online");
        DossierFees.FeeView fee = feeOf(resumed);
        assertThat(fee.amount()).isEqualTo(15_000 + 20_000);
        assertThat(fee.paidOnline()).isTrue();
        assertThat(fee.obligations())
                .extracting(DossierFees.ObligationView::receiptId)
                .doesNotContainNull();
        // the same callback again: already confirmed, the dossier does not move twice
        assertThat(payments.callback("sandbox", message)).isEqualTo(Payments.CallbackOutcome.ALREADY_CONFIRMED);
        assertThat(feeOf(resumed).obligations()).hasSize(2);
    }

    DossierView awaitStatus(long id, DossierStatus status) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        DossierView view = as(accounts, CITIZEN, () -> queries.myDossier(id));
        while (view.status() != status && System.nanoTime() < until) {
            Thread.sleep(100);
            view = as(accounts, CITIZEN, () -> queries.myDossier(id));
        }
        assertThat(view.status()).isEqualTo(status);
        return view;
    }
}
