package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tradedesk.clearance.domain.MoneyCodes;
import org.tradedesk.platform.Formats;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.shared.MessageText;

/**
 * T4 acceptance review (t4fixT 3): the declaration page showed 稅費 TWD 48,619.00 and line taxes 14,175.00; texts mixed
 * "TWD 29,171" with 「相差 TWD 1.00」. One rule for clearance's tax amounts ({@link MoneyCodes#taxScale}): whole NT$ for
 * Taiwan, the currency's minor unit otherwise, grouped, on the pages and in the texts alike.
 */
class ClearanceFiguresTest {

    private final Formats formats = new Formats(Clock.systemUTC());
    private final ClearanceFigures figures = new ClearanceFigures();

    @Test
    void taiwansTaxesAreWholeDollarsAndOtherCurrenciesTheirMinorUnit() {
        assertThat(figures.tax(new BigDecimal("48619.00"), "TWD")).isEqualTo("48,619");
        assertThat(figures.tax(new BigDecimal("14175"), "TWD")).isEqualTo("14,175");
        assertThat(figures.tax(new BigDecimal("1234.5"), "AUD")).isEqualTo("1,234.50");
        assertThat(figures.tax(new BigDecimal("1500"), "JPY")).isEqualTo("1,500");
        // a TWD figure with cents (a hand cost) keeps them rather than hiding them
        assertThat(figures.tax(new BigDecimal("3250.50"), "TWD")).isEqualTo("3,250.50");
    }

    @Test
    void textsPrintTheSameFigureAsThePages() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/clearance");
        bundles.setDefaultEncoding("UTF-8");
        MessageTexts texts = new MessageTexts(bundles, formats);
        MessageText diff = MessageText.of("clearance.response.duty-total-difference",
                MoneyCodes.taxAmount(new BigDecimal("26335.00"), "TWD"), MoneyCodes.taxAmount(new BigDecimal("26334"), "TWD"));
        assertThat(texts.render(diff, Locale.TRADITIONAL_CHINESE)).contains("TWD 26,335").contains("TWD 26,334").doesNotContain(".00");
        assertThat(texts.render(MessageText.of("clearance.response.duty-total-difference",
                MoneyCodes.taxAmount(new BigDecimal("100.5"), "AUD"), MoneyCodes.taxAmount(new BigDecimal("100"), "AUD")), Locale.ENGLISH))
                .contains("AUD 100.50").contains("AUD 100.00");
    }

    /**
     * t4fixW: history lines written before stored a whole TWD amount at two decimals (「新增替代方案 … TWD 12,500.00」); read
     * now, they say it as the reports do, in both languages; an AUD amount keeps its cents.
     */
    @Test
    void historyLinesWrittenBeforeReadTheirTaiwanDollarsWhole() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/clearance");
        bundles.setDefaultEncoding("UTF-8");
        MessageTexts texts = new MessageTexts(bundles, formats);
        BigDecimal stored = new BigDecimal("12500.00");
        MessageText old = MessageText.of("clearance.history.alternative-added", MessageText.Arg.number(3),
                MessageText.Arg.code("clearance.alternative.kind.MFN"), MessageText.Arg.money(stored, "TWD"));
        assertThat(texts.render(old, Locale.TRADITIONAL_CHINESE)).as("as stored").contains("12,500.00");
        HistoryEntry line = new HistoryEntry(1, java.time.Instant.EPOCH, "coordinator", old);
        assertThat(texts.render(line.what(), Locale.TRADITIONAL_CHINESE)).contains("TWD 12,500").doesNotContain("12,500.00");
        assertThat(texts.render(line.what(), Locale.ENGLISH)).contains("TWD 12,500").doesNotContain("12,500.00");
        HistoryEntry aud = new HistoryEntry(2, java.time.Instant.EPOCH, "coordinator", MessageText.of("clearance.history.alternative-added",
                MessageText.Arg.number(3), MessageText.Arg.code("clearance.alternative.kind.MFN"), MessageText.Arg.money(stored, "AUD")));
        assertThat(texts.render(aud.what(), Locale.ENGLISH)).contains("AUD 12,500.00");
    }
}
