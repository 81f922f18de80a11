package org.tradedesk.clearance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.MessageText;

/**
 * Review r-t4c F10: Taiwan's duties and taxes are whole NT$ and print whole (「稅費 TWD 7,815」, 「應補繳 TWD 4,003」), as the tax
 * documents print them; other currencies, and a TWD amount with cents, to their minor unit.
 */
class TaxAmountTest {

    private static String render(MessageText.Arg arg, Locale locale) {
        org.springframework.context.support.ResourceBundleMessageSource bundles = new org.springframework.context.support.ResourceBundleMessageSource();
        bundles.setBasenames("i18n/clearance");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        org.tradedesk.platform.MessageTexts texts = new org.tradedesk.platform.MessageTexts(bundles,
                new org.tradedesk.platform.Formats(java.time.Clock.systemUTC()));
        return texts.render(MessageText.of("clearance.dispute.assessment.effect.extra", arg), locale);
    }

    @Test
    void wholeNewTaiwanDollarsPrintWhole() {
        assertThat(render(MoneyCodes.taxAmount(new BigDecimal("4003.00"), "TWD"), Locale.TRADITIONAL_CHINESE))
                .contains("TWD 4,003").doesNotContain("4,003.00");
        assertThat(render(MoneyCodes.taxAmount(new BigDecimal("7815"), "TWD"), Locale.ENGLISH)).contains("TWD 7,815").doesNotContain("7,815.00");
        assertThat(render(MoneyCodes.taxAmount(new BigDecimal("12.50"), "TWD"), Locale.ENGLISH)).contains("TWD 12.50");
        assertThat(render(MoneyCodes.taxAmount(new BigDecimal("550"), "AUD"), Locale.ENGLISH)).contains("AUD 550.00");
    }
}
