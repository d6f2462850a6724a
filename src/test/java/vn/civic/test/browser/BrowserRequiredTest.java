package vn.civic.test.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Browser tests run when the browser is there, are skipped without it, and fail without it in CI. */
class BrowserRequiredTest {

    static final Path EXECUTABLE = Path.of("/bin/sh");
    static final Path MISSING = Path.of("/nonexistent/chromium");

    @Test
    void installedBrowserEnablesTheTests() {
        ConditionEvaluationResult result =
                BrowserRequired.evaluate(new ChromiumInstallation(EXECUTABLE, EXECUTABLE), true);
        assertThat(result.isDisabled()).isFalse();
    }

    @Test
    void missingBrowserSkipsTheTestsWithTheReasonOutsideCi() {
        ConditionEvaluationResult result =
                BrowserRequired.evaluate(new ChromiumInstallation(MISSING, EXECUTABLE), false);
        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason())
                .hasValueSatisfying(reason -> assertThat(reason)
                        .contains("Chromium (/nonexistent/chromium) not found")
                        .contains("chromium-driver"));
    }

    @Test
    void missingDriverFailsTheTestsInCi() {
        assertThatThrownBy(() -> BrowserRequired.evaluate(new ChromiumInstallation(EXECUTABLE, MISSING), true))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageStartingWith("CI=true and ChromeDriver (/nonexistent/chromium) not found");
    }

    @Test
    void debianPathsAreTheDefaultAndTheEnvironmentMayNameOthers() {
        assertThat(ChromiumInstallation.from(name -> null))
                .isEqualTo(new ChromiumInstallation(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromedriver")));
        Map<String, String> env = Map.of("CIVIC_CHROMIUM", "/opt/chromium/chrome", "CIVIC_CHROMEDRIVER", "/opt/cd");
        assertThat(ChromiumInstallation.from(env::get))
                .isEqualTo(new ChromiumInstallation(Path.of("/opt/chromium/chrome"), Path.of("/opt/cd")));
    }
}
