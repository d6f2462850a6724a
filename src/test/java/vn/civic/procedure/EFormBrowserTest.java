package vn.civic.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.ITemplateEngine;
import vn.civic.org.OrgDirectory;
import vn.civic.org.demo.DemoAgencies;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/**
 * The e-form fields, with errors, a pre-filled field, radios, an address and a group, placed in a real page of the
 * application (its layout and styles) and checked by axe. No page of the application shows an e-form yet, so the
 * fields are rendered by the fragment and put into the home page's main content.
 */
@BrowserTest
class EFormBrowserTest {

    @Autowired
    ITemplateEngine templates;

    @Autowired
    EFormPage page;

    @Autowired
    FormValidator validator;

    @Autowired
    OrgDirectory directory;

    @Test
    void theFieldsHaveNoSeriousAccessibilityViolationInEitherLanguage(CivicBrowser browser) {
        long ward =
                directory.findAgencyByCode(DemoAgencies.HOAN_KIEM).orElseThrow().administrativeUnitId();
        for (Locale locale : new Locale[] {Locale.of("vi"), Locale.ENGLISH}) {
            String form = Jsoup.parse(SampleEForm.render(templates, page, validator, ward, locale))
                    .getElementById("eform-test")
                    .outerHtml();
            browser.open("/?lang=" + locale.getLanguage());
            browser.script("document.querySelector('main').insertAdjacentHTML('beforeend', arguments[0]);", form);
            assertThat(browser.findAll("#eform-test [aria-invalid=true]")).hasSize(3);
            browser.assertAccessible();
        }
    }
}
