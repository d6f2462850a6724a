package vn.civic.test.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.civic.test.TestEnvironment;

/**
 * Runs browser tests only when Chromium and ChromeDriver are installed. Outside CI a missing browser skips the test
 * with the reason; in CI ({@code CI=true}) it fails, so a green CI run always means the browser tests ran.
 */
public class BrowserRequired implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return evaluate(ChromiumInstallation.fromEnvironment(), TestEnvironment.isCi());
    }

    static ConditionEvaluationResult evaluate(ChromiumInstallation installation, boolean ci) {
        String reason = installation.missingReason();
        if (reason == null) {
            return ConditionEvaluationResult.enabled("Chromium at " + installation.browser());
        }
        if (ci) {
            throw new ExtensionConfigurationException("CI=true and " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
