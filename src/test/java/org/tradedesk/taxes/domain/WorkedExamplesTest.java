package org.tradedesk.taxes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxRequestLine.DutyOptionRequest;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.definitions.ChainDefinitions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every published worked example of {@code taxes/worked-examples.json} run through the engine.
 * The inputs and the expected figures are read from the file; each case below only says how the
 * published inputs map onto a request and which result figure each published figure is.
 */
class WorkedExamplesTest {

    private static final ChainDefinitions CHAINS = ChainDefinitions.fromClasspath();
    private static final TaxEngine ENGINE = new TaxEngine(ExchangeRateTable.EMPTY, null);
    private static final JsonNode CASES = load();

    private static JsonNode load() {
        try (InputStream in = WorkedExamplesTest.class.getResourceAsStream("/taxes/worked-examples.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A published figure and the engine's figure for it. */
    record Check(String name, BigDecimal published, BigDecimal engine) {
    }

    static Stream<Arguments> cases() {
        List<Arguments> args = new ArrayList<>();
        for (JsonNode c : CASES.values()) {
            args.add(Arguments.of(c.get("id").asString(), c));
        }
        return args.stream();
    }

    @Test
    void coversEveryCaseOfTheFile() {
        for (JsonNode c : CASES.values()) {
            assertThat(checks(c)).as(c.get("id").asString()).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reproducesThePublishedFigures(String id, JsonNode c) {
        for (Check check : checks(c)) {
            assertThat(check.engine()).as(id + " " + check.name()).isEqualByComparingTo(check.published());
        }
    }

    // ------------------------------------------------------------------ the cases

    private static List<Check> checks(JsonNode c) {
        String id = c.get("id").asString();
        JsonNode in = c.get("inputs");
        JsonNode out = c.get("expected");
        return switch (id) {
            case "AU-CUSTOMS-AMPLIFIER-USD" -> amplifier(in, out);
            case "AU-BROKER-WINE-WET" -> wine(in, out);
            case "AU-ATO-BEER-EXCISE-2019" -> beer(in, out);
            case "AU-ATO-BEER-EXCISE-2023" -> beer(in, out);
            case "AU-ATO-LVIG-JEANS" -> jeans(in, out);
            case "AU-ATO-LCT-IMPORT-MUSTANG" -> mustang(in, out);
            case "AU-ATO-LCT-SALE-2024-25" -> lctSale(in, out);
            case "UK-HMRC-SPIRITS-2002" -> spirits(in, out);
            case "UKTT-DC-E2E-7202118000-THIRD-COUNTRY" -> ferroManganese(in, out);
            case "UKTT-DC-ADVALOREM-AND-VAT" -> adValoremAndVat(in, out);
            case "UKTT-DC-SUCROSE-BRIX" -> sucrose(in, out);
            case "UKTT-DC-EURO-SPECIFIC" -> euroSpecific(in, out);
            case "IE-REVENUE-TRAVELLER-FLAT-RATE" -> traveller(in, out);
            case "TW-TCBA-98-SU-32-SHOES-ANTIDUMPING" -> shoes(in, out);
            case "TW-TCDA-107-JIAN-72-BMW-X5" -> bmw(in, out);
            default -> List.of();
        };
    }

    private static List<Check> amplifier(JsonNode in, JsonNode out) {
        // "A$1 = US$0.9100": quoted foreign per local, as the ABF publishes it
        BigDecimal usdPerAud = new BigDecimal(in.get("exchange_rate").asString().replaceAll(".*US\\$([0-9.]+).*", "$1"));
        TaxRequest r = new TaxRequest("AU", LocalDate.of(2013, 1, 15), "USD", Incoterm.FOB, null, usdPerAud, null,
                dec(in, "postage_insurance_USD"), null, null, null, null,
                List.of(TaxRequestLine.of(in.get("goods").asString(), "85184000", dec(in, "invoice_USD"),
                        Map.of("duty", pct(in, "duty_rate")))));
        TaxResult res = run(r);
        assertThat(res.tax("GST").rate()).isEqualTo(pct(in, "gst_rate"));
        return List.of(
                new Check("customs value", dec(out, "customs_value_AUD"), res.customsValue()),
                new Check("postage and insurance", dec(out, "postage_insurance_AUD"), res.transportAndInsurance()),
                new Check("duty", dec(out, "duty_AUD"), res.amountOf("DUTY")),
                new Check("VoTI", dec(out, "voti_AUD"), res.tax("GST").base()),
                new Check("GST", dec(out, "gst_AUD"), res.amountOf("GST")),
                new Check("total", dec(out, "total_duty_plus_gst_AUD"), res.total()));
    }

    /**
     * The broker's page prints GST 19.99 where 10 % of the VoTI 199.95 is 19.995, which the GST Act
     * (s9-90, nearest cent, 0.5 up) rounds to 20.00; the file's note flags it as truncation or a
     * floating-point artefact (199.95 × 0.1 = 19.994999… in binary). The engine follows the law:
     * the test checks the exact 19.995 and that the page's figures are it truncated, and the
     * unaffected figures exactly.
     */
    private static List<Check> wine(JsonNode in, JsonNode out) {
        TaxRequest r = new TaxRequest("AU", LocalDate.of(2024, 3, 1), "AUD", Incoterm.FOB, null, null, null,
                dec(in, "transport_insurance_AUD"), null, null, null, null,
                List.of(TaxRequestLine.of("700 ml bottle of wine 13.5 %", "22042120", dec(in, "customs_value_AUD"),
                        Map.of("duty", pct(in, "duty_rate")))));
        TaxResult res = run(r);
        assertThat(res.tax("WET").rate()).isEqualTo(pct(in, "wet_rate"));
        BigDecimal gstExact = step(res, "GST").amountExact();
        return List.of(
                new Check("duty", dec(out, "duty_AUD"), res.amountOf("DUTY")),
                new Check("WET", dec(out, "wet_AUD"), res.amountOf("WET")),
                new Check("VoTI", dec(out, "voti_AUD"), res.tax("GST").base()),
                new Check("GST as published = exact GST truncated", dec(out, "gst_AUD"), gstExact.setScale(2, RoundingMode.DOWN)),
                new Check("GST by the law (nearest cent, half up)", gstExact.setScale(2, RoundingMode.HALF_UP), res.amountOf("GST")),
                new Check("total as published = duty + WET + truncated GST", dec(out, "total_payable_AUD"),
                        res.total().subtract(res.amountOf("GST")).add(gstExact.setScale(2, RoundingMode.DOWN))));
    }

    private static List<Check> beer(JsonNode in, JsonNode out) {
        // ABV in the file is a fraction (0.05); requests take %vol
        TaxRequestLine line = new TaxRequestLine("10 cases × 24 × 355 ml beer", "22030019", null, new BigDecimal("300"), null, null,
                null, dec(in, "volume_L"), dec(in, "abv").movePointRight(2), null, null, null,
                // the Excise Tariff's beer rate is per litre of alcohol "by which the percentage by volume ... exceeds 1.15"
                Map.of("duty", "Free", "exciseEquivalent", in.get("rate_AUD_per_LAL").asString() + " AUD/LAL ABOVE "
                        + dec(in, "threshold_abv").movePointRight(2).toPlainString() + " %vol"), null);
        // the 2019 example gives no date of its own: the rate's (5 August 2019)
        LocalDate date = in.has("date") ? LocalDate.parse(in.get("date").asString()) : LocalDate.of(2019, 8, 5);
        TaxResult res = run(new TaxRequest("AU", date, "AUD", Incoterm.FOB, null, null, null, null, null, null,
                null, null, List.of(line)));
        BigDecimal exactLal = dec(in, "volume_L").multiply(dec(in, "abv").subtract(dec(in, "threshold_abv")));
        // issue 6: the same rate as the tariff gives it, a Schedule 3 duty per LAL (2203.00.91), is rounded by the same published
        // rule (184.928 → 184.92, not half up to 184.93): one rule per tax, whichever step carries it
        String perLal = line.measures().get("exciseEquivalent");
        TaxResult asDuty = run(new TaxRequest("AU", date, "AUD", Incoterm.FOB, null, null, null, null, null, null, null, null,
                List.of(new TaxRequestLine(line.description(), line.tariffCode(), null, line.value(), null, null, null, line.litres(),
                        line.alcoholByVolume(), null, null, null, Map.of("duty", perLal, "exciseEquivalent", "none"), null))));
        return List.of(
                new Check("the same rate as a Schedule 3 duty per LAL", dec(out, "duty_AUD"), asDuty.amountOf("DUTY")),
                new Check("LAL exact", dec(out, "LAL_exact"), exactLal),
                new Check("LAL truncated (the step's exact amount ÷ the rate)", dec(out, "LAL_truncated"),
                        step(res, "EXCISE_EQUIVALENT").amountExact().divide(dec(in, "rate_AUD_per_LAL"), java.math.MathContext.DECIMAL64)),
                // 2023: 3.2 × 57.79 = 184.928, printed 184.92 by the ATO (the chain's TRUNCATE_2 for this step)
                new Check("excise-equivalent duty", dec(out, "duty_AUD"), res.amountOf("EXCISE_EQUIVALENT")));
    }

    private static List<Check> jeans(JsonNode in, JsonNode out) {
        TaxRequest r = new TaxRequest("AU", LocalDate.of(2024, 3, 1), "AUD", Incoterm.FOB, null, null, null,
                dec(in, "shipping_insurance_AUD"), null, null, null, null,
                List.of(TaxRequestLine.of("jeans", "62034200", dec(in, "customs_value_AUD"), Map.of("duty", "5%"))));
        TaxResult res = run(r);
        TaxResult.TaxStep low = step(res, "LOW_VALUE");
        assertThat(org.tradedesk.taxes.EngineTexts.en(low.explanation()))
                .contains(String.format(java.util.Locale.ROOT, "≤ AUD %,.2f", new java.math.BigDecimal(in.get("low_value_threshold_AUD").asString())));
        assertThat(res.lines().get(0).lowValue()).isEqualTo(out.get("is_low_value").asBoolean());
        assertThat(res.tax("GST_VENDOR").rate()).isEqualTo(pct(in, "gst_rate"));
        return List.of(
                new Check("price including shipping", dec(in, "price_incl_shipping_insurance_AUD"), res.tax("GST_VENDOR").base()),
                new Check("GST collected by the vendor", dec(out, "gst_collected_by_vendor_AUD"), res.amountOf("GST_VENDOR")),
                new Check("duty and GST at the border", dec(out, "border_duty_gst"), res.total()));
    }

    /**
     * The ATO's own example of the luxury car tax on an import, run through the chain file's LCT step (its threshold for
     * the date, its 10/11 factor, its rate and its rounding). The ATO works the LCT value out by hand (GST on the customs
     * value only, then the import costs GST-inclusive), which no request of ours reproduces, so the step is given the
     * published LCT value. The ATO prints the LCT to the whole dollar: the engine's amount, 9,704.40, is that figure to
     * the cent; the example therefore confirms the formula and the threshold, not the cent rounding (still to confirm).
     */
    private static List<Check> mustang(JsonNode in, JsonNode out) {
        java.time.LocalDate date = java.time.LocalDate.parse(in.get("date").asString());
        ChainDefinition chain = CHAINS.forJurisdiction("AU", date);
        ChainDefinition.StepDefinition lct = chain.steps().stream().filter(s -> s.code().equals("LCT")).findFirst().orElseThrow();
        BigDecimal lctValue = dec(in, "customs_value_AUD").add(dec(in, "gst_at_import_AUD")).add(dec(in, "import_costs_incl_gst_AUD"));
        ThresholdRule.Outcome outcome = ThresholdRule.apply(lct, false, lctValue, date, org.tradedesk.shared.CurrencyCode.of("AUD"));
        assertThat(outcome.effect()).isEqualTo(ThresholdRule.Effect.EXCESS);
        String rate = ChainDefinition.Dated.on(lct.rates(), date).orElseThrow().value();
        assertThat(rate).isEqualTo(pct(in, "lct_rate"));
        BigDecimal amount = lct.rounding().apply(outcome.taxable().multiply(new BigDecimal(rate.replace("%", "")).movePointLeft(2)));
        BigDecimal threshold = lctValue.subtract(outcome.taxable().multiply(lct.factorDenominator())
                .divide(lct.factorNumerator(), java.math.MathContext.DECIMAL128));
        return List.of(
                new Check("LCT value", dec(out, "lct_value_AUD"), lctValue),
                new Check("2021-22 threshold in the chain file", dec(in, "lct_threshold_AUD"), threshold.setScale(2, RoundingMode.HALF_UP)),
                new Check("excess over the threshold", dec(out, "excess_AUD"),
                        outcome.taxable().multiply(lct.factorDenominator()).divide(lct.factorNumerator(), java.math.MathContext.DECIMAL128)
                                .setScale(2, RoundingMode.HALF_UP)),
                new Check("LCT, as the ATO prints it (whole dollars)", dec(out, "lct_AUD_whole_dollars"), amount.setScale(0, RoundingMode.DOWN)),
                new Check("LCT to the cent (the engine's step)", new BigDecimal("9704.40"), amount));
    }

    /**
     * The ATO's 2024-25 LCT example (a sale; the import uses the same formula): the threshold the chain holds for the date,
     * the excess, and the LCT, exact to the cent as the engine's step gives it and with the cents dropped as the ATO prints it.
     */
    private static List<Check> lctSale(JsonNode in, JsonNode out) {
        java.time.LocalDate date = java.time.LocalDate.parse(in.get("date").asString());
        ChainDefinition chain = CHAINS.forJurisdiction("AU", date);
        ChainDefinition.StepDefinition lct = chain.steps().stream().filter(s -> s.code().equals("LCT")).findFirst().orElseThrow();
        BigDecimal lctValue = dec(in, "lct_value_AUD");
        ThresholdRule.Outcome outcome = ThresholdRule.apply(lct, in.get("fuel_efficient").asBoolean(), lctValue, date,
                org.tradedesk.shared.CurrencyCode.of("AUD"));
        assertThat(outcome.effect()).isEqualTo(ThresholdRule.Effect.EXCESS);
        assertThat(outcome.used().toConfirm()).isFalse();
        assertThat(ChainDefinition.Dated.on(lct.rates(), date).orElseThrow().value()).isEqualTo(pct(in, "lct_rate"));
        BigDecimal rate = new BigDecimal(pct(in, "lct_rate").replace("%", "")).movePointLeft(2);
        BigDecimal amount = lct.rounding().apply(outcome.taxable().multiply(rate));
        return List.of(
                new Check("2024-25 threshold in the chain file", dec(in, "lct_threshold_AUD"), outcome.used().amount()),
                new Check("excess over the threshold", dec(out, "excess_AUD"), lctValue.subtract(outcome.used().amount())),
                new Check("LCT, as the ATO prints it (cents dropped)", dec(out, "lct_AUD_whole_dollars"), amount.setScale(0, RoundingMode.DOWN)),
                new Check("LCT to the cent (the engine's step)", new BigDecimal("2229.90"), amount));
    }

    private static List<Check> spirits(JsonNode in, JsonNode out) {
        BigDecimal litres = dec(in, "cases").multiply(dec(in, "bottles_per_case")).multiply(dec(in, "bottle_L"));
        TaxRequestLine line = new TaxRequestLine("whisky 40 %", "22083011", null, new BigDecimal("1000"), null, null, null, litres,
                dec(in, "abv").movePointRight(2), null, null, null,
                Map.of("duty", "Free", "alcoholTax", in.get("rate_GBP_per_LPA").asString() + " GBP/LAL"), null);
        TaxResult res = run(new TaxRequest("UK", LocalDate.of(2002, 6, 1), "GBP", Incoterm.CIF, null, null, null, null, null, null,
                null, null, List.of(line)));
        return List.of(
                new Check("bulk litres", dec(out, "bulk_L"), litres),
                new Check("LPA", dec(out, "LPA"), res.lines().get(0).litresOfAlcohol()),
                new Check("duty", dec(out, "duty_GBP"), res.amountOf("ALCOHOL_TOBACCO_TAX")));
    }

    private static List<Check> ferroManganese(JsonNode in, JsonNode out) {
        JsonNode rates = in.get("rates");
        TaxRequestLine line = new TaxRequestLine("ferro-manganese", in.get("commodity_code").asString(), null,
                dec(in, "monetary_value_GBP"), dec(in, "tnei_tonnes"), "t", null, null, null, null, null, null,
                Map.of("duty", pct(rates, "third_country"), "safeguard", pct(rates, "safeguard_696"),
                        "additionalDuty", pct(rates, "additional_695"),
                        "antiDumping", rates.get("anti_dumping_552_GBP_per_tonne").asString() + " GBP/t",
                        "vat", pct(rates, "vat")), null);
        TaxRequest r = new TaxRequest("UK", LocalDate.parse(in.get("import_date").asString()), "GBP", Incoterm.FOB, null, null, null,
                dec(in, "shipping_cost_GBP"), dec(in, "insurance_cost_GBP"), null, null, null, List.of(line));
        TaxResult res = run(r);
        return List.of(
                new Check("customs value", dec(out, "customs_value_GBP"), res.customsValue()),
                new Check("raw duty", dec(out, "raw_duty_value"), res.amountOf("DUTY")),
                new Check("third-country duty", dec(out, "third_country_duty_GBP"), res.tax("DUTY").displayAmount()),
                new Check("safeguard", dec(out, "safeguard_GBP"), res.tax("SAFEGUARD").displayAmount()),
                new Check("additional duties", dec(out, "additional_duties_GBP"), res.tax("ADDITIONAL_DUTY").displayAmount()),
                new Check("anti-dumping", dec(out, "anti_dumping_GBP"), res.tax("ANTI_DUMPING").displayAmount()),
                new Check("VAT base", dec(out, "vat_base_GBP"), display(res.tax("VAT").base())),
                new Check("VAT", dec(out, "vat_GBP"), res.tax("VAT").displayAmount()),
                new Check("total including VAT", dec(out, "duty_total_incl_vat_GBP"), res.totalDisplay()));
    }

    private static List<Check> adValoremAndVat(JsonNode in, JsonNode out) {
        TaxRequest duty = new TaxRequest("UK", LocalDate.of(2021, 1, 1), "GBP", Incoterm.FOB, null, null, null,
                dec(in, "shipping_cost"), dec(in, "insurance_cost"), null, null, null,
                List.of(TaxRequestLine.of("fixture goods", null, dec(in, "monetary_value"), Map.of("duty", pct(in, "rate")))));
        TaxResult dutyResult = run(duty);
        // the VAT evaluator fixture: VAT at the fixture's rate on value 30 plus duties of 1000
        TaxRequestLine line = new TaxRequestLine("fixture goods", null, null, dec(in, "monetary_value"), BigDecimal.ONE, "No",
                null, null, null, null, null, null,
                Map.of("duty", in.get("duty_total_for_vat_test").asString() + " GBP/No", "vat", pct(in, "rate")), null);
        TaxResult vatResult = run(new TaxRequest("UK", LocalDate.of(2021, 1, 1), "GBP", Incoterm.FOB, null, null, null,
                dec(in, "shipping_cost"), dec(in, "insurance_cost"), null, null, null, List.of(line)));
        return List.of(
                new Check("ad valorem duty", dec(out, "ad_valorem_duty_GBP"), dutyResult.amountOf("DUTY")),
                new Check("VAT base", dec(out, "vat_base_GBP"), vatResult.tax("VAT").base()),
                new Check("VAT", dec(out, "vat_GBP"), vatResult.amountOf("VAT")));
    }

    private static List<Check> sucrose(JsonNode in, JsonNode out) {
        TaxRequestLine line = new TaxRequestLine("sugar syrup", "17029095", null, new BigDecimal("1000"), null, null,
                dec(in, "kg"), null, null, dec(in, "brix"), null, null,
                Map.of("duty", in.get("rate").asString() + " GBP/100 kg/% sucrose", "vat", "0%"), null);
        TaxResult res = run(new TaxRequest("UK", LocalDate.of(2021, 1, 1), "GBP", Incoterm.CIF, null, null, null, null, null, null,
                null, null, List.of(line)));
        return List.of(new Check("duty", dec(out, "duty_GBP"), res.amountOf("DUTY")));
    }

    private static List<Check> euroSpecific(JsonNode in, JsonNode out) {
        BigDecimal kg = dec(in, "dtn").movePointRight(2);
        List<Check> checks = new ArrayList<>();
        for (String currency : List.of("EUR", "GBP")) {
            TaxRequestLine line = new TaxRequestLine("goods", null, null, new BigDecimal("1000"), null, null, kg, null, null, null,
                    null, null, Map.of("duty", in.get("rate_EUR_per_100kg").asString() + " " + currency + "/100 kg"), null);
            TaxResult res = run(new TaxRequest("UK", LocalDate.of(2021, 1, 1), "GBP", Incoterm.CIF, null, null,
                    Map.of("EUR", dec(in, "eur_gbp_rate_implied")), null, null, null, null, null, List.of(line)));
            if (currency.equals("EUR")) {
                assertThat(res.dataVersions()).containsKey("exchangeRate.EUR");
                checks.add(new Check("duty raw", dec(out, "duty_GBP_raw"), res.amountOf("DUTY")));
                checks.add(new Check("duty displayed", dec(out, "duty_GBP_display"), res.tax("DUTY").displayAmount()));
            } else {
                checks.add(new Check("same rate in GBP", dec(out, "same_in_GBP_unit_GBP"), res.amountOf("DUTY")));
            }
        }
        return checks;
    }

    /**
     * The dress is within the traveller's allowance (relief from duty and VAT); the shirts may take
     * the flat rate instead of the tariff rate, as a duty option the request selects.
     */
    private static List<Check> traveller(JsonNode in, JsonNode out) {
        List<TaxRequestLine> lines = new ArrayList<>();
        JsonNode items = in.get("items");
        JsonNode dress = items.get(0);
        JsonNode camera = items.get(1);
        JsonNode shirts = items.get(2);
        lines.add(TaxRequestLine.of(dress.get("goods").asString(), "62044200", dec(dress, "value_EUR"),
                Map.of("duty", "Free", "vat", "0%")));
        lines.add(TaxRequestLine.of(camera.get("goods").asString(), "85258900", dec(camera, "value_EUR"),
                Map.of("duty", pct(camera, "duty_rate"))));
        lines.add(new TaxRequestLine(shirts.get("goods").asString(), "62052000", null, dec(shirts, "value_EUR"), null, null, null,
                null, null, null, null, "FLAT_RATE", Map.of("duty", pct(shirts, "duty_rate_tariff")),
                List.of(new DutyOptionRequest("FLAT_RATE", "flat rate for travellers", pct(shirts, "flat_rate"),
                        "goods in a traveller's personal luggage up to EUR 700"))));
        TaxResult res = run(new TaxRequest("IE", LocalDate.of(2024, 6, 1), "EUR", Incoterm.CIF, null, null, null, null, null, null,
                null, null, lines));
        assertThat(res.steps().stream().filter(s -> "VAT".equals(s.code()) && Integer.valueOf(2).equals(s.line())).findFirst()
                .orElseThrow().rate()).isEqualTo(pct(in, "vat_rate"));
        TaxResult.DutyOption flat = res.options().stream().filter(o -> o.scheme().equals("FLAT_RATE")).findFirst().orElseThrow();
        assertThat(flat.cheapest()).isTrue();
        assertThat(flat.selected()).isTrue();
        return List.of(
                new Check("customs duty", dec(out, "customs_duty_EUR"), res.amountOf("DUTY")),
                new Check("VAT base", dec(out, "vat_base_EUR"), res.tax("VAT").base().subtract(dec(dress, "value_EUR"))),
                new Check("VAT", dec(out, "vat_EUR"), res.amountOf("VAT")),
                new Check("total", dec(out, "total_EUR"), res.total()));
    }

    /** The dutiable value is inferred as a range; every value of the range must give the published figures. */
    private static List<Check> shoes(JsonNode in, JsonNode out) {
        List<Check> checks = new ArrayList<>();
        for (BigDecimal cif : range(in.get("customs_value_TWD_inferred_range"))) {
            TaxRequestLine line = new TaxRequestLine(in.get("goods").asString(), "64029990", "CN", cif, null, null, null, null, null,
                    null, null, null, Map.of("duty", pct(in, "duty_rate_inferred"),
                    "antiDumping", in.get("anti_dumping_TWD").asString() + " TWD"), null);
            TaxResult res = run(new TaxRequest("TW", LocalDate.of(2007, 6, 1), "TWD", Incoterm.CIF, null, null, null, null, null,
                    null, null, null, List.of(line)));
            assertThat(res.tax("BUSINESS_TAX").rate()).isEqualTo(pct(in, "business_tax_rate"));
            assertThat(res.tax("TRADE_PROMOTION_FEE").rate()).isEqualTo(pct(in, "trade_promotion_fee_rate"));
            checks.add(new Check("duty at " + cif, dec(out, "import_duty_TWD"), res.amountOf("DUTY")));
            checks.add(new Check("fee at " + cif, dec(out, "trade_promotion_fee_TWD"), res.amountOf("TRADE_PROMOTION_FEE")));
            checks.add(new Check("business tax at " + cif, dec(out, "business_tax_TWD"), res.amountOf("BUSINESS_TAX")));
            checks.add(new Check("anti-dumping at " + cif, dec(out, "anti_dumping_duty_TWD"), res.amountOf("ANTI_DUMPING")));
            checks.add(new Check("total at " + cif, dec(out, "total_TWD"), res.total()));
        }
        return checks;
    }

    private static List<Check> bmw(JsonNode in, JsonNode out) {
        List<Check> checks = new ArrayList<>();
        for (BigDecimal cif : range(in.get("customs_value_TWD_inferred_range"))) {
            TaxRequestLine line = new TaxRequestLine("used 2013 BMW X5 xDrive35i", "87032391", "US", cif, BigDecimal.ONE, "No",
                    null, null, null, null, null, null,
                    Map.of("duty", pct(in, "duty_rate"), "commodityTax", pct(in, "commodity_tax_rate")), null);
            TaxResult res = run(new TaxRequest("TW", LocalDate.of(2017, 6, 1), "TWD", Incoterm.CIF, null, null, null, null, null,
                    null, null, null, List.of(line)));
            assertThat(res.tax("BUSINESS_TAX").rate()).isEqualTo(pct(in, "business_tax_rate"));
            assertThat(res.tax("TRADE_PROMOTION_FEE").rate()).isEqualTo(pct(in, "trade_fee_rate"));
            checks.add(new Check("duty at " + cif, dec(out, "import_duty_TWD"), res.amountOf("DUTY")));
            checks.add(new Check("commodity tax at " + cif, dec(out, "commodity_tax_TWD"), res.amountOf("COMMODITY_TAX")));
            checks.add(new Check("business tax at " + cif, dec(out, "business_tax_TWD"), res.amountOf("BUSINESS_TAX")));
            checks.add(new Check("fee at " + cif, dec(out, "trade_promotion_fee_TWD"), res.amountOf("TRADE_PROMOTION_FEE")));
            checks.add(new Check("total at " + cif, dec(out, "total_TWD"), res.total()));
        }
        return checks;
    }

    // ------------------------------------------------------------------ helpers

    private static TaxResult run(TaxRequest request) {
        return ENGINE.calculate(request, CHAINS.forJurisdiction(request.jurisdiction(), request.date()));
    }

    private static TaxResult.TaxStep step(TaxResult result, String code) {
        return result.steps().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<BigDecimal> range(JsonNode range) {
        BigDecimal low = range.get(0).decimalValue();
        BigDecimal high = range.get(1).decimalValue();
        List<BigDecimal> values = new ArrayList<>();
        for (BigDecimal v = low; v.compareTo(high) <= 0; v = v.add(BigDecimal.ONE)) {
            values.add(v);
        }
        return values;
    }

    private static BigDecimal dec(JsonNode node, String field) {
        return new BigDecimal(node.get(field).asString());
    }

    /** A fraction of the file (0.05) as the percentage text a measure takes (5%). */
    private static String pct(JsonNode node, String field) {
        return dec(node, field).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static BigDecimal display(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
