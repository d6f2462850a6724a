package vn.civic.notify.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.civic.dossier.DossierTesting.FORM_DOCUMENT;
import static vn.civic.dossier.DossierTesting.as;
import static vn.civic.dossier.DossierTesting.data;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.civic.dossier.ApplicantDetails;
import vn.civic.dossier.CounterSubmission;
import vn.civic.dossier.DossierProcessing;
import vn.civic.dossier.DossierStatus;
import vn.civic.dossier.DossierSubmission;
import vn.civic.dossier.DossierTesting;
import vn.civic.dossier.DossierView;
import vn.civic.identity.AccountDirectory;
import vn.civic.notify.sandbox.SandboxMessageGateway;
import vn.civic.platform.outbox.Outbox;
import vn.civic.platform.outbox.OutboxDispatcher;
import vn.civic.platform.outbox.OutboxStatus;
import vn.civic.platform.time.CivicTime;
import vn.civic.procedure.ApplicantKind;
import vn.civic.procedure.Channel;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.domain.ProcedureEditor;
import vn.civic.test.CivicTest;
import vn.civic.test.TestMail;

/** What applicants and officials are told about dossiers, by email (a real SMTP server) and the sandbox gateway. */
@CivicTest
class DossierNotificationsTest {

    static final String CLERK = "vanthu.hoankiem";
    static final String OFFICER = "chuyenvien.hoankiem";
    static final String LEADER = "lanhdao.hoankiem";

    /** A processing time no other test's procedure has (see {@link #received(Applicant, int)}). */
    static final int DUE_ALONE_WORKING_DAYS = 37;

    @Autowired
    ProcedureEditor procedureEditor;

    @Autowired
    DossierSubmission submission;

    @Autowired
    DossierProcessing processing;

    @Autowired
    vn.civic.dossier.DossierFees fees;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    SandboxMessageGateway sandbox;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    DeadlineReminders reminders;

    record Applicant(String email, String phone) {}

