package vn.civic.dossier.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/**
 * The linked procedure 2.000986 (birth registration, permanent residence and health-insurance card for a child under
 * 6) passes through three agencies' steps in one dossier: received at the counter of Phường Hoàn Kiếm, processed and
 * approved there, then at the ward police, then at the city's social insurance, and returned by the ward's counter;
 * each agency finds it in its inbox only when it is at its step, and the history and the citizen's page name all
 * three.
 */
@BrowserTest
class LinkedProcedureBrowserTest {

    static final String PASSWORD = "Civic@2026";
    static final String PROCEDURE = "2.000986";
    static final String CITIZEN = "001085012345";

    static final String WARD = "Ủy ban nhân dân Phường Hoàn Kiếm";
    static final String POLICE = "Công an phường Hoàn Kiếm";
    static final String SOCIAL_INSURANCE = "Bảo hiểm xã hội thành phố Hà Nội";

    @Test
    void linkedProcedurePassesThroughThreeAgenciesStepsInOneDossier(CivicBrowser browser, @TempDir Path dir)
            throws IOException {
        Path certificate = dir.resolve("giay-khai-sinh.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(certificate.toFile());
        }

        // the clerk of Phường Hoàn Kiếm receives the linked dossier at the counter for the citizen
        browser.signIn("vanthu.hoankiem", PASSWORD);
        browser.open("/work/dossiers/new?q=" + PROCEDURE + "&lang=vi");
        browser.click(browser.find("#procedures a[href$='procedure=" + PROCEDURE + "']"));
        type(browser, "#applicant-idNumber", CITIZEN);
        browser.click(browser.find("#counter-form button[name=_lookup]"));
        assertThat(browser.find("#applicant-name").getAttribute("value")).isEqualTo("Nguyễn Văn An");
        fillForm(browser);
        for (String document : List.of("TK", "GCS", "CT01", "TK1TS")) {
            browser.find("#paper-" + document).click();
        }
        browser.click(browser.find("#counter-form button[type=submit]:not([name])"));
        assertThat(browser.currentPath()).matches("/work/dossiers/\\d+/receipt");
        assertThat(browser.text("#notice")).contains("Đã tiếp nhận hồ sơ");
        String receipt = browser.currentPath();
        String dossierPath = receipt.substring(0, receipt.length() - "/receipt".length());
        browser.open(dossierPath);
        String code = browser.text(".breadcrumb li[aria-current=page]");
        assertThat(browser.text("#dossier-step")).isEqualTo("Đăng ký khai sinh, ghi Sổ hộ tịch (" + WARD + ")");
        browser.signOut();

        // the ward's officer registers the birth and its leader signs the birth certificate
        browser.signIn("chuyenvien.hoankiem", PASSWORD);
        browser.open(dossierPath);
        type(browser, "#forward-note", "Đã ghi Sổ hộ tịch");
        browser.click(browser.find("#forward-form button[type=submit]"));
        assertThat(browser.text("#notice")).contains("Đã chuyển tiếp hồ sơ " + code);
        assertThat(browser.text("#dossier-step"))
                .isEqualTo("Chủ tịch hoặc Phó Chủ tịch ký Giấy khai sinh (" + WARD + ")");
        browser.signOut();

        browser.signIn("lanhdao.hoankiem", PASSWORD);
        browser.open(dossierPath);
        browser.click(browser.find("#approve-form button[type=submit]"));
        assertThat(browser.text("#notice")).contains("Đã phê duyệt hồ sơ " + code);
        assertThat(browser.text("#dossier-status")).isEqualTo("Đang xử lý");
        assertThat(browser.text("#dossier-step")).isEqualTo("Đăng ký thường trú cho trẻ (" + POLICE + ")");
        assertThat(browser.findAll("#actions"))
                .as("the ward can no longer act on it")
                .isEmpty();
        browser.signOut();

        // the social insurance, whose step is not reached yet, neither lists nor opens the dossier
        browser.signIn("bhxh.hanoi", PASSWORD);
        browser.open("/work/dossiers");
        assertThat(browser.findAll("#inbox tr[data-code='" + code + "']")).isEmpty();
        browser.open(dossierPath);
        assertThat(browser.text("main h1")).isEqualTo("Lỗi 404");
        assertThat(browser.text("main .lead")).isEqualTo("Không tìm thấy trang hoặc dữ liệu bạn yêu cầu.");
        browser.signOut();

        // the ward police finds it in its inbox, registers the residence and its head approves
        browser.signIn("congan.hoankiem", PASSWORD);
        browser.open("/work/dossiers");
        WebElement atPolice = browser.find("#inbox tr[data-code='" + code + "']");
        assertThat(atPolice.getText()).contains("Nguyễn Văn An").contains("Đăng ký thường trú cho trẻ");
        browser.assertAccessible();
        browser.click(atPolice.findElement(By.cssSelector("a")));
        assertThat(browser.currentPath()).isEqualTo(dossierPath);
        type(browser, "#forward-note", "Đã đăng ký thường trú");
        browser.click(browser.find("#forward-form button[type=submit]"));
        assertThat(browser.text("#notice")).contains("Đã chuyển tiếp hồ sơ " + code);
        assertThat(browser.text("#dossier-step"))
                .isEqualTo("Trưởng Công an phường phê duyệt đăng ký thường trú (" + POLICE + ")");
        browser.click(browser.find("#approve-form button[type=submit]"));
        assertThat(browser.text("#notice")).contains("Đã phê duyệt hồ sơ " + code);
        assertThat(browser.text("#dossier-step")).isEqualTo("Cấp thẻ bảo hiểm y tế cho trẻ (" + SOCIAL_INSURANCE + ")");
        browser.signOut();

        // the city's social insurance now finds it and issues the health-insurance card
        browser.signIn("bhxh.hanoi", PASSWORD);
        browser.open("/work/dossiers");
        WebElement atSocialInsurance = browser.find("#inbox tr[data-code='" + code + "']");
        assertThat(atSocialInsurance.getText()).contains("Cấp thẻ bảo hiểm y tế cho trẻ");
        browser.click(atSocialInsurance.findElement(By.cssSelector("a")));
        browser.assertAccessible();
        browser.click(browser.find("#forward-form button[type=submit]"));
        assertThat(browser.text("#notice")).contains("Đã chuyển tiếp hồ sơ " + code);
        assertThat(browser.text("#dossier-status")).isEqualTo("Đã xử lý xong");
        assertThat(browser.text("#dossier-step")).isEqualTo("Trả kết quả (" + WARD + ")");
        browser.signOut();

        // back at the ward's counter, the clerk returns the result with the birth certificate
        browser.signIn("vanthu.hoankiem", PASSWORD);
        browser.open("/work/dossiers");
        type(browser, "#q", code); // the counter's inbox is long: the clerk looks the dossier up by its code
        browser.click(browser.find("#inbox-filter button[type=submit]"));
        assertThat(browser.text("#inbox-count")).isEqualTo("Có 1 hồ sơ.");
        assertThat(browser.text("#inbox tr[data-code='" + code + "']")).contains("Đã xử lý xong");
        browser.click(browser.find("#inbox tr[data-code='" + code + "'] a"));
        browser.find("#return-result-files").sendKeys(certificate.toString());
        browser.click(browser.find("#return-result-form button[type=submit]"));
        assertThat(browser.text("#notice")).contains("Đã trả kết quả hồ sơ " + code);
        assertThat(browser.text("#dossier-status")).isEqualTo("Đã trả kết quả");
        assertThat(browser.findAll("#dossier-step")).isEmpty();
        assertThat(browser.text("#attachments")).contains("giay-khai-sinh.pdf").contains("Giấy khai sinh");
        List<WebElement> history = browser.findAll("#history tr[data-action]");
        assertThat(history)
                .extracting(
                        row -> row.getAttribute("data-action"),
                        row -> row.findElements(By.tagName("td")).get(2).getText())
                .filteredOn(entry -> List.of("forwarded", "approved", "returned")
                        .contains(entry.toList().get(0)))
                .containsExactly(
                        tuple("forwarded", WARD),
                        tuple("approved", WARD),
                        tuple("forwarded", POLICE),
                        tuple("approved", POLICE),
                        tuple("forwarded", SOCIAL_INSURANCE),
                        tuple("returned", WARD));
        browser.signOut();

        // the citizen, linked to the dossier by the personal ID number, sees the three agencies' steps
        browser.signIn(CITIZEN, PASSWORD);
        browser.open("/my/dossiers/" + code);
        assertThat(browser.text(".dossier-status")).contains("Đã trả kết quả");
        assertThat(browser.findAll("#steps li"))
                .extracting(WebElement::getText)
                .satisfiesExactly(
                        step -> assertThat(step).startsWith("Tiếp nhận hồ sơ liên thông – " + WARD),
                        step -> assertThat(step).startsWith("Đăng ký khai sinh, ghi Sổ hộ tịch – " + WARD),
                        step -> assertThat(step).startsWith("Chủ tịch hoặc Phó Chủ tịch ký Giấy khai sinh – " + WARD),
                        step -> assertThat(step).startsWith("Đăng ký thường trú cho trẻ – " + POLICE),
                        step -> assertThat(step)
                                .startsWith("Trưởng Công an phường phê duyệt đăng ký thường trú – " + POLICE),
                        step -> assertThat(step).startsWith("Cấp thẻ bảo hiểm y tế cho trẻ – " + SOCIAL_INSURANCE),
                        step -> assertThat(step).startsWith("Trả kết quả – " + WARD));
        assertThat(browser.text("#timeline")).contains(WARD).contains(POLICE).contains(SOCIAL_INSURANCE);
    }

