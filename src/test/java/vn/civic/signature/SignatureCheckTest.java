package vn.civic.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.test.CivicTest;

/** The public signature check, as a page and as an API: open to anyone, refuses what is not a PDF or too large. */
@CivicTest
class SignatureCheckTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PdfSignatures signatures;

    @Autowired
    OrgDirectory org;

    @Autowired
    SignatureProperties properties;

    byte[] sealed() {
        return signatures.sign(
                SignatureFixtures.blankPdf(), SignerKeys.seal(DemoAgencies.HOAN_KIEM), "Đóng dấu", "Hà Nội");
    }

    String ward() {
        return org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().name();
    }

    Document page(byte[] content, String name) throws Exception {
        return Jsoup.parse(mvc.perform(multipart("/verify-signature")
                        .file(new MockMultipartFile("file", name, "application/pdf", content))
                        .with(csrf())
                        .header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    ResultActions api(byte[] content) throws Exception {
        return mvc.perform(multipart("/api/signatures/validations")
                .file(new MockMultipartFile("file", "ket-qua.pdf", "application/pdf", content)));
    }

    @Test
    void anyoneOpensThePage() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/verify-signature").header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("h1").text()).isEqualTo("Kiểm tra chữ ký số");
        assertThat(page.select("label[for=file]")).isNotEmpty();
    }

    @Test
    void aSealedPdfIsValidWithItsSigner() throws Exception {
        Document page = page(sealed(), "ket-qua.pdf");

        assertThat(page.select("#verdict").text()).contains("Chữ ký hợp lệ");
        assertThat(page.select("#signature-1 .signer").text()).isEqualTo(ward());
        assertThat(page.select("#signature-1 .integrity").text()).isEqualTo("Nội dung được ký không bị thay đổi");
        assertThat(page.select("#signature-1 table.chain td").text()).contains("Civic Demo Root CA");
    }

    @Test
    void oneByteChangedIsInvalidWithTheReason() throws Exception {
        Document page = page(PdfBytes.alterOneSignedByte(sealed()), "ket-qua.pdf");

        assertThat(page.select("#verdict").text()).contains("Chữ ký không hợp lệ");
        assertThat(page.select("#signature-1 .integrity").text())
                .isEqualTo("Nội dung đã bị thay đổi sau khi ký hoặc chữ ký bị hỏng");
    }

    @Test
    void anUnsignedPdfHasNoSignature() throws Exception {
        Document page = page(SignatureFixtures.blankPdf(), "chua-ky.pdf");

        assertThat(page.select("#verdict").text()).contains("Tệp không có chữ ký số");
    }

    @Test
    void aFileThatIsNoPdfIsMarkedOnItsField() throws Exception {
        Document page = page("<html>không phải PDF</html>".getBytes(), "trang.pdf");

        assertThat(page.select("#file").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#file-error").text()).isEqualTo("Tệp không phải là tài liệu PDF đọc được.");
        assertThat(page.select("#verdict")).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsMarkedOnItsField() throws Exception {
        byte[] large = new byte[(int) properties.maxUploadSize().toBytes() + 1];
        System.arraycopy(SignatureFixtures.blankPdf(), 0, large, 0, 8);

        Document page = page(large, "lon.pdf");

        assertThat(page.select("#file-error").text())
                .isEqualTo("Tệp lớn hơn " + properties.maxUploadSize().toMegabytes() + " MB.");
    }

    @Test
    void theApiAnswersTheReportToAnyone() throws Exception {
        api(sealed())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("VALID"))
                .andExpect(jsonPath("$.signatures[0].signerName").value(ward()))
                .andExpect(jsonPath("$.signatures[0].intact").value(true))
                .andExpect(jsonPath("$.signatures[0].trusted").value(true))
                .andExpect(jsonPath("$.signatures[0].chain[1].commonName").value("Civic Demo Root CA"));
        api(PdfBytes.alterOneSignedByte(sealed()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("INVALID"))
                .andExpect(jsonPath("$.signatures[0].intact").value(false));
    }

    @Test
    void theApiRefusesWhatIsNoPdfWithAProblem() throws Exception {
        api("hello".getBytes())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("signature_not_a_pdf"))
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/signatures/validations"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("signature_file_missing"));
    }
}
