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
 * Issue 6 §1, relief inputs: a UK alcohol line gives the producer's annual production and the engine takes HMRC's
 * Small Producer Relief discount off the full rate.
 * <p>
 * No HMRC worked example with figures was found (GOV.UK, "How to work out your Alcohol Duty rates if you're eligible
 * for Small Producer Relief", https://www.gov.uk/guidance/how-to-work-out-your-alcohol-duty-rates-if-youre-eligible-for-small-producer-relief,
 * gives the steps and the lookup tables only), so the figures below are computed by hand from that page's tables and
 * the formula of Finance (No. 2) Act 2023 s 59 (legislation.gov.uk/ukpga/2023/30/section/59): discount = (C + M × (A − S))
 * ÷ A, "rounded up to the nearest penny"; the small producer rate is the full rate less the discount (s 54(2)).
 * <p>
 * Table "Alcoholic products (other than spirits) less than 3.5% ABV (non-draught)", from 1 February 2026: band 2 is
 * 5 to 50 hl, marginal 2.53, cumulative 49.80; the full rate (band 1's marginal discount, relief of the whole rate up
 * to 5 hl) is £9.96 per litre of pure alcohol. A producer of 20 hl: (49.80 + 2.53 × (20 − 5)) ÷ 20 = 87.75 ÷ 20 =
 * 4.3875 → up to the penny 4.39; rate 9.96 − 4.39 = 5.57. 1,000 L of 3 % ABV beer = 30 L of pure alcohol × 5.57 =
 * £167.10 alcohol duty (without relief 30 × 9.96 = 298.80); import VAT 20 % × (1,000.00 + 167.10) = 233.42.
 */
class SmallProducerReliefCalculationTest {

    private static final ChainDefinitions CHAINS = ChainDefinitions.fromClasspath();
    private static final TaxEngine ENGINE = new TaxEngine(ExchangeRateTable.EMPTY, null);

    @Test
    void aSmallBrewerPaysTheFullRateLessTheDiscountOfItsBand() {
        TaxResult result = run("UK", "2203000100", "3", "9.96 GBP/LAL", "20", LocalDate.of(2026, 6, 1));
        assertThat(result.amountOf("ALCOHOL_TOBACCO_TAX")).isEqualByComparingTo("167.10");
        assertThat(result.amountOf("VAT")).isEqualByComparingTo("233.42");
        TaxStep step = result.steps().stream().filter(s -> s.code().equals("ALCOHOL_TOBACCO_TAX")).findFirst().orElseThrow();
        assertThat(step.rate()).isEqualTo("9.96 GBP/LAL - 4.39 GBP/LAL");
        assertThat(EngineTexts.en(step.rateSource())).contains("Small Producer Relief")
                .contains("Alcoholic products (other than spirits) less than 3.5% ABV (non-draught)").contains("Finance (No. 2) Act 2023")
                .contains("gov.uk/guidance/how-to-work-out-your-alcohol-duty-rates");
        assertThat(EngineTexts.en(step.explanation())).contains("20 hl of pure alcohol").contains("(49.80 + 2.53 × (20 − 5)) ÷ 20")
                .contains("= 4.39 per litre");
        assertThat(EngineTexts.zh(step.explanation())).contains("小型生產者減免").contains("年產量 20 百公升純酒精").contains("無條件進位至便士 = 4.39");
        assertThat(EngineTexts.zh(step.rateSource())).contains("酒精濃度未達 3.5% 之酒類產品（烈酒除外；非桶裝供應）");
        assertThat(result.dataVersions()).containsKey("spr.line1");
        assertThat(result.dataVersions().get("spr.line1").args()).extracting(MessageText.Arg::value)
                .contains("OTHER_THAN_SPIRITS_BELOW_3_5", "2026-02-01");
        assertThat(EngineTexts.zh(result.dataVersions().get("spr.line1"))).startsWith("英國稅務海關總署（HMRC）自 2026/02/01 起適用之小型生產者減免對照表");
    }

