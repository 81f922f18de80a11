package org.tradedesk.support;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs before {@code @AfterEach} closes the page, so the screenshot shows what the test last saw. */
class ScreenshotOnFailure implements AfterTestExecutionCallback {

    static final Path DIRECTORY = Path.of("target", "browser-screenshots");

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        Object test = context.getRequiredTestInstance();
        if (!(test instanceof BrowserTestBase browserTest) || browserTest.currentPage() == null) {
            return;
        }
        Path file = DIRECTORY.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName() + ".png");
        try {
            browserTest.currentPage().screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            System.err.println("[tradedesk] screenshot of the failed browser test: " + file.toAbsolutePath());
        } catch (RuntimeException e) {
            System.err.println("[tradedesk] no screenshot for " + file + ": " + e.getMessage());
        }
    }
}
