package org.tradedesk.markets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.tradedesk.markets.persistence.TradeTable;
import org.tradedesk.shared.MessageText;

/** T2 review item 4: the note of a preliminary year says what is actually left out (a preliminary full year keeps its YoY). */
class MarketIndicatorsPreliminaryNoteTest {

    static TradeTable.IndicatorInput row(int year, String value, boolean preliminary, Integer partialToMonth, String previous) {
        return new TradeTable.IndicatorInput("490", "TWN", year, false, new BigDecimal(value), null, null, preliminary,
                partialToMonth, previous == null ? null : new BigDecimal(previous), previous == null ? null : year - 1,
                null, null, 0, null, null, null, 0, null, 2023, 80.0, 2024, 100.0, null, null, 2, 0, null, null, null, 0, null, false, 0, false);
    }

    @Test
    void preliminaryFullYearKeepsItsGrowthAndItsNoteSaysOnlyCagrAndTrendLeaveItOut() {
        IndicatorsView v = MarketIndicators.view(4, "854231", Flow.M, null, null,
                List.of(row(2023, "80", false, null, null), row(2024, "100", true, null, "80"), row(2025, "50", true, 6, "100")),
                new TradeTable.Coverage(true, false, 0, 0), null, null, null);
        IndicatorsView.Row full = v.rows().stream().filter(r -> r.year() == 2024).findFirst().orElseThrow();
        assertThat(full.yoyGrowth().value()).isNotNull();
        assertThat(full.notes()).extracting(MessageText::code).contains("markets.indicators.preliminary.full-year")
                .doesNotContain("markets.indicators.preliminary");
        IndicatorsView.Row partial = v.rows().stream().filter(r -> r.year() == 2025).findFirst().orElseThrow();
        assertThat(partial.notes()).extracting(MessageText::code).contains("markets.indicators.preliminary");
        assertThat(ResourceBundle.getBundle("i18n/markets", Locale.ENGLISH).getString("markets.indicators.preliminary.full-year"))
                .contains("growth over the previous year is shown").doesNotContain("left out of the growth figures");
        assertThat(ResourceBundle.getBundle("i18n/markets", Locale.TAIWAN).getString("markets.indicators.preliminary.full-year"))
                .contains("列出與上年相比的年增率");
    }
}
