package vn.civic.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.civic.dossier.DossierTesting.FORM_DOCUMENT;
import static vn.civic.dossier.DossierTesting.as;
import static vn.civic.dossier.DossierTesting.pdf;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.civic.identity.AccountDirectory;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.procedure.FormData;
import vn.civic.procedure.ProcedureView;
import vn.civic.procedure.domain.ProcedureEditor;
import vn.civic.signature.PdfBytes;
import vn.civic.test.TestMail;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/**
 * Issue 4's "done when", as a citizen lives it: the fee is paid in the sandbox gateway and the e-receipt comes back;
 * an email says the result is ready; the signed result downloaded from "Hồ sơ của tôi" is accepted by the public
 * validator, and a copy changed by one byte is rejected.
 */
@BrowserTest
class EResultJourneyBrowserTest {

    static final String PASSWORD = "Civic@2026";
    static final String LEADER = "lanhdao.hoankiem";

    @Autowired
    ProcedureEditor procedureEditor;

    @Autowired
    DossierSubmission submission;

    @Autowired
    DossierProcessing processing;

    @Autowired
    DossierQueries queries;

    @Autowired
    AccountDirectory accounts;

    @Autowired
    OrgDirectory org;

    @Test
    void citizenPaysIsToldTheResultIsReadyAndTheSignedResultPassesTheValidator(CivicBrowser browser, @TempDir Path dir)
            throws Exception {
        ProcedureView procedure = DossierFeesTest.withFees(DossierTesting.communeProcedure());
        DossierTesting.install(procedureEditor, procedure);
        var ward = org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow();
        String citizenEmail =
                accounts.findByUsername(DossierFeesTest.CITIZEN).orElseThrow().email();
        String leaderName = accounts.findByUsername(LEADER).orElseThrow().fullName();
        DossierView filed = as(
                accounts,
                DossierFeesTest.CITIZEN,
                () -> submission.submitOnline(new OnlineSubmission(
                        procedure.code(),
                        ward.id(),
                        new FormData(Map.of("childName", "Nguyễn Minh Khôi", "exempt", "YES")),
                        List.of(pdf(FORM_DOCUMENT)),
                        null)));
        as(accounts, DossierFeesTest.CLERK, () -> processing.accept(filed.id(), filed.version()));

        // the fee, paid in the sandbox gateway; the e-receipt comes back on the dossier's page
        browser.signIn(DossierFeesTest.CITIZEN, PASSWORD);
        browser.open("/my/dossiers/" + filed.code() + "?lang=vi");
        assertThat(browser.text("#fee-owed")).contains("15.000 đồng");
        browser.click(browser.find("#pay-online"));
        assertThat(browser.text("#sandbox-amount")).isEqualTo("15.000 đồng");
        browser.click(browser.find("#sandbox-pay"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> {
            browser.open("/my/dossiers/" + filed.code());
            return !browser.findAll("#fee-paid a.fee-receipt").isEmpty();
        });
        byte[] receipt =
                browser.download(browser.find("#fee-paid a.fee-receipt").getDomAttribute("href"));
        try (PDDocument document = Loader.loadPDF(receipt)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("15.000")
                    .contains("Mười lăm nghìn đồng")
                    .contains(filed.code());
        }

        // the officer and the leader finish it; the citizen is told by email
        DossierView processingAgain = as(accounts, DossierFeesTest.CLERK, () -> queries.staffDossier(filed.id()));
        assertThat(processingAgain.status()).isEqualTo(DossierStatus.PROCESSING);
        DossierView forwarded = as(
                accounts,
                DossierFeesTest.OFFICER,
                () -> processing.forward(processingAgain.id(), processingAgain.version(), "Đủ điều kiện"));
        as(accounts, LEADER, () -> processing.approve(forwarded.id(), forwarded.version(), null));
        MimeMessage ready = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .withMessage("an email to " + citizenEmail + " saying the result of " + filed.code() + " is ready")
                .until(driver -> TestMail.to(citizenEmail).stream()
                        .filter(m -> TestMail.subject(m).contains(filed.code() + " đã có kết quả"))
                        .findFirst()
                        .orElse(null));
        assertThat(TestMail.body(ready)).contains("kết quả đã sẵn sàng");

        // the signed result, downloaded from the dossier's page
        browser.open("/my/dossiers/" + filed.code());
        WebElement result = browser.findAll("#result-files li").stream()
                .filter(li -> !li.findElements(By.cssSelector(".e-result")).isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no electronic result on the page"));
        byte[] signed = browser.download(result.findElement(By.cssSelector("a")).getDomAttribute("href"));
        Path original = Files.write(dir.resolve("ket-qua.pdf"), signed);
        Path altered = Files.write(dir.resolve("ket-qua-da-sua.pdf"), PdfBytes.alterOneSignedByte(signed));

        // the public validator accepts it, with the leader's and the ward's signatures; one byte changed fails
        browser.click(result.findElement(By.cssSelector("a[href='/verify-signature']")));
        browser.find("#file").sendKeys(original.toString());
        browser.click(browser.find("#verify-form button[type=submit]"));
        assertThat(browser.text("#verdict")).contains("Chữ ký hợp lệ");
        assertThat(browser.text("#signature-1")).contains(leaderName).contains("Hợp lệ");
        assertThat(browser.text("#signature-2")).contains(ward.name()).contains("Hợp lệ");
        browser.assertAccessible();

        browser.find("#file").sendKeys(altered.toString());
        browser.click(browser.find("#verify-form button[type=submit]"));
        assertThat(browser.text("#verdict")).contains("Chữ ký không hợp lệ");
    }
}
