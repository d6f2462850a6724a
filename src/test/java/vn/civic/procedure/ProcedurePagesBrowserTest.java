package vn.civic.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/** The catalogue in a real browser: a citizen searches without diacritics and opens a procedure; the admin pages. */
@BrowserTest
class ProcedurePagesBrowserTest {

    @Test
    void citizenFindsBirthRegistrationWithoutDiacriticsAndOpensItsPage(CivicBrowser browser) {
        browser.open("/?lang=vi");
        browser.find("#q").sendKeys("dang ky khai sinh");
        browser.click(browser.find("form[role=search] button[type=submit]"));

        assertThat(browser.currentPath()).startsWith("/procedures");
        assertThat(browser.text("main h1")).isEqualTo("Tìm dịch vụ công");
        assertThat(browser.find("#q").getAttribute("value")).isEqualTo("dang ky khai sinh");
        browser.assertAccessible();

        browser.click(browser.find("#procedures li[data-code='1.001193'] a"));
        assertThat(browser.currentPath()).isEqualTo("/procedures/1.001193");
        assertThat(browser.text("main h1")).isEqualTo("Đăng ký khai sinh");
        assertThat(browser.text("#procedure-documents")).contains("Tờ khai đăng ký khai sinh", "Giấy chứng sinh");
        assertThat(browser.find("#file-online").getAttribute("href")).endsWith("/dossiers/new?procedure=1.001193");
        browser.assertAccessible();

        browser.open("/procedures/1.001193?lang=en");
        assertThat(browser.text("#file-online")).isEqualTo("File online");
        browser.assertAccessible();
    }

    @Test
    void administrationPagesHaveNoSeriousAccessibilityViolation(CivicBrowser browser) {
        browser.signIn("quantri.hanoi", "Civic@2026");
        for (String page : List.of(
                "/admin/procedures",
                "/admin/procedures/2.000986",
                "/admin/procedures/2.000986/edit",
                "/admin/procedures/2.000986/versions",
                "/admin/procedures/2.000986/versions/1",
                "/admin/procedures/new",
                "/admin/procedures/import")) {
            for (String language : List.of("vi", "en")) {
                browser.open(page + "?lang=" + language);
                assertThat(browser.findAll("main h1")).as(page).hasSize(1);
                browser.assertAccessible();
            }
        }
        browser.open("/admin/procedures?lang=vi");
        assertThat(browser.findAll("#procedures tr[data-code]")).isNotEmpty();
    }
}
