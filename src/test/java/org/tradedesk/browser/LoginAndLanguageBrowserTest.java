package org.tradedesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.tradedesk.support.BrowserTestBase;

class LoginAndLanguageBrowserTest extends BrowserTestBase {

    static final Locale ZH_TW = Locale.forLanguageTag("zh-TW");

    @Autowired
    MessageSource messages;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "manager", "coordinator"})
    void eachDemoUserLogsInAndSeesTheirNameAndTheNavigation(String user) {
        logInAs(user);

        assertThat(page.locator("#logout")).containsText(user);
        assertThat(page.locator("#nav-clients")).isVisible();
        assertThat(page.locator("#nav-users")).hasCount(user.equals("admin") ? 1 : 0);
        assertThat(page.locator("#nav-audit")).hasCount(user.equals("coordinator") ? 0 : 1);
    }

    @Test
    void wrongPasswordStaysOnTheLoginPageWithAnError() {
        open("/login");
        page.locator("#username").fill("admin");
        page.locator("#password").fill("not-the-password");
        page.locator("#login-submit").click();

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.locator("#login-error")).isVisible();
    }

    @Test
    void switchingLanguageChangesTheLabelsAndIsRemembered() {
        String clientsEn = messages.getMessage("nav.clients", null, Locale.ENGLISH);
        String clientsZh = messages.getMessage("nav.clients", null, ZH_TW);
        String logoutZh = messages.getMessage("nav.logout", null, ZH_TW);
        assertThat(clientsZh).isNotEqualTo(clientsEn);
        logInAs("coordinator");

        page.locator("#lang-en").click();
        assertThat(page.locator("#nav-clients")).hasText(clientsEn);
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        page.locator("#lang-zh").click();
        assertThat(page.locator("#nav-clients")).hasText(clientsZh);
        assertThat(page.locator("#logout")).containsText(logoutZh);
        assertThat(page.locator("html")).hasAttribute("lang", "zh-TW");

        open("/");
        assertThat(page.locator("#nav-clients")).hasText(clientsZh);
    }

    @Test
    void coordinatorGets403OnAnAdminPage() {
        logInAs("coordinator");

        Response response = open("/admin/users");

        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("#error-message")).isVisible();
    }

    @Test
    void adminIsNotRefusedTheAdminPage() {
        logInAs("admin");

        Response response = open("/admin/users");

        assertThat(response.status()).isNotEqualTo(403);
    }
}
