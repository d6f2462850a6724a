package vn.civic.test;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test only when the PostgreSQL server answers. Outside CI a missing server skips the test with the reason;
 * in CI ({@code CI=true}) it fails, so a green CI run always means the PostgreSQL tests ran.
 */
public class PostgresRequired implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String reason = PostgresTestDatabase.unavailableReason();
        if (reason == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL test database " + PostgresTestDatabase.jdbcUrl());
        }
        if (TestEnvironment.isCi()) {
            throw new ExtensionConfigurationException("CI=true and " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
