package org.tradedesk.taxes.api;

import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class TaxCalculationApiTest {

    private static final RequestPostProcessor COORDINATOR = user("carol").roles("COORDINATOR");
    private static final RequestPostProcessor MANAGER = user("max").roles("MANAGER", "COORDINATOR");

    @Autowired
    ClientDirectory clients;

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private JsonNode postCalculation(String body, int expectedStatus) throws Exception {
        String response = mvc.perform(post("/api/v1/tax/calculations").with(COORDINATOR)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(response);
    }

    @Test
    void calculatesTheTaiwanExampleOfTheOpenApiDescription() throws Exception {
        JsonNode r = postCalculation(TaxCalculationApiController.TW_EXAMPLE, 200);
        // by hand: CIF = (2000 + 120 + 15) USD × 32.15 = 68,640.25, the 完稅價格 in whole NT$ (TW chain's customsValue rule,
        // t4fixAB) 68,640; duty = max(6,864.0, 20 × 100) → 6,864; business tax = (68,640 + 6,864) × 5 % = 3,775.2 → 3,775;
        // fee 27.456 → 27 ≤ NT$100, not collected (every tax as before: only the value's cents are gone)
        assertThat(r.get("currency").asString()).isEqualTo("TWD");
        assertThat(r.get("customsValue").decimalValue()).isEqualByComparingTo("68640");
        assertThat(amount(r, "DUTY")).isEqualByComparingTo("6864");
        assertThat(amount(r, "BUSINESS_TAX")).isEqualByComparingTo("3775");
        assertThat(amount(r, "TRADE_PROMOTION_FEE")).isEqualByComparingTo("0");
        assertThat(r.get("total").decimalValue()).isEqualByComparingTo("10639");
        assertThat(r.get("dataVersions").get("exchangeRate.USD").get("code").asString()).isEqualTo("taxes.dataVersion.rate.request");
        JsonNode duty = tax(r, "DUTY");
        assertThat(duty.get("label").get("zhTw").asString()).isEqualTo("進口稅");
        assertThat(duty.get("legalCitation").asString()).contains("關稅法");
        assertThat(r.get("steps").size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theLegalReferenceIsInTheReadersLanguage() throws Exception {
        // review r-t1b 2: Chinese under en for TW; the citation as recorded stays in legalCitation
        JsonNode en = json.readTree(mvc.perform(post("/api/v1/tax/calculations").with(COORDINATOR).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(TaxCalculationApiController.TW_EXAMPLE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(tax(en, "DUTY").get("legalReference").get("text").asString()).startsWith("Customs Act (關稅法) §2, §29");
        assertThat(tax(en, "DUTY").get("legalCitation").asString()).startsWith("關稅法");
        int cited = 0;
        for (JsonNode step : en.get("steps")) {
            if (step.hasNonNull("legalReference")) {
                cited++;
                assertThat(step.get("legalReference").get("text").asString()).as(step.get("code").asString()).containsPattern("[A-Za-z]{4}");
            }
        }
        // the TW example (a speaker: no commodity tax) has duty, business tax and the trade promotion fee, each citing its law
        assertThat(cited).isEqualTo(3);
        JsonNode zh = json.readTree(mvc.perform(post("/api/v1/tax/calculations").with(COORDINATOR).header("Accept-Language", "zh-TW")
                .contentType(MediaType.APPLICATION_JSON).content(TaxCalculationApiController.AU_EXAMPLE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(tax(zh, "DUTY").get("legalReference").get("text").asString()).contains("《1995 年關稅法》").doesNotContain("Act");
    }

    @Test
    void answersTheDataVersionsInTheRequestsLanguage() throws Exception {
        JsonNode zh = json.readTree(mvc.perform(post("/api/v1/tax/calculations").with(COORDINATOR).header("Accept-Language", "zh-TW")
                .contentType(MediaType.APPLICATION_JSON).content(TaxCalculationApiController.TW_EXAMPLE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode en = json.readTree(mvc.perform(post("/api/v1/tax/calculations").with(COORDINATOR).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(TaxCalculationApiController.TW_EXAMPLE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(zh.get("dataVersions").get("exchangeRate.USD").get("text").asString()).isEqualTo("1 USD 兌 32.15 TWD（申請所列）");
        assertThat(en.get("dataVersions").get("exchangeRate.USD").get("text").asString()).isEqualTo("32.15 TWD per USD (given in the request)");
        assertThat(zh.get("dataVersions").get("chain").get("text").asString()).startsWith("TW 稅費計算定義 ").endsWith(" 起生效）");
        assertThat(en.get("dataVersions").get("chain").get("text").asString()).startsWith("TW tax chain ").contains("(effective ");
        // no English word in a zh-TW data version (codes, currencies and published names aside)
        zh.get("dataVersions").forEach(v -> assertThat(v.get("text").asString()).doesNotContainPattern("\\b(per|effective|given|request|version)\\b"));
    }

    @Test
    void answersEachTextAsCodeAndArgumentsWithTheTextInTheRequestsLanguage() throws Exception {
        JsonNode zh = json.readTree(mvc.perform(post("/api/v1/tax/calculations").with(COORDINATOR).header("Accept-Language", "zh-TW")
                .contentType(MediaType.APPLICATION_JSON).content(TaxCalculationApiController.AU_TCO_EXAMPLE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode en = json.readTree(mvc.perform(post("/api/v1/tax/calculations").with(COORDINATOR).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(TaxCalculationApiController.AU_TCO_EXAMPLE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode zhDuty = zh.get("steps").get(1);
        assertThat(zhDuty.get("code").asString()).isEqualTo("DUTY");
        assertThat(zhDuty.get("rateSource").get("code").asString()).isEqualTo("taxes.source.request");
        assertThat(zhDuty.get("rateSource").get("text").asString()).isEqualTo("申請所列之稅率");
        assertThat(en.get("steps").get(1).get("rateSource").get("text").asString()).isEqualTo("measure given in the request");
        // 5 % of AUD 12,000 = 600, rounded to the cent
        assertThat(en.get("steps").get(1).get("explanation").get("text").asString())
                .isEqualTo("5% × AUD 12,000.00 = AUD 600.00 → AUD 600.00 (nearest cent, to confirm: no rounding rule sourced)");
        assertThat(zh.get("steps").get(1).get("explanation").get("text").asString()).contains("四捨五入至分，待確認");
        assertThat(zh.get("options").get(0).get("label").get("text").asString()).isEqualTo("一般（最惠國）稅率");
        assertThat(zh.get("options").get(1).get("label").get("text").asString()).isEqualTo("關稅減讓令（TCO） 1864894");
        assertThat(en.get("options").get(1).get("requires").get("text").asString()).startsWith("TCO number 1864894: a TCO in force");
    }

    @Test
    void comparesTheAustralianOptionsAndFlagsTheCheapest() throws Exception {
        JsonNode r = postCalculation(TaxCalculationApiController.AU_EXAMPLE, 200);
        assertThat(tax(r, "WET")).as("grape wine (Schedule 3 2204.21.20) is wine for WET").isNotNull();
        JsonNode options = r.get("options");
        assertThat(options.size()).isEqualTo(2);
        JsonNode ausfta = options.get(1);
        assertThat(ausfta.get("scheme").asString()).isEqualTo("AUSFTA");
        assertThat(ausfta.get("cheapest").asBoolean()).isTrue();
        assertThat(ausfta.get("requires").get("text").asString()).contains("proof of origin");
        assertThat(options.get(0).get("selected").asBoolean()).isTrue();
    }

    @Test
    void quotesATcoClaimAtFreeAndRefusesAMalformedTcoNumberNamingTheField() throws Exception {
        // 12,000 at 5 % = 600 duty, GST 1,260: 1,860; under the TCO duty 0 and GST 1,200
        JsonNode r = postCalculation(TaxCalculationApiController.AU_TCO_EXAMPLE, 200);
        JsonNode tco = r.get("options").get(1);
        assertThat(tco.get("scheme").asString()).isEqualTo("TCO");
        assertThat(tco.get("total").decimalValue()).isEqualByComparingTo("1200");
        assertThat(tco.get("saving").decimalValue()).isEqualByComparingTo("660");
        assertThat(tco.get("requires").get("text").asString()).contains("1864894").contains("Schedule 4 item 50");
        JsonNode bad = postCalculation(TaxCalculationApiController.AU_TCO_EXAMPLE.replace("1864894", "TC 18"), 400);
        assertThat(bad.get("errors").get(0).get("field").asString()).isEqualTo("lines[0].options[0].reference");
    }

    @Test
    void takesTheTotalSolubleSolidsOfAJuice() throws Exception {
        // 10,000 kg at 12 % TSS: MIN(5 % of 20,000; 1,200 kg TSS × 0.45) = 540
        JsonNode r = postCalculation("""
                {"jurisdiction":"AU","date":"2026-01-05","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"orange juice","value":20000,"netMassKg":10000,"totalSolubleSolidsPercent":12,
                           "measures":{"duty":"MIN(5%, 0.45 AUD/100 kg/% TSS)"}}]}""", 200);
        assertThat(tax(r, "DUTY").get("amount").decimalValue()).isEqualByComparingTo("540");
    }

    @Test
    void refusesARequestWithoutLinesNamingTheField() throws Exception {
        JsonNode r = postCalculation("""
                {"jurisdiction":"TW","date":"2026-01-05","currency":"TWD","incoterm":"CIF","lines":[]}""", 400);
        assertThat(r.get("code").asString()).isEqualTo("error.validation");
        assertThat(r.get("errors").get(0).get("field").asString()).isEqualTo("lines");
    }

    @Test
    void refusesANegativeLineValueNamingTheLine() throws Exception {
        JsonNode r = postCalculation("""
                {"jurisdiction":"TW","date":"2026-01-05","currency":"TWD","incoterm":"CIF",
                 "lines":[{"description":"x","value":-1,"measures":{"duty":"5%"}}]}""", 400);
        assertThat(r.get("errors").get(0).get("field").asString()).isEqualTo("lines[0].value");
    }

    @Test
    void refusesABadDutyExpressionNamingTheMeasureAndPosition() throws Exception {
        JsonNode r = postCalculation("""
                {"jurisdiction":"AU","date":"2026-01-05","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"x","value":5000,"measures":{"duty":"5 % +"}}]}""", 400);
        assertThat(r.get("code").asString()).isEqualTo("taxes.input.invalid");
        // the detail names the field by its label in the caller's language (the path stays in errors[].field)
        assertThat(r.get("detail").asString()).startsWith("第 1 項 關稅稅率：").contains("第 6 個字元").doesNotContain("lines[0]");
        assertThat(r.get("errors").get(0).get("label").asString()).isEqualTo("第 1 項 關稅稅率");
        assertThat(r.get("errors").get(0).get("field").asString()).isEqualTo("lines[0].measures.duty");
    }

    @Test
    void refusesAnUnknownJurisdictionAndAnUnknownIncoterm() throws Exception {
        JsonNode r = postCalculation("""
                {"jurisdiction":"ZZ","date":"2026-01-05","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"x","value":5000,"measures":{"duty":"5%"}}]}""", 400);
        assertThat(r.get("code").asString()).isEqualTo("taxes.jurisdiction.unsupported");
        assertThat(r.get("detail").asString()).startsWith("進口國：").contains("ZZ");
        JsonNode bad = postCalculation("""
                {"jurisdiction":"AU","date":"2026-01-05","currency":"AUD","incoterm":"FOO",
                 "lines":[{"description":"x","value":5000,"measures":{"duty":"5%"}}]}""", 400);
        assertThat(bad.get("errors").get(0).get("field").asString()).isEqualTo("incoterm");
    }

    @Test
    void refusesAForeignInvoiceWithoutAnyRate() throws Exception {
        JsonNode r = postCalculation("""
                {"jurisdiction":"AU","date":"2026-01-05","currency":"JPY","incoterm":"FOB",
                 "lines":[{"description":"x","value":5000,"measures":{"duty":"5%"}}]}""", 400);
        assertThat(r.get("code").asString()).isEqualTo("taxes.exchange-rate.missing");
        assertThat(r.get("detail").asString()).startsWith("匯率：").contains("JPY");
    }

    @Test
    void describesTheEndpointInOpenApiWithAnExamplePerJurisdiction() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs").with(COORDINATOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(doc).contains("/api/v1/tax/calculations").contains("Taiwan").contains("Australia").contains("United Kingdom");
        assertThat(doc).contains("application/problem+json").contains("taxes.input.invalid");
    }

    @Test
    void anonymousCallersGet401() throws Exception {
        mvc.perform(post("/api/v1/tax/calculations").contentType(MediaType.APPLICATION_JSON).content(TaxCalculationApiController.TW_EXAMPLE))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void importedRatesAreUsedAndRecorded() throws Exception {
        String csv = "jurisdiction,currency,local_currency,rate,quotation,valid_from,valid_to,source\n"
                + "AU,NZD,AUD,1.10,FOREIGN_PER_LOCAL,2026-01-01,2026-01-31,ABF test rate\n";
        mvc.perform(multipart("/api/v1/tax/exchange-rates").file(new MockMultipartFile("file", "rates.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(MANAGER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(1));
        JsonNode r = postCalculation("""
                {"jurisdiction":"AU","date":"2026-01-05","currency":"NZD","incoterm":"FOB",
                 "lines":[{"description":"x","value":2200,"measures":{"duty":"5%"}}]}""", 200);
        // 2,200 NZD ÷ 1.10 NZD per AUD = 2,000 AUD
        assertThat(r.get("customsValue").decimalValue()).isEqualByComparingTo("2000");
        assertThat(r.get("dataVersions").get("exchangeRate.NZD").get("code").asString()).isEqualTo("taxes.dataVersion.rate");
        // where the rate comes from, in the reader's language (no English "[rate table row N]" in a zh-TW answer)
        String request = """
                {"jurisdiction":"AU","date":"2026-01-05","currency":"NZD","incoterm":"FOB",
                 "lines":[{"description":"x","value":2200,"measures":{"duty":"5%"}}]}""";
        for (String[] language : new String[][] {{"zh-TW", "ABF test rate，第 \\d+ 列"}, {"en", "ABF test rate, row \\d+"}}) {
            JsonNode answer = json.readTree(mvc.perform(post("/api/v1/tax/calculations").with(COORDINATOR)
                            .header("Accept-Language", language[0]).contentType(MediaType.APPLICATION_JSON).content(request))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            JsonNode source = null;
            for (JsonNode s : answer.get("sources")) {
                if ("EXCHANGE_RATE".equals(s.get("kind").asString())) {
                    source = s;
                }
            }
            assertThat(source).isNotNull();
            assertThat(source.get("publisher").asString()).isEqualTo("ABF test rate");
            assertThat(source.get("publisherText").get("text").asString()).matches(language[1]);
            assertThat(answer.get("dataVersions").get("exchangeRate.NZD").get("text").asString()).containsPattern(language[1]);
        }
    }

    @Test
    void refusesABadRateFileWholeNamingTheLine() throws Exception {
        String csv = "jurisdiction,currency,local_currency,rate,quotation,valid_from,valid_to,source\n"
                + "AU,CAD,AUD,0.9,FOREIGN_PER_LOCAL,2026-01-01,,ok\n"
                + "AU,CAD,AUD,abc,FOREIGN_PER_LOCAL,2026-02-01,,bad\n";
        String body = mvc.perform(multipart("/api/v1/tax/exchange-rates").file(new MockMultipartFile("file", "rates.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(MANAGER).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("Line 3, column \\\"rate\\\": a number such as 32.15 is expected, not \\\"abc\\\"");
        // review r-t1 F4(d): in zh-TW the detail is Chinese, with the line, the column's label and the value (no English log)
        String zh = mvc.perform(multipart("/api/v1/tax/exchange-rates").file(new MockMultipartFile("file", "rates.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(MANAGER).header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).contains("匯率檔案未匯入：第 3 行「匯率」欄：須為數字，例如 32.15；「abc」不是數字")
                .doesNotContain("line 3", "not a number");
        postCalculation("""
                {"jurisdiction":"AU","date":"2026-01-05","currency":"CAD","incoterm":"FOB",
                 "lines":[{"description":"x","value":2200,"measures":{"duty":"5%"}}]}""", 400);
    }

    @Test
    void coordinatorsCannotImportRates() throws Exception {
        mvc.perform(multipart("/api/v1/tax/exchange-rates").file(new MockMultipartFile("file", "r.csv", "text/csv", new byte[0]))
                .with(COORDINATOR)).andExpect(status().isForbidden());
    }

    @Test
    void savesReRunsIdenticallyAndGoesThroughReview() throws Exception {
        // created by Carol, so assigned to her: a coordinator lists and sends the calculations of her own clients only
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken("carol", "x", "ROLE_COORDINATOR"));
        long client;
        try {
            client = clients.create(new ClientDetails("Taipei Sound Co", ClientKind.IMPORTER, CountryCode.TW, null,
                    PreferredLanguage.EN, null, null, null)).id();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        // another system's id is no client of the desk: REST names a client by its number
        mvc.perform(post("/api/v1/tax/calculations/saved").with(COORDINATOR).contentType(MediaType.APPLICATION_JSON)
                .content("{\"clientId\":\"client-42\",\"request\":" + TaxCalculationApiController.TW_EXAMPLE + "}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/tax/calculations/saved").with(COORDINATOR).contentType(MediaType.APPLICATION_JSON)
                .content("{\"clientId\":987654321,\"request\":" + TaxCalculationApiController.TW_EXAMPLE + "}"))
                .andExpect(status().isNotFound());
        String save = "{\"clientId\":" + client + ",\"request\":" + TaxCalculationApiController.TW_EXAMPLE + "}";
        JsonNode saved = json.readTree(mvc.perform(post("/api/v1/tax/calculations/saved").with(COORDINATOR)
                        .contentType(MediaType.APPLICATION_JSON).content(save))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        String id = saved.get("id").asString();
        assertThat(saved.get("status").asString()).isEqualTo("DRAFT");
        assertThat(saved.get("clientId").isNumber()).as("a plain number in JSON").isTrue();
        assertThat(saved.get("clientId").asLong()).isEqualTo(client);
        assertThat(saved.get("result").get("total").decimalValue()).isEqualByComparingTo("10639");
        // the answer carries each text rendered; what is stored keeps code and arguments only, to render later in any language
        assertThat(saved.get("result").get("steps").get(0).get("explanation").get("text").asString()).isNotBlank();
        String stored = jdbc.queryForObject("select result_json from tax_calculation where id = ?", String.class,
                java.util.UUID.fromString(id));
        assertThat(stored).contains("\"code\"").doesNotContain("\"text\"");

        mvc.perform(get("/api/v1/tax/calculations/saved").param("clientId", String.valueOf(client)).with(COORDINATOR))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/rerun").with(COORDINATOR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.identical").value(true));

        String byLetter = "{\"channel\":\"LETTER\",\"note\":\"posted with the signed worksheet\"}";
        mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/sent").with(COORDINATOR)
                .contentType(MediaType.APPLICATION_JSON).content(byLetter)).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/submit").with(COORDINATOR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/approve").with(COORDINATOR)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/approve").with(MANAGER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approvedBy").value("max"));
        // how it was sent is required: nothing becomes SENT on a bare call
        mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/sent").with(COORDINATOR)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/sent").with(COORDINATOR)
                .contentType(MediaType.APPLICATION_JSON).content(byLetter))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SENT"));
        mvc.perform(get("/api/v1/audit").param("subjectType", "tax-calculation").param("subjectId", id).with(MANAGER))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("posted with the signed worksheet")));
    }

    @Test
    void unknownSavedCalculationIs404() throws Exception {
        mvc.perform(get("/api/v1/tax/calculations/saved/00000000-0000-0000-0000-000000000000").with(COORDINATOR))
                .andExpect(status().isNotFound());
    }

    @Test
    void showsTaiwanPenaltyExposure() throws Exception {
        String body = mvc.perform(post("/api/v1/tax/penalties").with(COORDINATOR).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"jurisdiction":"TW","date":"2026-01-05","shortfall":10000,"daysLateDeclaration":3,
                                 "daysLatePayment":10,"unpaidTax":20000,"voluntaryDisclosure":false}"""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode r = json.readTree(body);
        // NT$200 × 3 days; 20,000 × 0.05 % × 10 days = 100; fine 2 × to 5 × 10,000
        assertThat(item(r, "LATE_DECLARATION").get("high").decimalValue()).isEqualByComparingTo("600");
        assertThat(item(r, "LATE_PAYMENT").get("high").decimalValue()).isEqualByComparingTo("100");
        assertThat(item(r, "MISDECLARATION_FINE").get("low").decimalValue()).isEqualByComparingTo("20000");
        assertThat(item(r, "MISDECLARATION_FINE").get("high").decimalValue()).isEqualByComparingTo("50000");
    }

    @Test
    void penaltyWorkingsAndLegalBasesAreInTheReadersLanguage() throws Exception {
        String body = mvc.perform(post("/api/v1/tax/penalties").with(COORDINATOR).header("Accept-Language", "zh-TW")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"jurisdiction":"TW","date":"2026-01-05","shortfall":10000,"daysLateDeclaration":10,
                                 "daysLatePayment":20,"unpaidTax":138420,"businessTaxShortfall":8000,"goodsValue":50000}"""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode r = json.readTree(body);
        assertThat(item(r, "LATE_DECLARATION").get("reckoning").get("text").asString()).contains("10 日").doesNotContain("days");
        assertThat(item(r, "LATE_DECLARATION").get("legalReference").get("text").asString()).startsWith("關稅法 §73（每日");
        for (JsonNode i : r.get("items")) {
            assertThat(i.get("reckoning").get("text").asString() + i.get("legalReference").get("text").asString())
                    .as(i.get("code").asString()).doesNotContainPattern("[a-z]{3,}");
        }
    }

    @Test
    void reckonsTheTaiwanBusinessTaxAndSmugglingFinesAtAMultipleChosenInsideTheLegalRange() throws Exception {
        // 營業稅法 §51: 五倍以下 of the evaded business tax; 海關緝私條例 §36: 三倍以下 of the goods' value
        String body = mvc.perform(post("/api/v1/tax/penalties").with(COORDINATOR).header("Accept-Language", "zh-TW")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"jurisdiction":"TW","date":"2026-01-05","businessTaxShortfall":8000,"goodsValue":50000,
                                 "multiples":{"BUSINESS_TAX_FINE":2}}"""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode r = json.readTree(body);
        assertThat(item(r, "BUSINESS_TAX_FINE").get("high").decimalValue()).isEqualByComparingTo("16000");
        assertThat(item(r, "BUSINESS_TAX_FINE").get("reckoning").get("code").asString()).isEqualTo("taxes.penalty.reckoning.chosen");
        assertThat(item(r, "SMUGGLING_FINE").get("high").decimalValue()).isEqualByComparingTo("150000");
        String refused = mvc.perform(post("/api/v1/tax/penalties").with(COORDINATOR).contentType(MediaType.APPLICATION_JSON).content("""
                        {"jurisdiction":"TW","date":"2026-01-05","goodsValue":50000,"multiples":{"SMUGGLING_FINE":4}}"""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(refused).get("errors").get(0).get("field").asString()).isEqualTo("multiples.SMUGGLING_FINE");
    }

    @Test
    void aPenaltyRequestWithoutVoluntaryDisclosureMeansNotDisclosed() throws Exception {
        String body = mvc.perform(post("/api/v1/tax/penalties").with(COORDINATOR).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"jurisdiction":"TW","date":"2026-01-05","shortfall":10000}"""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(item(json.readTree(body), "MISDECLARATION_FINE").get("low").decimalValue()).isEqualByComparingTo("20000");
    }

    private JsonNode unreadable(String body) throws Exception {
        String response = mvc.perform(post("/api/v1/tax/calculations").with(COORDINATOR).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode problem = json.readTree(response);
        assertThat(problem.get("code").asString()).isEqualTo("error.unreadable");
        assertThat(response).doesNotContain("org.tradedesk").doesNotContain("java.").doesNotContain("EXCEEDS_PAD");
        return problem.get("errors").get(0);
    }

    @Test
    void aBadEnumDateOrNumberInTheBodyNamesTheFieldAndWhatItMustBe() throws Exception {
        JsonNode incoterm = unreadable(TaxCalculationApiController.TW_EXAMPLE.replace("\"FOB\"", "\"FOO\""));
        assertThat(incoterm.get("field").asString()).isEqualTo("incoterm");
        assertThat(incoterm.get("message").asString())
                .isEqualTo("must be one of EXW, FCA, FAS, FOB, CFR, CIF, CPT, CIP, DAP, DPU, DDP");
        JsonNode date = unreadable(TaxCalculationApiController.TW_EXAMPLE.replace("2026-03-02", "2026-02-30"));
        assertThat(date.get("field").asString()).isEqualTo("date");
        assertThat(date.get("message").asString()).isEqualTo("must be a date YYYY-MM-DD");
        JsonNode value = unreadable(TaxCalculationApiController.TW_EXAMPLE.replace("\"value\":2000", "\"value\":\"lots\""));
        assertThat(value.get("field").asString()).isEqualTo("lines[0].value");
        assertThat(value.get("message").asString()).isEqualTo("must be a number");
    }

    private static JsonNode item(JsonNode r, String code) {
        for (JsonNode i : r.get("items").values()) {
            if (i.get("code").asString().equals(code)) {
                return i;
            }
        }
        return null;
    }

    private static JsonNode tax(JsonNode r, String code) {
        for (JsonNode t : r.get("taxes").values()) {
            if (t.get("code").asString().equals(code)) {
                return t;
            }
        }
        return null;
    }

    private static java.math.BigDecimal amount(JsonNode r, String code) {
        JsonNode t = tax(r, code);
        return t == null ? java.math.BigDecimal.ZERO : t.get("amount").decimalValue();
    }
}
