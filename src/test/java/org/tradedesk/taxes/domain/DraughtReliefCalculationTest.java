package org.tradedesk.taxes.domain;

import org.tradedesk.shared.MessageText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.EngineTexts;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.TaxResult.TaxStep;
import org.tradedesk.taxes.definitions.ChainDefinitions;

/**
 * Issue 6 §1 (t1uk): UK draught relief, alone and with Small Producer Relief.
 * <p>
 * The rates are HMRC's, read outside the code: from 1 February 2025 GOV.UK "Alcohol Duty rates"
 * (gov.uk/government/publications/rates-and-allowance-excise-duty-alcohol-duty, "Duty rates for draught products"):
 * all products 1.3% to less than 3.5% £8.28, still cider and sparkling cider 3.5% to 5.5% £8.63, sparkling cider over
 * 5.5% and beer, spirits, wine and other fermented products 3.5% to less than 8.5% £18.76 per litre of pure alcohol;
 * from 1 February 2026 the UK Trade Tariff's "Update to excise measures for alcohol" (5 December 2025, tax types 351 to
 * 360): £8.58, £8.95 and £19.45; the standard rate of beer 3.5% to less than 8.5% from that date is £22.58 (type 321).
 * The draught Small Producer Relief tables are GOV.UK's "How to work out your Alcohol Duty rates if you're eligible for
 * Small Producer Relief" (lookup tables from 1 February 2025 and 2026). No HMRC worked example with figures for
 * draught products was found (HMRC's BEER4030 points to Notice 226 para 8.1.1, not retrievable here), so the amounts
 * below are worked by hand from those tables; the discount is rounded up to the penny (Finance (No. 2) Act 2023 s 59)
 * and taken off the draught rate (s 54(3)(b); HMRC BEER4010: "subtract their SPR discount from the draught rate").
 */
class DraughtReliefCalculationTest {

    private static final ChainDefinitions CHAINS = ChainDefinitions.fromClasspath();
    private static final TaxEngine ENGINE = new TaxEngine(ExchangeRateTable.EMPTY, null);
    private static final LocalDate Y2026 = LocalDate.of(2026, 6, 1);
    private static final LocalDate Y2025 = LocalDate.of(2025, 6, 1);

    @Test
    void aDraughtBeerPaysTheDraughtRateInPlaceOfTheStandardRate() {
        // 1,000 L of 5 % beer = 50 L of pure alcohol; standard rate 22.58 → 1,129.00; draught 19.45 → 972.50
        assertThat(run("UK", "2203000100", "5", "22.58 GBP/LAL", null, false, Y2026).amountOf("ALCOHOL_TOBACCO_TAX"))
                .isEqualByComparingTo("1129.00");
        TaxResult draught = run("UK", "2203000100", "5", "22.58 GBP/LAL", null, true, Y2026);
        assertThat(draught.amountOf("ALCOHOL_TOBACCO_TAX")).isEqualByComparingTo("972.50");
        // import VAT 20 % × (1,000.00 + 972.50) = 394.50
        assertThat(draught.amountOf("VAT")).isEqualByComparingTo("394.50");
        TaxStep step = step(draught);
        assertThat(step.rate()).isEqualTo("19.45 GBP/LAL");
        assertThat(EngineTexts.en(step.rateSource())).contains("draught rate").contains("beer, spirits, wine and other fermented products")
                .contains("Finance (No. 2) Act 2023 ss 50 to 53").contains("trade-tariff.service.gov.uk");
        assertThat(EngineTexts.zh(step.rateSource())).contains("桶裝稅率").contains("取代一般稅率");
        assertThat(draught.dataVersions().get("draught.line1").args()).extracting(MessageText.Arg::value)
                .contains("BEER_WINE_SPIRITS_OTHER_3_5_TO_8_5", "2026-02-01");
        assertThat(EngineTexts.zh(draught.dataVersions().get("draught.line1"))).contains("桶裝稅率").contains("2026/02/01")
                .doesNotContain("draught rate");
        // the 2025 rate, 18.76: 50 × 18.76 = 938.00
        assertThat(run("UK", "2203000100", "5", "21.78 GBP/LAL", null, true, Y2025).amountOf("ALCOHOL_TOBACCO_TAX"))
                .isEqualByComparingTo("938.00");
    }

    @Test
    void eachCategoryAndStrengthTakesItsOwnDraughtRate() {
        // still cider 4.5 %: 45 LAL × 8.95 = 402.75
        assertThat(run("UK", "2206008100", "4.5", "10.39 GBP/LAL", null, true, Y2026).amountOf("ALCOHOL_TOBACCO_TAX"))
                .isEqualByComparingTo("402.75");
        // sparkling cider "not exceeding 5.5%": 5.5 % → 55 × 8.95 = 492.25; 6 % → the higher rate, 60 × 19.45 = 1,167.00
        assertThat(run("UK", "2206003100", "5.5", "10.39 GBP/LAL", null, true, Y2026).amountOf("ALCOHOL_TOBACCO_TAX"))
                .isEqualByComparingTo("492.25");
        assertThat(run("UK", "2206003100", "6", "26.61 GBP/LAL", null, true, Y2026).amountOf("ALCOHOL_TOBACCO_TAX"))
                .isEqualByComparingTo("1167.00");
        // spirits 4 % (heading 2208): 40 × 19.45 = 778.00; any product below 3.5 %: beer 3 %, 30 × 8.58 = 257.40
        assertThat(run("UK", "2208909100", "4", "26.61 GBP/LAL", null, true, Y2026).amountOf("ALCOHOL_TOBACCO_TAX"))
                .isEqualByComparingTo("778.00");
        assertThat(run("UK", "2203000100", "3", "9.96 GBP/LAL", null, true, Y2026).amountOf("ALCOHOL_TOBACCO_TAX"))
                .isEqualByComparingTo("257.40");
    }

