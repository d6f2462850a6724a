package vn.civic.dossier.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.civic.dossier.ApplicantDetails;
import vn.civic.dossier.CounterSubmission;
import vn.civic.dossier.DossierProcessing;
import vn.civic.dossier.DossierQueries;
import vn.civic.dossier.DossierSubmission;
import vn.civic.dossier.DossierTesting;
import vn.civic.dossier.DossierView;
import vn.civic.dossier.OnlineSubmission;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.time.CivicTime;
import vn.civic.procedure.ApplicantKind;
import vn.civic.procedure.Channel;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.domain.ProcedureEditor;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;

/**
 * Forms 02–05 and 07 from real dossiers: each PDF shows the dossier's facts under the acting agency's heading; the
 * applicant reads their own notices, officials those of dossiers their agency saw, and the tracking book is the own
 * agency's.
 */
@CivicTest
class DossierNoticesTest {

    static final String CLERK = "vanthu.hoankiem";
    static final String OFFICER = "chuyenvien.hoankiem";
    static final String LEADER = "lanhdao.hoankiem";
    static final String OTHER_CLERK = "vanthu.hongbang";
    static final String CITIZEN = "001085012345";
    static final String OTHER_CITIZEN = "001190004321";

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcedureEditor editor;

    @Autowired
    DossierSubmission submission;