    @Test
    void theTableIsTheOneInForceAndOfTheProductsCategory() {
        // 1 February 2025 table, 700 hl: band 600 to 1,000 hl, marginal 0.00, cumulative 280.15 → 280.15 ÷ 700 =
        // 0.40021… → 0.41; full rate 9.61: 30 LAL × (9.61 − 0.41) = 276.00
        assertThat(run("UK", "2203000100", "3", "9.61 GBP/LAL", "700", LocalDate.of(2025, 6, 1)).amountOf("ALCOHOL_TOBACCO_TAX"))
                .isEqualByComparingTo("276.00");
        // spirits (heading 2208) below 3.5 %, 1 February 2026 table, 100 hl: "not more than the end point" keeps it in
        // band 50 to 100 (marginal 1.52, cumulative 146.86): (146.86 + 1.52 × 50) ÷ 100 = 2.2286 → 2.23;
        // 30 LAL × (9.96 − 2.23) = 231.90
        assertThat(run("UK", "2208909100", "3", "9.96 GBP/LAL", "100", LocalDate.of(2026, 6, 1)).amountOf("ALCOHOL_TOBACCO_TAX"))
                .isEqualByComparingTo("231.90");
        // at the ceiling, 4,500 hl: band 1,000 to 4,500 (marginal −0.08, cumulative 290.35): (290.35 − 0.08 × 3,500)
        // ÷ 4,500 = 10.35 ÷ 4,500 = 0.0023 → 0.01; 30 × 9.95 = 298.50
        assertThat(run("UK", "2203000100", "3", "9.96 GBP/LAL", "4500", LocalDate.of(2026, 6, 1)).amountOf("ALCOHOL_TOBACCO_TAX"))
                .isEqualByComparingTo("298.50");
    }

    @Test
    void aClaimThatCannotApplyIsRefusedNamingTheField() {
        // 8.5 % ABV and above: no relief
        assertRefused(() -> run("UK", "2203000100", "9", "9.96 GBP/LAL", "20", LocalDate.of(2026, 6, 1)), "lines[0].annualProductionHl",
                "only to products below 8.5% ABV", "僅適用於酒精濃度未達 8.5% 之產品");
        // another country's chain has no such relief
        assertRefused(() -> run("AU", "2203000100", "3", "10 AUD/LAL", "20", LocalDate.of(2026, 6, 1)), "lines[0].annualProductionHl",
                "UK alcohol duty only", "僅適用於英國酒類稅");
        // a category whose table is not held (cider, heading 2206, 3.5 % to 8.5 %): refused, not computed with the wrong table
        assertRefused(() -> run("UK", "2206003100", "5", "25.67 GBP/LAL", "20", LocalDate.of(2026, 6, 1)), "lines[0].annualProductionHl",
                "no Small Producer Relief lookup table", "未備有");
        // and says where to work it out, the apostrophe printed (the message has arguments: MessageFormat quoting)
        assertRefused(() -> run("UK", "2206003100", "5", "25.67 GBP/LAL", "20", LocalDate.of(2026, 6, 1)), "lines[0].annualProductionHl",
                "by hand from HMRC's lookup tables on GOV.UK", "另依 GOV.UK 所載 HMRC 對照表以人工計算減免");
        // a full rate not per litre of pure alcohol
        assertRefused(() -> run("UK", "2203000100", "3", "10%", "20", LocalDate.of(2026, 6, 1)), "lines[0].measures.alcoholTax",
                "per litre of pure alcohol", "每公升純酒精");
        // beyond the ceiling (the engine's own guard behind the request bounds)
        assertRefused(() -> run("UK", "2203000100", "3", "9.96 GBP/LAL", "4500.01", LocalDate.of(2026, 6, 1)),
                "lines[0].annualProductionHl", "beyond the table", "超出級距表");
    }

