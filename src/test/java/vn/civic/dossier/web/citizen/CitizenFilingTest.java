package vn.civic.dossier.web.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.civic.dossier.web.citizen.CitizenTesting.BINH;
import static vn.civic.dossier.web.citizen.CitizenTesting.BIRTH;
import static vn.civic.dossier.web.citizen.CitizenTesting.birthForm;
import static vn.civic.dossier.web.citizen.CitizenTesting.filing;
import static vn.civic.dossier.web.citizen.CitizenTesting.hoanKiem;
import static vn.civic.dossier.web.citizen.CitizenTesting.pdf;
import static vn.civic.dossier.web.citizen.CitizenTesting.signedIn;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.civic.dossier.DossierQueries;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.security.Privilege;
import vn.civic.test.CivicTest;
import vn.civic.test.TestActors;

/** Filing online through the page: pre-filled, checked field by field and file by file, once per key, then form 01. */
@CivicTest
class CitizenFilingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Autowired
    DossierQueries queries;

    Document page(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return CitizenTesting.page(mvc, request);
    }

    long myDossierCount(String username) {
        return CitizenTesting.as(
                accounts, username, () -> queries.myDossiers(0, 1).getTotalElements());
    }

    @Test
    void filingPageShowsTheTermsTheAgencyAndWhatThePlatformAlreadyKnowsAsPrefilled() throws Exception {
        Document page = page(get("/dossiers/new").param("procedure", BIRTH).with(signedIn(accounts, BINH)));
        assertThat(page.select("h1").text()).contains("Đăng ký khai sinh");
        assertThat(page.select("#procedure-terms").text())
                .contains("1 ngày làm việc")
                .contains("8.000 đồng");
        assertThat(page.select("#agencyId option").eachText()).contains("Ủy ban nhân dân Phường Hoàn Kiếm");
        assertThat(page.select("input[name=f.applicantName]").val()).isEqualTo("Trần Thị Bình");
        assertThat(page.select("input[name=f.applicantId]").val()).isEqualTo(BINH);
        assertThat(page.select("[id$=-prefilled]").eachAttr("id"))
                .anySatisfy(id -> assertThat(id).contains("applicantName"))
                .anySatisfy(id -> assertThat(id).contains("applicantPhone"))
                .noneSatisfy(id -> assertThat(id).contains("childName"));
        assertThat(page.select("input[name=idempotencyKey]").val()).isNotBlank();
        assertThat(page.select("label[for=document-GCS]").text()).contains("(bắt buộc)");
        assertThat(page.select("#document-GCS-hint").text())
                .contains("PDF, JPEG hoặc PNG")
                .contains("10 MB");
        assertThat(page.select("button#save-draft").hasAttr("formnovalidate")).isTrue();
    }

    @Test
    void anonymousVisitorIsSentToSignInAndStaffWithoutSelfServiceCannotFile() throws Exception {
        String location = mvc.perform(get("/dossiers/new").param("procedure", BIRTH))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).contains("/login");
        var clerk = TestActors.as(
                TestActors.staff(hoanKiem(org), "000.01.31.H26"),
                Privilege.DOSSIER_RECEIVE,
                Privilege.WORKSPACE_ACCESS);
        mvc.perform(get("/dossiers/new").param("procedure", BIRTH).with(clerk)).andExpect(status().isForbidden());
        mvc.perform(filing(birthForm(org), hoanKiem(org), UUID.randomUUID().toString(), pdf("TK", "tk.pdf"))
                        .with(clerk))
                .andExpect(status().isForbidden());
    }

    @Test
    void submittingTwiceWithTheSameKeyFilesOneDossierAndShowsItsReceipt() throws Exception {
        long before = myDossierCount(BINH);
        String key = UUID.randomUUID().toString();
        String first = submit(key);
        String second = submit(key);
        assertThat(second).isEqualTo(first).startsWith("/my/dossiers/").endsWith("/receipt");
        assertThat(myDossierCount(BINH)).isEqualTo(before + 1);

        String code = first.substring("/my/dossiers/".length(), first.length() - "/receipt".length());
        Document receipt = page(get(first).with(signedIn(accounts, BINH)));
        assertThat(receipt.select(".dossier-code").text()).isEqualTo(code);
        assertThat(receipt.select(".appointment").text()).matches(".*\\d{2}/\\d{2}/\\d{4}.*");
        assertThat(receipt.select("#receipt-notice").text()).contains(code);

        MockHttpServletResponse pdf = mvc.perform(get(first + ".pdf").with(signedIn(accounts, BINH)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains(code);
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains(code)
                    .contains("Trần Thị Bình")
                    .contains("Đăng ký khai sinh");
        }
    }

    private String submit(String key) throws Exception {
        return mvc.perform(filing(
                                birthForm(org),
                                hoanKiem(org),
                                key,
                                pdf("TK", "to-khai.pdf"),
                                pdf("GCS", "giay-chung-sinh.pdf"))
                        .with(signedIn(accounts, BINH)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    @Test
    void wrongValuesAreMarkedAndTheChosenFilesAreNamedToBeChosenAgain() throws Exception {
        long before = myDossierCount(BINH);
        Map<String, String> form = birthForm(org);
        form.put("f.childName", "");
        form.put("f.applicantPhone", "12ab");
        Document page = page(filing(form, hoanKiem(org), UUID.randomUUID().toString(), pdf("TK", "to-khai.pdf"))
                .with(signedIn(accounts, BINH)));
        assertThat(page.select("#filing-errors").text()).contains("Hồ sơ chưa được gửi");
        assertThat(page.select("input[name=f.childName]").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("input[name=f.applicantPhone]").attr("aria-invalid"))
                .isEqualTo("true");
        assertThat(page.select("input[name=f.applicantPhone]").val()).isEqualTo("12ab");
        // the missing mandatory document is marked, the chosen file is named to be chosen again
        assertThat(page.select("#document-GCS").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#document-GCS-error").text()).contains("Thiếu thành phần hồ sơ bắt buộc");
        assertThat(page.select("#document-TK-error").text())
                .contains("to-khai.pdf")
                .contains("chọn lại");
        assertThat(page.select("#document-TK").attr("aria-describedby")).contains("document-TK-error");
        // the same key is kept for the next try
        assertThat(myDossierCount(BINH)).isEqualTo(before);
    }

    @Test
    void disguisedAndOversizedFilesAreRefusedByNameOnTheirInputs() throws Exception {
        long before = myDossierCount(BINH);
        byte[] big = Arrays.copyOf(CitizenTesting.PDF, 10 * 1024 * 1024 + 1);
        Document page = page(filing(
                        birthForm(org),
                        hoanKiem(org),
                        UUID.randomUUID().toString(),
                        new MockMultipartFile("document.TK", "anh-chup.pdf", "application/pdf", CitizenTesting.PNG),
                        new MockMultipartFile("document.GCS", "giay-chung-sinh.pdf", "application/pdf", big),
                        new MockMultipartFile("document.GTTT", "ghi-chu.pdf", "application/pdf", "hello".getBytes()))
                .with(signedIn(accounts, BINH)));
        assertThat(page.select("#document-TK").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#document-TK-error").text())
                .contains("anh-chup.pdf")
                .contains("Nội dung tệp không khớp");
        assertThat(page.select("#document-GCS-error").text())
                .contains("giay-chung-sinh.pdf")
                .contains("vượt quá dung lượng cho phép (10 MB)");
        assertThat(page.select("#document-GTTT-error").text())
                .contains("ghi-chu.pdf")
                .contains("Chỉ chấp nhận tệp PDF, JPEG hoặc PNG");
        assertThat(myDossierCount(BINH)).isEqualTo(before);
    }

    @Test
    void missingAgencyIsMarkedWithTheFormsOwnErrors() throws Exception {
        Map<String, String> form = birthForm(org);
        form.remove("f.motherName");
        var request = multipart("/dossiers/new")
                .param("procedure", BIRTH)
                .param("action", "submit")
                .param("idempotencyKey", "k-" + UUID.randomUUID());
        form.forEach(request::param);
        Document page = page(request.with(csrf()).with(signedIn(accounts, BINH)));
        assertThat(page.select("#agencyId").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#agencyId-error").text()).contains("chọn cơ quan tiếp nhận");
        assertThat(page.select("input[name=f.motherName]").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void aSavedDraftIsResumedWithItsTimeAndTheFilesToChooseAgain() throws Exception {
        String citizen = "031302001234";
        var request = multipart("/dossiers/new")
                .file(pdf("TK", "to-khai.pdf"))
                .param("procedure", BIRTH)
                .param("action", "draft")
                .param("f.childName", "Lê Gia Hân");
        var saved = mvc.perform(request.with(csrf()).with(signedIn(accounts, citizen)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(saved.getFlashMap().get("filesNotKept")).isEqualTo(java.util.List.of("to-khai.pdf"));
        Document page = page(get("/dossiers/new").param("procedure", BIRTH).with(signedIn(accounts, citizen)));
        assertThat(page.select("#draft-resumed").text()).startsWith("Đang tiếp tục bản nháp đã lưu lúc");
        assertThat(page.select("input[name=f.childName]").val()).isEqualTo("Lê Gia Hân");
    }
}
