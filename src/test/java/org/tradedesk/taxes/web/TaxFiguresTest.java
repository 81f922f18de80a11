package org.tradedesk.taxes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.EngineTexts;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.definitions.ChainDefinitions;
import org.tradedesk.taxes.domain.ExchangeRateTable;
import org.tradedesk.taxes.domain.TaxEngine;

/**
 * The calculation page's figures in one format each (T1 acceptance review, item 4: "完稅價格 = 316,080.0" beside a table
 * showing 316,080.00; "進位前 31,608.0 進位後 31,608"; "進位後 4,950.0"): a base and an amount before rounding in the
 * currency's minor units, an exact quotient to a stated four decimals, an amount the law rounds to whole dollars in that unit.
 */
class TaxFiguresTest {

    private final TaxFigures figures = new TaxFigures();

    @Test
    void eachFigureHasOneFormat() {
        // a whole TWD amount is printed whole (t1fixL 6: Formats.amount printed 316,080.00)
        assertThat(figures.amount(new BigDecimal("316080.0"), "TWD")).isEqualTo("316,080");
        assertThat(figures.exact(new BigDecimal("31608.0"), "TWD")).isEqualTo("31,608.00");
        assertThat(figures.rounded(new BigDecimal("31608"), "TWD", "TRUNCATE_0")).isEqualTo("31,608");
        assertThat(figures.rounded(new BigDecimal("4950.0"), "TWD", "HALF_UP_0")).isEqualTo("4,950");
        assertThat(figures.rounded(new BigDecimal("540.7"), "AUD", "HALF_UP_2")).isEqualTo("540.70");
        // 291,580 / 11 × 33 % before its rounding to the cent
        assertThat(figures.exact(new BigDecimal("8747.3999999999999"), "AUD")).isEqualTo("\u2248 8,747.40");
        assertThat(figures.exact(new BigDecimal("32934.7727272727"), "AUD")).isEqualTo("\u2248 32,934.7727");
    }

    private static final ChainDefinitions CHAINS = ChainDefinitions.fromClasspath();
    private static final TaxEngine ENGINE = new TaxEngine(ExchangeRateTable.EMPTY, null);

    private static TaxResult run(TaxRequest r) {
        return ENGINE.calculate(r, CHAINS.forJurisdiction(r.jurisdiction(), r.date()));
    }

    private static TaxResult.TaxStep step(TaxResult r, String code) {
        return r.steps().stream().filter(s -> code.equals(s.code())).findFirst().orElseThrow();
    }

    @Test
    void aDutyTruncatedToWholeNewTaiwanDollarsPrintsWholeEverywhereOnThePage() {
        // CIF NT$100,001 × 17.5 % = 17,500.175 → truncated to whole NT$ 17,500 (關稅法: 稅額計至元為止)
        TaxResult r = run(new TaxRequest("TW", LocalDate.of(2026, 3, 2), "TWD", Incoterm.CIF, null, null, null, null, null, null, null,
                null, List.of(TaxRequestLine.of("car", "87032391", new BigDecimal("100001"), Map.of("duty", "17.5%", "commodityTax", "30%")))));
        TaxResult.TaxStep duty = step(r, "DUTY");
        assertThat(duty.amount()).isEqualByComparingTo("17500");
        assertThat(figures.rounded(duty.amount(), "TWD", duty.rounding())).isEqualTo("17,500");
        assertThat(figures.tax(r, "DUTY", r.amountOf("DUTY"))).isEqualTo("17,500");
        assertThat(EngineTexts.zh(duty.explanation())).contains("→ TWD 17,500（").doesNotContain("17,500.00");
        assertThat(EngineTexts.en(duty.explanation())).contains("→ TWD 17,500 (").doesNotContain("17,500.00");
        // the exact figure before rounding keeps its digits
        assertThat(figures.exact(duty.amountExact(), "TWD")).isEqualTo("17,500.175");
    }

    @Test
    void aGstRoundedHalfUpIsNotTruncatedByTheDisplay() {
        // AU wine (chapter 22, never low-value): FOB 1,999.95, duty Free, WET none → GST 10 % × 1,999.95 = 199.995 → half up 200.00
        // (GST Act s 9-90 rounds to the nearest cent, 0.5 up); truncated it would read 199.99, half-even 200.00
        TaxResult r = run(new TaxRequest("AU", LocalDate.of(2026, 3, 2), "AUD", Incoterm.FOB, null, null, null, null, null, null, null,
                null, List.of(TaxRequestLine.of("wine", "22042120", new BigDecimal("1999.95"), Map.of("duty", "Free", "wet", "none")))));
        TaxResult.TaxStep gst = step(r, "GST");
        assertThat(gst.amountExact()).isEqualByComparingTo("199.995");
        assertThat(figures.rounded(gst.amount(), "AUD", gst.rounding())).isEqualTo("200.00");
        assertThat(figures.tax(r, "GST", r.amountOf("GST"))).isEqualTo("200.00");
        assertThat(figures.exact(gst.amountExact(), "AUD")).isEqualTo("199.995");
        // an unrounded figure handed to the display rounds half up like the law, not half-even or down: 0.125 → 0.13
        assertThat(figures.amount(new BigDecimal("0.125"), "AUD")).isEqualTo("0.13");
    }
}
