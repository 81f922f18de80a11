package org.tradedesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tradedesk.support.BrowserTestBase;

/**
 * Issue 2, quality bar: a manager runs the import of the bundled Australian Customs Tariff and
 * watches the progress until it finishes; a coordinator then searches {@code wine} and opens a line.
 */
class TariffBrowserTest extends BrowserTestBase {

    @Test
    void managerImportsTheAustralianTariffThenWineIsFoundAndOpened() {
        logInAs("manager");
        open("/tariff/imports?lang=en");
        page.locator("#tariff-bundled-AU").click();

        assertThat(page).hasURL(Pattern.compile(".*/tariff/imports/\\d+$"));
        // htmx polls the progress fragment every second until the job leaves RUNNING
        assertThat(page.locator("#tariff-job-status")).hasAttribute("data-status", "SUCCEEDED",
                new LocatorAssertions.HasAttributeOptions().setTimeout(300_000));
        assertThat(page.locator(".progress-bar")).hasText("100%");
        long imported = Long.parseLong(page.locator("#tariff-rows-imported").innerText().replaceAll("[^0-9]", ""));
        // Schedule 3 has thousands of tariff lines (chapters 1-97)
        assertThat(imported).isGreaterThan(5_000);

        open("/tariff?lang=en");
        page.locator("#j").selectOption("AU");
        page.locator("#q").fill("wine");
        page.locator("#tariff-search-submit").click();

        // 2204: wine of fresh grapes (HS heading); its lines must be among the hits. The search index
        // is rebuilt in the background just after the import reports success: search again until then.
        Locator wine = page.locator("#tariff-results .tariff-hit").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^2204")));
        for (int i = 0; i < 60 && wine.count() == 0; i++) {
            page.waitForTimeout(1000);
            page.reload();
        }
        assertThat(wine.first()).isVisible();
        wine.first().click();
        assertThat(page.locator("#tariff-item-code")).hasText(Pattern.compile("^2204"));
        assertThat(page.locator("#tariff-item-description")).containsText(Pattern.compile("wine", Pattern.CASE_INSENSITIVE));
        assertThat(page.locator("#tariff-hierarchy")).isVisible();

        // a heading or subheading carries no rate: go down the hierarchy to a tariff item that does
        for (int depth = 0; depth < 4 && page.locator("#tariff-measures").count() == 0; depth++) {
            String child = page.locator("#tariff-children a").first().innerText();
            page.locator("#tariff-children a").first().click();
            assertThat(page.locator("#tariff-item-code")).hasText(child);
        }
        assertThat(page.locator("#tariff-measures")).isVisible();
    }
}
