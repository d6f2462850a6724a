package vn.civic.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/**
 * Anyone, without signing in, checks an electronic result in a real browser: the sealed PDF is valid with the
 * agency's name; the same file with one byte changed is not, and the page says why.
 */
@BrowserTest
class SignatureCheckBrowserTest {

    @Autowired
    PdfSignatures signatures;

    @Autowired
    OrgDirectory org;

    @Test
    void sealedResultIsValidAndAChangedCopyIsNot(CivicBrowser browser, @TempDir Path dir) throws Exception {
        byte[] sealed = signatures.sign(
                SignatureFixtures.blankPdf(), SignerKeys.seal(DemoAgencies.HOAN_KIEM), "Đóng dấu", "Hà Nội");
        Path original = Files.write(dir.resolve("ket-qua.pdf"), sealed);
        Path altered = Files.write(dir.resolve("ket-qua-sua.pdf"), PdfBytes.alterOneSignedByte(sealed));
        String ward = org.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().name();

        browser.open("/?lang=vi");
        browser.click(browser.find("a[href='/verify-signature']"));
        assertThat(browser.text("main h1")).isEqualTo("Kiểm tra chữ ký số");
        browser.assertAccessible();

        browser.find("#file").sendKeys(original.toString());
        browser.click(browser.find("#verify-form button[type=submit]"));
        assertThat(browser.text("#verdict")).contains("Chữ ký hợp lệ");
        assertThat(browser.text("#signature-1")).contains(ward).contains("Hợp lệ");
        browser.assertAccessible();

        browser.find("#file").sendKeys(altered.toString());
        browser.click(browser.find("#verify-form button[type=submit]"));
        assertThat(browser.text("#verdict")).contains("Chữ ký không hợp lệ");
        assertThat(browser.text("#signature-1")).contains("Nội dung đã bị thay đổi sau khi ký hoặc chữ ký bị hỏng");
        browser.assertAccessible();

        browser.find("#file")
                .sendKeys(Files.write(dir.resolve("anh.pdf"), "không phải PDF".getBytes())
                        .toString());
        browser.click(browser.find("#verify-form button[type=submit]"));
        assertThat(browser.text("#file-error")).isEqualTo("Tệp không phải là tài liệu PDF đọc được.");
        browser.assertAccessible();

        browser.open("/verify-signature?lang=en");
        assertThat(browser.text("main h1")).isEqualTo("Check a digital signature");
        browser.assertAccessible();
    }
}
