package vn.civic.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.civic.dossier.DossierTesting.FORM_DOCUMENT;
import static vn.civic.dossier.DossierTesting.as;
import static vn.civic.dossier.DossierTesting.data;
import static vn.civic.dossier.DossierTesting.file;
import static vn.civic.dossier.DossierTesting.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.error.CivicException;
import vn.civic.platform.error.ConflictException;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.storage.FileStorage;
import vn.civic.platform.storage.StorageProperties;
import vn.civic.procedure.ApplicantKind;
import vn.civic.procedure.Channel;
import vn.civic.procedure.FormData;
import vn.civic.procedure.ProcedureStatus;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.domain.ProcedureEditor;
import vn.civic.test.CivicTest;

/** Filing dossiers online, at the counter and by post, and every way a submission is refused without a trace. */
@CivicTest
@RecordApplicationEvents
class DossierSubmissionTest {

    @Autowired
    ApplicationEvents events;

    static final String CITIZEN = "001085012345";
    static final String OTHER_CITIZEN = "001190004321";
    static final String CLERK = "vanthu.hoankiem";

    @Autowired
    ProcedureEditor procedureEditor;

    @Autowired
    DossierSubmission submission;

    @Autowired
    DossierQueries queries;

    @Autowired
    DossierDrafts drafts;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    FileStorage storage;

    @Autowired
    StorageProperties storageProperties;

    @Autowired
    JdbcTemplate jdbc;

    long hoanKiem() {
        return org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().id();
    }

    ProcedureView installed() {
        ProcedureView procedure = DossierTesting.communeProcedure();
        DossierTesting.install(procedureEditor, procedure);
        return procedure;
    }

    DossierView online(ProcedureView procedure, FormData data, List<AttachmentUpload> files, String key) {
        return as(
                accounts,
                CITIZEN,
                () -> submission.submitOnline(new OnlineSubmission(procedure.code(), hoanKiem(), data, files, key)));
    }

    int stored(ProcedureView procedure) {
        return jdbc.queryForObject(
                "select count(*) from dossier where procedure_code = ?", Integer.class, procedure.code());
    }

