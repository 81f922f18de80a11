package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A step's rate text in the reader's language: the unit and the retail price named from the bundles, figures as written. */
class RateTextsTest {

    private static final ResourceBundleMessageSource BUNDLES = new ResourceBundleMessageSource();

    static {
        BUNDLES.setBasenames("i18n/messages", "i18n/taxes");
        BUNDLES.setDefaultEncoding("UTF-8");
        BUNDLES.setFallbackToSystemLocale(false);
    }

    private static String zh(String rate) {
        return RateTexts.render(rate, BUNDLES, Locale.TRADITIONAL_CHINESE);
    }

    private static String en(String rate) {
        return RateTexts.render(rate, BUNDLES, Locale.ENGLISH);
    }

    @Test
    void theRetailPriceAndTheUnitAreInChinese() {
        // seen in the zh-TW step of a UK tobacco line: 「16.5% retail price」
        assertThat(zh("16.5% retail price + 316.70 GBP/1000 MIN 422.80 GBP/1000"))
                .isEqualTo("零售價格之 16.5% + 316.70 GBP/千個 下限 422.80 GBP/千個");
        assertThat(zh("MAX(10%, 20 TWD/No)")).isEqualTo("最高(10%, 20 TWD/個)");
        assertThat(zh("44.2 EUR/100 kg")).isEqualTo("44.2 EUR/100 公斤");
        assertThat(zh("5%")).isEqualTo("5%");
    }

    /**
     * Review of T1 R5: a total over lines at different rates joins them with "; " (no expression), and was shown as written
     * (English) on the zh page; the property a rate is per percent of (sucrose) was printed in English.
     */
    @Test
    void theRatesOfSeveralLinesAndThePropertyAreInChinese() {
        assertThat(zh("MAX(10%, 20 TWD/No); 5%")).isEqualTo("最高(10%, 20 TWD/個)；5%");
        assertThat(en("MAX(10%, 20 TWD/No); 5%")).isEqualTo("MAX(10%, 20 TWD/No); 5%");
        assertThat(zh("0.30 GBP/100 kg/% sucrose")).isEqualTo("0.30 GBP/100 公斤/% 蔗糖含量");
        assertThat(en("0.30 GBP/100 kg/% sucrose")).isEqualTo("0.30 GBP/100 kg/% sucrose");
    }

    /** Issue 6: the MAX/MIN keywords and the strength a per-LAL rate counts above were left in English in zh-TW. */
    @Test
    void theKeywordsOfARateAreInChinese() {
        assertThat(zh("MIN(5%, 3 TWD/kg)")).isEqualTo("最低(5%, 3 TWD/公斤)");
        assertThat(zh("13.8% MIN 13 GBP/100 kg MAX 15 GBP/100 kg")).isEqualTo("13.8% 下限 13 GBP/100 公斤 上限 15 GBP/100 公斤");
        assertThat(zh("43.39 AUD/LAL ABOVE 1.15 %vol")).isEqualTo("43.39 AUD/公升純酒精 （僅計酒精濃度超過 1.15% 之部分）");
        assertThat(zh("MAX(38 TWD/pr, 10%)")).doesNotContain("MAX").doesNotContain("MIN");
    }

    @Test
    void englishKeepsTheCanonicalText() {
        for (String rate : new String[] {"16.5% retail price + 316.70 GBP/1000 MIN 422.80 GBP/1000", "MAX(10%, 20 TWD/No)",
                "44.2 EUR/100 kg", "3.5 AUD/LAL", "0.5 EUR/pr", "43.39 AUD/LAL ABOVE 1.15 %vol", "MIN(5%, 3 TWD/kg)",
                "13.8% MIN 13 GBP/100 kg MAX 15 GBP/100 kg"}) {
            assertThat(en(rate)).isEqualTo(rate);
        }
        assertThat(zh("3.5 AUD/LAL")).isEqualTo("3.5 AUD/公升純酒精");
    }
}
