package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.LocalizedText;

/**
 * t4fixAF 3 (acceptance review): the evaluation report's MFN option said 「進口稅」 on a base of TWD 773,207.50 (the engine's
 * label and a costing's exact base saved before the engine truncated the 完稅價格), another option 「關稅」 on TWD 773,207 (the
 * declaration's). One tax has one name, 關稅 / Customs duty, and in Taiwan one base, whole NT$.
 */
class AlternativeTaxNameAndBaseTest {

    @Test
    void oneNameAndWholeDollarBaseForTaiwan() {
        AlternativeCosting.TaxLine engine = new AlternativeCosting.TaxLine("DUTY", LocalizedText.of("進口稅", "Import duty"),
                new BigDecimal("773207.50"), "10%", new BigDecimal("77320"));
        org.springframework.context.support.ResourceBundleMessageSource bundles = new org.springframework.context.support.ResourceBundleMessageSource();
        bundles.setBasenames("i18n/clearance");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        assertThat(bundles.getMessage(engine.typeName(), null, Locale.TRADITIONAL_CHINESE)).isEqualTo("關稅");
        assertThat(bundles.getMessage(engine.typeName(), null, Locale.ENGLISH)).isEqualTo("Customs duty");
        // by hand: 773,207.50 truncated to whole NT$ is 773,207, as the declaration-based option shows it
        assertThat(ClearanceFigures.text(engine.shownBase("TW"), "TWD")).isEqualTo("TWD 773,207");
        // elsewhere the base as stored
        assertThat(engine.shownBase("AU")).isEqualByComparingTo("773207.50");
        // a tax without a type name keeps its own label
        assertThat(new AlternativeCosting.TaxLine("XYZ", null, null, null, BigDecimal.ZERO).typeName()).isNull();
    }
}
