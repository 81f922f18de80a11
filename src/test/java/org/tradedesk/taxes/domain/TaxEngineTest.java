package org.tradedesk.taxes.domain;

import static org.tradedesk.taxes.EngineTexts.en;
import static org.tradedesk.taxes.EngineTexts.zh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.MessageText;
import org.tradedesk.taxes.EngineTexts;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.PenaltyExposure;
import org.tradedesk.taxes.PenaltyRequest;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequest.AllocationBasis;
import org.tradedesk.taxes.TaxRequest.Consignment;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.definitions.ChainDefinitions;
import org.tradedesk.taxes.domain.TariffMeasureSource.TariffMeasures;

/** Engine behaviour beyond the published examples; every expected figure is worked out by hand in the comment. */
class TaxEngineTest {

    private static final ChainDefinitions CHAINS = ChainDefinitions.fromClasspath();
    private static final TaxEngine ENGINE = new TaxEngine(ExchangeRateTable.EMPTY, null);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static TaxResult run(TaxRequest r) {
        return ENGINE.calculate(r, CHAINS.forJurisdiction(r.jurisdiction(), r.date()));
    }

    private static TaxRequest request(String jurisdiction, LocalDate date, String currency, Incoterm incoterm, BigDecimal freight,
            BigDecimal insurance, Consignment consignment, TaxRequestLine... lines) {
        return new TaxRequest(jurisdiction, date, currency, incoterm, null, null, null, freight, insurance, null, null, consignment,
                List.of(lines));
    }

    private static TaxRequestLine car(String value, Boolean fuelEfficient, Map<String, String> measures) {
        return new TaxRequestLine("passenger car", "87032319", "DE", d(value), BigDecimal.ONE, "No", null, null, null, null,
                fuelEfficient, null, measures, null);
    }

    @Test
    void takesFreightAndInsuranceOutOfACifPriceForAustralia() {
        // CIF price 2,150 incl. freight 100 + insurance 50 → FOB customs value 2,000, T&I 150;
        // duty 5 % = 100; GST 10 % × (2,000 + 100 + 150) = 225
        TaxResult r = run(request("AU", LocalDate.of(2025, 3, 1), "AUD", Incoterm.CIF, d("100"), d("50"), null,
                TaxRequestLine.of("pump", "84137000", d("2150"), Map.of("duty", "5%"))));
        assertThat(r.customsValue()).isEqualByComparingTo("2000");
        assertThat(r.transportAndInsurance()).isEqualByComparingTo("150");
        assertThat(r.amountOf("DUTY")).isEqualByComparingTo("100");
        assertThat(r.amountOf("GST")).isEqualByComparingTo("225");
    }

    @Test
    void addsFreightToAnFobPriceForTaiwanAllocatedByWeight() {
        // freight 400 over 10 kg and 30 kg → 100 and 300; CIF 1,100 and 1,300
        TaxRequest r = new TaxRequest("TW", LocalDate.of(2025, 3, 1), "TWD", Incoterm.FOB, null, null, null, d("400"), null, null,
                AllocationBasis.WEIGHT, null, List.of(
                new TaxRequestLine("a", "39269090", null, d("1000"), null, null, d("10"), null, null, null, null, null,
                        Map.of("duty", "5%"), null),
                new TaxRequestLine("b", "39269090", null, d("1000"), null, null, d("30"), null, null, null, null, null,
                        Map.of("duty", "5%"), null)));
        TaxResult result = run(r);
        assertThat(result.lines().get(0).customsValue()).isEqualByComparingTo("1100");
        assertThat(result.lines().get(1).customsValue()).isEqualByComparingTo("1300");
        // duty truncated per line: 55 and 65
        assertThat(result.amountOf("DUTY")).isEqualByComparingTo("120");
    }

    @Test
    void refusesWeightAllocationWhenALineHasNoMass() {
        TaxRequest r = new TaxRequest("TW", LocalDate.of(2025, 3, 1), "TWD", Incoterm.FOB, null, null, null, d("400"), null, null,
                AllocationBasis.WEIGHT, null, List.of(TaxRequestLine.of("a", null, d("1"), Map.of("duty", "5%")),
                TaxRequestLine.of("b", null, d("1"), Map.of("duty", "5%"))));
        assertThatThrownBy(() -> run(r)).isInstanceOfSatisfying(TaxInputInvalid.class,
                e -> assertThat(e.field()).isEqualTo("lines[0].netMassKg"));
    }

    @Test
    void chargesLuxuryCarTaxOnTheExcessOverTheYearsThreshold() {
        // FOB 100,000 + freight 2,000; duty 5 % = 5,000; GST 10 % × 107,000 = 10,700;
        // LCT value 117,700; threshold 2024-25 80,567 → excess 37,133 × 10/11 × 33 % = 11,139.90
        TaxResult r = run(request("AU", LocalDate.of(2024, 8, 1), "AUD", Incoterm.FOB, d("2000"), null, null,
                car("100000", null, Map.of("duty", "5%"))));
        assertThat(r.amountOf("GST")).isEqualByComparingTo("10700");
        assertThat(r.amountOf("LCT")).isEqualByComparingTo("11139.90");
        assertThat(r.tax("LCT").legalReference()).contains("Luxury Car Tax");
        // fuel-efficient threshold 91,387 → excess 26,313 × 0.3 = 7,893.90
        TaxResult efficient = run(request("AU", LocalDate.of(2024, 8, 1), "AUD", Incoterm.FOB, d("2000"), null, null,
                car("100000", true, Map.of("duty", "5%"))));
        assertThat(efficient.amountOf("LCT")).isEqualByComparingTo("7893.90");
    }

    @Test
    void showsLuxuryCarTaxBelowTheThresholdAsNotPayable() {
        TaxResult r = run(request("AU", LocalDate.of(2024, 8, 1), "AUD", Incoterm.FOB, null, null, null,
                car("40000", null, Map.of("duty", "5%"))));
        assertThat(r.amountOf("LCT")).isEqualByComparingTo("0");
        assertThat(r.steps()).anySatisfy(s -> {
            assertThat(s.code()).isEqualTo("LCT");
            assertThat(en(s.explanation())).contains("not payable").contains("80,567");
        });
    }

    @Test
    void letsTheRequestSwitchOffATaxRecognisedFromTheTariffCode() {
        TaxResult r = run(request("AU", LocalDate.of(2024, 8, 1), "AUD", Incoterm.FOB, null, null, null,
                car("100000", null, Map.of("duty", "5%", "lct", "none"))));
        assertThat(r.tax("LCT")).isNull();
    }

