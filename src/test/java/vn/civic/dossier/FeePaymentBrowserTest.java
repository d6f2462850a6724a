package vn.civic.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.civic.dossier.DossierTesting.FORM_DOCUMENT;
import static vn.civic.dossier.DossierTesting.as;
import static vn.civic.dossier.DossierTesting.pdf;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.procedure.FormData;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.domain.ProcedureEditor;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/**
 * The citizen pays their dossier's fee through the real sandbox gateway pages: a failed attempt first, then a paid
 * one; back on "Hồ sơ của tôi" the dossier shows "Đã thanh toán" and its e-receipt.
 */
@BrowserTest
class FeePaymentBrowserTest {

    static final String PASSWORD = "Civic@2026";

    @Autowired
    ProcedureEditor procedureEditor;

    @Autowired
    DossierSubmission submission;

    @Autowired
    DossierProcessing processing;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Test
    void citizenPaysInTheSandboxAfterAFailedAttemptAndGetsTheEReceipt(CivicBrowser browser) {
        ProcedureView procedure = DossierFeesTest.withFees(DossierTesting.communeProcedure());
        DossierTesting.install(procedureEditor, procedure);
        long agency = org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().id();
        DossierView filed = as(
                accounts,
                DossierFeesTest.CITIZEN,
                () -> submission.submitOnline(new OnlineSubmission(
                        procedure.code(),
                        agency,
                        new FormData(Map.of("childName", "Nguyễn Minh Khôi", "exempt", "YES")),
                        List.of(pdf(FORM_DOCUMENT)),
                        null)));
        as(accounts, DossierFeesTest.CLERK, () -> processing.accept(filed.id(), filed.version()));

        browser.signIn(DossierFeesTest.CITIZEN, PASSWORD);
        browser.open("/my/dossiers/" + filed.code() + "?lang=vi");
        assertThat(browser.text("#fee-owed")).contains("15.000 đồng").contains("Lệ phí thử nghiệm");
        assertThat(browser.text(".dossier-status")).contains("Yêu cầu thực hiện nghĩa vụ tài chính");
        browser.assertAccessible();

        browser.click(browser.find("#pay-online"));
        assertThat(browser.currentPath()).startsWith("/payment-sandbox/pay?vnp_");
        assertThat(browser.text("#sandbox-banner")).contains("THỬ NGHIỆM");
        assertThat(browser.text("#sandbox-amount")).isEqualTo("15.000 đồng");
        browser.assertAccessible();
        browser.click(browser.find("#sandbox-fail"));
        assertThat(browser.currentPath()).startsWith("/my/dossiers/" + filed.code() + "?payment=");
        assertThat(browser.text("#payment-failed")).contains("chưa thành công");
        assertThat(browser.findAll("#pay-online")).hasSize(1);

        browser.click(browser.find("#pay-online"));
        browser.click(browser.find("#sandbox-pay"));
        assertThat(browser.currentPath()).startsWith("/my/dossiers/" + filed.code() + "?payment=");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> {
            browser.open("/my/dossiers/" + filed.code());
            return !browser.findAll("#fee-paid .fee-paid").isEmpty();
        });
        assertThat(browser.text("#fee-paid")).contains("Đã thanh toán").contains("trực tuyến");
        assertThat(browser.find("#fee-paid a.fee-receipt").getText()).startsWith("Biên lai điện tử 01BLP0-001 AA-26E");
        assertThat(browser.findAll("#pay-online")).isEmpty();
        assertThat(browser.text(".dossier-status")).contains("Đang xử lý");
        browser.assertAccessible();
    }
}
