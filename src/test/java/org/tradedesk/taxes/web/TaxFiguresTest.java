package org.tradedesk.taxes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The calculation page's figures in one format each (T1 acceptance review, item 4: "完稅價格 = 316,080.0" beside a table
 * showing 316,080.00; "進位前 31,608.0 進位後 31,608"; "進位後 4,950.0"): a base and an amount before rounding in the
 * currency's minor units, an exact quotient to a stated four decimals, an amount the law rounds to whole dollars in that unit.
 */
class TaxFiguresTest {

    private final TaxFigures figures = new TaxFigures();

    @Test
    void eachFigureHasOneFormat() {
        assertThat(figures.amount(new BigDecimal("316080.0"), "TWD")).isEqualTo("316,080.00");
        assertThat(figures.exact(new BigDecimal("31608.0"), "TWD")).isEqualTo("31,608.00");
        assertThat(figures.rounded(new BigDecimal("31608"), "TWD", "TRUNCATE_0")).isEqualTo("31,608");
        assertThat(figures.rounded(new BigDecimal("4950.0"), "TWD", "HALF_UP_0")).isEqualTo("4,950");
        assertThat(figures.rounded(new BigDecimal("540.7"), "AUD", "HALF_UP_2")).isEqualTo("540.70");
        // 291,580 / 11 × 33 % before its rounding to the cent
        assertThat(figures.exact(new BigDecimal("8747.3999999999999"), "AUD")).isEqualTo("\u2248 8,747.40");
        assertThat(figures.exact(new BigDecimal("32934.7727272727"), "AUD")).isEqualTo("\u2248 32,934.7727");
    }
}
