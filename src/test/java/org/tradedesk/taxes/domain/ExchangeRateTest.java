package org.tradedesk.taxes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.EffectivePeriod;

class ExchangeRateTest {

    private static ExchangeRate rate(String rate, ExchangeRate.Quotation quotation) {
        return new ExchangeRate("AU", CurrencyCode.USD, CurrencyCode.AUD, new BigDecimal(rate), quotation,
                EffectivePeriod.from(LocalDate.of(2026, 1, 1)), "test");
    }

    @Test
    void dividesByARateQuotedForeignPerLocalKeepingExactQuotientsExact() {
        // ABF quotes US$0.91 per A$1: US$1,274 is A$1,400 exactly
        assertThat(rate("0.91", ExchangeRate.Quotation.FOREIGN_PER_LOCAL).toLocal(new BigDecimal("1274")))
                .isEqualByComparingTo("1400");
    }

    @Test
    void carriesANonTerminatingQuotientToTenDecimals() {
        // 400 ÷ 0.65 = 615.384615384615…
        assertThat(rate("0.65", ExchangeRate.Quotation.FOREIGN_PER_LOCAL).toLocal(new BigDecimal("400")))
                .isEqualTo(new BigDecimal("615.3846153846"));
    }

    @Test
    void multipliesByARateQuotedLocalPerForeign() {
        assertThat(rate("32.15", ExchangeRate.Quotation.LOCAL_PER_FOREIGN).toLocal(new BigDecimal("2135")))
                .isEqualByComparingTo("68640.25");
    }

    /**
     * Acceptance review t1fixD 10: a rate stored in a 10-decimal column (31.4520000000, the figure of the review) is quoted as the
     * documents print it, 31.452, in the API's data versions too; a whole rate keeps no exponent (30, not 3E+1).
     */
    @Test
    void aRateIsQuotedWithoutTheStoredTrailingZeros() {
        assertThat(rate("31.4520000000", ExchangeRate.Quotation.LOCAL_PER_FOREIGN).quoteText().args().get(0).value()).isEqualTo("31.452");
        assertThat(rate("30.0000000000", ExchangeRate.Quotation.LOCAL_PER_FOREIGN).quoteText().args().get(0).value()).isEqualTo("30");
        assertThat(rate("0.6500000000", ExchangeRate.Quotation.FOREIGN_PER_LOCAL).quoteText().args().get(0).value()).isEqualTo("0.65");
    }
}
