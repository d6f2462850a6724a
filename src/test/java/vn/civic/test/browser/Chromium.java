package vn.civic.test.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for the whole test run, driven through Debian's ChromeDriver. Starting the browser costs a
 * second or two, so test classes share it; {@link #reset()} gives each test a clean one (no cookies, default size).
 */
final class Chromium implements AutoCloseable {

    static final Dimension DEFAULT_SIZE = new Dimension(1280, 800);

    /**
     * Selenium warns at every start that it bundles no DevTools classes for this Chromium version. The tests do not
     * use them ({@code executeCdpCommand} goes through ChromeDriver), so the warning is noise. Held here so the
     * loggers' levels are not lost to garbage collection.
     */
    private static final List<Logger> QUIET = Stream.of(
                    "org.openqa.selenium.devtools.CdpVersionFinder", "org.openqa.selenium.chromium.ChromiumDriver")
            .map(Logger::getLogger)
            .peek(logger -> logger.setLevel(Level.SEVERE))
            .toList();

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Chromium start(ChromiumInstallation installation) {
        Path profile;
        try {
            profile = Files.createTempDirectory("civic-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A service with the driver's path makes Selenium skip Selenium Manager: nothing is looked up or downloaded.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(installation.driver().toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(installation.browser().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox", // the tests run as root on CI machines
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                // the machines have no outside network; without these Chromium keeps trying to reach Google
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--user-data-dir=" + profile,
                "--window-size=" + DEFAULT_SIZE.width + "," + DEFAULT_SIZE.height);
        options.setPageLoadTimeout(Duration.ofSeconds(30));
        options.setScriptTimeout(Duration.ofSeconds(30));
        return new Chromium(new ChromeDriver(service, options), profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Forgets every cookie (sessions, language choice) and restores the default window size. */
    void reset() {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.manage().window().setSize(DEFAULT_SIZE);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