    /*
     * Beer 3.5 % to less than 8.5 % ABV (non-draught), HMRC's table "Beer 3.5% to less than 8.5% ABV (non-draught)" as the
     * GOV.UK change of 1 February 2026 shows it (govdiff.njk.onl/update/2026-02-01T00:15:00+00:00/www.gov.uk/guidance/
     * how-to-work-out-your-alcohol-duty-rates-if-youre-eligible-for-small-producer-relief): band 1 0 to 5 hl, marginal
     * 19.94 (from 1 February 2025) / 20.67 (from 1 February 2026), cumulative 0.00; band 2 5 to 112.5 hl, marginal 11.08 /
     * 11.48, cumulative 99.68 / 103.34. No worked example with figures for this table was found; by hand:
     * - 1 February 2025 table, 50 hl: (99.68 + 11.08 × (50 − 5)) ÷ 50 = (99.68 + 498.60) ÷ 50 = 598.28 ÷ 50 = 11.9656 →
     *   up to the penny 11.97. Full rate for beer 3.5 % to 8.4 % from 1 February 2025: £21.78 per litre of pure alcohol
     *   (GOV.UK, Alcohol Duty rates). 1,000 L of 5 % beer = 50 L of pure alcohol × (21.78 − 11.97 = 9.81) = £490.50;
     *   import VAT 20 % × (1,000.00 + 490.50) = 298.10.
     * - 1 February 2026 table, 3 hl (band 1): (0.00 + 20.67 × 3) ÷ 3 = 20.67.
     * - 1 February 2026 table, 112.5 hl ("not more than the end point": band 2): (103.34 + 11.48 × 107.5) ÷ 112.5 =
     *   (103.34 + 1,234.10) ÷ 112.5 = 1,337.44 ÷ 112.5 = 11.8883… → 11.89.
     */
    @Test
    void aBrewerOfBeerFrom3Point5To8Point5PercentHasTheBeerTable() {
        TaxResult result = run("UK", "2203000100", "5", "21.78 GBP/LAL", "50", LocalDate.of(2025, 6, 1));
        assertThat(result.amountOf("ALCOHOL_TOBACCO_TAX")).isEqualByComparingTo("490.50");
        assertThat(result.amountOf("VAT")).isEqualByComparingTo("298.10");
        TaxStep step = result.steps().stream().filter(s -> s.code().equals("ALCOHOL_TOBACCO_TAX")).findFirst().orElseThrow();
        assertThat(step.rate()).isEqualTo("21.78 GBP/LAL - 11.97 GBP/LAL");
        assertThat(EngineTexts.en(step.rateSource())).contains("Beer 3.5% to less than 8.5% ABV (non-draught)");
        assertThat(EngineTexts.en(step.explanation())).contains("(99.68 + 11.08 × (50 − 5)) ÷ 50").contains("= 11.97 per litre");
        assertThat(EngineTexts.zh(step.rateSource())).contains("酒精濃度 3.5% 以上未達 8.5% 之啤酒（非桶裝供應）");
        assertThat(result.dataVersions().get("spr.line1").args()).extracting(MessageText.Arg::value)
                .contains("BEER_3_5_TO_8_5", "2025-02-01");

        assertThat(rateOf(run("UK", "2203000100", "5", "21.78 GBP/LAL", "3", LocalDate.of(2026, 6, 1)))).endsWith(" - 20.67 GBP/LAL");
        assertThat(rateOf(run("UK", "2203000100", "8.4", "21.78 GBP/LAL", "112.5", LocalDate.of(2026, 6, 1)))).endsWith(" - 11.89 GBP/LAL");
    }

