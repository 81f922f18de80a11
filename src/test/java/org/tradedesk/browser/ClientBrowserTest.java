package org.tradedesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tradedesk.support.BrowserTestBase;

/** Issue 2, quality bar: a coordinator creates a client in the browser. */
class ClientBrowserTest extends BrowserTestBase {

    /** The ATO's own ABN, published on abr.business.gov.au: passes the ABN check-digit rule. */
    static final String ATO_ABN = "51 824 753 556";

    @Test
    void coordinatorCreatesAnAustralianClientAndFindsItBySearch() {
        String name = "Barossa Browser Wines Kx" + System.nanoTime();
        logInAs("coordinator");
        open("/clients?lang=en");

        page.locator("#client-new").click();
        page.locator("#client-name").fill(name);
        page.locator("#client-kind").selectOption("EXPORTER");
        page.locator("#client-country").selectOption("AU");
        page.locator("#client-taxid").fill(ATO_ABN);
        page.locator("#client-save").click();

        assertThat(page).hasURL(Pattern.compile(".*/clients/\\d+.*"));
        assertThat(page.locator("#client-heading")).hasText(name);
        assertThat(page.locator("#client-country-value")).containsText("AU");

        open("/clients");
        page.locator("#client-search").fill(name.substring(name.lastIndexOf(' ') + 1));
        // htmx swaps the results in after a 300 ms pause in typing
        assertThat(page.locator("#client-table .client-link")).hasCount(1);
        assertThat(page.locator("#client-table .client-link")).hasText(name);
    }

    @Test
    void anAbnWithAWrongCheckDigitIsRefusedAtTheField() {
        logInAs("coordinator");
        open("/clients/new?lang=en");

        page.locator("#client-name").fill("Wrong ABN Pty Ltd");
        page.locator("#client-country").selectOption("AU");
        page.locator("#client-taxid").fill("51 824 753 557");
        page.locator("#client-save").click();

        assertThat(page.locator("#client-taxid-error")).isVisible();
        assertThat(page.locator("#client-taxid")).hasClass(Pattern.compile(".*is-invalid.*"));
    }
}
