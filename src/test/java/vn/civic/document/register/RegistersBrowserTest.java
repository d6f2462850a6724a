package vn.civic.document.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/**
 * A clerk opens the registers from the workspace in a real browser, filters the incoming register, prints it; the
 * page passes axe. A system administrator opens the revocation list and a refused serial number is marked.
 */
@BrowserTest
class RegistersBrowserTest {

    static final String PASSWORD = "Civic@2026";
    static final int YEAR = 2043;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrgDirectory org;

    @Test
    void clerkFiltersAndPrintsTheIncomingRegister(CivicBrowser browser) throws Exception {
        long hoanKiem =
                org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().id();
        Timestamp received = Timestamp.from(
                LocalDate.of(YEAR, 4, 2).atTime(8, 0).atZone(CivicTime.ZONE).toInstant());
        jdbc.sql("""
                        insert into incoming_document (agency_id, status, source, confidential, urgency, register_year,
                            incoming_number, received_at, author, number_symbol, document_date, type_code, summary,
                            recipient, created_at, created_by, version)
                        values (?, 'REGISTERED', 'UPLOAD', false, 0, ?, 1, ?, 'Sở Nội vụ Hà Nội', '21/KH-SNV', ?, 'KH',
                            'tuyển dụng công chức', 'Văn phòng', ?, 'test', 0)""")
                .params(hoanKiem, YEAR, received, LocalDate.of(YEAR, 4, 1), received)
                .update();

        browser.signIn("vanthu.hoankiem", PASSWORD);
        browser.open("/work?lang=vi");
        browser.click(browser.find("#work-documents-registers a"));
        assertThat(browser.text("main h1")).isEqualTo("Sổ đăng ký văn bản");
        browser.assertAccessible();

        browser.find("#year").clear();
        browser.find("#year").sendKeys(String.valueOf(YEAR));
        browser.find("#summary").sendKeys("tuyển dụng");
        browser.click(browser.find("#register-filter button[type=submit]"));
        assertThat(browser.text("#register-entries tbody"))
                .contains("02/04/" + YEAR, "21/KH-SNV", "Kế hoạch tuyển dụng công chức");
        browser.assertAccessible();

        String pdfLink = browser.find("#register-pdf").getDomAttribute("href");
        try (PDDocument pdf = Loader.loadPDF(browser.download(pdfLink))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", "21/KH-SNV");
        }

        browser.open("/work/documents/registers?register=incoming&year=" + YEAR + "&numberFrom=một");
        assertThat(browser.find("#numberFrom").getDomAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible();
    }

    @Test
    void systemAdministratorOpensTheRevocationList(CivicBrowser browser) {
        browser.signIn("quantri.hanoi", PASSWORD);
        browser.open("/admin?lang=vi");
        browser.click(browser.find("a[href='/admin/signatures/revocations']"));
        assertThat(browser.text("main h1")).isEqualTo("Chứng thư số bị thu hồi");
        browser.assertAccessible();

        browser.find("#serialNumber").sendKeys("không-phải-số");
        browser.click(browser.find("#revoke-form button[type=submit]"));
        assertThat(browser.text("#serialNumber-error"))
                .isEqualTo("Số hiệu chứng thư phải là số thập lục phân (0-9, a-f).");
        browser.assertAccessible();
    }
}