    static Applicant applicant() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new Applicant(
                "nguoidan." + random.nextLong(1_000_000_000L) + "@civic.example",
                "09" + String.format("%08d", random.nextInt(100_000_000)));
    }

    DossierView received(Applicant applicant) {
        return received(applicant, 5);
    }

    /**
     * A dossier received at the counter, for a procedure of that many working days. The deadline tests use a time no
     * other test uses: in the shared database every dossier due at the same time would be reminded to every official.
     */
    DossierView received(Applicant applicant, int workingDays) {
        ProcedureView procedure = DossierTesting.install(procedureEditor, DossierTesting.communeProcedure(workingDays));
        String idNumber =
                "001099" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        return as(
                accounts,
                CLERK,
                () -> submission.receiveAtCounter(new CounterSubmission(
                        procedure.code(),
                        Channel.IN_PERSON,
                        new ApplicantDetails(
                                ApplicantKind.CITIZEN, "Phạm Thu Hà", idNumber, applicant.phone(), applicant.email()),
                        data(),
                        List.of(),
                        Set.of(FORM_DOCUMENT),
                        null)));
    }

    static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<SandboxMessageGateway.SandboxMessage> awaitTexts(String phone, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        var texts = sandbox.recent(phone, 50);
        while (texts.size() < count && System.nanoTime() < deadline) {
            dispatcher.dispatchDue();
            pause();
            texts = sandbox.recent(phone, 50);
        }
        return texts;
    }

    @Test
    void applicantIsToldByEmailAndTextWhenTheDossierIsReceivedAndWhenTheResultIsReady() {
        Applicant applicant = applicant();
        DossierView dossier = received(applicant);
        MimeMessage receipt = TestMail.awaitOne(applicant.email());
        assertThat(TestMail.subject(receipt))
                .isEqualTo("Hồ sơ " + dossier.code() + " đã được nộp / Dossier " + dossier.code() + " was filed");
        assertThat(TestMail.body(receipt))
                .contains(dossier.procedureName())
                .contains(CivicTime.DATE_TIME.format(dossier.dueAt().atZone(CivicTime.ZONE)))
                .contains("Result due:");

        DossierView approving =
                as(accounts, OFFICER, () -> processing.forward(dossier.id(), dossier.version(), "Đủ điều kiện"));
        DossierView finished =
                as(accounts, LEADER, () -> processing.approve(approving.id(), approving.version(), null));
        assertThat(finished.status()).isEqualTo(DossierStatus.FINISHED);

        List<MimeMessage> mails = TestMail.await(applicant.email(), 2, Duration.ofSeconds(10));
        MimeMessage result = mails.stream()
                .filter(m -> TestMail.subject(m).contains("đã có kết quả"))
                .findFirst()
                .orElseThrow();
        assertThat(TestMail.subject(result))
                .isEqualTo("Hồ sơ " + dossier.code() + " đã có kết quả / The result of dossier " + dossier.code()
                        + " is ready");
        assertThat(TestMail.body(result))
                .contains("đã giải quyết xong, kết quả đã sẵn sàng")
                .contains("its result is ready")
                .contains("/track");
        assertThat(header(result, "Message-ID")).matches("<[0-9a-f]{32}\\.notify@civic>");

        var texts = awaitTexts(applicant.phone(), 2);
        assertThat(texts)
                .extracting(SandboxMessageGateway.SandboxMessage::text)
                .containsExactlyInAnyOrder(
                        "Ho so " + dossier.code() + " da duoc nop. Hen tra: "
                                + CivicTime.DATE_TIME.format(dossier.dueAt().atZone(CivicTime.ZONE)) + ".",
                        "Ho so " + dossier.code() + " da co ket qua.");

        // nothing is sent twice: the outbox holds one sent message per channel and notice
        dispatcher.dispatchDue();
        assertThat(outbox.list(List.of("notify.email", "notify.sms"), dossier.code(), null, 0, 50))
                .hasSize(4)
                .allSatisfy(e -> assertThat(e.status()).isEqualTo(OutboxStatus.SENT));
        assertThat(TestMail.to(applicant.email())).hasSize(2);
    }

    @Test
    void applicantIsToldWhatToSupplementAndApologisedToWithTheNewDate() {
        Applicant applicant = new Applicant(applicant().email(), null);
        DossierView dossier = received(applicant);
        DossierView asked = as(
                accounts,
                OFFICER,
                () -> processing.requestSupplement(
                        dossier.id(),
                        dossier.version(),
                        "Tờ khai thiếu chữ ký của người đi khai",
                        List.of(FORM_DOCUMENT)));
        var newDue = asked.dueAt().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        DossierView proposed = as(
                accounts,
                OFFICER,
                () -> processing.proposeApology(
                        asked.id(), asked.version(), newDue, "Cần xác minh thêm tại nơi cư trú"));
        as(accounts, LEADER, () -> processing.decideApology(proposed.id(), proposed.version(), true));

        List<MimeMessage> mails = TestMail.await(applicant.email(), 3, Duration.ofSeconds(10));
        MimeMessage supplement = mails.stream()
                .filter(m -> TestMail.subject(m).contains("cần bổ sung"))
                .findFirst()
                .orElseThrow();
        assertThat(TestMail.body(supplement)).contains("Tờ khai thiếu chữ ký của người đi khai");
        MimeMessage apology = mails.stream()
                .filter(m -> TestMail.subject(m).startsWith("Thư xin lỗi"))
                .findFirst()
                .orElseThrow();
        assertThat(TestMail.body(apology))
                .contains("Cần xác minh thêm tại nơi cư trú")
                .contains("Ngày hẹn trả kết quả mới: " + CivicTime.DATE_TIME.format(newDue.atZone(CivicTime.ZONE)));
    }

    @Test
    void applicantIsToldOfAFinancialObligation() {
        Applicant applicant = new Applicant(applicant().email(), null);
        DossierView dossier = received(applicant);
        DossierView owing = as(
                accounts,
                OFFICER,
                () -> fees.requestPayment(dossier.id(), dossier.version(), "Phí thẩm định", 50_000L));
        assertThat(owing.status()).isEqualTo(DossierStatus.PAYMENT_REQUESTED);

        MimeMessage obligation = TestMail.await(applicant.email(), 2, Duration.ofSeconds(10)).stream()
                .filter(m -> TestMail.subject(m).contains("nghĩa vụ tài chính"))
                .findFirst()
                .orElseThrow();
        assertThat(TestMail.subject(obligation))
                .startsWith("Hồ sơ " + dossier.code() + ": đề nghị thực hiện nghĩa vụ tài chính");
        assertThat(TestMail.body(obligation)).contains(dossier.code()).contains("thanh toán");
    }

    @Test
    void officialsAtTheStepAreToldOnceWhenADossierIsDueSoonAndOnceWhenItIsOverdue() {
        DossierView dossier = received(new Applicant(null, null), DUE_ALONE_WORKING_DAYS);
        String officer = accounts.findByUsername(OFFICER).orElseThrow().email();
        String leader = accounts.findByUsername(LEADER).orElseThrow().email();
        String clerk = accounts.findByUsername(CLERK).orElseThrow().email();

        reminders.remind(dossier.dueAt().minus(Duration.ofHours(1)));
        reminders.remind(dossier.dueAt().minus(Duration.ofMinutes(30)));
        awaitAbout(officer, dossier.code(), 1);
        awaitAbout(leader, dossier.code(), 1);
        assertThat(about(officer, dossier.code()).getFirst())
                .satisfies(m -> assertThat(TestMail.subject(m)).startsWith("Hồ sơ " + dossier.code() + " sắp đến hạn"))
                .satisfies(m ->
                        assertThat(TestMail.body(m)).contains("Thẩm định hồ sơ").contains("/work/dossiers/"));

        reminders.remind(dossier.dueAt().plus(Duration.ofHours(1)));
        reminders.remind(dossier.dueAt().plus(Duration.ofHours(2)));
        awaitAbout(officer, dossier.code(), 2);
        awaitAbout(leader, dossier.code(), 2);
        dispatcher.dispatchDue();
        assertThat(about(officer, dossier.code()))
                .extracting(TestMail::subject)
                .containsExactlyInAnyOrder(
                        "Hồ sơ " + dossier.code() + " sắp đến hạn / Dossier " + dossier.code() + " is due soon",
                        "Hồ sơ " + dossier.code() + " đã quá hạn / Dossier " + dossier.code() + " is overdue");
        assertThat(about(clerk, dossier.code()))
                .as("the clerk does not process this step")
                .isEmpty();
    }

    @Test
    void aDossierOverdueForLongerThanTheWindowIsLeftAlone() {
        DossierView dossier = received(new Applicant(null, null), DUE_ALONE_WORKING_DAYS);
        String officer = accounts.findByUsername(OFFICER).orElseThrow().email();

        // the node was down for three days: the dossier fell due before the window, nobody is told now
        assertThat(reminders.remind(dossier.dueAt().plus(Duration.ofDays(3))))
                .as("dossiers looked at")
                .isGreaterThanOrEqualTo(0);
        dispatcher.dispatchDue();
        assertThat(about(officer, dossier.code())).isEmpty();

        reminders.remind(dossier.dueAt().plus(Duration.ofHours(1)));
        awaitAbout(officer, dossier.code(), 1);
        assertThat(TestMail.subject(about(officer, dossier.code()).getFirst())).contains("đã quá hạn");
    }

    static List<MimeMessage> about(String address, String code) {
        return TestMail.to(address).stream()
                .filter(m -> TestMail.subject(m).contains(code))
                .toList();
    }

    void awaitAbout(String address, String code, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (about(address, code).size() < count && System.nanoTime() < deadline) {
            dispatcher.dispatchDue();
            pause();
        }
        assertThat(about(address, code)).hasSize(count);
    }

    static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
