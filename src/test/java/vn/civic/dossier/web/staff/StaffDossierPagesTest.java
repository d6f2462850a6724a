package vn.civic.dossier.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.civic.dossier.ApplicantDetails;
import vn.civic.dossier.CounterSubmission;
import vn.civic.dossier.DossierQueries;
import vn.civic.dossier.DossierStatus;
import vn.civic.dossier.DossierSubmission;
import vn.civic.dossier.DossierTesting;
import vn.civic.dossier.DossierView;
import vn.civic.dossier.OnlineSubmission;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.procedure.ApplicantKind;
import vn.civic.procedure.Channel;
import vn.civic.procedure.ChannelTerms;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.ProcessingTime;
import vn.civic.procedure.StepDefinition.AgencyTarget;
import vn.civic.procedure.StepDefinition.StepKind;
import vn.civic.procedure.domain.ProcedureEditor;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;

/** The officials' dossier pages: what each actor is offered, what each action stores, and what is refused. */
@CivicTest
class StaffDossierPagesTest {

    static final String CLERK = "vanthu.hoankiem";
    static final String OFFICER = "chuyenvien.hoankiem";
    static final String LEADER = "lanhdao.hoankiem";
    static final String CITIZEN = "001085012345";

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcedureEditor editor;

    @Autowired
    DossierSubmission submission;

    @Autowired
    DossierQueries queries;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory directory;

    static ProcedureView procedure;

    @BeforeEach
    void procedure() {
        if (procedure == null) {
            procedure = install(editor, DossierTesting.communeProcedure(), 5);
        }
    }

