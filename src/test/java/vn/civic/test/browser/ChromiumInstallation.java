package vn.civic.test.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Where Debian's Chromium and ChromeDriver are ({@code apt-get install chromium chromium-driver}):
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}, or {@code CIVIC_CHROMIUM} and {@code CIVIC_CHROMEDRIVER}.
 * Nothing is ever downloaded: a missing browser is reported, never fetched.
 */
public record ChromiumInstallation(Path browser, Path driver) {

    public static final Path DEFAULT_BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DEFAULT_DRIVER = Path.of("/usr/bin/chromedriver");

    /** The installation named by the environment, or Debian's paths. */
    public static ChromiumInstallation fromEnvironment() {
        return from(System::getenv);
    }

    static ChromiumInstallation from(UnaryOperator<String> env) {
        return new ChromiumInstallation(
                path(env.apply("CIVIC_CHROMIUM"), DEFAULT_BROWSER),
                path(env.apply("CIVIC_CHROMEDRIVER"), DEFAULT_DRIVER));
    }

    /** Null when both programs are there and executable, otherwise what is missing and how to install it. */
    public String missingReason() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(browser)) {
            missing.add("Chromium (" + browser + ")");
        }
        if (!Files.isExecutable(driver)) {
            missing.add("ChromeDriver (" + driver + ")");
        }
        if (missing.isEmpty()) {
            return null;
        }
        return String.join(" and ", missing)
                + " not found: install Debian's chromium and chromium-driver, or set CIVIC_CHROMIUM and"
                + " CIVIC_CHROMEDRIVER";
    }

    private static Path path(String value, Path fallback) {
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
