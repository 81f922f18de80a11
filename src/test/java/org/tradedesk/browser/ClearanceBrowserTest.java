package org.tradedesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.support.BrowserTestBase;

/**
 * The first slice of issue 8 in headless Chromium: the coordinator opens a Taiwan import file for a client assigned
 * to them, sees the lodgement deadline, captures an invoice by hand (a bad tariff code refused at its field, input
 * kept), moves the file through its statuses to closed, and finds it read-only.
 */
class ClearanceBrowserTest extends BrowserTestBase {

    @Autowired
    ClientDirectory clients;

    @Test
    void createCaptureMoveCloseReadOnly() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        try {
            clients.create(new ClientDetails("Browser Tea 瀏覽器茶業", ClientKind.IMPORTER, CountryCode.TW, null, PreferredLanguage.EN,
                    null, null, null));
        } finally {
            SecurityContextHolder.clearContext();
        }

        logInAs("coordinator");
        open("/clearance?lang=en");
        page.locator("#new-transaction").click();
        page.locator("#transaction-client").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Browser Tea 瀏覽器茶業"));
        page.locator("#transaction-direction").selectOption("IMPORT");
        page.locator("#transaction-jurisdiction").selectOption("TW");
        page.locator("#transaction-mode").selectOption("SEA");
        page.locator("#transaction-incoterm").selectOption("CIF");
        page.locator("#transaction-reference").fill("KHH-BROWSER-1");
        page.locator("#transaction-importer").fill("Browser Tea 瀏覽器茶業");
        page.locator("#transaction-arrival").fill("2026-03-02");
        page.locator("#transaction-save").click();
        assertThat(page).hasURL(Pattern.compile(".*/clearance/transactions/\\d+$"));
        assertThat(page.locator("#status")).hasAttribute("data-status", "DRAFT");
        assertThat(page.locator("tr[data-deadline='tw-lodge'] .deadline-last-day")).hasText("17 Mar 2026");
        assertThat(page.locator("#retention-keep-until")).hasAttribute("data-keep-until", "2031-03-02");

        // hand capture: a bad tariff code comes back at its field with everything typed
        page.locator("#capture-invoice").click();
        page.locator("#invoice-number").fill("INV-2026-31");
        page.locator("#invoice-currency").fill("USD");
        page.locator("[id='lines0.description']").fill("Oolong tea, partly fermented");
        page.locator("[id='lines0.tariffCode']").fill("0902.3");
        page.locator("[id='lines0.originCountry']").fill("TW");
        page.locator("[id='lines0.quantity']").fill("120");
        page.locator("[id='lines0.unitCode']").fill("KGM");
        page.locator("#invoice-save").click();
        assertThat(page.locator("[id='lines0.tariffCode']")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("[id='lines0.tariffCode']")).hasValue("0902.3");
        assertThat(page.locator("[id='lines0.description']")).hasValue("Oolong tea, partly fermented");
        page.locator("[id='lines0.tariffCode']").fill("0902.30");
        page.locator("#invoice-save").click();
        assertThat(page.locator(".captured-lines .line-tariff-code").first()).hasText("0902.30");
        assertThat(page.locator(".capture-format").first()).hasAttribute("data-format", "MANUAL");
        assertThat(page.locator(".capture-format").first()).hasText("typed by hand");

        // statuses: documents complete, declared (lodgement met), released, closed; the page after the capture's
        // redirect must have finished loading, or the click lands on the page being replaced (seen once under load)
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.locator("#move-DOCUMENTS_COMPLETE").click();
        assertThat(page.locator("#status")).hasAttribute("data-status", "DOCUMENTS_COMPLETE");
        page.locator("#move-date-DECLARED").fill("2026-03-05");
        page.locator("#move-DECLARED").click();
        assertThat(page.locator("#status")).hasAttribute("data-status", "DECLARED");
        assertThat(page.locator("tr[data-deadline='tw-lodge']")).hasAttribute("data-state", "MET");
        page.locator("#move-date-RELEASED").fill("2026-03-06");
        page.locator("#move-RELEASED").click();
        assertThat(page.locator("#status")).hasAttribute("data-status", "RELEASED");
        page.locator("#move-CLOSED").click();
        assertThat(page.locator("#status")).hasAttribute("data-status", "CLOSED");
        assertThat(page.locator("#read-only")).isVisible();
        assertThat(page.locator("#transaction-edit")).hasCount(0);
        assertThat(page.locator("#upload-form")).hasCount(0);
        assertThat(page.locator("#status-actions form")).hasCount(0);
        assertThat(page.locator("#retention-keep-until")).hasAttribute("data-keep-until", "2031-03-06");
        assertThat(page.locator(".history-entry").first()).containsText("Closed");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/browser-screenshots/t4-closed.png")));

        // the edit form of a closed file is not offered
        String url = page.url().replaceAll("#.*$", "");
        open(url.substring(url.indexOf("/clearance")) + "/edit?lang=en");
        assertThat(page.locator("#clearance-notice")).containsText("closed and read-only");
    }
}