    @Test
    void usesTheTradePromotionFeeRateOfTheDate() {
        // 1,000,000 × 0.0415 % = 415 in 2003; × 0.04 % = 400 from 2004
        TaxRequestLine line = TaxRequestLine.of("machine", "84798999", d("1000000"), Map.of("duty", "Free"));
        assertThat(run(request("TW", LocalDate.of(2003, 6, 1), "TWD", Incoterm.CIF, null, null, null, line))
                .amountOf("TRADE_PROMOTION_FEE")).isEqualByComparingTo("415");
        assertThat(run(request("TW", LocalDate.of(2010, 6, 1), "TWD", Incoterm.CIF, null, null, null, line))
                .amountOf("TRADE_PROMOTION_FEE")).isEqualByComparingTo("400");
    }

    @Test
    void showsTaiwanLowValuePostalGoodsAsAStep() {
        TaxRequestLine line = TaxRequestLine.of("phone case", "39269090", d("1500"), Map.of("duty", "5%"));
        TaxResult postal = run(request("TW", LocalDate.of(2025, 6, 1), "TWD", Incoterm.CIF, null, null, Consignment.POSTAL_EXPRESS, line));
        assertThat(postal.total()).isEqualByComparingTo("0");
        assertThat(postal.steps().get(0).code()).isEqualTo("LOW_VALUE");
        assertThat(en(postal.steps().get(0).explanation())).contains("1,500").contains("2,000");
        // general cargo: duty 75, business tax (1,500 + 75) × 5 % = 78.75 → 78
        TaxResult general = run(request("TW", LocalDate.of(2025, 6, 1), "TWD", Incoterm.CIF, null, null, Consignment.GENERAL, line));
        assertThat(general.total()).isEqualByComparingTo("153");
    }

    @Test
    void keepsAlcoholTaxedAtTheBorderEvenWhenLowValue() {
        TaxRequestLine wine = TaxRequestLine.of("wine", "22042120", d("100"), Map.of("duty", "5%"));
        TaxResult r = run(request("AU", LocalDate.of(2025, 6, 1), "AUD", Incoterm.FOB, null, null, null, wine));
        assertThat(r.lines().get(0).lowValue()).isFalse();
        assertThat(r.amountOf("GST")).isPositive();
    }

