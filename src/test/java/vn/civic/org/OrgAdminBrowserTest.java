package vn.civic.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/**
 * The organisation admin pages in a real browser, as an administrator of Hà Nội's People's Committee: each page in
 * Vietnamese and English without serious accessibility violations, and the agency form filled like a person would.
 */
@BrowserTest
class OrgAdminBrowserTest {

    @Autowired
    OrgDirectory directory;

    AgencyView hanoi;
    AgencyView justice;

    @BeforeEach
    void demoCity() {
        hanoi = directory.findAgencyByCode(DemoAgencies.HANOI).orElseThrow();
        justice = directory.findAgencyByCode(DemoAgencies.HANOI_JUSTICE).orElseThrow();
    }

    /** The demo city's administrator, who also holds the city-wide system administration. */
    void signInAsCityAdministrator(CivicBrowser browser) {
        browser.signIn("quantri.hanoi", "Civic@2026");
    }

    @Test
    void everyOrganisationPageHasNoSeriousAccessibilityViolationInEitherLanguage(CivicBrowser browser) {
        long city = hanoi.administrativeUnitId();
        long office = directory.departmentsOf(justice.id()).getFirst().id();
        long position = directory.positions().getFirst().id();
        List<String> pages = List.of(
                "/admin",
                "/admin/org/units",
                "/admin/org/units?parent=" + city,
                "/admin/org/units/new?parent=" + city,
                "/admin/org/units/" + city + "/edit",
                "/admin/org/units/" + city + "/dissolution",
                "/admin/org/agencies",
                "/admin/org/agencies?q=t%C6%B0+ph%C3%A1p&status=active",
                "/admin/org/agencies/" + justice.id(),
                "/admin/org/agencies/new?parent=" + hanoi.id(),
                "/admin/org/agencies/" + justice.id() + "/edit",
                "/admin/org/departments",
                "/admin/org/agencies/" + justice.id() + "/departments",
                "/admin/org/agencies/" + justice.id() + "/departments/new",
                "/admin/org/departments/" + office + "/edit",
                "/admin/org/positions",
                "/admin/org/positions/new",
                "/admin/org/positions/" + position + "/edit");
        signInAsCityAdministrator(browser);
        for (String page : pages) {
            for (String language : List.of("vi", "en")) {
                browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                assertThat(browser.language()).as(page).isEqualTo(language);
                assertThat(browser.findAll("main h1")).as(page).hasSize(1);
                browser.assertAccessible();
            }
        }
        browser.open("/admin/org/agencies?lang=en");
        assertThat(browser.text("main h1")).isEqualTo("Agencies");
    }

    @Test
    void anAdministratorFillsTheAgencyFormAndLandsOnTheNewAgency(CivicBrowser browser) {
        signInAsCityAdministrator(browser);
        browser.open("/admin?lang=vi");
        browser.click(browser.find("a[href='/admin/org/agencies']"));
        browser.click(browser.find("main .toolbar a.button"));
        assertThat(browser.currentPath()).isEqualTo("/admin/org/agencies/new");

        String name = "Trung tâm Lưu trữ thử nghiệm " + OrgTesting.random(4);
        browser.find("#code").sendKeys("000.00.12.h26");
        browser.find("#name").sendKeys(name);
        new Select(browser.find("#kind")).selectByVisibleText("Cơ quan khác");
        new Select(browser.find("#parentId")).selectByVisibleText("Sở Tư pháp Thành phố Hà Nội");
        new Select(browser.find("#administrativeUnitId")).selectByVisibleText("Thành phố Hà Nội");
        browser.find("#email").sendKeys("luutru@hanoi.gov.vn");
        browser.click(browser.find("#agency-form button[type=submit]"));

        assertThat(browser.text("#code-error")).startsWith("Mã định danh phải có dạng V1V2V3.Z1Z2.Y1Y2.MX1X2");
        assertThat(browser.find("#code").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo(name);
        browser.assertAccessible();

        String code = OrgTesting.organisationCode();
        browser.find("#code").clear();
        browser.find("#code").sendKeys(code);
        browser.click(browser.find("#agency-form button[type=submit]"));

        AgencyView created = directory.findAgencyByCode(code).orElseThrow();
        assertThat(browser.currentPath()).isEqualTo("/admin/org/agencies/" + created.id());
        assertThat(browser.text("#notice")).isEqualTo("Đã thêm " + name + ".");
        assertThat(browser.text("#agency-details"))
                .contains(code, "Sở Tư pháp Thành phố Hà Nội", "luutru@hanoi.gov.vn");
        assertThat(created.parentId()).isEqualTo(justice.id());
        browser.assertAccessible();
    }
}
