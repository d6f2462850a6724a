package vn.civic.dossier.web.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.civic.dossier.web.citizen.CitizenTesting.AN;
import static vn.civic.dossier.web.citizen.CitizenTesting.BINH;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.civic.dossier.ApplicantDetails;
import vn.civic.dossier.AttachmentUpload;
import vn.civic.dossier.CounterSubmission;
import vn.civic.dossier.DossierProcessing;
import vn.civic.dossier.DossierQueries;
import vn.civic.dossier.DossierStatus;
import vn.civic.dossier.DossierSubmission;
import vn.civic.dossier.DossierTesting;
import vn.civic.dossier.DossierView;
import vn.civic.dossier.DossierView.AttachmentView;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.AgencyCommand;
import vn.civic.org.AgencyEditor;
import vn.civic.org.AgencyKind;
import vn.civic.org.AgencyView;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.security.Privilege;
import vn.civic.platform.storage.FileStorage;
import vn.civic.procedure.ApplicantKind;
import vn.civic.procedure.Channel;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.StepDefinition.AgencyTarget;
import vn.civic.procedure.StepDefinition.StepKind;
import vn.civic.procedure.domain.ProcedureEditor;
import vn.civic.signature.PdfBytes;
import vn.civic.signature.SignatureValidation;
import vn.civic.signature.ValidationReport;
import vn.civic.signature.ValidationReport.Verdict;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;

/**
 * The electronic result: generated and signed (leader, then the agency's seal) when the leader's approval finishes the
 * dossier, downloaded unchanged by the applicant and by officials of the agencies it passed, nobody else; the seal
 * alone when no leader approves; none without a key for the seal; an uploaded result whose signature is broken is
 * refused.
 */
@CivicTest
class ElectronicResultTest {

    static final String CLERK = "vanthu.hoankiem";
    static final String OFFICER = "chuyenvien.hoankiem";
    static final String LEADER = "lanhdao.hoankiem";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    DossierSubmission submission;

    @Autowired
    DossierProcessing processing;

    @Autowired
    DossierQueries queries;

    @Autowired
    FileStorage storage;

    @Autowired
    SignatureValidation validation;

    @Autowired
    ProcedureEditor procedureEditor;

    @Autowired
    AgencyEditor agencyEditor;

    @Autowired
    JdbcTemplate jdbc;

    /** The birth registration filed online by Bình, accepted, processed and approved by the ward's leader. */
    DossierView approvedBirth() {
        DossierView filed = CitizenTesting.fileBirth(accounts, org, submission, BINH);
        DossierView accepted = CitizenTesting.as(accounts, CLERK, () -> processing.accept(filed.id(), filed.version()));
        DossierView forwarded =
                CitizenTesting.as(accounts, OFFICER, () -> processing.forward(accepted.id(), accepted.version(), null));
        return CitizenTesting.as(
                accounts, LEADER, () -> processing.approve(forwarded.id(), forwarded.version(), "Đồng ý"));
    }

    static AttachmentView eResult(DossierView dossier) {
        return dossier.attachments().stream()
                .filter(AttachmentView::electronic)
                .findFirst()
                .orElseThrow();
    }

    byte[] stored(DossierView dossier, AttachmentView file) throws IOException {
        DossierQueries.AttachmentContent content =
                CitizenTesting.as(accounts, BINH, () -> queries.open(dossier.id(), file.id()));
        try (InputStream in = content.content()) {
            return in.readAllBytes();
        }
    }

