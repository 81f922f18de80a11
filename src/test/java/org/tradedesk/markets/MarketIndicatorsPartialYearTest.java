package org.tradedesk.markets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.markets.persistence.TradeTable;
import org.tradedesk.shared.MessageText;

/**
 * Review of issue 9 (blocker): the preliminary 2025 period covering January–July was given a YoY growth against the
 * full 2024. A partial period against a full year has no growth rate (undefined, with the reason); full years keep theirs.
 */
class MarketIndicatorsPartialYearTest {

    static TradeTable.IndicatorInput row(int year, String value, Integer partialToMonth, String previous) {
        return row(year, value, partialToMonth, previous, null);
    }

    /** {@code previousPartial}: the months the previous row covers, as SQL's {@code lag(partial_to_month)} gives them. */
    static TradeTable.IndicatorInput row(int year, String value, Integer partialToMonth, String previous, Integer previousPartial) {
        return new TradeTable.IndicatorInput("490", "TWN", year, false, new BigDecimal(value), null, null, partialToMonth != null,
                partialToMonth, previous == null ? null : new BigDecimal(previous), previous == null ? null : year - 1,
                previousPartial, null, 0, null, null, null, 0, null, 2023, 80.0, 2024, 100.0, null, null, 2, 0,
                null, null, null, 0, null, false, 0, false);
    }

    static IndicatorsView view(List<TradeTable.IndicatorInput> in) {
        return MarketIndicators.view(4, "854231", Flow.M, null, null, in, new TradeTable.Coverage(true, false, 0, 0), null, null, null);
    }

    @Test
    void partialPeriodHasNoGrowthAgainstAFullYear() {
        IndicatorsView v = view(List.of(row(2023, "80", null, null), row(2024, "100", null, "80"), row(2025, "66.51", 7, "100")));
        IndicatorsView.Row partial = v.rows().stream().filter(r -> r.year() == 2025).findFirst().orElseThrow();
        assertThat(partial.yoyGrowth().value()).isNull();
        assertThat(partial.yoyGrowth().notes()).extracting(MessageText::code).containsExactly("markets.indicators.yoy.partial");
        assertThat(partial.yoyGrowth().notes().get(0).args()).extracting(MessageText.Arg::value).containsExactly("7");
        IndicatorsView.Row full = v.rows().stream().filter(r -> r.year() == 2024).findFirst().orElseThrow();
        assertThat(full.yoyGrowth().value()).isNotNull(); // two full years keep their growth rate
    }

    @Test
    void fullYearAfterAPartialOneHasNoGrowthEither() {
        IndicatorsView v = view(List.of(row(2024, "60", 7, null), row(2025, "100", null, "60", 7)));
        IndicatorsView.Row full = v.rows().stream().filter(r -> r.year() == 2025).findFirst().orElseThrow();
        assertThat(full.yoyGrowth().value()).isNull();
        assertThat(full.yoyGrowth().notes()).extracting(MessageText::code).containsExactly("markets.indicators.yoy.partial-before");
    }
}