    /*
     * The edges of the beer tables held (same source as above; bands 1 and 2 of the 1 February 2025 and 2026 tables),
     * by hand from s 59: discount = (C + M × (A − S)) ÷ A, rounded up to the penny.
     * - Band 1 ends at 5 hl ("not more than the end point"): (0.00 + 19.94 × 5) ÷ 5 = 19.94 (2025); 20.67 (2026).
     * - 5.01 hl is in band 2: (99.68 + 11.08 × 0.01) ÷ 5.01 = 99.7908 ÷ 5.01 = 19.9183… → 19.92 (2025);
     *   (103.34 + 11.48 × 0.01) ÷ 5.01 = 103.4548 ÷ 5.01 = 20.6496… → 20.65 (2026).
     * - Band 2 ends at 112.5 hl, 2025 table: (99.68 + 11.08 × 107.5) ÷ 112.5 = (99.68 + 1,191.10) ÷ 112.5 =
     *   1,290.78 ÷ 112.5 = 11.4736 → 11.48 (the 2026 one, 11.89, is above).
     * - The table changes with the production year, 1 February (s 54(4)): 20 hl on 31 January 2026 takes the 2025
     *   table, (99.68 + 11.08 × 15) ÷ 20 = 265.88 ÷ 20 = 13.294 → 13.30; on 1 February 2026 the 2026 table,
     *   (103.34 + 11.48 × 15) ÷ 20 = 275.54 ÷ 20 = 13.777 → 13.78.
     * - Strength: the beer table is "3.5% to less than 8.5%": 3.5 % and 8.49 % take it (13.78 at 20 hl, 2026); 3.49 %
     *   takes the table below 3.5 % ((49.80 + 2.53 × 15) ÷ 20 = 4.3875 → 4.39); 8.5 % has no relief.
     */
    @Test
    void theBeerTablesEdgesTakeTheBandTheYearAndTheStrengthTheyShould() {
        LocalDate y2025 = LocalDate.of(2025, 6, 1);
        LocalDate y2026 = LocalDate.of(2026, 6, 1);
        assertThat(rateOf(run("UK", "2203000100", "5", "21.78 GBP/LAL", "5", y2025))).isEqualTo("21.78 GBP/LAL - 19.94 GBP/LAL");
        assertThat(rateOf(run("UK", "2203000100", "5", "21.78 GBP/LAL", "5.01", y2025))).isEqualTo("21.78 GBP/LAL - 19.92 GBP/LAL");
        assertThat(rateOf(run("UK", "2203000100", "5", "22.58 GBP/LAL", "5", y2026))).isEqualTo("22.58 GBP/LAL - 20.67 GBP/LAL");
        assertThat(rateOf(run("UK", "2203000100", "5", "22.58 GBP/LAL", "5.01", y2026))).isEqualTo("22.58 GBP/LAL - 20.65 GBP/LAL");
        assertThat(rateOf(run("UK", "2203000100", "5", "21.78 GBP/LAL", "112.5", y2025))).isEqualTo("21.78 GBP/LAL - 11.48 GBP/LAL");
        assertRefused(() -> run("UK", "2203000100", "5", "21.78 GBP/LAL", "112.51", y2025), "lines[0].annualProductionHl",
                "only the bands up to 112.5 hl could be read", "僅能讀取至 112.5 百公升");

        TaxResult lastDayOf2025Table = run("UK", "2203000100", "5", "21.78 GBP/LAL", "20", LocalDate.of(2026, 1, 31));
        assertThat(rateOf(lastDayOf2025Table)).isEqualTo("21.78 GBP/LAL - 13.3 GBP/LAL"); // the expression drops the trailing zero
        assertThat(lastDayOf2025Table.dataVersions().get("spr.line1").args()).extracting(MessageText.Arg::value).contains("2025-02-01");
        assertThat(rateOf(run("UK", "2203000100", "5", "22.58 GBP/LAL", "20", LocalDate.of(2026, 2, 1))))
                .isEqualTo("22.58 GBP/LAL - 13.78 GBP/LAL");

        assertThat(rateOf(run("UK", "2203000100", "3.5", "22.58 GBP/LAL", "20", y2026))).isEqualTo("22.58 GBP/LAL - 13.78 GBP/LAL");
        assertThat(rateOf(run("UK", "2203000100", "8.49", "22.58 GBP/LAL", "20", y2026))).isEqualTo("22.58 GBP/LAL - 13.78 GBP/LAL");
        assertThat(rateOf(run("UK", "2203000100", "3.49", "9.96 GBP/LAL", "20", y2026))).isEqualTo("9.96 GBP/LAL - 4.39 GBP/LAL");
        assertRefused(() -> run("UK", "2203000100", "8.5", "30.62 GBP/LAL", "20", y2026), "lines[0].annualProductionHl",
                "only to products below 8.5% ABV", "僅適用於酒精濃度未達 8.5% 之產品");
    }

