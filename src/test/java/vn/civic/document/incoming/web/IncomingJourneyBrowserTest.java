package vn.civic.document.incoming.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.civic.identity.AccountDirectory;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.TestClock;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/**
 * Incoming documents as the ward's staff live them: the clerk registers an uploaded letter, the leader assigns it to a
 * lead handler and a co-handler, both finish their part, and the document shows closed.
 */
@BrowserTest
class IncomingJourneyBrowserTest {

    static final String PASSWORD = "Civic@2026";
    static final byte[] PDF = "%PDF-1.4\n%test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    @Autowired
    AccountDirectory accounts;

    @Autowired
    TestClock clock;

    @Test
    void aLetterIsRegisteredAssignedHandledAndClosed(CivicBrowser browser, @TempDir Path dir) throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(CivicTime.ZONE));
        String symbol = ThreadLocalRandom.current().nextInt(100, 100_000) + "/UBND-VHXH";
        Path letter = Files.write(dir.resolve("cong-van-den.pdf"), PDF);

        // the clerk registers the uploaded letter; a missing summary comes back marked first
        browser.signIn("vanthu.hoankiem", PASSWORD);
        browser.open("/work/documents/incoming/new?lang=vi");
        browser.find("#files").sendKeys(letter.toString());
        browser.find("#author").sendKeys("Ủy ban nhân dân phường Cửa Nam");
        browser.find("#numberSymbol").sendKeys(symbol);
        browser.set("documentDate", today.toString());
        browser.set("summary", "");
        browser.script("document.getElementById('summary').removeAttribute('required');"
                + "document.getElementById('files').removeAttribute('required');");
        browser.click(browser.find("#register-submit"));
        assertThat(browser.text("#summary-error")).isEqualTo("Trường này là bắt buộc.");
        browser.assertAccessible();

        browser.find("#files").sendKeys(letter.toString());
        browser.find("#summary").sendKeys("Về việc phối hợp tổ chức lễ hội văn hóa phố cổ");
        browser.click(browser.find("#register-submit"));
        assertThat(browser.text("#notice")).isEqualTo("Đã vào sổ văn bản đến.");
        assertThat(browser.text("#document-status")).contains("Chờ phân công");
        assertThat(browser.text("#document-number")).endsWith("/" + today.getYear());
        assertThat(browser.text("#files")).contains("cong-van-den.pdf");
        String page = browser.currentPath();
        browser.signOut();

        // the leader assigns it to a lead handler and a co-handler
        long lead = accounts.findByUsername("chuyenvien.hoankiem").orElseThrow().id();
        long coHandler =
                accounts.findByUsername("chuyenvien2.hoankiem").orElseThrow().id();
        browser.signIn("lanhdao.hoankiem", PASSWORD);
        browser.open(page);
        browser.find("#assign-instruction").sendKeys("Giao đồng chí Minh chủ trì, đồng chí Ánh phối hợp.");
        browser.set("deadline", today.plusDays(5).toString());
        browser.set("leadAccountId", Long.toString(lead));
        browser.find("#assign-co-" + coHandler).click();
        browser.assertAccessible();
        browser.click(browser.find("#assign-submit"));
        assertThat(browser.text("#notice")).isEqualTo("Đã phân công xử lý.");
        assertThat(browser.text("#document-status")).contains("Đang xử lý");
        assertThat(browser.text("#assignments")).contains("Trần Văn Minh").contains("Đinh Thị Ngọc Ánh");
        browser.signOut();

        // the co-handler finishes first, then the lead handler: the document is closed
        browser.signIn("chuyenvien2.hoankiem", PASSWORD);
        browser.open(page);
        browser.find("#opinion-content").sendKeys("Đã liên hệ ban tổ chức lễ hội.");
        browser.click(browser.find("#opinion-submit"));
        browser.click(browser.find("#finish-submit"));
        assertThat(browser.text("#notice")).isEqualTo("Đã ghi nhận hoàn thành phần việc.");
        assertThat(browser.text("#document-status")).contains("Đang xử lý");
        browser.signOut();

        browser.signIn("chuyenvien.hoankiem", PASSWORD);
        browser.open("/work/documents/incoming?tab=MINE");
        browser.click(browser.find("#incoming-list a[href='" + page + "']"));
        browser.click(browser.find("#finish-submit"));
        assertThat(browser.text("#document-status")).contains("Đã hoàn thành");
        assertThat(browser.text("#opinions")).contains("Đã liên hệ ban tổ chức lễ hội.");
        assertThat(browser.text("#timeline")).contains("Kết thúc xử lý văn bản");
        assertThat(browser.findAll("#finish-form")).isEmpty();
        browser.assertAccessible();
    }
}
