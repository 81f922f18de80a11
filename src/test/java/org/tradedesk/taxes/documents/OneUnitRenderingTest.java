package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.shared.duty.DutyExpression;
import org.tradedesk.shared.duty.DutyExpressionText;
import org.tradedesk.taxes.EngineTexts;

/**
 * Acceptance review t1fixJ 2: a unit was written two ways in one zh-TW explanation (「13 GBP/100 公斤」 beside
 * 「15 GBP/100 kg - 7 GBP/100 kg」; 「107.99 AUD/公升純酒精」 beside 「107.99 AUD/LAL」 in the requirements and the greyed
 * options). The working, the published rate's words and the rate column print a rate the same way, in both languages.
 */
class OneUnitRenderingTest {

    private static final MessageTexts TEXTS = EngineTexts.renderer();
    private static final ResourceBundleMessageSource BUNDLES = new ResourceBundleMessageSource();

    static {
        BUNDLES.setBasenames("i18n/messages", "i18n/taxes", "i18n/tariff");
        BUNDLES.setDefaultEncoding("UTF-8");
        BUNDLES.setFallbackToSystemLocale(false);
    }

    @Test
    void aDifferenceOfSpecificRatesNamesItsUnitsAsTheRateColumnDoes() {
        for (String rate : new String[] {"15 GBP/100 kg - 7 GBP/100 kg", "5% + 107.99 AUD/LAL", "MAX(10%, 20 TWD/No)"}) {
            DutyExpression e = DutyExpression.parse(rate);
            for (Locale locale : new Locale[] {Locale.TRADITIONAL_CHINESE, Locale.ENGLISH}) {
                assertThat(TEXTS.render(DutyExpressionText.of(e), locale)).isEqualTo(RateTexts.render(e.toString(), BUNDLES, locale));
            }
        }
        String zh = TEXTS.render(DutyExpressionText.of(DutyExpression.parse("15 GBP/100 kg - 7 GBP/100 kg")), Locale.TRADITIONAL_CHINESE);
        assertThat(zh).contains("公斤").doesNotContain("kg");
    }

    @Test
    void thePublishedRatesWordsNameLitresOfAlcoholInChinese() {
        String zh = TEXTS.render(org.tradedesk.tariff.PublishedRateText.forReader("5%, and $107.99/L of alcohol"), Locale.TRADITIONAL_CHINESE);
        assertThat(zh).contains("公升純酒精").doesNotContain("LAL");
    }
}