    long filesOnDisk() throws IOException {
        Path root = storageProperties.root();
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    static List<String> fields(Throwable e) {
        return ((CivicException) e)
                .violations().stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void citizenFilesOnlineAndTheDossierWaitsForTheCounterWithItsFileStoredAndChecksummed() throws Exception {
        ProcedureView procedure = installed();
        DossierView dossier = online(procedure, data(), List.of(pdf(FORM_DOCUMENT)), null);

        assertThat(dossier.status()).isEqualTo(DossierStatus.NEW);
        assertThat(dossier.code()).matches("000\\.01\\.31\\.H26-\\d{6}-\\d{4}");
        assertThat(dossier.applicantName()).isEqualTo("Nguyễn Văn An");
        assertThat(dossier.applicantIdNumber()).isEqualTo(CITIZEN);
        assertThat(dossier.channel()).isEqualTo(Channel.ONLINE);
        assertThat(dossier.currentStep().name()).isEqualTo("Tiếp nhận hồ sơ");
        assertThat(dossier.dueAt()).isAfter(dossier.submittedAt());
        assertThat(dossier.data().text("childName")).isEqualTo("Nguyễn Minh Khôi");
        assertThat(dossier.history())
                .extracting(DossierView.HistoryView::action)
                .containsExactly("submitted");

        DossierView.AttachmentView attachment = dossier.attachments().getFirst();
        assertThat(attachment.contentType()).isEqualTo("application/pdf");
        assertThat(attachment.size()).isEqualTo(DossierTesting.PDF.length);
        assertThat(attachment.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(DossierTesting.PDF)));
        try (InputStream content = as(
                accounts,
                CITIZEN,
                () -> queries.open(dossier.id(), attachment.id()).content())) {
            assertThat(content.readAllBytes()).isEqualTo(DossierTesting.PDF);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'dossier.submitted' and object_id = ?",
                        Integer.class,
                        String.valueOf(dossier.id())))
                .isEqualTo(1);
        assertThat(events.stream(DossierSubmitted.class)).singleElement().satisfies(event -> {
            assertThat(event.dossierId()).isEqualTo(dossier.id());
            assertThat(event.code()).isEqualTo(dossier.code());
            assertThat(event.channel()).isEqualTo(Channel.ONLINE);
        });
        // inserted once, never updated: its agency list does not raise the version
        assertThat(jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier.id()))
                .isZero();
    }

    @Test
    void clerkReceivesAtTheCounterAcceptedOnReceiptAndLinkedToTheApplicantsAccount() {
        ProcedureView procedure = installed();
        DossierView dossier = as(
                accounts,
                CLERK,
                () -> submission.receiveAtCounter(new CounterSubmission(
                        procedure.code(),
                        Channel.IN_PERSON,
                        new ApplicantDetails(
                                ApplicantKind.CITIZEN, "Trần Thị Bình", OTHER_CITIZEN, "0987 654 321", null),
                        data(),
                        List.of(),
                        Set.of(FORM_DOCUMENT),
                        null)));

        assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(dossier.acceptedAt()).isEqualTo(dossier.submittedAt());
        assertThat(dossier.currentStep().name()).isEqualTo("Thẩm định hồ sơ");
        assertThat(dossier.attachments())
                .singleElement()
                .satisfies(a -> assertThat(a.paper()).isTrue());
        assertThat(digitised(dossier)).as("a component kept on paper only").isFalse();
        assertThat(dossier.history())
                .extracting(DossierView.HistoryView::action, DossierView.HistoryView::status)
                .containsExactly(
                        tuple("submitted", DossierStatus.NEW),
                        tuple("accepted", DossierStatus.ACCEPTED),
                        tuple("step_started", DossierStatus.PROCESSING));
        long account = accounts.findByUsername(OTHER_CITIZEN).orElseThrow().id();
        assertThat(dossier.applicantAccountId()).isEqualTo(account);
        assertThat(as(accounts, OTHER_CITIZEN, () -> queries.myDossiers(0, 50)).getContent())
                .extracting(DossierSummary::code)
                .contains(dossier.code());
    }

    @Test
    void dossierReceivedByPostIsRecordedAsPostForAnApplicantWithoutAccount() {
        ProcedureView procedure = installed();
        DossierView dossier = as(
                accounts,
                CLERK,
                () -> submission.receiveAtCounter(new CounterSubmission(
                        procedure.code(),
                        Channel.POST,
                        new ApplicantDetails(ApplicantKind.CITIZEN, "Lê Văn Cường", "001099123456", null, null),
                        data(),
                        List.of(pdf(FORM_DOCUMENT)),
                        Set.of(),
                        null)));
        assertThat(dossier.channel()).isEqualTo(Channel.POST);
        assertThat(dossier.applicantAccountId()).isNull();
        assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(digitised(dossier))
                .as("received by post, every component a file")
                .isTrue();
    }

    boolean digitised(DossierView dossier) {
        return jdbc.queryForObject("select digitised from dossier where id = ?", Boolean.class, dossier.id());
    }

    @Test
    void wrongFieldValuesAreMarkedAndNothingIsStored() {
        ProcedureView procedure = installed();
        assertThatThrownBy(() -> online(
                        procedure,
                        new FormData(Map.of("fatherId", "12ab", "nickname", "x")),
                        List.of(pdf(FORM_DOCUMENT)),
                        null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(fields(e))
                        .contains("f.childName:required", "f.fatherId:personal_id_format", "f.nickname:unknown_field"));
        assertThat(stored(procedure)).isZero();
    }

    @Test
    void missingMandatoryDocumentIsRefused() {
        ProcedureView procedure = installed();
        assertThatThrownBy(() -> online(procedure, data(), List.of(), null))
                .satisfies(e -> assertThat(fields(e)).containsExactly("document.TK:dossier_document_missing"));
        assertThat(stored(procedure)).isZero();
    }

    @Test
    void disguisedFilesAreRefusedByTheirContentAndLeaveNoFileBehind() throws Exception {
        ProcedureView procedure = installed();
        long before = filesOnDisk();
        assertThatThrownBy(() -> online(
                        procedure,
                        data(),
                        List.of(file(FORM_DOCUMENT, "to-khai.pdf", "application/pdf", DossierTesting.PNG)),
                        null))
                .satisfies(e -> assertThat(fields(e)).containsExactly("document.TK:file_type_mismatch"));
        assertThatThrownBy(() -> online(
                        procedure,
                        data(),
                        List.of(file(FORM_DOCUMENT, "to-khai.pdf", "application/pdf", "hello".getBytes())),
                        null))
                .satisfies(e -> assertThat(fields(e)).containsExactly("document.TK:file_type_not_allowed"));
        assertThat(stored(procedure)).isZero();
        assertThat(filesOnDisk()).isEqualTo(before);
    }

    @Test
    void pngNamedAsPngIsAccepted() {
        ProcedureView procedure = installed();
        DossierView dossier = online(
                procedure, data(), List.of(file(FORM_DOCUMENT, "anh.png", "image/png", DossierTesting.PNG)), null);
        assertThat(dossier.attachments().getFirst().contentType()).isEqualTo("image/png");
    }

    @Test
    void oversizedFileIsRefusedWithTheLimit() throws Exception {
        ProcedureView procedure = installed();
        long before = filesOnDisk();
        byte[] large = new byte[(int) storage.maxFileSize() + 1];
        System.arraycopy(DossierTesting.PDF, 0, large, 0, DossierTesting.PDF.length);
        assertThatThrownBy(() -> online(
                        procedure, data(), List.of(file(FORM_DOCUMENT, "lon.pdf", "application/pdf", large)), null))
                .satisfies(e -> {
                    FieldViolation violation = ((CivicException) e).violations().getFirst();
                    assertThat(violation.code()).isEqualTo("file_too_large");
                    assertThat(violation.args()).containsExactly(10L);
                });
        assertThat(stored(procedure)).isZero();
        assertThat(filesOnDisk()).isEqualTo(before);
    }

    @Test
    void suspendedProcedureIneligibleApplicantAndWrongAgencyAreRefused() {
        ProcedureView suspended =
                DossierTesting.with(installed(), ProcedureStatus.SUSPENDED, Set.of(ApplicantKind.CITIZEN));
        DossierTesting.install(procedureEditor, suspended);
        assertThatThrownBy(() -> online(suspended, data(), List.of(pdf(FORM_DOCUMENT)), null))
                .isInstanceOf(ConflictException.class)
                .hasMessage(DossierError.PROCEDURE_NOT_ACTIVE.code());

        ProcedureView forBusinesses =
                DossierTesting.with(installed(), ProcedureStatus.ACTIVE, Set.of(ApplicantKind.BUSINESS));
        DossierTesting.install(procedureEditor, forBusinesses);
        assertThatThrownBy(() -> online(forBusinesses, data(), List.of(pdf(FORM_DOCUMENT)), null))
                .hasMessage(DossierError.APPLICANT_NOT_ELIGIBLE.code());

        ProcedureView procedure = installed();
        long city = org.findAgencyByCode(DemoAgencies.HANOI).orElseThrow().id();
        assertThatThrownBy(() -> as(
                        accounts,
                        CITIZEN,
                        () -> submission.submitOnline(new OnlineSubmission(
                                procedure.code(), city, data(), List.of(pdf(FORM_DOCUMENT)), null))))
                .hasMessage(DossierError.AGENCY_NOT_IMPLEMENTING.code());
        assertThat(stored(procedure) + stored(suspended) + stored(forBusinesses))
                .isZero();
    }

    @Test
    void repeatedSubmissionWithTheSameKeyReturnsTheSameDossier() {
        ProcedureView procedure = installed();
        DossierView first = online(procedure, data(), List.of(pdf(FORM_DOCUMENT)), "form-" + procedure.code());
        DossierView again = online(procedure, data(), List.of(pdf(FORM_DOCUMENT)), "form-" + procedure.code());
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.code()).isEqualTo(first.code());
        assertThat(stored(procedure)).isEqualTo(1);
    }

    @Test
    void twoIdenticalSubmissionsRacingMakeOneDossier() throws Exception {
        ProcedureView procedure = installed();
        String key = "race-" + procedure.code();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Long> submit = () ->
                    online(procedure, data(), List.of(pdf(FORM_DOCUMENT)), key).id();
            List<Future<Long>> results = pool.invokeAll(List.of(submit, submit, submit, submit));
            Set<Long> ids = new java.util.HashSet<>();
            for (Future<Long> result : results) {
                ids.add(result.get());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(stored(procedure)).isEqualTo(1);
    }

    @Test
    void draftIsSavedResumedAndRemovedBySubmitting() {
        ProcedureView procedure = installed();
        as(accounts, CITIZEN, () -> drafts.save(procedure.code(), new FormData(Map.of("childName", "Khôi"))));
        assertThat(as(accounts, CITIZEN, () -> drafts.find(procedure.code())))
                .hasValueSatisfying(d -> assertThat(d.data().text("childName")).isEqualTo("Khôi"));
        assertThat(as(accounts, OTHER_CITIZEN, () -> drafts.find(procedure.code())))
                .isEmpty();

        online(procedure, data(), List.of(pdf(FORM_DOCUMENT)), null);
        assertThat(as(accounts, CITIZEN, () -> drafts.find(procedure.code()))).isEmpty();
    }
}
