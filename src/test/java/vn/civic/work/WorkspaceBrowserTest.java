package vn.civic.work;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/** The staff workspace and the administration index, signed in through the real form, in both languages. */
@BrowserTest
class WorkspaceBrowserTest {

    @Test
    void officerLandsOnTheWorkspaceWhichIsAccessibleInBothLanguages(CivicBrowser browser) {
        assertThat(browser.signIn("chuyenvien.hoankiem", "Civic@2026")).isEqualTo("/work");
        assertThat(browser.text("main h1")).isEqualTo("Việc của tôi");
        assertThat(browser.text("#work-agency")).contains("Ủy ban nhân dân Phường Hoàn Kiếm");
        browser.assertAccessible();

        browser.open("/work?lang=en");
        assertThat(browser.text("main h1")).isEqualTo("My work");
        assertThat(browser.text("#work-agency")).startsWith("Agency: Ủy ban nhân dân Phường Hoàn Kiếm");
        browser.assertAccessible();
    }

    @Test
    void administrationIndexShowsTheSectionsOfTheCityAdministratorInBothLanguages(CivicBrowser browser) {
        browser.signIn("quantri.hanoi", "Civic@2026");
        browser.open("/admin?lang=vi");
        assertThat(browser.findAll("main a[href='/admin/calendar']")).hasSize(1);
        assertThat(browser.findAll("main a[href='/admin/staff']")).hasSize(1);
        assertThat(browser.findAll("main a[href='/admin/clients']")).hasSize(1);
        browser.assertAccessible();
        browser.open("/admin?lang=en");
        browser.assertAccessible();
    }
}