    @Test
    void requiresADutyMeasureWhenNoCatalogueIsConnected() {
        assertThatThrownBy(() -> run(request("TW", LocalDate.of(2025, 6, 1), "TWD", Incoterm.CIF, null, null, null,
                TaxRequestLine.of("x", "39269090", d("1000"), Map.of()))))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[0].measures.duty");
                    assertThat(e.getMessage()).contains("no tariff catalogue");
                });
    }

    @Test
    void asksTheTariffCatalogueForMeasuresAndOptionsTheRequestLacks() {
        TariffMeasureSource catalogue = (jurisdiction, code, origin, date) -> Optional.of(new TariffMeasureSource.TariffMeasures(
                "AU tariff 8414.51.00 (test double)", Map.of("duty", "5%"),
                List.of(new TariffMeasureSource.Option("CHAFTA", "ChAFTA preference", "Free",
                        MessageText.of("taxes.text.asGiven", MessageText.Arg.literal("proof of origin (ChAFTA)"))))));
        TaxEngine engine = new TaxEngine(ExchangeRateTable.EMPTY, catalogue);
        TaxRequest r = request("AU", LocalDate.of(2025, 6, 1), "AUD", Incoterm.FOB, null, null, null,
                new TaxRequestLine("fan", "84145100", "CN", d("2000"), null, null, null, null, null, null, null, null, null, null));
        TaxResult result = engine.calculate(r, CHAINS.forJurisdiction("AU", r.date()));
        assertThat(result.amountOf("DUTY")).isEqualByComparingTo("100");
        // a source that gives its reference only as text: shown as given
        assertThat(EngineTexts.zh(result.dataVersions().get("tariff.line1"))).isEqualTo("AU tariff 8414.51.00 (test double)");
        assertThat(result.options()).extracting(TaxResult.DutyOption::scheme).containsExactly("GENERAL", "CHAFTA");
        assertThat(result.options().get(1).cheapest()).isTrue();
        assertThat(result.options()).extracting(TaxResult.DutyOption::duty).containsExactly("5%", "0%");
        // general: 100 + GST 210 = 310; ChAFTA: GST 200; saving 110
        assertThat(result.options().get(1).saving()).isEqualByComparingTo("110");
    }

    @Test
    void chargesBeerDutyOnTheAlcoholAboveTheStrengthItsRateTextNames() {
        // Customs Tariff Sch 3 2206.00.89: "$43.39/L of alcohol, calculated on that alcohol content by which the percentage by
        // volume of alcohol of the goods exceeds 1.15" (the tariff reader's expression); 1,000 L at 5 %vol:
        // 1000 × (5 − 1.15) % = 38.5 LAL × 43.39 = 1,670.515 → 1,670.51, truncated to the cent like the excise it equals (the
        // ATO's beer example, issue 6; not 50 LAL → 2,169.50)
        TariffMeasureSource catalogue = (jurisdiction, code, origin, date) -> Optional.of(new TariffMeasureSource.TariffMeasures(
                "AU tariff 2206.00.89 (test double)", Map.of("duty", "43.39 AUD/LAL ABOVE 1.15 %vol"), List.of()));
        TaxEngine engine = new TaxEngine(ExchangeRateTable.EMPTY, catalogue);
        TaxRequest beer = request("AU", LocalDate.of(2025, 6, 1), "AUD", Incoterm.FOB, null, null, null,
                new TaxRequestLine("beer-based drink", "22060089", "US", d("4000"), null, null, null, d("1000"), d("5"), null, null, null,
                        null, null));
        TaxResult result = engine.calculate(beer, CHAINS.forJurisdiction("AU", beer.date()));
        assertThat(result.amountOf("DUTY")).isEqualByComparingTo("1670.51");

        // 2203.00.91 "$107.99/L of alcohol": no deduction; 100 L at 3.885 %vol = 3.885 LAL, truncated to 3.8 by the ATO's
        // published rule, which the step names
        TariffMeasureSource strong = (jurisdiction, code, origin, date) -> Optional.of(new TariffMeasureSource.TariffMeasures(
                "AU tariff 2203.00.91 (test double)", Map.of("duty", "107.99 AUD/LAL"), List.of()));
        TaxRequest ale = request("AU", LocalDate.of(2025, 6, 1), "AUD", Incoterm.FOB, null, null, null,
                new TaxRequestLine("beer", "22030091", "US", d("4000"), null, null, null, d("100"), d("3.885"), null, null, null, null, null));
        TaxResult r2 = new TaxEngine(ExchangeRateTable.EMPTY, strong).calculate(ale, CHAINS.forJurisdiction("AU", ale.date()));
        assertThat(r2.amountOf("DUTY")).isEqualByComparingTo("410.36"); // 3.8 × 107.99 = 410.362
        TaxResult.TaxStep duty = r2.steps().stream().filter(s -> s.code().equals("DUTY")).findFirst().orElseThrow();
        assertThat(en(duty.explanation())).contains("3.885 LAL").contains("→ 3.8 LAL").contains("ATO");
        // the rule's source is a message of the bundle: Chinese on a zh-TW page, not the ATO's English sentence
        assertThat(en(duty.explanation())).contains("ATO, Calculating alcohol excise duty: litres of alcohol truncated to one decimal place");
        // one wording of the unit per language, as the rate column words it (r-t1 F6)
        assertThat(zh(duty.explanation())).contains("→ 3.8 公升純酒精").doesNotContain("LAL").contains("澳洲稅務局（ATO）公布的酒類貨物稅計算方式：酒精公升數無條件捨去至小數第一位")
                .doesNotContain("truncated").doesNotContain("Calculating");
    }

    private static TaxRequestLine pumpWith(TaxRequestLine.DutyOptionRequest option) {
        return new TaxRequestLine("pump", "84137000", "DE", d("2000"), null, null, null, null, null, null, null, null,
                Map.of("duty", "5%"), List.of(option));
    }

    @Test
    void quotesATariffConcessionOrderAtTheRateTheChainGivesIt() {
        // TCO: Schedule 4 item 50 rate Free, so duty 0 and GST 10 % × 2,000 = 200, against 100 + 210 = 310 at 5 %
        TaxResult r = run(request("AU", LocalDate.of(2025, 6, 1), "AUD", Incoterm.FOB, null, null, null,
                pumpWith(TaxRequestLine.DutyOptionRequest.concession("TCO", "1864894"))));
        TaxResult.DutyOption tco = r.options().stream().filter(o -> o.scheme().equals("TCO")).findFirst().orElseThrow();
        assertThat(tco.duty()).isEqualTo("0%");
        assertThat(tco.total()).isEqualByComparingTo("200");
        assertThat(tco.saving()).isEqualByComparingTo("110");
        assertThat(tco.cheapest()).isTrue();
        assertThat(en(tco.label())).contains("Tariff Concession Order").contains("1864894");
        assertThat(en(tco.requires())).contains("TCO number 1864894").contains("Schedule 4 item 50");
        // the quotation chooses it only when asked
        assertThat(r.amountOf("DUTY")).isEqualByComparingTo("100");
    }

    @Test
    void refusesAConcessionClaimWithoutItsNumberOrAtAnotherRate() {
        assertThatThrownBy(() -> run(request("AU", LocalDate.of(2025, 6, 1), "AUD", Incoterm.FOB, null, null, null,
                pumpWith(TaxRequestLine.DutyOptionRequest.concession("TCO", "TC-12")))))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[0].options[0].reference");
                    assertThat(e.getMessage()).contains("TCO number").contains("TC-12");
                });
        assertThatThrownBy(() -> run(request("AU", LocalDate.of(2025, 6, 1), "AUD", Incoterm.FOB, null, null, null,
                pumpWith(new TaxRequestLine.DutyOptionRequest("TCO", null, "3%", null, "1864894")))))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[0].options[0].duty");
                    assertThat(e.getMessage()).contains("rate is Free");
                });
        // a typed rate that is not even a duty expression is refused at the same field, not as a server error
        assertThatThrownBy(() -> run(request("AU", LocalDate.of(2025, 6, 1), "AUD", Incoterm.FOB, null, null, null,
                pumpWith(new TaxRequestLine.DutyOptionRequest("TCO", null, "5 % +", null, "1864894")))))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> assertThat(e.field()).isEqualTo("lines[0].options[0].duty"));
        // an option the chain does not know must say its duty
        assertThatThrownBy(() -> run(request("AU", LocalDate.of(2025, 6, 1), "AUD", Incoterm.FOB, null, null, null,
                pumpWith(TaxRequestLine.DutyOptionRequest.concession("BYLAW", "1234567")))))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> assertThat(e.field()).isEqualTo("lines[0].options[0].duty"));
    }

    @Test
    void aTariffQuotaClaimCarriesItsInQuotaRate() {
        // UK: 1,000 GBP at 12 % = 120 duty; in quota at 0 % with order 05.4412; VAT 20 % follows the duty
        TaxRequestLine cheese = new TaxRequestLine("cheddar", "0406903100", "NZ", d("1000"), null, null, null, null, null, null,
                null, null, Map.of("duty", "12%"), List.of(new TaxRequestLine.DutyOptionRequest("QUOTA", null, "0%", null, "05.4412")));
        TaxResult r = run(request("UK", LocalDate.of(2025, 6, 1), "GBP", Incoterm.CIF, null, null, null, cheese));
        TaxResult.DutyOption quota = r.options().stream().filter(o -> o.scheme().equals("QUOTA")).findFirst().orElseThrow();
        assertThat(quota.dutyAmount()).isEqualByComparingTo("0");
        assertThat(quota.saving()).isEqualByComparingTo(r.amountOf("DUTY").multiply(d("1.2")));
        assertThat(en(quota.requires())).contains("quota order number 05.4412");
        assertThatThrownBy(() -> run(request("UK", LocalDate.of(2025, 6, 1), "GBP", Incoterm.CIF, null, null, null,
                cheese.withScheme(null).withOptions(List.of(TaxRequestLine.DutyOptionRequest.concession("QUOTA", "05.4412"))))))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[0].options[0].duty");
                    assertThat(e.getMessage()).contains("quota order number");
                });
    }

    @Test
    void ratesAJuicePerKilogramOfTotalSolubleSolidsWhenThatIsLower() {
        // 2009.21.00 "5%, or, if lower, $0.45/kg TSS": 10,000 kg at 12 % TSS = 1,200 kg TSS × 0.45 = 540,
        // against 5 % of 20,000 = 1,000; the lower, 540, is the duty
        TaxRequestLine juice = new TaxRequestLine("orange juice concentrate", "20092100", "BR", d("20000"), null, null, d("10000"),
                null, null, null, null, null, Map.of("duty", "MIN(5%, 0.45 AUD/100 kg/% TSS)"), null, d("12"));
        TaxResult r = run(request("AU", LocalDate.of(2025, 6, 1), "AUD", Incoterm.FOB, null, null, null, juice));
        assertThat(r.amountOf("DUTY")).isEqualByComparingTo("540");
        TaxRequestLine withoutTss = new TaxRequestLine("orange juice concentrate", "20092100", "BR", d("20000"), null, null,
                d("10000"), null, null, null, null, null, Map.of("duty", "MIN(5%, 0.45 AUD/100 kg/% TSS)"), null);
        assertThatThrownBy(() -> run(request("AU", LocalDate.of(2025, 6, 1), "AUD", Incoterm.FOB, null, null, null, withoutTss)))
                .isInstanceOf(TaxInputInvalid.class).hasMessageContaining("TSS");
    }

    @Test
    void taiwanCommodityTaxOnACarIsRecognisedFromItsEngineSizeSubheading() {
        // 8703.24 (over 3,000 cc): 貨物稅條例 §12 30 % of (customs value + duty) = 30 % × (1,000,000 + 175,000) = 352,500
        TaxResult big = run(request("TW", LocalDate.of(2025, 6, 1), "TWD", Incoterm.CIF, null, null, null,
                TaxRequestLine.of("sedan 3.5 l", "87032490", d("1000000"), Map.of("duty", "17.5%"))));
        assertThat(big.amountOf("COMMODITY_TAX")).isEqualByComparingTo("352500");
        // the car rates are in §12 (應稅貨物及稅率), the base in §13: a car cites both (review r-t1b 14)
        assertThat(big.steps()).filteredOn(s -> s.code().equals("COMMODITY_TAX"))
                .allSatisfy(s -> assertThat(s.legalReference()).isEqualTo("貨物稅條例 §12, §13"));
        // 8703.23 (1,500 to 3,000 cc) spans the 2,000 cc line: not guessed, a note asks for the rate
        TaxResult spans = run(request("TW", LocalDate.of(2025, 6, 1), "TWD", Incoterm.CIF, null, null, null,
                TaxRequestLine.of("sedan 2.5 l", "87032390", d("1000000"), Map.of("duty", "17.5%"))));
        assertThat(spans.amountOf("COMMODITY_TAX")).isZero();
        assertThat(spans.notes()).anySatisfy(n -> assertThat(en(n)).contains("Commodity tax not computed").contains("2,000 cc"));
        // the request's rate wins
        TaxResult given = run(request("TW", LocalDate.of(2025, 6, 1), "TWD", Incoterm.CIF, null, null, null,
                TaxRequestLine.of("sedan 2.5 l", "87032390", d("1000000"), Map.of("duty", "17.5%", "commodityTax", "30%"))));
        assertThat(given.amountOf("COMMODITY_TAX")).isEqualByComparingTo("352500");
    }

    @Test
    void aMalformedMeasureIsRefusedEvenWhenTheShipmentIsLowValue() {
        // A$500 is below the A$1,000 threshold: the duty step is exempt, but the typed rate is still wrong
        assertThatThrownBy(() -> run(request("AU", LocalDate.of(2025, 6, 1), "AUD", Incoterm.FOB, null, null, null,
                TaxRequestLine.of("pump", "84137000", d("500"), Map.of("duty", "5 % +")))))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> assertThat(e.field()).isEqualTo("lines[0].measures.duty"));
    }

    @Test
    void warnsWhenTheTaxesExceedTheCustomsValue() {
        // 10 kg at 200 AUD/kg = 2,000 on goods worth 1,500
        TaxResult r = run(request("AU", LocalDate.of(2025, 6, 1), "AUD", Incoterm.FOB, null, null, null,
                new TaxRequestLine("saffron", "09102000", null, d("1500"), null, null, d("10"), null, null, null, null, null,
                        Map.of("duty", "200 AUD/kg"), null)));
        assertThat(r.notes()).anySatisfy(n -> assertThat(en(n)).contains("exceed the customs value"));
        TaxResult normal = run(request("AU", LocalDate.of(2025, 6, 1), "AUD", Incoterm.FOB, null, null, null,
                TaxRequestLine.of("pump", "84137000", d("1500"), Map.of("duty", "5%"))));
        assertThat(normal.notes()).noneSatisfy(n -> assertThat(en(n)).contains("exceed"));
    }

    @Test
    void refusesAMeasureKeyTheChainDoesNotHave() {
        assertThatThrownBy(() -> run(request("TW", LocalDate.of(2025, 6, 1), "TWD", Incoterm.CIF, null, null, null,
                TaxRequestLine.of("x", "39269090", d("1000"), Map.of("duty", "5%", "comodityTax", "15%")))))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[0].measures.comodityTax");
                    assertThat(e.getMessage()).contains("commodityTax");
                });
    }

    @Test
    void givesTheSameResultForTheSameInput() {
        TaxRequest r = request("AU", LocalDate.of(2024, 8, 1), "AUD", Incoterm.FOB, d("2000"), null, null,
                car("100000", null, Map.of("duty", "5%")));
        assertThat(run(r)).isEqualTo(run(r));
    }

    @Test
    void runsAJurisdictionDefinedOnlyAsData() {
        // an imaginary FOB chain: duty, then GST 15 % on value + duty; no engine code knows it
        ChainDefinition nz = ChainDefinitions.parse("NZ.json", """
                {"jurisdiction":"NZ","version":"NZ-test","from":"2020-01-01","currency":"NZD","valuationBasis":"FOB",
                 "steps":[
                  {"code":"DUTY","zhTw":"關稅","en":"Duty","base":["CUSTOMS_VALUE"],"measure":"duty","required":true,"rounding":"HALF_UP_2"},
                  {"code":"GST","zhTw":"商品及服務稅","en":"GST","base":["CUSTOMS_VALUE","DUTY","TRANSPORT_INSURANCE"],
                   "rates":[{"from":"2010-10-01","expression":"15%"}],"rounding":"HALF_UP_2"}]}""");
        TaxRequest r = request("NZ", LocalDate.of(2025, 1, 1), "NZD", Incoterm.FOB, d("100"), null, null,
                TaxRequestLine.of("x", null, d("1000"), Map.of("duty", "5%")));
        TaxResult result = ENGINE.calculate(r, nz);
        // duty 50; GST 15 % × (1,000 + 50 + 100) = 172.50
        assertThat(result.amountOf("GST")).isEqualByComparingTo("172.50");
    }

    @Test
    void refusesADefinitionWhoseBaseNamesALaterStep() {
        assertThatThrownBy(() -> ChainDefinitions.parse("bad.json", """
                {"jurisdiction":"NZ","version":"x","currency":"NZD","valuationBasis":"FOB",
                 "steps":[{"code":"GST","zhTw":"稅","en":"GST","base":["DUTY"],"rates":[{"expression":"15%"}]},
                          {"code":"DUTY","zhTw":"關稅","en":"Duty","base":["CUSTOMS_VALUE"],"measure":"duty"}]}"""))
                .hasMessageContaining("GST adds DUTY");
    }

    @Test
    void engineCoreHoldsNoJurisdictionBranch() throws IOException {
        String source = Files.readString(Path.of("src/main/java/org/tradedesk/taxes/domain/TaxEngine.java"));
        for (String code : List.of("\"TW\"", "\"AU\"", "\"UK\"", "\"IE\"", "TWD", "AUD", "\"WET\"", "\"LCT\"", "\"GST\"")) {
            assertThat(source).as("TaxEngine mentions " + code).doesNotContain(code);
        }
    }

    @Test
    void everyShippedChainLoadsAndCoversItsTaxCodes() {
        assertThat(CHAINS.jurisdictions()).contains("TW", "AU", "UK", "IE");
        assertThat(CHAINS.forJurisdiction("TW", LocalDate.of(2026, 1, 1)).steps()).extracting(ChainDefinition.StepDefinition::code)
                .containsExactly("DUTY", "ANTI_DUMPING", "COUNTERVAILING", "COMMODITY_TAX", "ALCOHOL_TOBACCO_TAX", "HEALTH_SURCHARGE",
                        "SPECIAL_GOODS_TAX", "BUSINESS_TAX", "TRADE_PROMOTION_FEE");
        assertThat(CHAINS.forJurisdiction("AU", LocalDate.of(2026, 1, 1)).steps()).extracting(ChainDefinition.StepDefinition::code)
                .contains("DUTY", "EXCISE_EQUIVALENT", "ANTI_DUMPING", "COUNTERVAILING", "WET", "GST", "LCT");
    }

    @Test
    void australianFalseStatementExposureIsTheGreaterOfSixtyPenaltyUnitsAndTheShortfall() {
        ChainDefinition au = CHAINS.forJurisdiction("AU", LocalDate.of(2025, 1, 1));
        // 60 units × A$330 (from 7 Nov 2024) = 19,800 > shortfall 1,000
        PenaltyExposure small = PenaltyCalculator.exposure(new PenaltyRequest("AU", LocalDate.of(2025, 1, 1), d("1000"),
                null, null, null, false), au);
        assertThat(small.highTotal()).isEqualByComparingTo("19800");
        PenaltyExposure large = PenaltyCalculator.exposure(new PenaltyRequest("AU", LocalDate.of(2025, 1, 1), d("50000"),
                null, null, null, false), au);
        assertThat(large.highTotal()).isEqualByComparingTo("50000");
        PenaltyExposure disclosed = PenaltyCalculator.exposure(new PenaltyRequest("AU", LocalDate.of(2025, 1, 1), d("50000"),
                null, null, null, true), au);
        assertThat(disclosed.highTotal()).isEqualByComparingTo("0");
        assertThat(disclosed.items().get(0).reckoning().code()).isEqualTo("taxes.penalty.voluntary.AU.FALSE_STATEMENT");
    }

    private static PenaltyRequest twPenalty(BigDecimal shortfall, BigDecimal businessTax, BigDecimal goodsValue, boolean voluntary,
            Map<String, BigDecimal> multiples) {
        return new PenaltyRequest("TW", LocalDate.of(2025, 1, 1), shortfall, null, null, null, voluntary, businessTax, goodsValue, multiples);
    }

    private static PenaltyExposure.Item item(PenaltyExposure exposure, String code) {
        return exposure.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    /**
     * Issue 6 §1 (t1uk): the ranges in force today. 海關緝私條例 §37 第1項 as amended 2018-05-09 (law.moj.gov.tw,
     * pcode G0350029): "處所漏進口稅額五倍以下之罰鍰" (before: 二倍至五倍), so 1 × is lawful though below the usual 2 ×;
     * 營業稅法 §51 第1項: "按所漏稅額處五倍以下罰鍰" (before: 一倍至十倍), so 0.5 × is lawful and 6 × (lawful before) is not.
     */
    @Test
    void taiwanMultiplesFollowTheCurrentTextOfTheLaw() {
        ChainDefinition tw = CHAINS.forJurisdiction("TW", LocalDate.of(2025, 1, 1));
        PenaltyExposure low = PenaltyCalculator.exposure(twPenalty(d("4000"), d("10000"), null, false,
                Map.of("MISDECLARATION_FINE", d("1"), "BUSINESS_TAX_FINE", d("0.5"))), tw);
        assertThat(item(low, "MISDECLARATION_FINE").high()).isEqualByComparingTo("4000");
        assertThat(item(low, "BUSINESS_TAX_FINE").high()).isEqualByComparingTo("5000");
        // without a chosen multiple §37 spans the usual 2 × to the legal 5 ×
        PenaltyExposure range = PenaltyCalculator.exposure(twPenalty(d("4000"), null, null, false, null), tw);
        assertThat(item(range, "MISDECLARATION_FINE").low()).isEqualByComparingTo("8000");
        assertThat(item(range, "MISDECLARATION_FINE").high()).isEqualByComparingTo("20000");
        for (Map.Entry<String, BigDecimal> beyond : Map.of("MISDECLARATION_FINE", d("5.5"), "BUSINESS_TAX_FINE", d("6")).entrySet()) {
            assertThatThrownBy(() -> PenaltyCalculator.exposure(twPenalty(d("4000"), d("10000"), null, false,
                    Map.of(beyond.getKey(), beyond.getValue())), tw))
                    .isInstanceOfSatisfying(TaxInputInvalid.class, e -> {
                        assertThat(e.field()).isEqualTo("multiples." + beyond.getKey());
                        assertThat(e.getMessage()).contains("0 to 5");
                    });
        }
        assertThat(tw.penalties().stream().filter(p -> p.code().equals("MISDECLARATION_FINE")).findFirst().orElseThrow().legalReference())
                .contains("五倍以下").contains("107年5月9日");
    }

    @Test
    void taiwanFinesEvadedBusinessTaxUpToFiveTimesAndSmuggledGoodsUpToThreeTimesTheirValue() {
        ChainDefinition tw = CHAINS.forJurisdiction("TW", LocalDate.of(2025, 1, 1));
        // 營業稅法 §51: 按所漏稅額處五倍以下罰鍰 → NT$10,000 evaded: up to 50,000
        PenaltyExposure vat = PenaltyCalculator.exposure(twPenalty(null, d("10000"), null, false, null), tw);
        assertThat(item(vat, "BUSINESS_TAX_FINE").high()).isEqualByComparingTo("50000");
        assertThat(item(vat, "BUSINESS_TAX_FINE").reckoning().code()).isEqualTo("taxes.penalty.reckoning.range");
        // 海關緝私條例 §36: 處貨價三倍以下之罰鍰 → goods worth NT$100,000: up to 300,000
        PenaltyExposure smuggled = PenaltyCalculator.exposure(twPenalty(null, null, d("100000"), false, null), tw);
        assertThat(item(smuggled, "SMUGGLING_FINE").high()).isEqualByComparingTo("300000");
        // the multiple chosen inside the range gives one amount: 2 × 10,000; 1.5 × 100,000; §37 3 × a 4,000 shortfall
        PenaltyExposure chosen = PenaltyCalculator.exposure(twPenalty(d("4000"), d("10000"), d("100000"), false,
                Map.of("BUSINESS_TAX_FINE", d("2"), "SMUGGLING_FINE", d("1.5"), "MISDECLARATION_FINE", d("3"))), tw);
        assertThat(item(chosen, "BUSINESS_TAX_FINE").low()).isEqualByComparingTo("20000");
        assertThat(item(chosen, "BUSINESS_TAX_FINE").high()).isEqualByComparingTo("20000");
        assertThat(item(chosen, "SMUGGLING_FINE").high()).isEqualByComparingTo("150000");
        assertThat(item(chosen, "MISDECLARATION_FINE").high()).isEqualByComparingTo("12000");
        assertThat(item(chosen, "SMUGGLING_FINE").reckoning().code()).isEqualTo("taxes.penalty.reckoning.chosen");
        // outside the legal range: refused naming the penalty's field
        assertThatThrownBy(() -> PenaltyCalculator.exposure(twPenalty(null, null, d("100000"), false,
                Map.of("SMUGGLING_FINE", d("3.5"))), tw))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> {
                    assertThat(e.field()).isEqualTo("multiples.SMUGGLING_FINE");
                    assertThat(e.getMessage()).contains("0 to 3");
                });
        assertThatThrownBy(() -> PenaltyCalculator.exposure(twPenalty(null, d("1"), null, false,
                Map.of("BUSINESS_TAX_FINE", d("6"))), tw)).isInstanceOf(TaxInputInvalid.class);
        // a voluntary disclosure removes the business-tax fine, not the one for smuggling
        PenaltyExposure disclosed = PenaltyCalculator.exposure(twPenalty(null, d("10000"), d("100000"), true, null), tw);
        assertThat(item(disclosed, "BUSINESS_TAX_FINE").high()).isEqualByComparingTo("0");
        assertThat(item(disclosed, "SMUGGLING_FINE").high()).isEqualByComparingTo("300000");
    }

    @Test
    void taiwanLatePaymentSurchargeIsAssessedInWholeDollars() {
        ChainDefinition tw = CHAINS.forJurisdiction("TW", LocalDate.of(2025, 1, 1));
        // 滯納金 0.05 % a day: 86,415 × 0.05 % × 1 day = 43.2075 → NT$43 (fraction dropped)
        PenaltyExposure late = PenaltyCalculator.exposure(new PenaltyRequest("TW", LocalDate.of(2025, 1, 1), null,
                null, 1, d("86415"), false), tw);
        assertThat(late.items()).singleElement().satisfies(i -> assertThat(i.high()).isEqualByComparingTo("43"));
        assertThat(late.highTotal()).isEqualByComparingTo("43");
    }

    // ---------------------------------------------------------------- shipment costs shared out in local cents

    @Test
    void aConvertedShipmentCostIsInCentsBeforeItIsShared() {
        // insurance US$34.188 at 1.5 = A$51.282 → 51.28, shared 1:2 → 17.09 and the remainder 34.19: every share in cents
        TaxRequest r = new TaxRequest("AU", LocalDate.of(2025, 6, 1), "USD", Incoterm.FOB, d("1.5"), null, null, null, d("34.188"),
                null, null, null, List.of(TaxRequestLine.of("a", "84137000", d("1000"), Map.of("duty", "5%")),
                        TaxRequestLine.of("b", "84137000", d("2000"), Map.of("duty", "5%"))));
        TaxResult result = run(r);
        assertThat(result.lines()).extracting(TaxResult.LineResult::insuranceShare)
                .allSatisfy(share -> assertThat(share.scale()).isLessThanOrEqualTo(2));
        assertThat(result.lines().get(0).insuranceShare().add(result.lines().get(1).insuranceShare())).isEqualByComparingTo("51.28");
        assertThat(result.transportAndInsurance()).isEqualByComparingTo("51.28");
    }

    @Test
    void convertsFreightBeforeSharingItSoGstIsRoundedOnTheLawsValue() {
        // USD at 1.5 AUD: freight 200.5 USD = 300.75 AUD, shared by value 1:2 → 100.25 and 200.50.
        // Line 1: customs value 1,500, duty 5 % = 75, VoTI 1,500 + 75 + 100.25 = 1,675.25,
        // GST 10 % = 167.525 → 167.53 (GST Act s9-90: half a cent rounds up).
        // Line 2: 3,000 + 150 + 200.50 = 3,350.50 → GST 335.05.
        TaxRequest r = new TaxRequest("AU", LocalDate.of(2025, 3, 1), "USD", Incoterm.FOB, d("1.5"), null, null, d("200.5"), null,
                null, AllocationBasis.VALUE, null, List.of(
                TaxRequestLine.of("a", "84137000", d("1000"), Map.of("duty", "5%")),
                TaxRequestLine.of("b", "84137000", d("2000"), Map.of("duty", "5%"))));
        TaxResult result = run(r);
        assertThat(result.lines().get(0).transportAndInsurance()).isEqualByComparingTo("100.25");
        assertThat(result.lines().get(1).transportAndInsurance()).isEqualByComparingTo("200.50");
        TaxResult.TaxStep gst1 = result.steps().stream().filter(s -> "GST".equals(s.code()) && Integer.valueOf(1).equals(s.line()))
                .findFirst().orElseThrow();
        assertThat(gst1.base().toPlainString()).isEqualTo("1675.25");
        assertThat(gst1.amount()).isEqualByComparingTo("167.53");
        assertThat(result.amountOf("GST")).isEqualByComparingTo("502.58");
    }

    @Test
    void sharesAShipmentCostToTheCentWithTheRemainderOnTheLastLine() {
        // 100 TWD of freight over three lines of equal value: 33.33 + 33.33 + 33.34 = 100
        TaxRequest r = new TaxRequest("TW", LocalDate.of(2025, 3, 1), "TWD", Incoterm.FOB, null, null, null, d("100"), null, null,
                AllocationBasis.VALUE, null, List.of(
                TaxRequestLine.of("a", "39269090", d("1000"), Map.of("duty", "5%")),
                TaxRequestLine.of("b", "39269090", d("1000"), Map.of("duty", "5%")),
                TaxRequestLine.of("c", "39269090", d("1000"), Map.of("duty", "5%"))));
        TaxResult result = run(r);
        assertThat(result.lines()).extracting(l -> l.transportAndInsurance().stripTrailingZeros().toPlainString())
                .containsExactly("33.33", "33.33", "33.34");
        // t4fixAB: each line's 完稅價格 is then truncated to whole NT$ by the TW chain's customsValue rule, as the declaration
        // carries each item (1,033.33 → 1,033; 1,033.34 → 1,033), and the shipment's value is the lines added up (was 1033.33,
        // 1033.33, 1033.34 and 3,100 before the engine rounded the value)
        assertThat(result.lines()).extracting(l -> l.customsValue().stripTrailingZeros().toPlainString())
                .containsExactly("1033", "1033", "1033");
        assertThat(result.customsValue()).isEqualByComparingTo("3099");
    }

    // ---------------------------------------------------------------- a code the tariff cannot rate

    private static org.tradedesk.shared.MessageText notInTariff(long version) {
        return org.tradedesk.shared.MessageText.of("taxes.reason.code.not-in-tariff", org.tradedesk.shared.MessageText.Arg.literal("AU"),
                org.tradedesk.shared.MessageText.Arg.number(version), org.tradedesk.shared.MessageText.Arg.literal("test"));
    }

    /** The line's code is refused with the catalogue's reason, as data: "{code} is {why}". */
    private static void assertCodeRefused(TaxInputInvalid e, String code, org.tradedesk.shared.MessageText why) {
        assertThat(e.reason().code()).isEqualTo("taxes.reason.code.is");
        assertThat(e.reason().args().get(0).value()).isEqualTo(code);
        assertThat(e.reason().args().get(1).message()).isEqualTo(why);
    }

    /** A catalogue that knows no measures and says why, as the catalogue adapter does. */
    private static TaxEngine engineWithCatalogueSaying(org.tradedesk.shared.MessageText why) {
        return new TaxEngine(ExchangeRateTable.EMPTY, new TariffMeasureSource() {
            @Override
            public Optional<TariffMeasures> find(String jurisdiction, org.tradedesk.shared.HsCode code,
                    org.tradedesk.shared.CountryCode origin, LocalDate date) {
                return Optional.empty();
            }

            @Override
            public Optional<org.tradedesk.shared.MessageText> whyNoMeasures(String jurisdiction, org.tradedesk.shared.HsCode code, LocalDate date) {
                return Optional.ofNullable(why);
            }
        });
    }

    @Test
    void refusesAnUnknownTariffCodeWhateverTheShipmentsValue() {
        // 6403.99.00 is not in the AU tariff; at A$1,000 the shipment is low-value and skips its duty step, and the code
        // was accepted (a calculation of 200); the code is checked before any step is skipped
        TaxEngine engine = engineWithCatalogueSaying(notInTariff(1));
        for (String value : List.of("1000", "5000")) {
            TaxRequest r = request("AU", LocalDate.of(2025, 3, 1), "AUD", Incoterm.FOB, null, null, null,
                    TaxRequestLine.of("shoes", "6403.99.00", d(value), Map.of()));
            assertThatThrownBy(() -> engine.calculate(r, CHAINS.forJurisdiction("AU", r.date())))
                    .as("A$" + value).isInstanceOfSatisfying(TaxInputInvalid.class, e -> {
                        assertThat(e.field()).isEqualTo("lines[0].tariffCode");
                        assertCodeRefused(e, "6403.99.00", notInTariff(1));
                    });
        }
        // a duty the request gives itself is its own rate: the code is not what rates the line
        TaxRequest given = request("AU", LocalDate.of(2025, 3, 1), "AUD", Incoterm.FOB, null, null, null,
                TaxRequestLine.of("shoes", "6403.99.00", d("1000"), Map.of("duty", "5%")));
        assertThat(engine.calculate(given, CHAINS.forJurisdiction("AU", given.date())).lines()).hasSize(1);
    }

    @Test
    void refusesASubheadingWithoutMeasuresOnTheLinesTariffCode() {
        TaxRequest r = request("AU", LocalDate.of(2025, 3, 1), "AUD", Incoterm.FOB, null, null, null,
                TaxRequestLine.of("sedan", "8703.23", d("40000"), Map.of()));
        TaxEngine engine = engineWithCatalogueSaying(org.tradedesk.shared.MessageText.of("taxes.reason.code.not-an-item",
                org.tradedesk.shared.MessageText.Arg.code("taxes.reason.code.level.subheading"), org.tradedesk.shared.MessageText.Arg.literal("AU"),
                org.tradedesk.shared.MessageText.Arg.literal("8703.23.19, 8703.23.90")));
        assertThatThrownBy(() -> engine.calculate(r, CHAINS.forJurisdiction("AU", r.date())))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[0].tariffCode");
                    assertThat(e.reason().code()).isEqualTo("taxes.reason.code.is");
                    assertThat(e.reason().args().get(0).value()).isEqualTo("8703.23");
                    assertThat(e.reason().args().get(1).message().args().get(2).value()).startsWith("8703.23.19");
                });
    }

    @Test
    void refusesAnUnknownCodeOnTheLinesTariffCode() {
        TaxRequest r = request("AU", LocalDate.of(2025, 3, 1), "AUD", Incoterm.FOB, null, null, null,
                TaxRequestLine.of("mystery", "9999.99.99", d("5000"), Map.of()));
        TaxEngine engine = engineWithCatalogueSaying(notInTariff(7));
        assertThatThrownBy(() -> engine.calculate(r, CHAINS.forJurisdiction("AU", r.date())))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[0].tariffCode");
                    assertCodeRefused(e, "9999.99.99", notInTariff(7));
                });
    }

    @Test
    void aSubheadingWithItsOwnMeasuresIsCalculated() {
        TaxRequest r = request("AU", LocalDate.of(2025, 3, 1), "AUD", Incoterm.FOB, null, null, null,
                TaxRequestLine.of("sedan", "8703.23", d("40000"), Map.of("duty", "5%")));
        TaxResult result = engineWithCatalogueSaying(notInTariff(1))
                .calculate(r, CHAINS.forJurisdiction("AU", r.date()));
        assertThat(result.amountOf("DUTY")).isEqualByComparingTo("2000");
    }

    @Test
    void anItemTheCatalogueHasNoRateForStillNamesTheMissingMeasure() {
        TaxRequest r = request("AU", LocalDate.of(2025, 3, 1), "AUD", Incoterm.FOB, null, null, null,
                TaxRequestLine.of("pump", "84137000", d("5000"), Map.of()));
        assertThatThrownBy(() -> engineWithCatalogueSaying(null).calculate(r, CHAINS.forJurisdiction("AU", r.date())))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> assertThat(e.field()).isEqualTo("lines[0].measures.duty"));
    }

    // ---------------------------------------------------------------- CIF basis without freight or insurance

    @Test
    void warnsThatAFobPriceWithoutFreightOrInsuranceLacksWhatTaiwansCifBasisNeeds() {
        TaxResult r = run(request("TW", LocalDate.of(2025, 3, 1), "TWD", Incoterm.FOB, null, null, null,
                TaxRequestLine.of("a", "39269090", d("1000"), Map.of("duty", "5%"))));
        assertThat(r.notes()).anySatisfy(n -> {
            assertThat(en(n)).startsWith("Risk:").contains("lacks the freight and insurance that the TW CIF basis needs");
            assertThat(zh(n)).contains("完稅價格未含運費及保險費");
        });
    }

    @Test
    void warnsOnlyOfTheMissingInsuranceForACfrPrice() {
        TaxResult r = run(request("TW", LocalDate.of(2025, 3, 1), "TWD", Incoterm.CFR, d("100"), null, null,
                TaxRequestLine.of("a", "39269090", d("1000"), Map.of("duty", "5%"))));
        assertThat(r.notes()).anySatisfy(n -> assertThat(en(n)).contains("lacks the insurance that the TW CIF basis needs")
                .doesNotContain("freight and insurance"));
        TaxResult fca = run(request("TW", LocalDate.of(2025, 3, 1), "TWD", Incoterm.FCA, null, d("10"), null,
                TaxRequestLine.of("a", "39269090", d("1000"), Map.of("duty", "5%"))));
        assertThat(fca.notes()).anySatisfy(n -> assertThat(en(n)).contains("lacks the freight that the TW CIF basis needs"));
    }

    @Test
    void saysNothingOfFreightWhenThePriceOrTheRequestHasItOrTheBasisIsFob() {
        TaxResult cif = run(request("TW", LocalDate.of(2025, 3, 1), "TWD", Incoterm.CIF, null, null, null,
                TaxRequestLine.of("a", "39269090", d("1000"), Map.of("duty", "5%"))));
        TaxResult fob = run(request("TW", LocalDate.of(2025, 3, 1), "TWD", Incoterm.FOB, d("100"), d("10"), null,
                TaxRequestLine.of("a", "39269090", d("1000"), Map.of("duty", "5%"))));
        TaxResult au = run(request("AU", LocalDate.of(2025, 3, 1), "AUD", Incoterm.FOB, null, null, null,
                TaxRequestLine.of("a", "84137000", d("2000"), Map.of("duty", "5%"))));
        for (TaxResult r : List.of(cif, fob, au)) {
            assertThat(r.notes()).noneSatisfy(n -> assertThat(en(n)).contains("CIF basis"));
        }
    }

    // ---------------------------------------------------------------- shown precision

    @Test
    void showsAtMostTenDecimalsWhileRoundingOnTheFullValue() {
        // LCT: (117,700 − 80,567) × 10/11 = 33,757.2727… (a recurring quotient); × 33 % = 11,139.90 after rounding
        TaxResult r = run(request("AU", LocalDate.of(2024, 8, 1), "AUD", Incoterm.FOB, d("2000"), null, null,
                car("100000", null, Map.of("duty", "5%"))));
        TaxResult.TaxStep lct = r.steps().stream().filter(s -> s.code().equals("LCT")).findFirst().orElseThrow();
        assertThat(lct.amount()).isEqualByComparingTo("11139.90");
        assertThat(lct.amountExact().scale()).isLessThanOrEqualTo(10);
        assertThat(lct.amountExact().toPlainString()).isEqualTo("11139.9");
        assertThat(en(lct.explanation())).contains("≈ AUD 33,757.2727").doesNotContainPattern("\\d\\.\\d{11,}");
        assertThat(r.steps()).allSatisfy(s -> {
            assertThat(en(s.explanation())).doesNotContainPattern("\\d\\.\\d{11,}");
            assertThat(s.base().scale()).isLessThanOrEqualTo(10);
            assertThat(s.amountExact().scale()).isLessThanOrEqualTo(10);
        });
    }

    // ---------------------------------------------------------------- Taiwan 菸酒稅 recognised from the tariff code

    private static TaxRequestLine drink(String code, String litres, String abv, Map<String, String> measures) {
        return new TaxRequestLine("drink", code, "FR", d("3000"), null, null, null, d(litres), abv == null ? null : d(abv), null, null,
                null, measures, null);
    }

    private static TaxResult taiwan(TaxRequestLine line) {
        return run(request("TW", LocalDate.of(2025, 3, 1), "TWD", Incoterm.CIF, null, null, null, line));
    }

    @Test
    void taxesWineByItsTariffCodeAtSevenDollarsALitrePerDegree() {
        // 12 × 750 ml = 9 L at 13.5 % → 1.215 LAL × NT$700 (NT$7 a litre per degree, 菸酒稅法 第8條) = 850.50 → 850;
        // business tax 5 % × (3,000 + duty 300 + 850) = 207.5 → 207
        TaxResult r = taiwan(drink("22042100", "9", "13.5", Map.of("duty", "10%")));
        TaxResult.TaxStep tax = r.steps().stream().filter(s -> s.code().equals("ALCOHOL_TOBACCO_TAX")).findFirst().orElseThrow();
        assertThat(tax.amountExact()).isEqualByComparingTo("850.50");
        assertThat(tax.amount()).isEqualByComparingTo("850");
        assertThat(tax.rate()).isEqualTo("700 TWD/LAL");
        assertThat(zh(tax.rateSource())).contains("其他釀造酒").contains("22042100");
        assertThat(r.amountOf("BUSINESS_TAX")).isEqualByComparingTo("207");
    }

    @Test
    void taxesBeerPerLitreAndSpiritsPerLitreOfAlcohol() {
        // beer: 24 L × NT$26 = 624; whisky: 0.7 L × 40 % = 0.28 LAL × NT$250 = 70
        assertThat(taiwan(drink("22030000", "24", "5", Map.of("duty", "0%"))).amountOf("ALCOHOL_TOBACCO_TAX"))
                .isEqualByComparingTo("624");
        assertThat(taiwan(drink("22083000", "0.7", "40", Map.of("duty", "0%"))).amountOf("ALCOHOL_TOBACCO_TAX"))
                .isEqualByComparingTo("70");
    }

    @Test
    void aRequestMeasureOverridesOrSwitchesOffTheRecognisedAlcoholTax() {
        assertThat(taiwan(drink("22042100", "9", "13.5", Map.of("duty", "10%", "alcoholTax", "10 TWD/L")))
                .amountOf("ALCOHOL_TOBACCO_TAX")).isEqualByComparingTo("90");
        assertThat(taiwan(drink("22042100", "9", "13.5", Map.of("duty", "10%", "alcoholTax", "none"))).tax("ALCOHOL_TOBACCO_TAX"))
                .isNull();
    }

    @Test
    void leavesLiqueursAndTobaccoToTheRequestAndSaysSo() {
        TaxResult liqueur = taiwan(drink("22087000", "0.7", "25", Map.of("duty", "0%")));
        assertThat(liqueur.tax("ALCOHOL_TOBACCO_TAX")).isNull();
        assertThat(liqueur.notes()).anySatisfy(n -> assertThat(zh(n)).contains("再製酒").contains("measures.alcoholTax"));
        TaxResult cigarettes = taiwan(new TaxRequestLine("cigarettes", "24022000", "JP", d("3000"), null, null, null, null, null, null,
                null, null, Map.of("duty", "0%"), null));
        assertThat(cigarettes.tax("ALCOHOL_TOBACCO_TAX")).isNull();
        assertThat(cigarettes.notes()).anySatisfy(n -> assertThat(en(n)).contains("菸酒稅法 第7條").contains("measures.alcoholTax"));
    }
}
