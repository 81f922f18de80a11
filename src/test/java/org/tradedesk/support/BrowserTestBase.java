package org.tradedesk.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Browser tests: the whole application on a random port with the demo users, driven through
 * Debian's headless Chromium by Playwright. Playwright is told never to download a browser
 * ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}, also when the test is started outside Maven).
 *
 * <p>Without Chromium the class is skipped with the reason printed, and fails under {@code CI=true}.
 * A failing test leaves a full-page screenshot in {@code target/browser-screenshots/}.
 * Chromium's path can be changed with {@code TRADEDESK_CHROMIUM}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tradedesk.demo.enabled=true")
@ExtendWith({ChromiumAvailability.class, ScreenshotOnFailure.class})
public abstract class BrowserTestBase {

    static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext browserContext;
    protected Page page;

    @BeforeAll
    static void launchChromium() {
        // two shared cores: a page can take a few seconds to come back; assertions wait this long
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium())
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
    }

    static Path chromium() {
        return Path.of(System.getenv().getOrDefault("TRADEDESK_CHROMIUM", "/usr/bin/chromium"));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        browserContext = browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(1280, 900));
        browserContext.setDefaultTimeout(15_000);
        page = browserContext.newPage();
    }

    @AfterEach
    void closePage() {
        if (browserContext != null) {
            browserContext.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected Response open(String path) {
        return page.navigate(url(path));
    }

    /** Logs in through the login form and waits until the application has left the login page. */
    protected void logInAs(String username, String password) {
        open("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#login-submit").click();
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
    }

    /** The demo users' passwords are their names. */
    protected void logInAs(String demoUser) {
        logInAs(demoUser, demoUser);
    }

    Page currentPage() {
        return page;
    }
}
