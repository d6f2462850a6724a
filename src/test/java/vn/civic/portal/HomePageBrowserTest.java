package vn.civic.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import vn.civic.test.browser.BrowserTest;
import vn.civic.test.browser.CivicBrowser;

/** The citizen's first pages in a real browser: accessible, bilingual, usable by keyboard and on a phone. */
@BrowserTest
class HomePageBrowserTest {

    @Test
    void homePageInVietnameseHasNoSeriousAccessibilityViolation(CivicBrowser browser) {
        browser.open("/");
        assertThat(browser.language()).isEqualTo("vi");
        assertThat(browser.text("main h2")).isEqualTo("Bạn cần làm gì?");
        browser.assertAccessible();
    }

    @Test
    void englishLinkSwitchesThePageToEnglishAndVietnameseLinkSwitchesBack(CivicBrowser browser) {
        browser.open("/");
        browser.click(browser.find(".lang-switch a[lang=en]"));
        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.text("main h2")).isEqualTo("What do you need to do?");
        assertThat(browser.find(".lang-switch a[lang=en]").getAttribute("aria-current"))
                .isEqualTo("true");
        // screen readers hear the language's name, not two letters
        assertThat(browser.find(".lang-switch a[lang=vi]").getAccessibleName()).isEqualTo("VI Tiếng Việt");
        assertThat(browser.find(".lang-switch a[lang=en]").getAccessibleName()).isEqualTo("EN English");
        browser.assertAccessible();

        // the choice is kept while browsing
        browser.click(browser.find(".site-nav a[href='/track']"));
        assertThat(browser.language()).isEqualTo("en");
        assertThat(browser.text("main h1")).isEqualTo("Track a dossier");
        assertThat(browser.find(".site-nav a[aria-current=page]").getText()).isEqualTo("Track a dossier");

        browser.click(browser.find(".lang-switch a[lang=vi]"));
        assertThat(browser.language()).isEqualTo("vi");
        assertThat(browser.text("main h1")).isEqualTo("Tra cứu hồ sơ");
        assertThat(browser.currentPath()).startsWith("/track");
    }

    @Test
    void feedbackDoorOfTheHomePageLeadsToAnAccessiblePage(CivicBrowser browser) {
        browser.open("/");
        browser.click(browser.find(".card a[href='/feedback']"));
        assertThat(browser.text("main h1")).isEqualTo("Phản ánh, kiến nghị");
        browser.assertAccessible();
    }

    @Test
    void skipLinkIsTheFirstTabStopAndMovesFocusToTheMainContent(CivicBrowser browser) {
        browser.open("/");
        WebElement first = browser.pressTab();
        assertThat(first.getAttribute("class")).contains("skip-link");
        assertThat(first.getText()).isEqualTo("Chuyển đến nội dung chính");
        // visible while focused, inside the window, with a visible focus outline
        Rectangle box = first.getRect();
        assertThat(box.getX()).isGreaterThanOrEqualTo(0);
        assertThat(box.getY()).isGreaterThanOrEqualTo(0);
        assertThat(first.getCssValue("outline-style")).isNotEqualTo("none");

        first.sendKeys(Keys.ENTER);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("main");
        // the next Tab continues inside the main content, not back in the header
        WebElement next = browser.pressTab();
        assertThat((Boolean) browser.script("return arguments[0].closest('main') !== null", next))
                .isTrue();
    }

    @Test
    void everyLinkOfTheHeaderShowsWhereTheKeyboardFocusIs(CivicBrowser browser) {
        browser.open("/");
        browser.pressTab(); // the skip link
        List<WebElement> headerLinks = browser.findAll("header a, header button");
        for (int i = 0; i < headerLinks.size(); i++) {
            WebElement focused = browser.pressTab();
            assertThat((Boolean) browser.script("return arguments[0].closest('header') !== null", focused))
                    .as("tab stop %d is in the header", i + 1)
                    .isTrue();
            assertThat(focused.getCssValue("outline-style"))
                    .as("focus outline of %s", focused.getText())
                    .isEqualTo("solid");
        }
    }

    /** 320 px is WCAG 1.4.10's reflow width (a 1280 px screen zoomed to 400 %), 375 px a common phone. */
    @ParameterizedTest
    @CsvSource({"320, 640", "375, 800", "1280, 800"})
    void homePageFitsTheWindowAndItsNavigationStaysUsable(int width, int height, CivicBrowser browser) {
        browser.resize(width, height);
        assertThat(browser.viewportWidth()).isEqualTo(width);
        for (String language : List.of("vi", "en")) {
            browser.open("/?lang=" + language);
            assertThat(browser.scrollsHorizontally())
                    .as("%s page wider than %d px", language, width)
                    .isFalse();
            assertNavigationUsable(browser, width);
        }
        browser.click(browser.find(".site-nav a[href='/feedback']"));
        assertThat(browser.currentPath()).isEqualTo("/feedback");
        assertThat(browser.scrollsHorizontally()).isFalse();
        browser.assertAccessible();
    }

    /** Every link of the header is shown whole inside the window, big enough to tap, and overlaps no other. */
    private static void assertNavigationUsable(CivicBrowser browser, int width) {
        String selector = ".site-nav a, .lang-switch a, .header-tools .button";
        assertThat(browser.findAll(selector))
                .hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(link -> assertThat(link.isDisplayed())
                        .as("%s shown", link.getText())
                        .isTrue());
        List<Box> boxes = Box.all(browser, selector);
        for (Box box : boxes) {
            assertThat(box.left()).as("%s left edge", box.label()).isGreaterThanOrEqualTo(0);
            assertThat(box.right()).as("%s right edge", box.label()).isLessThanOrEqualTo(width);
            // WCAG 2.2 target size (minimum): 24 × 24 CSS pixels
            assertThat(box.bottom() - box.top()).as("%s height", box.label()).isGreaterThanOrEqualTo(24);
            assertThat(box.right() - box.left()).as("%s width", box.label()).isGreaterThanOrEqualTo(24);
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j)))
                        .as("%s overlaps %s", boxes.get(i).label(), boxes.get(j).label())
                        .isFalse();
            }
        }
    }

    /** An element's box in CSS pixels, unrounded (touching neighbours such as VI|EN share an edge). */
    record Box(String label, double left, double top, double right, double bottom) {

        @SuppressWarnings("unchecked")
        static List<Box> all(CivicBrowser browser, String selector) {
            List<List<Object>> rows = (List<List<Object>>) browser.script(
                    "return Array.from(document.querySelectorAll(arguments[0])).map(e => {"
                            + " const r = e.getBoundingClientRect();"
                            + " return [e.textContent.trim(), r.left, r.top, r.right, r.bottom]; })",
                    selector);
            return rows.stream()
                    .map(r -> new Box(
                            (String) r.get(0),
                            ((Number) r.get(1)).doubleValue(),
                            ((Number) r.get(2)).doubleValue(),
                            ((Number) r.get(3)).doubleValue(),
                            ((Number) r.get(4)).doubleValue()))
                    .toList();
        }

        /** Overlapping by more than half a pixel, so that rounding of shared edges does not count. */
        boolean overlaps(Box other) {
            double width = Math.min(right, other.right) - Math.max(left, other.left);
            double height = Math.min(bottom, other.bottom) - Math.max(top, other.top);
            return width > 0.5 && height > 0.5;
        }
    }
}