    <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String username, B request) {
        return request.with(SecurityMockMvcRequestPostProcessors.csrf())
                .with(TestActors.as(
                        DossierTesting.actor(accounts, username), DossierTesting.privileges(accounts, username)));
    }

    DossierView atCounter(ProcedureView p, String applicantName) {
        return DossierTesting.as(
                accounts,
                CLERK,
                () -> submission.receiveAtCounter(new CounterSubmission(
                        p.code(),
                        Channel.IN_PERSON,
                        new ApplicantDetails(ApplicantKind.CITIZEN, applicantName, "001190004321", null, null),
                        DossierTesting.data(),
                        List.of(),
                        Set.of(DossierTesting.FORM_DOCUMENT),
                        null)));
    }

    DossierView online() {
        return DossierTesting.as(
                accounts,
                CITIZEN,
                () -> submission.submitOnline(new OnlineSubmission(
                        procedure.code(),
                        directory
                                .findAgencyByCode("000.01.31.H26")
                                .orElseThrow()
                                .id(),
                        DossierTesting.data(),
                        List.of(DossierTesting.pdf(DossierTesting.FORM_DOCUMENT)),
                        null)));
    }

    DossierView stored(long id) {
        return DossierTesting.as(accounts, LEADER, () -> queries.staffDossier(id));
    }

    Document page(String username, long id) throws Exception {
        return Jsoup.parse(mvc.perform(as(username, get("/work/dossiers/" + id)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    void perform(String username, long id, String action, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = post("/work/dossiers/" + id + "/" + action)
                .param("version", String.valueOf(stored(id).version()));
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        mvc.perform(as(username, request))
                .andExpect(redirectedUrl("/work/dossiers/" + id))
                .andExpect(flash().attribute("notice", "dossier.staff.notice." + action));
    }

    @Test
    void officerForwardsLeaderApprovesAndClerkReturnsTheResultThroughThePages() throws Exception {
        DossierView dossier = atCounter(procedure, "Nguyễn Văn Chuyển");
        long officerId = accounts.findByUsername(OFFICER).orElseThrow().id();

        assertThat(page(LEADER, dossier.id()).select("#assign-form option[value=" + officerId + "]"))
                .hasSize(1);
        perform(LEADER, dossier.id(), "assign", "assigneeId", String.valueOf(officerId));
        assertThat(stored(dossier.id()).currentStep().assigneeAccountId()).isEqualTo(officerId);

        assertThat(page(OFFICER, dossier.id()).select("#forward-form")).hasSize(1);
        perform(OFFICER, dossier.id(), "forward", "note", "Hồ sơ hợp lệ");
        assertThat(stored(dossier.id()).currentStep().order()).isEqualTo(3);

        Document atApproval = page(LEADER, dossier.id());
        assertThat(atApproval.select("#approve-form, #reject-form, #send-back-form"))
                .hasSize(3);
        perform(LEADER, dossier.id(), "reject", "reason", "Thiếu chữ ký");
        assertThat(stored(dossier.id()).currentStep().order()).isEqualTo(2);
        perform(OFFICER, dossier.id(), "forward", "note", "Đã bổ sung chữ ký");
        perform(LEADER, dossier.id(), "approve", "note", "Đồng ý");
        assertThat(stored(dossier.id()).status()).isEqualTo(DossierStatus.FINISHED);

        MockMultipartFile result =
                new MockMultipartFile("files", "trich-luc.pdf", "application/pdf", DossierTesting.PDF);
        mvc.perform(as(
                        CLERK,
                        multipart("/work/dossiers/" + dossier.id() + "/return-result")
                                .file(result)
                                .param(
                                        "version",
                                        String.valueOf(stored(dossier.id()).version()))))
                .andExpect(redirectedUrl("/work/dossiers/" + dossier.id()))
                .andExpect(flash().attribute("notice", "dossier.staff.notice.return-result"));
        DossierView returned = stored(dossier.id());
        assertThat(returned.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(returned.attachments())
                .anyMatch(a -> a.result() && a.fileName().equals("trich-luc.pdf"));
        assertThat(page(CLERK, dossier.id())
                        .select("#history tr[data-action=rejected]")
                        .text())
                .contains("Thiếu chữ ký");
    }

    @Test
    void clerkAcceptsOrRefusesAnOnlineDossierAndAMissingReasonIsMarked() throws Exception {
        DossierView accepted = online();
        perform(CLERK, accepted.id(), "accept");
        assertThat(stored(accepted.id()).status()).isEqualTo(DossierStatus.PROCESSING);

        DossierView refused = online();
        String body = mvc.perform(as(
                        CLERK,
                        post("/work/dossiers/" + refused.id() + "/refuse")
                                .param("version", String.valueOf(refused.version()))
                                .param("reason", "  ")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document marked = Jsoup.parse(body);
        assertThat(marked.select("#refuse-reason").attr("aria-invalid")).isEqualTo("true");
        assertThat(marked.select("#refuse-reason-error").text()).isEqualTo("Vui lòng nhập thông tin này.");
        assertThat(stored(refused.id()).status()).isEqualTo(DossierStatus.NEW);

        perform(CLERK, refused.id(), "refuse", "reason", "Không thuộc thẩm quyền");
        assertThat(stored(refused.id()).status()).isEqualTo(DossierStatus.NOT_ACCEPTED);
        assertThat(stored(refused.id()).closingReason()).isEqualTo("Không thuộc thẩm quyền");
    }

    @Test
    void officerRequestsASupplementOfChosenDocumentsAndProposesAnApologyTheLeaderApproves() throws Exception {
        DossierView dossier = atCounter(procedure, "Lê Thị Bổ Sung");
        perform(
                OFFICER,
                dossier.id(),
                "request-supplement",
                "reason",
                "Giấy chứng sinh bị mờ",
                "documents",
                DossierTesting.OPTIONAL_DOCUMENT);
        DossierView waiting = stored(dossier.id());
        assertThat(waiting.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(waiting.openSupplement().documents()).containsExactly(DossierTesting.OPTIONAL_DOCUMENT);

        String later = waiting.dueAt()
                .atZone(vn.civic.platform.time.CivicTime.ZONE)
                .toLocalDate()
                .plusDays(7)
                .toString();
        perform(OFFICER, dossier.id(), "propose-apology", "newDueDate", later, "reason", "Chờ xác minh");
        assertThat(page(OFFICER, dossier.id()).select("#decide-apology-form")).isEmpty();
        assertThat(page(LEADER, dossier.id()).select("#decide-apology-form")).hasSize(1);
        perform(LEADER, dossier.id(), "decide-apology", "approve", "true");
        assertThat(stored(dossier.id())
                        .dueAt()
                        .atZone(vn.civic.platform.time.CivicTime.ZONE)
                        .toLocalDate()
                        .toString())
                .isEqualTo(later);

        perform(LEADER, dossier.id(), "stop", "reason", "Người nộp không bổ sung");
        assertThat(stored(dossier.id()).status()).isEqualTo(DossierStatus.STOPPED);
    }

    @Test
    void clerkIsNotOfferedApprovalAndAForgedApprovalIsRefused() throws Exception {
        DossierView dossier = atCounter(procedure, "Phạm Văn Giả");
        perform(OFFICER, dossier.id(), "forward");
        Document clerkPage = page(CLERK, dossier.id());
        assertThat(clerkPage.select("#approve-form, #reject-form, #stop-form")).isEmpty();

        long version = stored(dossier.id()).version();
        mvc.perform(as(
                        CLERK,
                        post("/work/dossiers/" + dossier.id() + "/approve").param("version", String.valueOf(version))))
                .andExpect(status().isForbidden());
        assertThat(stored(dossier.id()).version()).isEqualTo(version);
        assertThat(stored(dossier.id()).currentStep().order()).isEqualTo(3);
    }

    @Test
    void officialOfAnotherAgencyDoesNotFindTheDossier() throws Exception {
        DossierView dossier = atCounter(procedure, "Trần Văn Ngoài");
        mvc.perform(as("congan.hoankiem", get("/work/dossiers/" + dossier.id())))
                .andExpect(status().isNotFound());
        mvc.perform(as("chuyenvien.hongbang", get("/work/dossiers/" + dossier.id() + "/control-slip.pdf")))
                .andExpect(status().isNotFound());
        mvc.perform(as(
                        "chuyenvien.hongbang",
                        post("/work/dossiers/" + dossier.id() + "/forward")
                                .param("version", String.valueOf(dossier.version()))))
                .andExpect(status().isNotFound());
        assertThat(stored(dossier.id()).version()).isEqualTo(dossier.version());
    }

    @Test
    void staleFormGetsTheConflictNoticeAndChangesNothing() throws Exception {
        DossierView dossier = atCounter(procedure, "Đỗ Văn Cũ");
        long seen = dossier.version();
        perform(OFFICER, dossier.id(), "request-supplement", "reason", "Thiếu giấy tờ");
        DossierView after = stored(dossier.id());

        mvc.perform(as(
                        OFFICER,
                        post("/work/dossiers/" + dossier.id() + "/forward").param("version", String.valueOf(seen))))
                .andExpect(redirectedUrl("/work/dossiers/" + dossier.id()))
                .andExpect(flash().attribute("problem", "dossier.staff.conflict"));
        assertThat(stored(dossier.id()).version()).isEqualTo(after.version());
        assertThat(stored(dossier.id()).status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    }

    @Test
    void actionTheStatusDoesNotAllowIsRefused() throws Exception {
        DossierView dossier = atCounter(procedure, "Vũ Văn Sai");
        assertThat(page(OFFICER, dossier.id()).select("#accept-form")).isEmpty();
        mvc.perform(as(
                        OFFICER,
                        post("/work/dossiers/" + dossier.id() + "/accept")
                                .param("version", String.valueOf(dossier.version()))))
                .andExpect(redirectedUrl("/work/dossiers/" + dossier.id()))
                .andExpect(flash().attribute("problem", "error.dossier_action_not_allowed"));
        assertThat(stored(dossier.id()).version()).isEqualTo(dossier.version());
    }

    @Test
    void inboxPutsTheNearestDueFirstAndFlagsDueSoonInWords() throws Exception {
        ProcedureView quick = install(
                editor,
                DossierTesting.procedure(List.of(
                        DossierTesting.step(1, StepKind.RECEIVE, "Tiếp nhận", AgencyTarget.RECEIVING, null, "0.25"),
                        DossierTesting.step(2, StepKind.PROCESS, "Xử lý", AgencyTarget.RECEIVING, null, "0.5"),
                        DossierTesting.step(3, StepKind.RETURN, "Trả kết quả", AgencyTarget.RECEIVING, null, "0.25"))),
                1);
        String marker = "Inboxorder" + System.nanoTime();
        DossierView slow = atCounter(procedure, marker + " Chậm");
        DossierView fast = atCounter(quick, marker + " Nhanh");
        Document inbox =
                Jsoup.parse(mvc.perform(as(OFFICER, get("/work/dossiers").param("q", marker.toLowerCase())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(inbox.select("#inbox tbody tr").eachAttr("data-code")).containsExactly(fast.code(), slow.code());
        assertThat(inbox.select("#inbox tr[data-code=" + fast.code() + "] .badge-warn")
                        .text())
                .startsWith("Sắp đến hạn");
        assertThat(inbox.select("#inbox tr[data-code=" + slow.code() + "]").attr("data-urgency"))
                .isEqualTo("NORMAL");
    }

    @Test
    void batchAcceptanceSaysWhichDossiersWereAcceptedAndWhyOthersWereNot() throws Exception {
        DossierView first = online();
        DossierView second = online();
        DossierView alreadyProcessing = atCounter(procedure, "Hồ Văn Lô");
        var mixed = mvc.perform(as(
                        CLERK,
                        post("/work/dossiers/batch")
                                .param("action", "accept")
                                .param("ids", String.valueOf(first.id()))
                                .param("ids", String.valueOf(alreadyProcessing.id()))
                                .param("ids", String.valueOf(second.id()))))
                .andExpect(redirectedUrl("/work/dossiers"))
                .andReturn();
        @SuppressWarnings("unchecked")
        List<StaffDossierController.BatchLine> summary =
                (List<StaffDossierController.BatchLine>) mixed.getFlashMap().get("batch");
        assertThat(summary)
                .extracting(StaffDossierController.BatchLine::code, StaffDossierController.BatchLine::done)
                .containsExactly(
                        tuple(first.code(), true), tuple(alreadyProcessing.code(), false), tuple(second.code(), true));
        assertThat(stored(first.id()).status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(stored(second.id()).status()).isEqualTo(DossierStatus.PROCESSING);

        var result = mvc.perform(as(
                        CLERK,
                        post("/work/dossiers/batch")
                                .param("action", "accept")
                                .param("ids", String.valueOf(first.id()))))
                .andReturn();
        @SuppressWarnings("unchecked")
        List<StaffDossierController.BatchLine> lines =
                (List<StaffDossierController.BatchLine>) result.getFlashMap().get("batch");
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.done()).isFalse();
            assertThat(line.messageKey()).isEqualTo("dossier.staff.batch.forbidden");
        });
    }

    @Test
    void controlSlipPdfListsTheHandOvers() throws Exception {
        DossierView dossier = atCounter(procedure, "Ngô Thị Phiếu");
        perform(OFFICER, dossier.id(), "forward", "note", "Đủ điều kiện");
        byte[] pdf = mvc.perform(as(OFFICER, get("/work/dossiers/" + dossier.id() + "/control-slip.pdf")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ")
                    .contains(dossier.code())
                    .contains("Ngô Thị Phiếu")
                    .contains(accounts.findByUsername(CLERK).orElseThrow().fullName())
                    .contains(accounts.findByUsername(OFFICER).orElseThrow().fullName())
                    .contains("Đủ điều kiện");
        }
    }

    @Test
    void counterReceptionStoresTheDossierWithAPaperDocumentAndShowsTheReceipt() throws Exception {
        String key = "counter-" + System.nanoTime();
        var result = mvc.perform(as(
                        CLERK,
                        multipart("/work/dossiers/new")
                                .param("procedure", procedure.code())
                                .param("channel", "POST")
                                .param("applicant.kind", "CITIZEN")
                                .param("applicant.idNumber", "031088006789")
                                .param("applicant.name", "Bùi Văn Bưu")
                                .param("applicant.phone", "0912345678")
                                .param("f.childName", "Bùi Minh An")
                                .param("paper", DossierTesting.FORM_DOCUMENT)
                                .param("idempotencyKey", key)))
                .andExpect(redirectedUrlPattern("/work/dossiers/*/receipt"))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.split("/")[3]);
        DossierView stored = stored(id);
        assertThat(stored.channel()).isEqualTo(Channel.POST);
        assertThat(stored.applicantName()).isEqualTo("Bùi Văn Bưu");
        assertThat(stored.data().text("childName")).isEqualTo("Bùi Minh An");
        assertThat(stored.attachments()).singleElement().satisfies(a -> {
            assertThat(a.paper()).isTrue();
            assertThat(a.documentCode()).isEqualTo(DossierTesting.FORM_DOCUMENT);
        });
        assertThat(stored.status()).isEqualTo(DossierStatus.PROCESSING);

        Document receipt = Jsoup.parse(mvc.perform(as(CLERK, get(location)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(receipt.text())
                .contains(stored.code())
                .contains("Bùi Văn Bưu")
                .contains("Tờ khai đăng ký khai sinh");
        byte[] pdf = mvc.perform(as(CLERK, get(location + ".pdf")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(stored.code());
        }
    }

    @Test
    void counterReceptionMarksAMissingDocumentAndKeepsWhatWasEntered() throws Exception {
        String body = mvc.perform(as(
                        CLERK,
                        multipart("/work/dossiers/new")
                                .param("procedure", procedure.code())
                                .param("channel", "IN_PERSON")
                                .param("applicant.kind", "CITIZEN")
                                .param("applicant.idNumber", "031088006789")
                                .param("applicant.name", "Bùi Văn Thiếu")
                                .param("f.childName", "Bùi Minh Thiếu")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(body);
        assertThat(page.select("#document-" + DossierTesting.FORM_DOCUMENT).attr("aria-invalid"))
                .isEqualTo("true");
        assertThat(page.select("#document-" + DossierTesting.FORM_DOCUMENT + "-error")
                        .text())
                .isEqualTo("Thiếu thành phần hồ sơ bắt buộc.");
        assertThat(page.select("#applicant-name").val()).isEqualTo("Bùi Văn Thiếu");
    }

    @Test
    void lookingUpTheApplicantFillsTheirAccountsData() throws Exception {
        String body = mvc.perform(as(
                        CLERK,
                        multipart("/work/dossiers/new")
                                .param("procedure", procedure.code())
                                .param("applicant.kind", "CITIZEN")
                                .param("applicant.idNumber", CITIZEN)
                                .param("_lookup", "1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(body);
        assertThat(page.select("#lookup-result").text()).contains("Đã tìm thấy tài khoản");
        assertThat(page.select("#applicant-name").val())
                .isEqualTo(
                        accounts.findByPersonalIdNumber(CITIZEN).orElseThrow().fullName());
    }

    /** Installs a test procedure with a time limit of {@code days} working days on every channel. */
    static ProcedureView install(ProcedureEditor editor, ProcedureView p, int days) {
        List<ChannelTerms> channels = new ArrayList<>();
        p.channels()
                .forEach(t ->
                        channels.add(new ChannelTerms(t.channel(), ProcessingTime.workingDays(days), List.of(), null)));
        return DossierTesting.install(
                editor,
                new ProcedureView(
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
                        p.form(),
                        p.steps()));
    }
}