    /** The e-form beyond what the look-up filled from the citizen's account, addresses in Phường Hoàn Kiếm. */
    private static void fillForm(CivicBrowser browser) {
        assertThat(browser.find("input[name='f.applicantId']").getAttribute("value"))
                .isEqualTo(CITIZEN);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("f.applicantBirthDate", "1985-03-02");
        fields.put("f.relationship", "FATHER");
        fields.put("f.childName", "Nguyễn Minh Khôi");
        fields.put(
                "f.childBirthDate", LocalDate.now(CivicTime.ZONE).minusDays(10).toString());
        fields.put("f.childGender", "MALE");
        fields.put("f.childBirthPlace", "Bệnh viện Phụ sản Hà Nội");
        fields.put("f.childEthnicity", "Kinh");
        fields.put("f.motherName", "Trần Thị Bình");
        fields.put("f.motherBirthDate", "1990-04-12");
        fields.put("f.motherId", "001190004321");
        fields.put("f.motherEthnicity", "Kinh");
        fields.put("f.motherNationality", "Việt Nam");
        fields.put("f.householdHead", "Nguyễn Văn An");
        fields.put("f.healthFacility", "Bệnh viện Đa khoa Xanh Pôn");
        String ward = browser.findAll("select[name='f.applicantAddress.unit'] option").stream()
                .filter(o -> o.getText().equals("Phường Hoàn Kiếm"))
                .findFirst()
                .orElseThrow()
                .getAttribute("value");
        for (String address : List.of("f.applicantAddress", "f.motherAddress", "f.residenceAddress")) {
            fields.put(address + ".unit", ward);
            fields.put(address + ".street", "5 Hàng Bạc");
        }
        fields.forEach(browser::set);
    }

    private static void type(CivicBrowser browser, String css, String text) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(text);
    }
}
