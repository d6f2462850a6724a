package vn.civic.document.outgoing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.civic.document.outgoing.OutgoingTesting.CLERK;
import static vn.civic.document.outgoing.OutgoingTesting.DRAFTER;
import static vn.civic.document.outgoing.OutgoingTesting.LEADER;
import static vn.civic.document.outgoing.OutgoingTesting.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.outbox.OutboxDispatcher;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/**
 * Issue 5's outgoing document, as the staff live it: the drafter writes a decision with its PDF, the clerk asked for
 * an opinion agrees, the leader approves and signs, the clerk issues it; the page shows its number and two valid
 * signatures. The second agency (Phường Hồng Bàng, served by the test exchange peer over HTTP) receives it as a signed
 * edXML package, its clerk registers it, and the sender sees the status "accepted" (03).
 */
@BrowserTest
class OutgoingJourneyBrowserTest {

    static final String PASSWORD = "Civic@2026";

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    static final String SECOND_CLERK = "vanthu.hongbang";

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    OutboxDispatcher dispatcher;

    @Test
    void aDraftIsConsultedApprovedSignedIssuedAndAcceptedByTheSecondAgency(CivicBrowser browser, @TempDir Path dir)
            throws Exception {
        Path file =
                Files.write(dir.resolve("du-thao-quyet-dinh.pdf"), pdf("Quyết định về việc thử nghiệm trình duyệt"));
        String summary = "Quyết định thử nghiệm trên trình duyệt " + System.nanoTime();
        long hongBang =
                org.findAgencyByCode(DemoAgencies.HONG_BANG).orElseThrow().id();
        long clerk = accounts.findByUsername(CLERK).orElseThrow().id();

        // the drafter writes the draft, names a recipient and asks the clerk's opinion
        browser.signIn(DRAFTER, PASSWORD);
        browser.open("/work/documents/outgoing/new?lang=vi");
        new Select(browser.find("#typeCode")).selectByValue("QD");
        browser.find("#summary").sendKeys(summary);
        browser.find("#mainFile").sendKeys(file.toString());
        browser.assertAccessible();
        browser.click(browser.find("#create-draft"));
        String page = browser.currentPath();
        assertThat(page).matches("/work/documents/outgoing/\\d+");
        assertThat(browser.text("h1")).isEqualTo(summary);
        new Select(browser.find("#recipient-agency")).selectByValue(Long.toString(hongBang));
        browser.click(browser.find("#add-platform-recipient"));
        new Select(browser.find("#consult-people")).selectByValue(Long.toString(clerk));
        browser.click(browser.find("#consult"));
        assertThat(browser.text("#status")).isEqualTo("Đang xin ý kiến");
        browser.signOut();

        // the clerk agrees
        browser.signIn(CLERK, PASSWORD);
        browser.open(page);
        browser.find("#answer-AGREE").click();
        browser.find("#answer-comment").sendKeys("Nhất trí với dự thảo");
        browser.click(browser.find("#send-answer"));
        assertThat(browser.text("#consultations")).contains("Đồng ý").contains("Nhất trí với dự thảo");
        browser.signOut();

        // the drafter submits; the leader approves and signs
        browser.signIn(DRAFTER, PASSWORD);
        browser.open(page);
        browser.click(browser.find("#submit"));
        assertThat(browser.text("#status")).isEqualTo("Chờ phê duyệt");
        browser.signOut();
        browser.signIn(LEADER, PASSWORD);
        browser.open(page);
        browser.click(browser.find("#approve"));
        assertThat(browser.text("#status")).isEqualTo("Đã duyệt, chờ ban hành");
        browser.signOut();

        // the clerk issues: the number, the date and two valid signatures
        browser.signIn(CLERK, PASSWORD);
        browser.open(page);
        browser.click(browser.find("#issue"));
        assertThat(browser.text("#notice")).isEqualTo("Đã ban hành văn bản.");
        assertThat(browser.text("#number-symbol")).matches("\\d{2,}/QĐ-UBND");
        assertThat(browser.text("#signatures-verdict")).isEqualTo("Tất cả chữ ký số hợp lệ.");
        assertThat(browser.findAll("#signatures li.signature[data-valid=true]")).hasSize(2);
        assertThat(browser.text("#signatures"))
                .contains(accounts.findByUsername(LEADER).orElseThrow().fullName());
        assertThat(browser.text("#recipients"))
                .contains(org.findAgency(hongBang).orElseThrow().name());
        browser.assertAccessible();
        String numberSymbol = browser.text("#number-symbol");
        browser.signOut();

        // Hồng Bàng's clerk finds it among the documents awaiting registration, with the sender's number, and registers
        // it
        browser.signIn(SECOND_CLERK, PASSWORD);
        awaitOnPage(browser, "/work/documents/incoming?tab=RECEIVED", "#incoming-list", summary);
        assertThat(browser.text("#incoming-list")).contains(numberSymbol);
        browser.click(browser.driver().findElement(By.linkText(summary)));
        browser.click(browser.find("#register-received"));
        assertThat(browser.find("#numberSymbol").getAttribute("value")).isEqualTo(numberSymbol);
        browser.click(browser.find("#register-submit"));
        assertThat(browser.text("#document-status")).isEqualTo("Chờ phân công");
        assertThat(browser.text("#document-number")).matches("\\d+/\\d{4}");
        browser.signOut();

        // the sender sees the answer: accepted
        browser.signIn(CLERK, PASSWORD);
        String recipientRow = "#recipients tr[data-code='" + DemoAgencies.HONG_BANG + "']";
        awaitOnPage(browser, page, recipientRow, "Đã tiếp nhận");
    }

    /** Opens the page until the element holds the text, delivering the exchange's due messages meanwhile. */
    void awaitOnPage(CivicBrowser browser, String path, String css, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String seen = "";
        while (System.nanoTime() < deadline) {
            dispatcher.dispatchDue();
            browser.open(path);
            List<WebElement> found = browser.findAll(css);
            seen = found.isEmpty() ? "" : found.getFirst().getText();
            if (seen.contains(expected)) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError(css + " on " + path + " did not show \"" + expected + "\" in " + WAIT + ": " + seen);
    }
}
