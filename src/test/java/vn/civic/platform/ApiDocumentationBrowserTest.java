package vn.civic.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/** The API documentation page renders the operations in a real browser, under the platform's content policy. */
@BrowserTest
class ApiDocumentationBrowserTest {

    @Test
    void swaggerUiShowsTheOrganisationApi(CivicBrowser browser) {
        browser.open("/swagger-ui.html");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d ->
                        !d.findElements(By.cssSelector(".opblock-summary-path")).isEmpty());
        assertThat(browser.findAll(".opblock-summary-path"))
                .extracting(e -> e.getAttribute("data-path"))
                .contains("/api/org/agencies", "/api/clients/me");
    }
}
