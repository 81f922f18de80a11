package org.tradedesk.taxes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradedesk.taxes.EngineTexts.en;
import static org.tradedesk.taxes.EngineTexts.zh;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.PenaltyExposure;
import org.tradedesk.taxes.PenaltyRequest;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.definitions.ChainDefinitions;

/**
 * One number format per figure in the engine's explanations, in both languages (T1 acceptance review, item 4): an
 * intermediate quotient is shown to a stated precision, not with ten decimals; a penalty's working gives its money in the
 * currency's format and its rate as a percentage, never a plain BigDecimal ("138420.000000").
 */
class FigureFormatsTest {

    private static final ChainDefinitions CHAINS = ChainDefinitions.fromClasspath();
    private static final TaxEngine ENGINE = new TaxEngine(ExchangeRateTable.EMPTY, null);

    @Test
    void theLuxuryCarTaxsQuotientIsShownToFourDecimalsWithItsPrecisionStated() {
        // A New Tax System (Luxury Car Tax) Act 1999 s 5-15, threshold A$80,567 (2024-25, ATO): car A$95,000 FOB, duty 5 %
        // 4,750, GST 10 % × 99,750 = 9,975, LCT value 109,725; (109,725 − 80,567) × 10/11 = 291,580/11 = 26,507.272727…
        TaxRequestLine car = new TaxRequestLine("sedan 3.0 l", "87032319", "DE", new BigDecimal("95000"), BigDecimal.ONE, "No", null,
                null, null, null, null, null, Map.of("duty", "5%"), null);
        TaxRequest request = new TaxRequest("AU", LocalDate.of(2025, 3, 3), "AUD", Incoterm.FOB, null, null, null, null, null, null,
                null, null, List.of(car));
        TaxResult result = ENGINE.calculate(request, CHAINS.forJurisdiction("AU", request.date()));
        TaxResult.TaxStep lct = result.steps().stream().filter(s -> s.code().equals("LCT")).findFirst().orElseThrow();
        assertThat(lct.amount()).isEqualByComparingTo("8747.40"); // the exact quotient × 33 % = 8,747.40
        assertThat(en(lct.explanation())).contains("\u2248 AUD 26,507.2727").contains("shown to 4 decimals").doesNotContain("26,507.272727");
        assertThat(zh(lct.explanation())).contains("\u2248 AUD 26,507.2727").contains("小數 4 位").doesNotContain("26,507.272727");
    }

    @Test
    void aPenaltysWorkingPrintsItsMoneyAndRateInTheReadersFormat() {
        // 關稅法 §74: 0.05 % of the unpaid tax a day, at most 30 days: NT$138,420 unpaid 10 days → 692.1 → 692 (whole NT$)
        PenaltyRequest request = new PenaltyRequest("TW", LocalDate.of(2025, 1, 1), null, null, 10, new BigDecimal("138420"), false,
                null, null, null);
        PenaltyExposure exposure = PenaltyCalculator.exposure(request, CHAINS.forJurisdiction("TW", request.date()));
        PenaltyExposure.Item late = exposure.items().stream().filter(i -> i.code().equals("LATE_PAYMENT")).findFirst().orElseThrow();
        assertThat(zh(late.reckoning())).isEqualTo("TWD 138,420 × 0.05% × 10 日"); // whole NT$ as the law assesses it (r-t1 F6)
        assertThat(en(late.reckoning())).isEqualTo("TWD 138,420 \u00d7 0.05% \u00d7 10 days");
        assertThat(late.high()).isEqualByComparingTo("692");
        // capped at 30 days, said in the reader's language
        PenaltyRequest longer = new PenaltyRequest("TW", LocalDate.of(2025, 1, 1), null, null, 45, new BigDecimal("138420"), false,
                null, null, null);
        PenaltyExposure.Item capped = PenaltyCalculator.exposure(longer, CHAINS.forJurisdiction("TW", longer.date())).items().stream()
                .filter(i -> i.code().equals("LATE_PAYMENT")).findFirst().orElseThrow();
        assertThat(zh(capped.reckoning())).startsWith("TWD 138,420 × 0.05% × 30 日").contains("以 30 日為限");
        assertThat(en(capped.reckoning())).contains("capped at 30 days").contains("law's");
        // 138,420 × 0.05 % × 30 = 2,076.3 → 2,076
        assertThat(capped.high()).isEqualByComparingTo("2076");
    }
}
