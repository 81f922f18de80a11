package org.tradedesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Issue 6 §7 on a 390 px phone in zh-TW: the calculation tables pushed the page sideways, headers
 * wrapped one character a line (稅/則/號/別), the live result was out of sight below the form and
 * focus fell to {@code <body>} after a line was removed and after a 422 re-render. Also proves that htmx and Bootstrap work
 * under the Content-Security-Policy (no violation reported by Chromium).
 */
class NarrowScreenBrowserTest extends BrowserTestBase {

    @Autowired
    ClientDirectory clients;


    /** The page's width and the elements reaching past the viewport when it scrolls sideways; empty when it does not. */
    String pageScrollsSideways() {
        return (String) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth ? '' : "
                + "document.documentElement.scrollWidth + ' > ' + window.innerWidth + ': ' + "
                + "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".filter(e => getComputedStyle(e).position !== 'static' || !e.closest('.table-responsive'))"
                + ".slice(0, 10).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')");
    }

    @Test
    void aQuotationAndItsCalculationFitA390PixelScreenInChinese() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId;
        try {
            clientId = clients.create(new ClientDetails("窄螢幕汽車貿易有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                    PreferredLanguage.ZH_TW, null, null, null)).id();
        } finally {
            SecurityContextHolder.clearContext();
        }
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
        page.setViewportSize(390, 844);
        logInAs("coordinator");
        open("/taxes/quotations/new?lang=zh-TW&clientId=" + clientId);
        // saved empty: the form comes back (422) with the focus on its first field in error, not on <body>
        page.locator("#save").click();
        assertThat(page.locator("main .is-invalid").first()).isVisible();
        assertThat(page.locator("main .is-invalid:focus")).hasCount(1);
        assertThat((Boolean) page.evaluate("() => document.activeElement === document.querySelector('main .is-invalid')")).isTrue();
        TaxQuotationBrowserTest.fillUsedBmwX5(page);

        // the live total is in sight at the bottom of the screen while the form is edited
        assertThat(page.locator("#result-total")).containsText(Pattern.compile("448,667(?![.\\d])"));
        assertThat(page.locator("#result-peek")).isVisible();
        assertThat(page.locator("#result-peek")).containsText(Pattern.compile("448,667(?![.\\d])"));
        assertThat(pageScrollsSideways()).isEmpty();

        // a line added then removed: focus lands on a field of the remaining line, not on <body>
        page.locator("#add-line").click();
        assertThat(page.locator("#lines .line")).hasCount(2);
        page.locator("#lines .line").nth(1).locator(".remove-line").click();
        assertThat(page.locator("#lines .line")).hasCount(1);
        assertThat(page.locator("#lines .line input:focus")).hasCount(1);

        page.locator("#save").click();
        assertThat(page).hasURL(Pattern.compile(".*/taxes/calculations/[0-9a-f-]{36}$"));
        assertThat(page.locator("#invoice-lines")).isVisible();
        assertThat(pageScrollsSideways()).isEmpty();
        // every header of the invoice lines on one line: height within one line plus padding
        @SuppressWarnings("unchecked")
        List<Number> ratios = (List<Number>) page.evaluate("() => [...document.querySelectorAll('#invoice-lines th')]"
                + ".map(t => t.getBoundingClientRect().height / parseFloat(getComputedStyle(t).lineHeight))");
        assertThat(ratios).isNotEmpty().allSatisfy(r -> assertThat(r.doubleValue()).isLessThan(1.9));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/browser-screenshots/narrow-zh-TW-calculation.png")));
        assertThat(violations).isEmpty();
    }

    /**
     * Issue 6 review at 390 px in zh-TW: the tax-name column was 40 px wide (six lines for 葡萄酒平衡稅), the
     * calculations list measured 546 px and a tariff item 660 px (sideways scroll).
     */
    @Test
    void taxNamesStayWholeAndTheListAndATariffItemFitA390PixelScreenInChinese() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId;
        try {
            clientId = clients.create(new ClientDetails("窄螢幕稅名貿易有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                    PreferredLanguage.ZH_TW, null, null, null)).id();
        } finally {
            SecurityContextHolder.clearContext();
        }
        page.setViewportSize(390, 844);
        logInAs("coordinator");
        open("/taxes/quotations/new?lang=zh-TW&clientId=" + clientId);
        TaxQuotationBrowserTest.fillUsedBmwX5(page);
        assertThat(page.locator("#result-total")).containsText(Pattern.compile("448,667(?![.\\d])"));
        page.locator("#save").click();
        assertThat(page).hasURL(Pattern.compile(".*/taxes/calculations/[0-9a-f-]{36}$"));
        @SuppressWarnings("unchecked")
        // lines of the name's own text (a cell is as tall as its row, which the legal reference makes taller)
        List<Number> names = (List<Number>) page.evaluate("() => [...document.querySelectorAll('#taxes-table td.tax-name')]"
                + ".map(t => { const r = document.createRange(); r.selectNodeContents(t);"
                + " return new Set([...r.getClientRects()].map(c => Math.round(c.top))).size; })");
        assertThat(names).isNotEmpty().allSatisfy(lines -> assertThat(lines.intValue()).isLessThanOrEqualTo(2));
        assertThat(pageScrollsSideways()).isEmpty();
        open("/taxes?lang=zh-TW");
        assertThat(pageScrollsSideways()).isEmpty();
        open("/tariff/AU/items/0406.10.00?lang=zh-TW");
        assertThat(pageScrollsSideways()).isEmpty();
    }
}
