package vn.civic.test.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.Test;

/** The axe-core gate itself: it sees real violations, names them readably, and lets milder findings pass. */
@BrowserTest
class AccessibilityGateBrowserTest {

    @Test
    void seriousViolationsFailWithRuleElementAndHelp(CivicBrowser browser) {
        browser.open("/");
        // break the page the way a careless template change would: an unlabelled field and pale text
        // (axe accepts a placeholder as a last-resort label, so both go)
        browser.script("document.querySelector('label[for=q]').remove();"
                + "document.querySelector('#q').removeAttribute('placeholder');"
                + "document.querySelector('main .lead').style.color = '#bbbbbb';");

        assertThatThrownBy(() -> Accessibility.assertNoSeriousViolations(browser.driver()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[critical] label: Form elements must have labels")
                .hasMessageContaining("#q")
                .hasMessageContaining("[serious] color-contrast")
                .hasMessageContaining(".lead")
                .hasMessageContaining("https://dequeuniversity.com/rules/axe/");
    }

    @Test
    void moderateFindingsAreReportedButDoNotFail(CivicBrowser browser) {
        browser.open("/");
        // heading levels that skip one are a moderate best-practice finding
        browser.script("document.querySelector('main h2').outerHTML = '<h4>Bạn cần làm gì?</h4>';");

        assertThat(Accessibility.analyze(browser.driver()).getViolations())
                .extracting(Rule::getId)
                .contains("heading-order");
        browser.assertAccessible();
    }
}
