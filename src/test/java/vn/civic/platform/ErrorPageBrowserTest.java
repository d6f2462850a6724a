package vn.civic.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/** The friendly error page in a real browser. */
@BrowserTest
class ErrorPageBrowserTest {

    @Test
    void notFoundPageHasNoSeriousAccessibilityViolationInEitherLanguage(CivicBrowser browser) {
        browser.open("/assets/img/khong-co");
        assertThat(browser.language()).isEqualTo("vi");
        assertThat(browser.text("main h1")).isEqualTo("Lỗi 404");
        browser.assertAccessible();

        browser.open("/assets/img/khong-co?lang=en");
        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.text("main h1")).isEqualTo("Error 404");
        browser.assertAccessible();
    }

    @Test
    void languageSwitchOnTheErrorPageKeepsTheMissingAddress(CivicBrowser browser) {
        browser.open("/assets/img/khong-co");
        browser.click(browser.find(".lang-switch a[lang=en]"));
        assertThat(browser.currentPath()).isEqualTo("/assets/img/khong-co?lang=en");
        assertThat(browser.text("main h1")).isEqualTo("Error 404");
    }

    @Test
    void errorPageLeadsBackToTheHomePage(CivicBrowser browser) {
        browser.open("/assets/img/khong-co");
        browser.click(browser.find("main a.button"));
        assertThat(browser.currentPath()).isEqualTo("/");
    }
}
