package org.tradedesk.taxes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.definitions.ChainDefinitions;

/**
 * A duty of a % of the retail price takes the retail price from the request (issue 6 §1, "request fields for duty
 * expressions that need them"), never the customs value. Published example: Tobacco Products Duty Act 1979 Sch 1
 * item 1, from 22 November 2023, "16.5% of the retail price plus £316.70 per thousand cigarettes", at least £422.80
 * per thousand (the UK Trade Tariff's duty calculator, retail_price_spec.rb, uses the same £1,000 retail price):
 * 1,000 cigarettes retailing at £1,000 → 165.00 + 316.70 = £481.70; retailing at £500 → 399.20, below the minimum → £422.80.
 */
class RetailPriceRequestTest {

    private static final ChainDefinitions CHAINS = ChainDefinitions.fromClasspath();
    private static final TaxEngine ENGINE = new TaxEngine(ExchangeRateTable.EMPTY, null);
    private static final String CIGARETTES = "16.5% retail price + 316.70 GBP/1000 MIN 422.80 GBP/1000";

    @Test
    void theTobaccoDutyIsTakenOfTheRetailPriceTheRequestGives() {
        assertThat(tobaccoDuty("1000")).isEqualByComparingTo("481.70");
        assertThat(tobaccoDuty("500")).isEqualByComparingTo("422.80");
    }

    @Test
    void theWorkingShowsTheRetailPriceAsTheBaseOfThePercentageAndOfTheMinimum() {
        // 16.5 % of the £1,000 retail price is £165.00 (not 16.5 % of the £300 customs value = £49.50)
        TaxRequest r = request(new BigDecimal("1000"));
        TaxResult.TaxStep step = ENGINE.calculate(r, CHAINS.forJurisdiction("UK", r.date())).steps().stream()
                .filter(s -> s.code().equals("ALCOHOL_TOBACCO_TAX")).findFirst().orElseThrow();
        String en = org.tradedesk.taxes.EngineTexts.en(step.explanation());
        String zh = org.tradedesk.taxes.EngineTexts.zh(step.explanation());
        assertThat(en).contains("16.5% \u00d7 retail price GBP 1,000.00 = GBP 165.00").doesNotContain("49.50").doesNotContain("300.00");
        assertThat(zh).contains("16.5% \u00d7 \u96f6\u552e\u50f9\u683c GBP 1,000.00 = GBP 165.00").doesNotContain("49.50");
        // at £500 retail: 82.50 + 316.70 = 399.20 is below the minimum 422.80, which the working says applies
        TaxRequest low = request(new BigDecimal("500"));
        TaxResult.TaxStep minimum = ENGINE.calculate(low, CHAINS.forJurisdiction("UK", low.date())).steps().stream()
                .filter(s -> s.code().equals("ALCOHOL_TOBACCO_TAX")).findFirst().orElseThrow();
        String lowEn = org.tradedesk.taxes.EngineTexts.en(minimum.explanation());
        assertThat(lowEn).contains("retail price GBP 500.00 = GBP 82.50").contains("422.80").doesNotContain("49.50");
    }

    @Test
    void aTobaccoLineCitesTheTobaccoActAndNamesTheRetailPriceAsItsBase() {
        // review r-t1b 1: the alcohol acts were cited for cigarettes, and the base was called the customs value
        TaxRequest r = request(new BigDecimal("1000"));
        TaxResult.TaxStep step = ENGINE.calculate(r, CHAINS.forJurisdiction("UK", r.date())).steps().stream()
                .filter(s -> s.code().equals("ALCOHOL_TOBACCO_TAX")).findFirst().orElseThrow();
        assertThat(step.legalReference()).isEqualTo("Tobacco Products Duty Act 1979 s2 and Sch 1");
        assertThat(org.tradedesk.taxes.EngineTexts.en(step.baseTerms())).isEqualTo("retail price");
        assertThat(org.tradedesk.taxes.EngineTexts.zh(step.baseTerms())).isEqualTo("零售價格");
        assertThat(step.base()).isEqualByComparingTo("1000");
        // review r-t1b 5: the UK chain has no rounding source, and says so
        assertThat(org.tradedesk.taxes.EngineTexts.en(step.roundingText())).contains("to confirm");
        assertThat(org.tradedesk.taxes.EngineTexts.zh(step.roundingText())).contains("待確認");
    }

    @Test
    void withoutTheRetailPriceTheLineSaysWhatIsMissing() {
        TaxRequest r = request(null);
        assertThatThrownBy(() -> ENGINE.calculate(r, CHAINS.forJurisdiction("UK", r.date())))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> assertThat(e.getMessage()).contains("the retail price of the goods"));
    }

    private static BigDecimal tobaccoDuty(String retailPrice) {
        TaxRequest r = request(new BigDecimal(retailPrice));
        return ENGINE.calculate(r, CHAINS.forJurisdiction("UK", r.date())).amountOf("ALCOHOL_TOBACCO_TAX");
    }

    private static TaxRequest request(BigDecimal retailPrice) {
        TaxRequestLine line = new TaxRequestLine("cigarettes", "2402209000", null, new BigDecimal("300"), new BigDecimal("1000"), "No",
                null, null, null, null, null, null, Map.of("duty", "0%", "alcoholTax", CIGARETTES), List.of(), null, retailPrice);
        return new TaxRequest("UK", LocalDate.of(2024, 1, 2), "GBP", Incoterm.CIF, null, null, null, null, null, null, null, null,
                List.of(line), null, null);
    }
}
