package vn.civic.dossier.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/** The statistics page and the tracking book, reached from the workspace, accessible in both languages. */
@BrowserTest
class StatisticsBrowserTest {

    @Test
    void leaderOpensTheStatisticsAndTheTrackingBookWhichAreAccessible(CivicBrowser browser) {
        browser.signIn("lanhdao.hoankiem", "Civic@2026");
        assertThat(browser.findAll("#work-statistics a[href='/work/statistics']"))
                .hasSize(1);
        browser.open("/work/statistics?period=YEAR&year=2026&lang=vi");
        assertThat(browser.text("main h1")).isEqualTo("Thống kê hồ sơ thủ tục hành chính");
        assertThat(browser.findAll("table#by-agency")).hasSize(1);
        browser.assertAccessible();
        browser.open("/work/statistics?period=RANGE&from=2026-03-10&to=2026-03-01&lang=en");
        assertThat(browser.text("#to-error")).contains("end date");
        browser.assertAccessible();
        browser.open("/work/dossiers/book?lang=vi");
        assertThat(browser.findAll("article.tracking-book")).hasSize(1);
        browser.assertAccessible();
    }
}
