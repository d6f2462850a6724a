package vn.civic.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/**
 * The migration page in a real browser, as the city's system administrator: accessible in both languages, and a file
 * with bad rows shows each rejected line with its reason.
 */
@BrowserTest
class DossierImportBrowserTest {

    @Test
    void aBadFileShowsEveryRejectedLineAccessibly(CivicBrowser browser) throws Exception {
        browser.signIn("quantri.hanoi", "Civic@2026");
        for (String language : List.of("vi", "en")) {
            browser.open("/admin/imports/dossiers?lang=" + language);
            assertThat(browser.findAll("main h1")).hasSize(1);
            browser.assertAccessible();
        }
        browser.open("/admin/imports/dossiers?lang=vi");
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Path file = Files.createTempFile("dossiers-bad", ".csv");
        Files.writeString(
                file,
                new ClassPathResource("dossier-import/dossiers-bad.csv")
                        .getContentAsString(StandardCharsets.UTF_8)
                        .replace("{run}", run));
        try {
            browser.find("#file").sendKeys(file.toAbsolutePath().toString());
            browser.click(browser.find("#import-form button[type=submit]"));
            assertThat(browser.text("#import-errors")).contains("4 dòng bị từ chối");
            assertThat(browser.text("#import-rows tr[data-line='4']"))
                    .contains("status")
                    .contains("Trạng thái phải là một số từ 1 đến 10");
            browser.assertAccessible();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
