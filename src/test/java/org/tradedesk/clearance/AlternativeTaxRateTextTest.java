package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.MessageText;

/** A tax rate of an alternative's costing is shown in the reader's language: "Free" by the tariff module's word, not as published. */
class AlternativeTaxRateTextTest {

    @Test
    void freeIsTheTariffWordAndAPercentageStaysAsItIs() {
        MessageText free = new AlternativeCosting.TaxLine("DUTY", null, new BigDecimal("10000.00"), "Free", BigDecimal.ZERO).rateText();
        assertThat(codes(free)).contains("tariff.rate.free");
        assertThat(literals(free)).doesNotContain("Free");
        MessageText ten = new AlternativeCosting.TaxLine("GST", null, new BigDecimal("10800.00"), "10%", new BigDecimal("1080.00")).rateText();
        assertThat(literals(ten)).contains("10%");
        assertThat(new AlternativeCosting.TaxLine("LCT", null, null, null, BigDecimal.ZERO).rateText()).isNull();
    }

    /**
     * Issue 8: what the reader sees of a rate published "Free" — 免稅 in zh-TW, Free in English — rendered with the application's
     * bundles, as the page, the API and the evaluation report render {@code rateText()}. (ClearanceAlternativeCostingTest's car is
     * given 0% by the engine for JAEPA and the TCO, so its pages could not show "Free" in any case: its assertions of that were
     * removed in favour of this one.)
     */
    @Test
    void aRatePublishedFreeReadsMianShuiInChineseAndFreeInEnglish() {
        org.springframework.context.support.ResourceBundleMessageSource bundles = new org.springframework.context.support.ResourceBundleMessageSource();
        bundles.setBasenames("i18n/messages", "i18n/clearance", "i18n/tariff", "i18n/taxes");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        org.tradedesk.platform.MessageTexts texts = new org.tradedesk.platform.MessageTexts(bundles,
                new org.tradedesk.platform.Formats(java.time.Clock.systemUTC()));
        MessageText free = new AlternativeCosting.TaxLine("DUTY", null, new BigDecimal("10000.00"), "Free", BigDecimal.ZERO).rateText();
        assertThat(texts.render(free, java.util.Locale.TRADITIONAL_CHINESE)).isEqualTo("免稅");
        assertThat(texts.render(free, java.util.Locale.ENGLISH)).isEqualTo("Free");
        MessageText ten = new AlternativeCosting.TaxLine("GST", null, new BigDecimal("10800.00"), "10%", new BigDecimal("1080.00")).rateText();
        assertThat(texts.render(ten, java.util.Locale.TRADITIONAL_CHINESE)).isEqualTo("10%");
    }

    private static java.util.List<String> codes(MessageText m) {
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add(m.code());
        for (MessageText.Arg a : m.args()) {
            if (a.kind() == MessageText.Kind.CODE) {
                out.add(a.value());
            }
            if (a.message() != null) {
                out.addAll(codes(a.message()));
            }
        }
        return out;
    }

    private static java.util.List<String> literals(MessageText m) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (MessageText.Arg a : m.args()) {
            if (a.kind() == MessageText.Kind.LITERAL) {
                out.add(a.value());
            }
            if (a.message() != null) {
                out.addAll(literals(a.message()));
            }
        }
        return out;
    }
}
