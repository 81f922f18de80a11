package org.tradedesk.taxes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tradedesk.taxes.domain.TariffMeasureSource.StrengthRange;

/** Acceptance review r-t1 F12: the strength a tariff item's own text states it covers, read from its English description. */
class StrengthRangeTest {

    @Test
    void readsNotExceedingExceedingAndBoth() {
        StrengthRange must = StrengthRange.stated("2204.21.10",
                "--- Goods, as follows having an alcoholic strength by volume not exceeding 1.15% vol; grape must, not potable").orElseThrow();
        assertThat(must.above()).isNull();
        assertThat(must.atMost()).isEqualByComparingTo("1.15");
        assertThat(must.contains(new BigDecimal("1.15"))).isTrue();
        assertThat(must.contains(new BigDecimal("13.5"))).isFalse();

        StrengthRange over = StrengthRange.stated("2208.90", "of an alcoholic strength by volume exceeding 1.15 % vol").orElseThrow();
        assertThat(over.above()).isEqualByComparingTo("1.15");
        assertThat(over.atMost()).isNull();
        assertThat(over.contains(new BigDecimal("1.15"))).isFalse();

        StrengthRange between = StrengthRange.stated("x", "exceeding 1.15% vol but not exceeding 10% vol").orElseThrow();
        assertThat(between.above()).isEqualByComparingTo("1.15");
        assertThat(between.atMost()).isEqualByComparingTo("10");
        assertThat(between.text().code()).isEqualTo("taxes.range.between");
    }

    @Test
    void aTextStatingNoStrengthGivesNone() {
        assertThat(StrengthRange.stated("2204.21.20", "--- Grape wine")).isEmpty();
        assertThat(StrengthRange.stated("x", null)).isEmpty();
    }
}
