package vn.civic.dossier.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.civic.dossier.DossierTesting;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.domain.ProcedureEditor;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/**
 * A clerk receives a dossier at the counter and prints its receipt; the officer forwards it and the leader approves
 * it, all through the pages, each page accessible in Vietnamese and English.
 */
@BrowserTest
class StaffDossierBrowserTest {

    static final String PASSWORD = "Civic@2026";

    @Autowired
    ProcedureEditor editor;

    @Test
    void clerkReceivesAtTheCounterAndOfficerAndLeaderMoveTheDossierOn(CivicBrowser browser) {
        ProcedureView procedure = StaffDossierPagesTest.install(editor, DossierTesting.communeProcedure(), 5);

        browser.signIn("vanthu.hoankiem", PASSWORD);
        browser.open("/work");
        browser.click(browser.find("#work-dossiers a"));
        assertThat(browser.currentPath()).isEqualTo("/work/dossiers");
        accessibleInBothLanguages(browser, "/work/dossiers");

        browser.open("/work/dossiers/new?q=" + procedure.code());
        browser.click(browser.find("#procedures a"));
        String form = browser.currentPath();
        accessibleInBothLanguages(browser, form);
        browser.open(form + "&lang=vi");
        type(browser, "#applicant-idNumber", "031088006789");
        type(browser, "#applicant-name", "Đặng Văn Quầy");
        type(browser, "#f-childName", "Đặng Minh Quầy");
        browser.find("#paper-" + DossierTesting.FORM_DOCUMENT).click();
        browser.click(browser.find("#counter-form button[type=submit]:not([name])"));
        assertThat(browser.currentPath()).matches("/work/dossiers/\\d+/receipt");
        assertThat(browser.text("#notice")).contains("Đã tiếp nhận hồ sơ");
        String receipt = browser.currentPath();
        accessibleInBothLanguages(browser, receipt);
        String dossierPath = receipt.substring(0, receipt.length() - "/receipt".length());
        browser.signOut();

        browser.signIn("chuyenvien.hoankiem", PASSWORD);
        browser.open(dossierPath + "?lang=vi");
        accessibleInBothLanguages(browser, dossierPath);
        browser.open(dossierPath + "?lang=vi");
        type(browser, "#forward-note", "Hồ sơ đầy đủ");
        browser.click(browser.find("#forward-form button[type=submit]"));
        assertThat(browser.text("#notice")).contains("Đã chuyển tiếp");
        browser.signOut();

        browser.signIn("lanhdao.hoankiem", PASSWORD);
        browser.open(dossierPath + "?lang=vi");
        browser.click(browser.find("#approve-form button[type=submit]"));
        assertThat(browser.text("#notice")).contains("Đã phê duyệt");
        assertThat(browser.text("#dossier-status")).isEqualTo("Đã xử lý xong");
        browser.open(dossierPath + "/control-slip");
        browser.assertAccessible();
        browser.signOut();
    }

    private static void accessibleInBothLanguages(CivicBrowser browser, String path) {
        for (Locale locale : new Locale[] {Locale.of("vi"), Locale.ENGLISH}) {
            browser.open(path + (path.contains("?") ? "&" : "?") + "lang=" + locale.getLanguage());
            assertThat(browser.language()).isEqualTo(locale.getLanguage());
            browser.assertAccessible();
        }
    }

    private static void type(CivicBrowser browser, String css, String text) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(text);
    }
}
