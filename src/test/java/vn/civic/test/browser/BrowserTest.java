package vn.civic.test.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.civic.test.CivicTest;

/**
 * A test that drives the whole application ({@link CivicTest}, sharing its one application context) in Debian's
 * headless Chromium. Test methods take a {@link CivicBrowser} parameter. Without Chromium and ChromeDriver the tests
 * are skipped with the reason, except in CI ({@code CI=true}), where they fail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@CivicTest
@Tag("browser")
@ExtendWith({BrowserRequired.class, BrowserExtension.class})
public @interface BrowserTest {}