    @Test
    void leadersApprovalIssuesABirthExtractSignedByTheLeaderThenTheSeal() throws Exception {
        DossierView finished = approvedBirth();

        assertThat(finished.status()).isEqualTo(DossierStatus.FINISHED);
        AttachmentView file = eResult(finished);
        assertThat(file.result()).isTrue();
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.fileName()).isEqualTo("ket-qua-dien-tu-" + finished.code() + ".pdf");
        assertThat(finished.history())
                .extracting(DossierView.HistoryView::action)
                .contains("e_result_issued");
        assertThat(jdbc.queryForObject(
                        "select e_result_issued_at is not null from dossier where id = ?",
                        Boolean.class,
                        finished.id()))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'dossier.e_result_issued' and object_id = ?",
                        Integer.class,
                        String.valueOf(finished.id())))
                .isEqualTo(1);

        byte[] pdf = stored(finished, file);
        ValidationReport report = validation.validate(pdf);
        assertThat(report.verdict()).isEqualTo(Verdict.VALID);
        String leader = accounts.findByUsername(LEADER).orElseThrow().fullName();
        String ward = org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().name();
        assertThat(report.signatures())
                .extracting(ValidationReport.SignatureReport::signerName)
                .containsExactly(leader, ward);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("TRÍCH LỤC KHAI SINH")
                    .contains("Nguyễn Minh Khôi")
                    .contains("Trần Thị Bình")
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains(leader)
                    .contains(finished.code());
        }
        assertThat(validation.validate(PdfBytes.alterOneSignedByte(pdf)).verdict())
                .isEqualTo(Verdict.INVALID);
    }

    @Test
    void applicantAndOfficialsOfItsAgencyDownloadTheSameBytesAndNobodyElse() throws Exception {
        DossierView finished = approvedBirth();
        AttachmentView file = eResult(finished);
        byte[] stored = stored(finished, file);

        byte[] byApplicant = mvc.perform(get("/my/dossiers/" + finished.code() + "/attachments/" + file.id())
                        .with(CitizenTesting.signedIn(accounts, BINH)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] byClerk = mvc.perform(get("/work/dossiers/" + finished.id() + "/attachments/" + file.id())
                        .with(CitizenTesting.signedIn(accounts, CLERK)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(byApplicant).isEqualTo(stored);
        assertThat(byClerk).isEqualTo(stored);
        assertThat(validation.validate(byApplicant).verdict()).isEqualTo(Verdict.VALID);
        mvc.perform(get("/my/dossiers/" + finished.code() + "/attachments/" + file.id())
                        .with(CitizenTesting.signedIn(accounts, AN)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/work/dossiers/" + finished.id() + "/attachments/" + file.id())
                        .with(CitizenTesting.signedIn(accounts, "vanthu.hongbang")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApplicantsPageOffersTheElectronicResult() throws Exception {
        DossierView finished = approvedBirth();
        AttachmentView file = eResult(finished);

        var page = CitizenTesting.page(
                mvc, get("/my/dossiers/" + finished.code()).with(CitizenTesting.signedIn(accounts, BINH)));

        assertThat(page.select("a[href='/my/dossiers/" + finished.code() + "/attachments/" + file.id() + "']"))
                .isNotEmpty();
        assertThat(page.text()).contains("Kết quả điện tử (đã ký số)");
    }

    @Test
    void withoutAnApprovalStepTheSealAloneSignsACertificate() {
        ProcedureView procedure = DossierTesting.procedure(List.of(
                DossierTesting.step(1, StepKind.RECEIVE, "Tiếp nhận", AgencyTarget.RECEIVING, null, "0.5"),
                DossierTesting.step(2, StepKind.PROCESS, "Xử lý", AgencyTarget.RECEIVING, null, "1"),
                DossierTesting.step(3, StepKind.RETURN, "Trả kết quả", AgencyTarget.RECEIVING, null, "0.5")));
        DossierTesting.install(procedureEditor, procedure);
        DossierView received =
                CitizenTesting.as(accounts, CLERK, () -> submission.receiveAtCounter(counter(procedure)));

        DossierView finished =
                CitizenTesting.as(accounts, OFFICER, () -> processing.forward(received.id(), received.version(), null));

        assertThat(finished.status()).isEqualTo(DossierStatus.FINISHED);
        byte[] pdf = storedAsClerk(finished, eResult(finished));
        ValidationReport report = validation.validate(pdf);
        assertThat(report.verdict()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures())
                .extracting(ValidationReport.SignatureReport::signerName)
                .containsExactly(org.findAgencyByCode(DemoAgencies.HOAN_KIEM)
                        .orElseThrow()
                        .name());
    }

    @Test
    void anAgencyWithoutASealKeyIssuesNoElectronicResult() {
        AgencyView hoanKiem = org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow();
        AgencyView hanoi = org.findAgencyByCode(DemoAgencies.HANOI).orElseThrow();
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        AgencyView keyless = DossierTesting.as(
                TestActors.staff(hanoi.id(), hanoi.code()),
                () -> agencyEditor
                        .create(new AgencyCommand(
                                ("E" + suffix.substring(Math.max(0, suffix.length() - 2)) + ".01.01.Z99"),
                                "Ủy ban nhân dân thử nghiệm " + suffix,
                                null,
                                null,
                                AgencyKind.PEOPLES_COMMITTEE,
                                hanoi.id(),
                                hoanKiem.administrativeUnitId(),
                                null,
                                null,
                                null))
                        .agency(),
                Privilege.values());
        ProcedureView procedure = DossierTesting.procedure(List.of(
                DossierTesting.step(1, StepKind.RECEIVE, "Tiếp nhận", AgencyTarget.RECEIVING, null, "0.5"),
                DossierTesting.step(2, StepKind.APPROVE, "Phê duyệt", AgencyTarget.RECEIVING, null, "1"),
                DossierTesting.step(3, StepKind.RETURN, "Trả kết quả", AgencyTarget.RECEIVING, null, "0.5")));
        DossierTesting.install(procedureEditor, procedure);
        var official = TestActors.staff(keyless.id(), keyless.code());
        DossierView received = DossierTesting.as(
                official, () -> submission.receiveAtCounter(counter(procedure)), Privilege.DOSSIER_RECEIVE);

        DossierView finished = DossierTesting.as(
                official, () -> processing.approve(received.id(), received.version(), null), Privilege.DOSSIER_APPROVE);

        assertThat(finished.status()).isEqualTo(DossierStatus.FINISHED);
        assertThat(finished.attachments()).noneMatch(AttachmentView::electronic);
        assertThat(finished.history())
                .extracting(DossierView.HistoryView::action)
                .doesNotContain("e_result_issued");
    }

    @Test
    void aReturnedResultWhoseSignatureDoesNotMatchIsRefusedAndNothingChanges() throws Exception {
        DossierView finished = approvedBirth();
        byte[] tampered = PdfBytes.alterOneSignedByte(stored(finished, eResult(finished)));
        String resultCode = "GKS";

        assertThatThrownBy(() -> CitizenTesting.as(
                        accounts,
                        CLERK,
                        () -> processing.returnResult(
                                finished.id(),
                                finished.version(),
                                List.of(new AttachmentUpload(
                                        resultCode,
                                        "giay-khai-sinh.pdf",
                                        "application/pdf",
                                        new org.springframework.core.io.ByteArrayResource(tampered))),
                                null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field() + ":" + v.code())
                                .containsExactly("document." + resultCode + ":signature_invalid"));

        DossierView after = CitizenTesting.as(accounts, BINH, () -> queries.myDossier(finished.id()));
        assertThat(after.status()).isEqualTo(DossierStatus.FINISHED);
        assertThat(after.version()).isEqualTo(finished.version());
        assertThat(after.attachments()).hasSameSizeAs(finished.attachments());
    }

    byte[] storedAsClerk(DossierView dossier, AttachmentView file) {
        DossierQueries.AttachmentContent content =
                CitizenTesting.as(accounts, CLERK, () -> queries.open(dossier.id(), file.id()));
        try (InputStream in = content.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static CounterSubmission counter(ProcedureView procedure) {
        return new CounterSubmission(
                procedure.code(),
                Channel.IN_PERSON,
                new ApplicantDetails(ApplicantKind.CITIZEN, "Phạm Thu Hà", "001199123457", null, null),
                DossierTesting.data(),
                List.of(),
                Set.of(DossierTesting.FORM_DOCUMENT),
                null);
    }
}
