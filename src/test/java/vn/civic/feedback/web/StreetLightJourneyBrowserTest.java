package vn.civic.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.civic.feedback.web.CitizenFeedbackTesting.AN;
import static vn.civic.feedback.web.CitizenFeedbackTesting.BINH;
import static vn.civic.feedback.web.CitizenFeedbackTesting.LIGHTING;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.civic.feedback.FeedbackReports;
import vn.civic.identity.AccountDirectory;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/**
 * Issue 6's "done when", the citizen's side, in Chromium: a citizen reports a broken street light with a photo by
 * pinning it on the map in Phường Hoàn Kiếm and sees it routed to that ward; a second citizen starting a report at the
 * same place is offered the first and follows it instead; the ward acknowledges and answers with a photo of the
 * repair (through the facade, as the ward's officer); the first citizen sees the published answer with its evidence
 * and rates it. The map's tiles do not load here (no network): the page says so and the pin still works.
 */
@BrowserTest
class StreetLightJourneyBrowserTest {

    static final String PASSWORD = "Civic@2026";

    @Autowired
    FeedbackReports reports;

    @Autowired
    AccountDirectory accounts;

    @Test
    void brokenStreetLightIsReportedRoutedFollowedAnsweredAndRated(CivicBrowser browser, @TempDir Path dir)
            throws IOException {
        Path photo = dir.resolve("den-hong.jpg");
        Files.write(photo, CitizenFeedbackTesting.jpeg(Color.DARK_GRAY));
        String description =
                "Đèn đường cột số 7 bờ hồ Hoàn Kiếm không sáng ba đêm nay (" + System.nanoTime() % 100000 + ")";

        browser.signIn(AN, PASSWORD);
        browser.open("/feedback");
        browser.assertAccessible();
        browser.click(browser.find("#report-button"));
        assertThat(browser.currentPath()).isEqualTo("/feedback/new");

        new Select(browser.find("#category")).selectByValue(LIGHTING);
        browser.find("#description").sendKeys(description);
        // the map opens on the centre of Hoàn Kiếm; a click there sets the pin and fills the coordinates
        waitFor(browser, () -> browser.find("#pin-map").isDisplayed());
        browser.find("#pin-map").click();
        waitFor(browser, () -> !browser.find("#latitude").getAttribute("value").isEmpty());
        double latitude = Double.parseDouble(browser.find("#latitude").getAttribute("value"));
        double longitude = Double.parseDouble(browser.find("#longitude").getAttribute("value"));
        assertThat(latitude).isBetween(21.02, 21.04);
        assertThat(longitude).isBetween(105.84, 105.86);
        assertThat(browser.find("#pin-map-notice").isDisplayed())
                .as("the notice that tiles did not load")
                .isTrue();
        // the organisation says which ward the pin is in, and the ward is chosen in the list too
        waitFor(browser, () -> !browser.findAll("#place").isEmpty());
        assertThat(browser.text("#place")).contains("Phường Hoàn Kiếm, Thành phố Hà Nội");
        assertThat(new Select(browser.find("#adminUnitId"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Phường Hoàn Kiếm");
        browser.find("#photos").sendKeys(photo.toString());
        browser.find("#street").sendKeys("Đinh Tiên Hoàng");
        browser.assertAccessible();
        browser.click(browser.find("#submit-report"));

        assertThat(browser.currentPath()).startsWith("/feedback/reports/PA-");
        String code = browser.currentPath().substring("/feedback/reports/".length());
        assertThat(browser.text("#report-submitted")).contains(code);
        assertThat(browser.text("#report-agency")).isEqualTo("Ủy ban nhân dân Phường Hoàn Kiếm");
        assertThat(browser.text("#report-status")).contains("Đã chuyển đơn vị xử lý");
        assertThat(browser.findAll("#report-photos img")).hasSize(1);
        browser.assertAccessible();
        browser.signOut();

        // a neighbour starts a report at the same place and is offered the first one
        browser.signIn(BINH, PASSWORD);
        browser.open("/feedback/new");
        new Select(browser.find("#category")).selectByValue(LIGHTING);
        browser.find("#latitude").sendKeys(String.valueOf(latitude));
        browser.find("#longitude").sendKeys(String.valueOf(longitude));
        browser.find("#street").click(); // leaving the field announces the change
        By offered = By.cssSelector("#similar-reports li[data-code='" + code + "'] button.follow-instead");
        waitFor(browser, () -> !browser.driver().findElements(offered).isEmpty());
        assertThat(browser.text("#similar")).contains("Có thể đã có người phản ánh sự việc này");
        browser.assertAccessible();
        browser.click(browser.driver().findElement(offered));
        assertThat(browser.currentPath()).isEqualTo("/feedback/reports/" + code);
        assertThat(browser.text("#report-followed")).contains(code);
        browser.signOut();

        // the ward acknowledges it and answers with a photo of the repair
        CitizenFeedbackTesting.acknowledgeAndAnswer(
                reports, accounts, code, "Đã thay bóng đèn và kiểm tra lại đường dây chiều nay.");

        browser.signIn(AN, PASSWORD);
        browser.open("/feedback/mine");
        assertThat(browser.text("#my-reports tr[data-code='" + code + "']")).contains("Chờ bạn đánh giá");
        browser.click(browser.find("#my-reports tr[data-code='" + code + "'] a"));
        assertThat(browser.text("#answer-text")).isEqualTo("Đã thay bóng đèn và kiểm tra lại đường dây chiều nay.");
        assertThat(browser.text("#answer-by")).contains("Ủy ban nhân dân Phường Hoàn Kiếm");
        assertThat(browser.findAll("#evidence-photos img")).hasSize(1);
        browser.assertAccessible();
        browser.find("#stars-5").click();
        browser.find("#comment").sendKeys("Sửa nhanh, cảm ơn phường.");
        browser.click(browser.find("#submit-rating"));
        assertThat(browser.text("#action-done")).contains("Cảm ơn bạn đã đánh giá");
        assertThat(browser.text("#report-rating")).isEqualTo("Người phản ánh đánh giá: 5/5");
        browser.assertAccessible();

        browser.open("/feedback/reports/" + code + "?lang=en");
        assertThat(browser.text("#report-rating")).isEqualTo("The reporter rated it 5/5");
        browser.assertAccessible();

        // a phone's width (WCAG reflow): nothing to scroll sideways
        browser.resize(320, 640);
        for (String path : new String[] {"/feedback?lang=vi", "/feedback/new", "/feedback/reports/" + code}) {
            browser.open(path);
            assertThat(browser.scrollsHorizontally()).as(path).isFalse();
        }
    }

    private static void waitFor(CivicBrowser browser, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> condition.getAsBoolean());
    }
}