    @Test
    void aSmallProducerOfADraughtProductTakesTheDraughtDiscountOffTheDraughtRate() {
        // draught, other than spirits, below 3.5 %, 2026 table, 20 hl: band 5 to 50 (marginal 2.18, cumulative 42.90):
        // (42.90 + 2.18 × 15) ÷ 20 = 75.60 ÷ 20 = 3.78; rate 8.58 − 3.78 = 4.80; 30 LAL × 4.80 = 144.00
        TaxResult beer = run("UK", "2203000100", "3", "9.96 GBP/LAL", "20", true, Y2026);
        assertThat(beer.amountOf("ALCOHOL_TOBACCO_TAX")).isEqualByComparingTo("144.00");
        assertThat(beer.amountOf("VAT")).isEqualByComparingTo("228.80");
        assertThat(step(beer).rate()).isEqualTo("8.58 GBP/LAL - 3.78 GBP/LAL");
        assertThat(EngineTexts.en(step(beer).rateSource())).contains("draught rate").contains("Draught alcoholic products (other than spirits)");
        assertThat(beer.dataVersions().get("spr.line1").args()).extracting(MessageText.Arg::value)
                .contains("DRAUGHT_OTHER_THAN_SPIRITS_BELOW_3_5");
        // draught spirits below 3.5 %, 2025 table, 100 hl: band 50 to 100 (marginal 1.26, cumulative 122.09):
        // (122.09 + 1.26 × 50) ÷ 100 = 1.8509 → up to the penny 1.86; 8.28 − 1.86 = 6.42; 30 × 6.42 = 192.60
        assertThat(run("UK", "2208909100", "3", "9.61 GBP/LAL", "100", true, Y2025).amountOf("ALCOHOL_TOBACCO_TAX"))
                .isEqualByComparingTo("192.60");
    }

    @Test
    void aDraughtClaimThatCannotApplyIsRefusedNamingTheField() {
        // 8.5 % ABV and above: no draught relief
        assertRefused(() -> run("UK", "2203000100", "9", "30.62 GBP/LAL", null, true, Y2026), "lines[0].draught",
                "only to products below 8.5% ABV", "僅適用於酒精濃度未達 8.5%");
        // another country's chain
        assertRefused(() -> run("AU", "2203000100", "3", "10 AUD/LAL", null, true, Y2026), "lines[0].draught",
                "UK alcohol duty only", "僅適用於英國酒類稅");
        // before the rates held (1 February 2025) and at 1.2 % or less: no draught rate
        assertRefused(() -> run("UK", "2203000100", "5", "21.01 GBP/LAL", null, true, LocalDate.of(2024, 6, 1)), "lines[0].draught",
                "no draught rate is held", "未備有");
        assertRefused(() -> run("UK", "2203000100", "1.2", "0 GBP/LAL", null, true, Y2026), "lines[0].draught",
                "no draught rate is held", "未備有");
        // Small Producer Relief on a draught beer of 5 %: its table (3.5 % to less than 8.5 %) is not held
        assertRefused(() -> run("UK", "2203000100", "5", "22.58 GBP/LAL", "20", true, Y2026), "lines[0].annualProductionHl",
                "no Small Producer Relief lookup table", "未備有");
    }

    private static TaxStep step(TaxResult result) {
        return result.steps().stream().filter(s -> s.code().equals("ALCOHOL_TOBACCO_TAX")).findFirst().orElseThrow();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String en, String zh) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TaxInputInvalid.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(EngineTexts.en(e.asText())).contains(en);
            assertThat(EngineTexts.zh(e.asText())).contains(zh);
        });
    }

    private static TaxResult run(String jurisdiction, String code, String abv, String alcoholTax, String production, boolean draught,
            LocalDate date) {
        TaxRequestLine line = new TaxRequestLine("draught product", code, null, new BigDecimal("1000"), null, null, null,
                new BigDecimal("1000"), new BigDecimal(abv), null, null, null,
                Map.of("duty", "0%", "UK".equals(jurisdiction) ? "alcoholTax" : "exciseEquivalent", alcoholTax), List.of(),
                null, null, production == null ? null : new BigDecimal(production), draught);
        String currency = "UK".equals(jurisdiction) ? "GBP" : "AUD";
        TaxRequest r = new TaxRequest(jurisdiction, date, currency, Incoterm.CIF, null, null, null, null, null, null, null, null,
                List.of(line), null, null);
        return ENGINE.calculate(r, CHAINS.forJurisdiction(jurisdiction, r.date()));
    }
}