    @Test
    void beerBandsThatCouldNotBeReadAndDraughtBeerAreRefusedNotGuessed() {
        // only bands 1 and 2 (up to 112.5 hl) of the beer table could be read: above them, refused as not held
        assertRefused(() -> run("UK", "2203000100", "5", "21.78 GBP/LAL", "112.51", LocalDate.of(2026, 6, 1)),
                "lines[0].annualProductionHl", "only the bands up to 112.5 hl could be read", "僅能讀取至 112.5 百公升");
        // spirits and wine of 3.5 % to 8.5 %: their tables are not held
        assertRefused(() -> run("UK", "2208909100", "5", "25.67 GBP/LAL", "20", LocalDate.of(2026, 6, 1)), "lines[0].annualProductionHl",
                "no Small Producer Relief lookup table", "未備有");
        assertRefused(() -> run("UK", "2204219300", "8", "25.67 GBP/LAL", "20", LocalDate.of(2026, 6, 1)), "lines[0].annualProductionHl",
                "no Small Producer Relief lookup table", "未備有");
        // draught beer of 3.5 % to 8.5 %: its table is not held either (the non-draught beer table is not taken for it);
        // the reason says what is held and what to do, in both languages
        assertRefused(() -> run("UK", "2203000100", "5", "22.58 GBP/LAL", "20", true, LocalDate.of(2026, 6, 1)),
                "lines[0].annualProductionHl", "could not be read from a source. Leave the annual production empty",
                "未能自來源讀取。請將年產量留空");
        // other fermented products (heading 2206, e.g. fruit cider) of 3.5 % to 8.5 %, and a year before the tables held
        // (production year from 1 February 2024): refused
        assertRefused(() -> run("UK", "2206005900", "6", "26.61 GBP/LAL", "20", LocalDate.of(2026, 6, 1)), "lines[0].annualProductionHl",
                "no Small Producer Relief lookup table", "未備有");
        assertRefused(() -> run("UK", "2203000100", "3", "9.27 GBP/LAL", "20", LocalDate.of(2025, 1, 31)), "lines[0].annualProductionHl",
                "held are only, from 1 February 2025,", "僅備有自 2025 年 2 月 1 日起");
    }

    private static String rateOf(TaxResult result) {
        return result.steps().stream().filter(s -> s.code().equals("ALCOHOL_TOBACCO_TAX")).findFirst().orElseThrow().rate();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String en, String zh) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TaxInputInvalid.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(EngineTexts.en(e.asText())).contains(en);
            assertThat(EngineTexts.zh(e.asText())).contains(zh);
        });
    }

    private static TaxResult run(String jurisdiction, String code, String abv, String alcoholTax, String production, LocalDate date) {
        return run(jurisdiction, code, abv, alcoholTax, production, false, date);
    }

    private static TaxResult run(String jurisdiction, String code, String abv, String alcoholTax, String production, boolean draught,
            LocalDate date) {
        TaxRequestLine line = new TaxRequestLine("low-alcohol beer", code, null, new BigDecimal("1000"), null, null, null,
                new BigDecimal("1000"), new BigDecimal(abv), null, null, null, Map.of("duty", "0%", "UK".equals(jurisdiction) ? "alcoholTax" : "exciseEquivalent", alcoholTax), List.of(),
                null, null, new BigDecimal(production), draught ? Boolean.TRUE : null);
        String currency = "UK".equals(jurisdiction) ? "GBP" : "AUD";
        TaxRequest r = new TaxRequest(jurisdiction, date, currency, Incoterm.CIF, null, null, null, null, null, null, null, null,
                List.of(line), null, null);
        return ENGINE.calculate(r, CHAINS.forJurisdiction(jurisdiction, r.date()));
    }
}
