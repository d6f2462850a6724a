package vn.civic.test.browser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The shared headless Chromium, seen from one test: opens the application's pages, reads what they show, uses the
 * keyboard, resizes the window, signs in through the real form and runs axe-core.
 *
 * <pre>{@code
 * @BrowserTest
 * class WorkspaceBrowserTest {
 *     @Test
 *     void workspaceIsAccessible(CivicBrowser browser) {
 *         browser.signIn("chuyenvien.hoankiem", "Civic@2026");
 *         browser.open("/work").assertAccessible();
 *     }
 * }
 * }</pre>
 */
public final class CivicBrowser {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final WebDriver driver;
    private final String base;

    CivicBrowser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    public WebDriver driver() {
        return driver;
    }

    /** The absolute address of a path of the application under test. */
    public String url(String path) {
        return base + path;
    }

    /** Loads a page of the application and waits until it has loaded. */
    public CivicBrowser open(String path) {
        driver.get(url(path));
        return this;
    }

    /** Path and query of the page shown, e.g. {@code /login?error}. */
    public String currentPath() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The {@code lang} attribute of the page's {@code <html>}. */
    public String language() {
        return find("html").getAttribute("lang");
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** Follows a link or presses a button and waits for the next page to replace this one. */
    public CivicBrowser click(WebElement element) {
        WebElement html = find("html");
        element.click();
        new WebDriverWait(driver, WAIT).until(d -> isStale(html));
        return this;
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab on the focused element (the page itself when nothing is focused) and returns the next one. */
    public WebElement pressTab() {
        focused().sendKeys(Keys.TAB);
        return focused();
    }

    /** Sizes the window so that the page's viewport is exactly {@code width} × {@code height} CSS pixels. */
    public CivicBrowser resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long innerWidth = number("return window.innerWidth");
        long innerHeight = number("return window.innerHeight");
        if (innerWidth != width || innerHeight != height) {
            // headless windows have no browser chrome, but correct for it should a Chromium version add some
            driver.manage().window().setSize(new Dimension((int) (2L * width - innerWidth), (int)
                    (2L * height - innerHeight)));
        }
        return this;
    }

    public long viewportWidth() {
        return number("return window.innerWidth");
    }

    /**
     * True when the page is wider than the window, i.e. the reader would have to scroll sideways. Compared with the
     * width inside a vertical scroll bar ({@code clientWidth}), which is stricter than {@code window.innerWidth}.
     */
    public boolean scrollsHorizontally() {
        return number("return document.documentElement.scrollWidth")
                > number("return document.documentElement.clientWidth");
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * What following the link to {@code path} downloads, fetched by the page with the signed-in person's session (a
     * browser saves a download where a test cannot look; the bytes are the same).
     */
    public byte[] download(String path) {
        Object base64 = ((JavascriptExecutor) driver).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0], {credentials: 'same-origin'})
                          .then(r => r.ok ? r.blob() : Promise.reject(r.status))
                          .then(b => new Promise(res => { const f = new FileReader();
                                 f.onload = () => res(f.result.substring(f.result.indexOf(',') + 1));
                                 f.readAsDataURL(b); }))
                          .then(done, e => done('ERROR ' + e));""", path);
        String text = String.valueOf(base64);
        if (text.startsWith("ERROR")) {
            throw new AssertionError("Download of " + path + " failed: " + text);
        }
        return java.util.Base64.getDecoder().decode(text);
    }

    /**
     * Sets the form fields named {@code name} as a person would pick or type the value: the radio button of that
     * value, or the select's or input's value. For long e-forms whose typing is not what a test is about.
     */
    public CivicBrowser set(String name, String value) {
        script("""
                for (const e of document.getElementsByName(arguments[0])) {
                  if (e.type === 'radio') { e.checked = e.value === arguments[1]; } else { e.value = arguments[1]; }
                }""", name, value);
        return this;
    }

    /** Fails when axe-core finds a serious or critical WCAG 2.1 A/AA violation on the page shown. */
    public CivicBrowser assertAccessible() {
        Accessibility.assertNoSeriousViolations(driver);
        return this;
    }

    /**
     * Signs in through the real sign-in form ({@code /login}: fields {@code username} and {@code password}, its CSRF
     * token and submit button) and fails unless the application accepted the credentials. The session cookie stays in
     * the browser until the next test, so pages opened afterwards are seen as that user.
     *
     * @return the path the application sent the browser to after signing in
     */
    public String signIn(String username, String password) {
        String landed = submitSignIn(username, password);
        if (URI.create(url(landed)).getPath().equals("/login")) {
            throw new AssertionError("Sign-in as " + username + " failed: the browser is on " + landed
                    + " and the page says: " + find("body").getText());
        }
        return landed;
    }

    /**
     * Fills and submits the sign-in form like a person would, without judging the outcome.
     *
     * @return the path shown after submitting, e.g. {@code /login?error} for wrong credentials
     */
    public String submitSignIn(String username, String password) {
        open("/login");
        WebElement user = find("input[name=username]");
        WebElement form = user.findElement(By.xpath("./ancestor::form"));
        user.clear();
        user.sendKeys(username);
        WebElement secret = form.findElement(By.cssSelector("input[name=password]"));
        secret.clear();
        secret.sendKeys(password);
        click(form.findElement(By.cssSelector("button[type=submit], input[type=submit], button:not([type])")));
        return currentPath();
    }

    /** Signs out through the sign-out button of the page layout. */
    public CivicBrowser signOut() {
        if (findAll("form[action$='/logout'] button").isEmpty()) {
            open("/");
        }
        return click(find("form[action$='/logout'] button"));
    }

    private long number(String script) {
        return ((Number) script(script)).longValue();
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            // ChromeDriver may report a node of the page being replaced this way instead of as stale
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }
}
