package vn.civic.identity.client.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.civic.identity.client.TestClients;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/** The machine-client pages in a real browser, in Vietnamese and English: usable by keyboard and screen reader. */
@BrowserTest
class ApiClientAdminBrowserTest {

    @Autowired
    OrgDirectory org;

    /** The demo city's system administrator, who manages machine clients. */
    void signIn(CivicBrowser browser) {
        browser.signIn("quantri.hanoi", "Civic@2026");
    }

    @Test
    void registeringAClientAndIssuingAKeyIsAccessibleInVietnamese(CivicBrowser browser) {
        signIn(browser);
        browser.open("/admin/clients?lang=vi");
        assertThat(browser.text("main h1")).isEqualTo("Hệ thống kết nối");
        assertThat(browser.text("#clients")).contains("lgsp-hanoi");
        browser.assertAccessible();

        browser.click(browser.find("main .toolbar a.button"));
        assertThat(browser.currentPath()).isEqualTo("/admin/clients/new");
        browser.assertAccessible();

        // past the browser's own check of required fields, to see the server's answer
        browser.script("document.getElementById('client-form').noValidate = true");
        browser.click(browser.find("#client-form button[type=submit]"));
        assertThat(browser.find("#clientId").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text("#scopes-error")).isEqualTo("Vui lòng chọn ít nhất một phạm vi truy cập.");
        browser.assertAccessible();

        String clientId = TestClients.uniqueId("browser");
        fillIn(browser, clientId);
        browser.click(browser.find("#client-form button[type=submit]"));
        assertThat(browser.text("main h1")).isEqualTo("Mật khẩu ứng dụng mới");
        assertThat(browser.find("#issued-value").getAttribute("value")).hasSize(43);
        browser.assertAccessible();

        browser.click(browser.find("main a.button"));
        assertThat(browser.text("#client-id")).isEqualTo(clientId);
        browser.assertAccessible();

        browser.click(browser.find("#issue-key button[type=submit]"));
        assertThat(browser.text("main h1")).isEqualTo("Khóa API mới");
        assertThat(browser.find("#issued-value").getAttribute("value")).startsWith("civic_");
        browser.assertAccessible();

        browser.click(browser.find("main a.button"));
        assertThat(browser.text("#keys")).contains("Đang hiệu lực", "Chưa dùng");
        browser.assertAccessible();
    }

    @Test
    void pagesAreAccessibleInEnglish(CivicBrowser browser) {
        signIn(browser);
        browser.open("/admin/clients?lang=en");
        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.text("main h1")).isEqualTo("Connected systems");
        browser.assertAccessible();

        browser.click(browser.find("#clients a"));
        assertThat(browser.text("#client-facts")).contains("Member address", "VN:GOV:");
        browser.assertAccessible();

        browser.open("/admin/clients/new");
        assertThat(browser.text("main h1")).isEqualTo("Register a connected system");
        String clientId = TestClients.uniqueId("english");
        fillIn(browser, clientId);
        browser.find("#clientId").clear();
        browser.find("#clientId").sendKeys("Not Valid");
        browser.click(browser.find("#client-form button[type=submit]"));
        assertThat(browser.text("#clientId-error")).startsWith("A client id has only lowercase letters");
        browser.assertAccessible();
    }

    @Test
    void adminIndexLeadsToTheClients(CivicBrowser browser) {
        signIn(browser);
        browser.open("/admin");
        browser.click(browser.find("main a[href='/admin/clients']"));
        assertThat(browser.currentPath()).isEqualTo("/admin/clients");
    }

    private void fillIn(CivicBrowser browser, String clientId) {
        long hanoi = org.findAgencyByCode(DemoAgencies.HANOI).orElseThrow().id();
        new Select(browser.find("#agencyId")).selectByValue(Long.toString(hanoi));
        type(browser.find("#subsystem"), clientId.toUpperCase());
        type(browser.find("#clientId"), clientId);
        type(browser.find("#name"), "Hệ thống một cửa thử nghiệm");
        WebElement scope = browser.find("input[name=scopes][value=ORG_READ]");
        if (!scope.isSelected()) {
            scope.click();
        }
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }
}