    @Autowired
    DossierProcessing processing;

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
            procedure = StaffDossierPagesTest.install(editor, DossierTesting.communeProcedure(), 5);
        }
    }

    @Test
    void refusalSlipCarriesTheReasonAndTheApplicantReadsIt() throws Exception {
        DossierView dossier = online();
        as(CLERK, () -> processing.refuse(dossier.id(), dossier.version(), "Hồ sơ không thuộc thẩm quyền của phường"));
        String text = pdf(staff(CLERK, "/work/dossiers/" + dossier.id() + "/forms/refusal.pdf"));
        assertThat(text)
                .contains("Mẫu số 03")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("Độc lập - Tự do - Hạnh phúc")
                .contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ")
                .contains(dossier.code())
                .contains(dossier.applicantName())
                .contains(procedure.name())
                .contains("Hồ sơ không thuộc thẩm quyền của phường")
                .contains("Hà Nội, ngày");
        assertThat(pdf(citizen(CITIZEN, "/my/dossiers/" + dossier.code() + "/forms/refusal.pdf")))
                .contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
        mvc.perform(citizenRequest(OTHER_CITIZEN, "/my/dossiers/" + dossier.code() + "/forms/refusal.pdf"))
                .andExpect(status().isNotFound());
        mvc.perform(staffRequest(OTHER_CLERK, "/work/dossiers/" + dossier.id() + "/forms/refusal.pdf"))
                .andExpect(status().isNotFound());
        assertThat(Jsoup.parse(mvc.perform(citizenRequest(CITIZEN, "/my/dossiers/" + dossier.code()))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("a[data-form=03]"))
                .hasSize(1);
    }

    @Test
    void supplementRequestListsTheDocumentsByName() throws Exception {
        DossierView dossier = atCounter();
        as(
                OFFICER,
                () -> processing.requestSupplement(
                        dossier.id(),
                        dossier.version(),
                        "Giấy chứng sinh bị mờ",
                        List.of(DossierTesting.OPTIONAL_DOCUMENT)));
        String text = pdf(staff(OFFICER, "/work/dossiers/" + dossier.id() + "/forms/supplement-request.pdf"));
        assertThat(text)
                .contains("Mẫu số 02")
                .contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ")
                .contains(dossier.code())
                .contains("Giấy chứng sinh bị mờ")
                .contains("1 Giấy chứng sinh")
                .contains("ỦY BAN NHÂN DÂN PHƯỜNG HOÀN KIẾM");
        var page = Jsoup.parse(mvc.perform(staffRequest(OFFICER, "/work/dossiers/" + dossier.id()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("a[data-form=02]")).hasSize(1);
        assertThat(page.select("a[data-form=05]")).isEmpty();
        mvc.perform(staffRequest(OFFICER, "/work/dossiers/" + dossier.id() + "/forms/stop.pdf"))
                .andExpect(status().isNotFound());
        String html = mvc.perform(staffRequest(OFFICER, "/work/dossiers/" + dossier.id() + "/forms/supplement-request"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select("article.official-form").text()).contains("Giấy chứng sinh bị mờ");
    }

    @Test
    void apologyGivesTheOldAndNewAppointmentAndANumberLine() throws Exception {
        DossierView dossier = atCounter();
        LocalDate newDay = dossier.dueAt().atZone(CivicTime.ZONE).toLocalDate().plusDays(7);
        DossierView proposed = as(
                OFFICER,
                () -> processing.proposeApology(
                        dossier.id(),
                        dossier.version(),
                        newDay.atTime(16, 0).atZone(CivicTime.ZONE).toInstant(),
                        "Phải xác minh thêm tại nơi cư trú cũ"));
        as(LEADER, () -> processing.decideApology(proposed.id(), proposed.version(), true));
        String text = pdf(staff(LEADER, "/work/dossiers/" + dossier.id() + "/forms/apology.pdf"));
        assertThat(text)
                .contains("Mẫu số 04")
                .contains("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT")
                .contains("Số:")
                .contains("Phải xác minh thêm tại nơi cư trú cũ")
                .contains(CivicTime.DATE.format(dossier.dueAt().atZone(CivicTime.ZONE)))
                .contains("16:00 " + CivicTime.DATE.format(newDay));
    }

    @Test
    void stopNoticeIsNumberedAsANoticeAndCarriesTheReason() throws Exception {
        DossierView dossier = atCounter();
        as(LEADER, () -> processing.stop(dossier.id(), dossier.version(), "Người nộp đã chuyển nơi cư trú"));
        String text = pdf(staff(LEADER, "/work/dossiers/" + dossier.id() + "/forms/stop.pdf"));
        assertThat(text)
                .contains("Mẫu số 05")
                .contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ")
                .contains("/TB-")
                .contains("Người nộp đã chuyển nơi cư trú")
                .contains(dossier.code());
    }

    @Test
    void trackingBookListsTheOwnAgencysDossiersOnLandscapePages() throws Exception {
        DossierView dossier = atCounter();
        String today = LocalDate.now(CivicTime.ZONE).toString();
        byte[] book = staff(CLERK, "/work/dossiers/book.pdf?from=" + today + "&to=" + today);
        try (PDDocument pdf = Loader.loadPDF(book)) {
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isGreaterThan(page.getHeight());
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Mẫu số 07")
                    .contains("SỔ THEO DÕI HỒ SƠ")
                    .contains(dossier.code())
                    .contains(dossier.applicantName());
        }
        assertThat(pdf(staff(OTHER_CLERK, "/work/dossiers/book.pdf?from=" + today + "&to=" + today)))
                .doesNotContain(dossier.code());
        var page = Jsoup.parse(mvc.perform(staffRequest(CLERK, "/work/dossiers/book?from=" + today + "&to=2020-01-01"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#to").attr("aria-invalid")).isEqualTo("true");
        mvc.perform(citizenRequest(CITIZEN, "/work/dossiers/book.pdf")).andExpect(status().isForbidden());
    }

    // ---- helpers

    DossierView atCounter() {
        return as(
                CLERK,
                () -> submission.receiveAtCounter(new CounterSubmission(
                        procedure.code(),
                        Channel.IN_PERSON,
                        new ApplicantDetails(ApplicantKind.CITIZEN, "Phạm Thị Biểu Mẫu", "001190004321", null, null),
                        DossierTesting.data(),
                        List.of(),
                        Set.of(DossierTesting.FORM_DOCUMENT),
                        null)));
    }

    DossierView online() {
        return as(
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

    <T> T as(String username, java.util.function.Supplier<T> action) {
        return DossierTesting.as(accounts, username, action);
    }

    MockHttpServletRequestBuilder staffRequest(String username, String url) {
        return get(url).with(TestActors.as(
                DossierTesting.actor(accounts, username), DossierTesting.privileges(accounts, username)));
    }

    MockHttpServletRequestBuilder citizenRequest(String username, String url) {
        return staffRequest(username, url);
    }

    byte[] staff(String username, String url) throws Exception {
        return mvc.perform(staffRequest(username, url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    byte[] citizen(String username, String url) throws Exception {
        return staff(username, url);
    }

    static String pdf(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
