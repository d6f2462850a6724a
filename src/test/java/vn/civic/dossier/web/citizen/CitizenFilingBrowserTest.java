package vn.civic.dossier.web.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/**
 * A citizen in a real browser finds the birth registration without diacritics, files it with what the platform knows
 * pre-filled and a PDF attached, gets the receipt with its due date, sees it in "Hồ sơ của tôi" and tracks it.
 */
@BrowserTest
class CitizenFilingBrowserTest {

    static final String CITIZEN = "001085012345";

    /** Sets a field by name like a person would pick or type it: a radio button, a select or a text input. */
    static final String SET = """
            for (const e of document.getElementsByName(arguments[0])) {
              if (e.type === 'radio') { e.checked = e.value === arguments[1]; } else { e.value = arguments[1]; }
            }""";

    @Test
    void citizenFilesBirthRegistrationOnlineGetsTheReceiptAndTracksIt(CivicBrowser browser, @TempDir Path dir)
            throws IOException {
        Path pdf = dir.resolve("to-khai.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf.toFile());
        }
        browser.signIn(CITIZEN, "Civic@2026");
        browser.open("/procedures?lang=vi");
        browser.find("#q").sendKeys("dang ky khai sinh");
        browser.click(browser.find("main form button[type=submit]"));
        browser.click(browser.find("#procedures li[data-code='1.001193'] a"));
        browser.click(browser.find("#file-online"));

        assertThat(browser.currentPath()).isEqualTo("/dossiers/new?procedure=1.001193");
        assertThat(browser.find("input[name='f.applicantName']").getAttribute("value"))
                .isEqualTo("Nguyễn Văn An");
        assertThat(browser.find("[id$='-prefilled'][id*='applicantName']").getText())
                .isEqualTo("Đã điền sẵn từ dữ liệu của bạn");
        assertThat(browser.find("[id$='-prefilled'][id*='applicantId']").isDisplayed())
                .isTrue();
        browser.assertAccessible();
        browser.open("/dossiers/new?procedure=1.001193&lang=en");
        assertThat(browser.text("#submit-dossier")).isEqualTo("Submit dossier");
        browser.assertAccessible();
        browser.open("/dossiers/new?procedure=1.001193&lang=vi");

        String hoanKiem = browser.findAll("#agencyId option").stream()
                .filter(o -> o.getText().equals("Ủy ban nhân dân Phường Hoàn Kiếm"))
                .findFirst()
                .orElseThrow()
                .getAttribute("value");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("agencyId", hoanKiem);
        fields.put("f.applicantBirthDate", "1985-03-02");
        fields.put("f.relationship", "FATHER");
        fields.put("f.childName", "Nguyễn Bảo Anh");
        fields.put("f.childBirthDate", LocalDate.now().minusDays(7).toString());
        fields.put("f.childGender", "FEMALE");
        fields.put("f.childBirthPlace", "Bệnh viện Bạch Mai");
        fields.put("f.childEthnicity", "Kinh");
        fields.put("f.motherName", "Trần Thị Bình");
        fields.put("f.motherBirthDate", "1990-04-12");
        fields.put("f.motherId", "001190004321");
        fields.put("f.motherEthnicity", "Kinh");
        fields.put("f.motherNationality", "Việt Nam");
        fields.put("f.applicantAddress.street", "5 Hàng Bạc");
        fields.put("f.motherAddress.street", "5 Hàng Bạc");
        fields.forEach((name, value) -> browser.script(SET, name, value));
        String ward = browser.findAll("select[name='f.applicantAddress.unit'] option").stream()
                .filter(o -> o.getText().contains("Hoàn Kiếm"))
                .findFirst()
                .orElseThrow()
                .getAttribute("value");
        browser.script(SET, "f.applicantAddress.unit", ward);
        browser.script(SET, "f.motherAddress.unit", ward);
        browser.find("#document-TK").sendKeys(pdf.toString());
        browser.find("#document-GCS").sendKeys(pdf.toString());
        browser.click(browser.find("#submit-dossier"));

        assertThat(browser.currentPath()).startsWith("/my/dossiers/").endsWith("/receipt");
        String code = browser.text(".dossier-code");
        assertThat(browser.text(".appointment")).matches(".*\\d{2}/\\d{2}/\\d{4}.*");
        assertThat(browser.text("#receipt-notice")).contains(code).contains("Ngày hẹn trả kết quả");
        browser.assertAccessible();

        browser.click(browser.find(".site-nav a[href='/my/dossiers']"));
        assertThat(browser.text("#my-dossiers")).contains(code).contains("Mới đăng ký (mã 1)");
        browser.assertAccessible();
        browser.open("/my/dossiers/" + code);
        assertThat(browser.text("#timeline")).contains("Nộp hồ sơ");
        browser.assertAccessible();

        browser.open("/track?lang=vi");
        browser.find("#code").sendKeys(code);
        browser.find("#factor").sendKeys(CITIZEN.substring(8));
        browser.click(browser.find("#track-form button[type=submit]"));
        assertThat(browser.text("#track-result")).contains("Đăng ký khai sinh").contains("Mới đăng ký (mã 1)");
        browser.assertAccessible();
        browser.open("/track?lang=en");
        assertThat(browser.text("main h1")).isEqualTo("Track a dossier");
        browser.assertAccessible();
        Files.deleteIfExists(pdf);
    }
}
