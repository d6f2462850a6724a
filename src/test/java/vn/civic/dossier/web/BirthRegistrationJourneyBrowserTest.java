package vn.civic.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.TestClock;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/**
 * The whole one-stop journey of a birth registration in a real browser, on known working days: a citizen finds it
 * without diacritics, files it with what the platform knows pre-filled and a PDF attached, gets the receipt with its
 * due date, sees it in "Hồ sơ của tôi" and tracks it; the clerk accepts it, the officer asks for a supplement, the
 * citizen sends it three working days later, the officer processes it, the leader approves, the clerk returns the
 * result; the citizen's timeline shows every step, the due date has moved by the three days the clock stood still,
 * and the citizen rates the service.
 */
@BrowserTest
class BirthRegistrationJourneyBrowserTest {

    static final String CITIZEN = "001085012345";
    static final String PASSWORD = "Civic@2026";

    @Autowired
    TestClock clock;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void birthRegistrationFromSearchToReturnedResult(CivicBrowser browser, @TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("to-khai.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf.toFile());
        }
        // Tuesday 3 March 2026, a working day with no holiday before the following Monday
        at(3, 9, 0);
        browser.signIn(CITIZEN, PASSWORD);
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
        fields.put("f.childBirthDate", LocalDate.of(2026, 2, 24).toString());
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
        fields.forEach(browser::set);
        String ward = browser.findAll("select[name='f.applicantAddress.unit'] option").stream()
                .filter(o -> o.getText().contains("Hoàn Kiếm"))
                .findFirst()
                .orElseThrow()
                .getAttribute("value");
        browser.set("f.applicantAddress.unit", ward);
        browser.set("f.motherAddress.unit", ward);
        browser.find("#document-TK").sendKeys(pdf.toString());
        browser.find("#document-GCS").sendKeys(pdf.toString());
        browser.click(browser.find("#submit-dossier"));

        assertThat(browser.currentPath()).startsWith("/my/dossiers/").endsWith("/receipt");
        String code = browser.text(".dossier-code");
        assertThat(code).contains("-260303-");
        // one working day from the submission: the provisional appointment until the counter accepts it
        assertThat(browser.text(".appointment")).contains("04/03/2026");
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
        browser.signOut();

        // the clerk of the one-stop unit finds it in the inbox by code and accepts it at 09:30
        at(3, 9, 30);
        String dossier = staffOpens(browser, "vanthu.hoankiem", code);
        browser.click(browser.find("#accept-form button[type=submit]"));
        assertThat(browser.text("#notice")).contains("Đã tiếp nhận hồ sơ " + code);
        assertThat(browser.text("#dossier-status")).isEqualTo("Đang xử lý");
        assertThat(browser.text("#dossier-due")).isEqualTo("09:30 04/03/2026");
        browser.signOut();

        // the officer asks for the applicant's identity paper at 10:00
        at(3, 10, 0);
        staffOpens(browser, "chuyenvien.hoankiem", code);
        browser.find("#request-supplement-reason").sendKeys("Thiếu giấy tờ tùy thân của người đi đăng ký");
        browser.find("#request-supplement-form input[name=documents][value=GTTT]")
                .click();
        browser.click(browser.find("#request-supplement-form button[type=submit]"));
        assertThat(browser.text("#notice")).contains("Đã gửi yêu cầu bổ sung hồ sơ " + code);
        assertThat(browser.text("#dossier-status")).isEqualTo("Yêu cầu bổ sung");
        browser.signOut();

        // the citizen sends it on Friday at 10:00: three working days with the clock stopped
        at(6, 10, 0);
        browser.signIn(CITIZEN, PASSWORD);
        browser.open("/my/dossiers/" + code + "?lang=vi");
        assertThat(browser.text("#supplement")).contains("Thiếu giấy tờ tùy thân của người đi đăng ký");
        browser.assertAccessible();
        browser.find("#document-GTTT").sendKeys(pdf.toString());
        browser.click(browser.find("#send-supplement"));
        assertThat(browser.text("#action-done")).contains("Đã gửi hồ sơ bổ sung");
        assertThat(browser.text("#due-at")).isEqualTo("09:30 09/03/2026");
        browser.signOut();

        // the officer processes it, the leader approves it, the clerk returns the result
        at(6, 10, 30);
        staffOpens(browser, "chuyenvien.hoankiem", code);
        assertThat(browser.text("#dossier-due")).isEqualTo("09:30 09/03/2026");
        browser.find("#forward-note").sendKeys("Đủ điều kiện đăng ký khai sinh");
        browser.click(browser.find("#forward-form button[type=submit]"));
        assertThat(browser.text("#notice")).contains("Đã chuyển tiếp hồ sơ " + code);
        browser.signOut();

        at(6, 11, 0);
        staffOpens(browser, "lanhdao.hoankiem", code);
        browser.click(browser.find("#approve-form button[type=submit]"));
        assertThat(browser.text("#notice")).contains("Đã phê duyệt hồ sơ " + code);
        browser.signOut();

        at(6, 14, 0);
        staffOpens(browser, "vanthu.hoankiem", code);
        browser.find("#return-result-files").sendKeys(pdf.toString());
        browser.click(browser.find("#return-result-form button[type=submit]"));
        assertThat(browser.text("#notice")).contains("Đã trả kết quả hồ sơ " + code);
        assertThat(browser.text("#dossier-status")).isEqualTo("Đã trả kết quả");
        // finished on Friday, before Monday's appointment
        assertThat(browser.text("#dossier-summary")).contains("Trước hạn");
        browser.open(dossier + "/control-slip?lang=vi");
        assertThat(browser.text("main")).contains(code);
        browser.signOut();

        // the citizen reads the whole story, downloads the result and rates the service
        at(6, 15, 0);
        browser.signIn(CITIZEN, PASSWORD);
        browser.open("/my/dossiers/" + code + "?lang=vi");
        assertThat(browser.text(".dossier-status")).contains("Đã trả kết quả");
        assertThat(browser.text("#due-at")).isEqualTo("09:30 09/03/2026");
        String timeline = browser.text("#timeline");
        assertThat(timeline)
                .contains("Nộp hồ sơ")
                .contains("Tiếp nhận hồ sơ")
                .contains("Yêu cầu bổ sung hồ sơ")
                .contains("Lý do yêu cầu bổ sung: Thiếu giấy tờ tùy thân của người đi đăng ký")
                .contains("Công dân bổ sung hồ sơ")
                .contains("Hoàn thành bước xử lý")
                .contains("Phê duyệt")
                .contains("Trả kết quả")
                .contains("10:00 06/03/2026");
        // the signed electronic result issued at the approval (decision 0019), and the file the clerk returned
        assertThat(browser.findAll("#result-files li")).hasSize(2);
        assertThat(browser.text("#result-files")).contains("Kết quả điện tử (đã ký số)");
        browser.find("#rating input[name=score][value='5']").click();
        browser.click(browser.find("#send-rating"));
        assertThat(browser.text("#action-done")).isEqualTo("Cảm ơn bạn đã đánh giá.");
        browser.assertAccessible();
    }

    /** Signs a demo official in, finds the dossier in the inbox by its code and opens it; answers its path. */
    private static String staffOpens(CivicBrowser browser, String username, String code) {
        browser.signIn(username, PASSWORD);
        browser.open("/work/dossiers?lang=vi");
        browser.find("#q").sendKeys(code);
        browser.click(browser.find("#inbox-filter button[type=submit]"));
        browser.click(browser.find("#inbox a[href^='/work/dossiers/']"));
        return browser.currentPath().replaceFirst("\\?.*", "");
    }

    private void at(int dayOfMarch, int hour, int minute) {
        clock.travelTo(LocalDateTime.of(2026, 3, dayOfMarch, hour, minute).atZone(CivicTime.ZONE));
    }
}
