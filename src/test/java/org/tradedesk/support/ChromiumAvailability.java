package org.tradedesk.support;

import java.nio.file.Files;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips browser test classes (fails them under CI) before any Spring context or Playwright starts. */
class ChromiumAvailability implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Ci.enabledOrSkipped(Files.isExecutable(BrowserTestBase.chromium()), "Chromium",
                BrowserTestBase.chromium() + " is not installed (Debian: apt-get install -y chromium)");
    }
}
