package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;

/**
 * Issue 8: an alternative's duty-and-tax cost computed by the tax engine from the file's invoice under the alternative's
 * treatment (MFN, an eligible FTA preference, a TCO, bonded storage, re-export), hand costs kept apart, the ranking on the
 * total, and the evaluation report tracing every figure to the engine's data in both languages. The Australian Schedule 3
 * and FTA schedules bundled with the app are imported (as the catalogue's integration test does) so the engine reads the
 * general rate and decides the origin's eligibility itself.
 */
@SpringBootTest
@AutoConfigureMockMvc
// the imported schedules would otherwise feed the catalogue of later test classes sharing this cached context
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceAlternativeCostingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    TariffCatalogue catalogue;

    long transactionId;

    @BeforeAll
    void importBundledSchedules() throws InterruptedException {
        org.tradedesk.support.BundledTariffs.importAndAwait(catalogue, Jurisdiction.AU);
    }

    /**
     * An Australian sea import, FOB, of one Japanese sedan (8703.23.90, Schedule 3 "5% DCS4% CAFree DCT5%": general rate 5 %;
     * Japan-Australia EPA Schedule 11 has no entry for the line, so JAEPA goods are Free, Customs Tariff Act 1995 s 16),
     * invoiced at A$10,000.
     */
    @BeforeEach
    void australianFile() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("Southern Cross Motors Pty Ltd", ClientKind.IMPORTER, CountryCode.AU, null,
                PreferredLanguage.EN, null, null, null)).id();
        ClearanceFiles files = new ClearanceFiles(mvc);
        transactionId = files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"AU","mode":"SEA","incoterm":"FOB","reference":"SYD-ALT",
                 "importer":"Southern Cross Motors Pty Ltd","exporter":"Nagoya Motors KK"}""".formatted(clientId));
        files.invoice(transactionId, """
                {"invoiceNumber":"NM-2026-77","issueDate":"2026-11-28","currency":"AUD","incoterm":"FOB","sellerName":"Nagoya Motors KK",
                 "sellerCountry":"JP","totalAmount":10000,"lines":[
                  {"description":"Sedan 2.0 l petrol","tariffCode":"87032390","originCountry":"JP","quantity":1,"unitCode":"EA","amount":10000}]}""");
    }

    String issues() {
        return "/api/v1/clearance/transactions/" + transactionId + "/issues";
    }

    /**
     * Withdraws the file's first invoice (NM-2026-77): the invoice typed next replaces it. Both on the file would be costed
     * and declared together, as one shipment's invoices (issue 8).
     */
    void withdrawFirstInvoice() throws Exception {
        String base = "/api/v1/clearance/transactions/" + transactionId;
        String file = mvc.perform(get(base)).andReturn().getResponse().getContentAsString();
        long doc = ((Number) JsonPath.read(file, "$.documents[0].id")).longValue();
        long version = ((Number) JsonPath.read(file, "$.documents[0].version")).longValue();
        mvc.perform(post(base + "/documents/" + doc + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + ",\"reason\":\"replaced by the corrected invoice\"}"))
                .andExpect(status().isOk());
    }

    long raise() throws Exception {
        String json = mvc.perform(post(issues()).contentType(MediaType.APPLICATION_JSON).content("""
                {"description":"Certificate of origin not yet received","implications":"JAEPA rate at risk","likelihood":3,"impact":3,"owner":"coordinator"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    static String engine(String kind, String engine, String handCosts, int likelihood, int impact) {
        return """
                {"kind":"%s","benefits":"b","legalRequirements":"Customs Act 1901","risks":"r","riskManagement":"m",
                 "likelihood":%d,"impact":%d,"engine":%s%s}""".formatted(kind, likelihood, impact, engine,
                handCosts == null ? "" : ",\"handCosts\":" + handCosts);
    }

    /** Freight A$250 and insurance A$50 to Australia: the transport and insurance GST is charged on. */
    static final String FREIGHT = "\"freight\":250,\"insurance\":50";

    @Test
    void eachTreatmentIsCostedByTheEngineRankedOnTheTotalAndTracedInTheReports() throws Exception {
        String alternatives = issues() + "/" + raise() + "/alternatives";

        // MFN, worked by hand from the law, not from the code:
        //   customs value (Customs Act 1901 s 159, FOB price) = A$10,000.00
        //   customs duty 5 % (Schedule 3, 8703.23.90 general rate) = 10,000.00 × 5 % = 500.00
        //   GST 10 % of the value of the taxable importation (GST Act s 13-20(2): customs value + duty + transport and
        //   insurance to Australia) = 10 % × (10,000.00 + 500.00 + 250.00 + 50.00) = 10 % × 10,800.00 = 1,080.00
        //   total 500.00 + 1,080.00 = 1,580.00 (the car is far under the luxury car tax threshold: no LCT)
        String mfn = mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(engine("MFN", "{" + FREIGHT + "}", null, 1, 1)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.alternatives[0].costAmount").value(1580.00))
                .andExpect(jsonPath("$.alternatives[0].costCurrency").value("AUD"))
                .andExpect(jsonPath("$.alternatives[0].costing.engineTotal").value(1580.00))
                .andExpect(jsonPath("$.alternatives[0].costing.handCosts", hasSize(0)))
                .andExpect(jsonPath("$.alternatives[0].costing.engineSource").value(containsString("Computed by the tax engine on ")))
                .andExpect(jsonPath("$.alternatives[0].costing.engineSource").value(containsString("tax chain AU version AU-2026.1")))
                .andReturn().getResponse().getContentAsString();
        assertThat(tax(mfn, 0, "DUTY", "amount")).isEqualTo(500.00);
        assertThat(tax(mfn, 0, "DUTY", "base")).isEqualTo(10000.00);
        assertThat(taxText(mfn, 0, "DUTY", "rate")).isEqualTo("5%");
        assertThat(tax(mfn, 0, "GST", "base")).isEqualTo(10800.00);
        assertThat(tax(mfn, 0, "GST", "amount")).isEqualTo(1080.00);
        List<String> versions = JsonPath.read(mfn, "$.alternatives[0].costing.dataVersions");
        assertThat(versions).anyMatch(v -> v.startsWith("tax chain AU version AU-2026.1"))
                .anyMatch(v -> v.startsWith("line 1: ") && v.contains("8703.23.90"));

        // JAEPA, which the engine offers for Japanese goods: duty Free = 0.00; GST 10 % × (10,000.00 + 0 + 300.00) = 1,030.00
        mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(engine("FTA_PREFERENCE", "{\"preference\":\"JAEPA\"," + FREIGHT + "}", null, 2, 2)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.alternatives[0].kind").value("FTA_PREFERENCE"))
                .andExpect(jsonPath("$.alternatives[0].costAmount").value(1030.00))
                .andExpect(jsonPath("$.alternatives[0].costing.treatment").value(containsString("Preference JAEPA claimed on invoice NM-2026-77 line(s) 1")));

        // a preference the origin is not eligible for (Japan is no party to ChAFTA) is refused, naming those offered
        mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(engine("FTA_PREFERENCE", "{\"preference\":\"ChAFTA\"," + FREIGHT + "}", null, 1, 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.alternative.preference-ineligible"))
                .andExpect(jsonPath("$.errors[0].field").value("engine.preference"))
                .andExpect(jsonPath("$.errors[0].label").value("Preference"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("does not offer the preference ChAFTA")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("JAEPA")));
        mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                        .content(engine("FTA_PREFERENCE", "{\"preference\":\"ChAFTA\"}", null, 1, 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].label").value("優惠"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("不就此貨物之產地提供優惠 ChAFTA")));

        // TCO: the AU chain knows TCOs (Schedule 4 item 50: Free), so the engine gives 0 duty and the same GST as JAEPA,
        // 1,030.00; at equal cost its lower risk (1 × 1) ranks it before JAEPA (2 × 2)
        mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON)
                        .content(engine("TCO", "{\"tcoNumber\":\"1234567\"," + FREIGHT + "}", null, 1, 1)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.alternatives[0].kind").value("TCO"))
                .andExpect(jsonPath("$.alternatives[0].costAmount").value(1030.00))
                .andExpect(jsonPath("$.alternatives[1].kind").value("FTA_PREFERENCE"));

        // bonded storage: the MFN figures deferred (1,580.00) plus storage entered by hand 3 months × A$150 = 450.00 → 2,030.00
        String bonded = mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(engine("BONDED_STORAGE", "{" + FREIGHT + "}",
                                "[{\"description\":\"Warehouse rent, 3 months at A$150\",\"amount\":450}]", 1, 2)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        int b = index(bonded, "BONDED_STORAGE");
        assertThat((Double) JsonPath.read(bonded, "$.alternatives[" + b + "].costAmount")).isEqualTo(2030.00);
        assertThat((Double) JsonPath.read(bonded, "$.alternatives[" + b + "].costing.engineTotal")).isEqualTo(1580.00);
        assertThat((Double) JsonPath.read(bonded, "$.alternatives[" + b + "].costing.handTotal")).isEqualTo(450.00);
        assertThat((String) JsonPath.read(bonded, "$.alternatives[" + b + "].costing.handSource")).isEqualTo("Entered by hand");
        assertThat((String) JsonPath.read(bonded, "$.alternatives[" + b + "].costing.treatment"))
                .contains("deferred (not saved)", "no interest rate is assumed");

        // re-export: no duty or GST (no entry for home consumption) — 0 with the law's reason — plus freight back A$900.00
        String all = mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(engine("RE_EXPORT", "{}", "[{\"description\":\"Return freight to Nagoya\",\"amount\":900}]", 2, 3)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        // and the old way still works: a cost typed by hand, recorded as entered by hand
        all = mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en").content("""
                        {"kind":"OTHER","benefits":"b","costAmount":2500,"costCurrency":"AUD","legalRequirements":"l","risks":"r",
                         "riskManagement":"m","likelihood":1,"impact":1}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        List<String> order = JsonPath.read(all, "$.alternatives[*].kind");
        // 900.00 re-export; 1,030.00 TCO (risk 1) then JAEPA (risk 4); 1,580.00 MFN; 2,030.00 bonded; 2,500.00 typed by hand
        assertThat(order).containsExactly("RE_EXPORT", "TCO", "FTA_PREFERENCE", "MFN", "BONDED_STORAGE", "OTHER");
        assertThat((Double) JsonPath.read(all, "$.alternatives[0].costing.engineTotal")).isEqualTo(0.0);
        assertThat((String) JsonPath.read(all, "$.alternatives[0].costing.treatment")).contains("s 13-5", "s 132");
        assertThat((Object) JsonPath.read(all, "$.alternatives[5].costing.engineTotal")).isNull();
        assertThat((String) JsonPath.read(all, "$.alternatives[5].costing.handSource")).isEqualTo("Entered by hand");

        // the evaluation report traces every figure: each tax's base, rate and amount, and the data the engine used
        String issue = alternatives.substring(0, alternatives.length() - "/alternatives".length());
        String en = ClearanceIssueReportsTest.pdfText(mvc.perform(get(issue + "/evaluation.pdf").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(en).contains("How each cost was reached", "Computed by the tax engine on", "tax chain AU version AU-2026.1",
                "Goods and services tax", "AUD 10,800.00", "AUD 1,080.00", "AUD 500.00", "5%", "Entered by hand",
                "Warehouse rent, 3 months at A$150", "AUD 2,030.00", "s 13-5");
        String zh = ClearanceIssueReportsTest.pdfText(mvc.perform(get(issue + "/evaluation.pdf").header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(zh).contains("各方案成本之來源", "由稅費試算引擎於", "稅費計算鏈 AU 版本 AU-2026.1", "商品及服務稅", "AUD 10,800.00",
                "AUD 1,080.00", "人工輸入", "第 13-5 條").doesNotContain("Computed by the tax engine");
        // (the engine gives this car's JAEPA and TCO duty as 0%, so "Free" cannot appear here whatever the language: that a rate
        // published "Free" reads 免稅 in zh-TW is proved by AlternativeTaxRateTextTest, rendered with the application's bundles)

        // the file's page shows the same trace under the alternatives, in the reader's language
        String page = mvc.perform(get("/clearance/transactions/" + transactionId).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("How each cost was reached", "Computed by the tax engine on", "tax chain AU version AU-2026.1",
                "Goods and services tax", "10,800.00", "1,080.00", "Warehouse rent, 3 months at A$150");
        String zhPage = mvc.perform(get("/clearance/transactions/" + transactionId).param("lang", "zh-TW")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(zhPage).contains("各方案成本之來源", "由稅費試算引擎於", "商品及服務稅").doesNotContain("Computed by the tax engine");

        for (String language : List.of("en", "zh-TW")) {
            byte[] xlsx = mvc.perform(get(issue + "/evaluation.xlsx").header("Accept-Language", language))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            List<List<Object>> rows = rows(xlsx);
            String gst = language.equals("en") ? "Goods and services tax" : "商品及服務稅";
            // the MFN GST row: label, base 10,800.00, rate 10%, amount 1,080.00
            assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(gst, 10800.0, "10%", 1080.0));
            String source = language.equals("en") ? "Computed by the tax engine on" : "由稅費試算引擎於";
            String chain = language.equals("en") ? "tax chain AU version AU-2026.1" : "稅費計算鏈 AU 版本 AU-2026.1";
            assertThat(rows).anySatisfy(r -> assertThat(r.toString()).contains(source, chain));
            String hand = language.equals("en") ? "Entered by hand" : "人工輸入";
            assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(hand, 450.0, "AUD", "Warehouse rent, 3 months at A$150"));
        }
    }

    /**
     * Acceptance review (t4fixM): an OTHER alternative typed by hand left out the duty and tax still payable under it and was
     * ranked first on cost. With a declaration on the file (MFN, freight A$250 and insurance A$50, worked by hand in the test
     * above: duty 5 % × 10,000.00 = 500.00, GST 10 % × (10,000.00 + 500.00 + 300.00) = 1,080.00, total 1,580.00), a cost of
     * A$2,500.00 typed by hand is an extra cost on top of them: 4,080.00, the taxes listed; stated to replace them, 2,500.00.
     */
    @Test
    void aCostTypedByHandIsAddedToTheDeclaredTaxesUnlessItReplacesThem() throws Exception {
        String base = "/api/v1/clearance/transactions/" + transactionId;
        mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"declarantId":"53004085616","importerId":"51824753556","freight":250,"insurance":50,
                         "items":[{"line":1,"duty":"5%"}]}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.declaration.dutiesAndTaxesTotal").value(1580.00));
        String alternatives = issues() + "/" + raise() + "/alternatives";
        String other = """
                {"kind":"OTHER","benefits":"b","costAmount":2500,"costCurrency":"AUD","legalRequirements":"l","risks":"r",
                 "riskManagement":"m","likelihood":1,"impact":1%s}""";
        String all = mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(other.formatted("")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat((Double) JsonPath.read(all, "$.alternatives[0].costAmount")).isEqualTo(4080.00);
        assertThat((Double) JsonPath.read(all, "$.alternatives[0].costing.engineTotal")).isEqualTo(1580.00);
        assertThat((String) JsonPath.read(all, "$.alternatives[0].costing.treatment"))
                .contains("does not change the duty and tax", "AUD 1,580.00", "extra cost on top");
        // the declaration's taxes as it lists them (its LCT at 0.00 below the threshold included)
        assertThat((List<String>) JsonPath.read(all, "$.alternatives[0].costing.taxes[*].code")).contains("CUD", "GST");
        all = mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(other.formatted(",\"costReplacesTaxes\":true")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat((Double) JsonPath.read(all, "$.alternatives[0].costAmount")).isEqualTo(2500.00);
        assertThat((String) JsonPath.read(all, "$.alternatives[0].costing.treatment")).contains("replaces the duty and tax");
    }

    @Test
    void aTcoWithoutEngineDataIsEnteredByHandAndSaysSo() throws Exception {
        // Taiwan's chain has no TCO: without a rate or a cost by hand the engine has nothing to compute from
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("寶島電子有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        long tw = new ClearanceFiles(mvc).taiwanAirImport(clientId, "TPE-ALT", "SZ-ALT-1");
        String issue = "/api/v1/clearance/transactions/" + tw + "/issues";
        String json = mvc.perform(post(issue).contentType(MediaType.APPLICATION_JSON).content("""
                {"description":"d","implications":"i","likelihood":2,"impact":2,"owner":"coordinator"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String alternatives = issue + "/" + ((Number) JsonPath.read(json, "$.id")).longValue() + "/alternatives";
        mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                        .content(engine("TCO", "{}", null, 1, 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.alternative.tco-no-data"))
                .andExpect(jsonPath("$.errors[0].field").value("engine.tcoRate"))
                .andExpect(jsonPath("$.errors[0].message").value("稅費試算引擎無 TW 之 TCO 資料：請輸入減讓稅率，或人工輸入成本。"));
        mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                        .content(engine("TCO", "{}", "[{\"description\":\"依財政部核定之減免稅函估算\",\"amount\":1200}]", 1, 1)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.alternatives[0].costAmount").value(1200.00))
                .andExpect(jsonPath("$.alternatives[0].costCurrency").value("TWD"))
                .andExpect(jsonPath("$.alternatives[0].costing.engineTotal").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.alternatives[0].costing.handSource").value("人工輸入"))
                .andExpect(jsonPath("$.alternatives[0].costing.treatment").value("稅費試算引擎無 TW 之 TCO 資料：成本為人工輸入。"));
        // a cost typed whole next to an engine computation would be counted twice: refused
        mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"MFN","benefits":"b","costAmount":10,"costCurrency":"TWD","legalRequirements":"l","risks":"r",
                         "riskManagement":"m","likelihood":1,"impact":1,"engine":{}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.alternative.cost-with-engine"));
    }

    /** The page form: the engine box ticked computes the cost; an ineligible preference comes back at its field, typed input kept. */
    @Test
    void thePageFormComputesWithTheEngineAndRefusesAnIneligiblePreferenceAtItsField() throws Exception {
        long issueId = raise();
        String path = "/clearance/transactions/" + transactionId + "/issues/" + issueId + "/alternatives";
        String bad = mvc.perform(post(path).with(csrf()).param("lang", "en").param("kind", "FTA_PREFERENCE").param("engine", "true")
                        .param("preference", "ChAFTA").param("freight", "250").param("insurance", "50").param("costCurrency", "AUD")
                        .param("benefits", "Keep the rate").param("legalRequirements", "l").param("risks", "r").param("riskManagement", "m")
                        .param("likelihood", "1").param("impact", "2"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("id=\"alternative-preference-error\"", "does not offer the preference ChAFTA", "value=\"ChAFTA\"",
                "Keep the rate");
        mvc.perform(post(path).with(csrf()).param("lang", "en").param("kind", "BONDED_STORAGE").param("engine", "true")
                        .param("freight", "250").param("insurance", "50").param("costCurrency", "AUD")
                        .param("handCostDescription", "Warehouse rent").param("handCostAmount", "450")
                        .param("benefits", "b").param("legalRequirements", "l").param("risks", "r").param("riskManagement", "m")
                        .param("likelihood", "1").param("impact", "2"))
                .andExpect(status().is3xxRedirection());
        // the MFN figures by hand (1,580.00, see the test above) plus the rent entered by hand 450.00
        mvc.perform(get(issues() + "/" + issueId).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.alternatives[0].costAmount").value(2030.00))
                .andExpect(jsonPath("$.alternatives[0].costing.engineTotal").value(1580.00))
                .andExpect(jsonPath("$.alternatives[0].costing.handCosts[0].description").value("Warehouse rent"));
    }

    /**
     * Issue 8: the page form has the API's choices — the invoice lines to claim on (checkboxes), a preference among those the
     * engine offers only (a select), the TCO's number where the chain knows TCOs or its rate typed where it has none, the
     * exchange rate — in both languages, and keeps them on an error.
     */
    /**
     * Issue 8 F6: lines on an MFN costing were ignored silently (every line costed) — refused at lines; an invoice in a
     * currency without a rate on the day gave 400 taxes.exchange-rate.missing with errors:[] — said at exchangeRate.
     */
    @Test
    void linesOnTheGeneralRateAreRefusedAndAMissingRateIsSaidAtExchangeRate() throws Exception {
        String alternatives = issues() + "/" + raise() + "/alternatives";
        mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(engine("MFN", "{" + FREIGHT + ",\"lines\":[1]}", null, 1, 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.alternative.engine.lines-whole-invoice"))
                .andExpect(jsonPath("$.errors[0].field").value("engine.lines"))
                .andExpect(jsonPath("$.detail").value("MFN duty is costed on every line of the invoice: leave lines out (they choose the "
                        + "lines a preference or a tariff concession is claimed on)."));
        withdrawFirstInvoice();
        // the CFA franc (ISO 4217 XAF): no Australian customs rate table of the test carries it
        new ClearanceFiles(mvc).invoice(transactionId, """
                {"invoiceNumber":"NM-2026-78","issueDate":"2026-11-28","currency":"XAF","incoterm":"FOB","sellerName":"Nagoya Motors KK",
                 "sellerCountry":"JP","totalAmount":4000000,"lines":[
                  {"description":"Sedan 2.0 l petrol","tariffCode":"87032390","originCountry":"JP","quantity":1,"unitCode":"EA","amount":4000000}]}""");
        mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(engine("MFN", "{" + FREIGHT + "}", null, 1, 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("taxes.exchange-rate.missing"))
                .andExpect(jsonPath("$.errors[0].field").value("engine.exchangeRate"));
        // t4fixU 2: once the file's declaration is drafted at a rate typed with its reason, an alternative that gives no rate
        // is costed at that rate, and its figures say so (it was 400 taxes.exchange-rate.missing)
        mvc.perform(post("/api/v1/clearance/transactions/" + transactionId + "/declarations").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"declarantId":"53004085616","importerId":"51824753556","exchangeRate":0.0025,
                         "exchangeRateReason":"bank rate agreed with the client","items":[{"line":1,"duty":"5%"}]}"""))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(engine("MFN", "{" + FREIGHT + "}", null, 1, 1)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.alternatives[0].costing.dataVersions").value(org.hamcrest.Matchers.hasItem(allOf(
                        containsString("0.0025 per XAF"), containsString("as typed on the file's declaration"),
                        containsString("bank rate agreed with the client")))));
    }

    @Test
    void thePageFormOffersTheLinesTheEnginesPreferencesAndTheRateAndKeepsThemOnAnError() throws Exception {
        // two Japanese sedans at A$10,000 each (FOB, no freight or insurance given), the invoice replacing NM-2026-77
        withdrawFirstInvoice();
        new ClearanceFiles(mvc).invoice(transactionId, """
                {"invoiceNumber":"NM-2026-79","issueDate":"2026-11-29","currency":"AUD","incoterm":"FOB","sellerName":"Nagoya Motors KK",
                 "sellerCountry":"JP","totalAmount":20000,"lines":[
                  {"description":"Sedan 2.0 l petrol","tariffCode":"87032390","originCountry":"JP","quantity":1,"unitCode":"EA","amount":10000},
                  {"description":"Sedan 2.0 l petrol, grey","tariffCode":"87032390","originCountry":"JP","quantity":1,"unitCode":"EA","amount":10000}]}""");
        long issueId = raise();
        String path = "/clearance/transactions/" + transactionId + "/issues/" + issueId + "/alternatives";
        String en = mvc.perform(get(path + "/new").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("id=\"alternative-line-1\"", "id=\"alternative-line-2\"", "Sedan 2.0 l petrol, grey",
                "<option value=\"JAEPA\">JAEPA</option>", "id=\"alternative-tco-number\"", "id=\"alternative-exchange-rate\"",
                "Invoice lines to claim it on").doesNotContain("value=\"ChAFTA\"", "id=\"alternative-tco-rate\"");
        String zh = mvc.perform(get(path + "/new").param("lang", "zh-TW")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("申請適用之發票項次", "僅列出稅費試算引擎", "匯率").doesNotContain("Invoice lines to claim it on",
                "Only the preferences", "Choose a preference");
        // refused (ChAFTA is not offered for Japanese goods): the ticked line, the typed rate and the preference come back
        String bad = mvc.perform(post(path).with(csrf()).param("lang", "zh-TW").param("kind", "FTA_PREFERENCE").param("engine", "true")
                        .param("preference", "ChAFTA").param("lines", "2").param("exchangeRate", "1.25").param("costCurrency", "AUD")
                        .param("benefits", "保留優惠稅率").param("legalRequirements", "l").param("risks", "r").param("riskManagement", "m")
                        .param("likelihood", "1").param("impact", "2"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("id=\"alternative-preference-error\"", "不就此貨物之產地提供優惠 ChAFTA", "value=\"1.25\"", "保留優惠稅率")
                .containsPattern("<option value=\"ChAFTA\" selected=\"selected\">ChAFTA</option>")
                .containsPattern("id=\"alternative-line-2\"[^>]*checked=\"checked\"|checked=\"checked\"[^>]*id=\"alternative-line-2\"")
                .doesNotContainPattern("id=\"alternative-line-1\"[^>]*checked=\"checked\"|checked=\"checked\"[^>]*id=\"alternative-line-1\"");
        // JAEPA claimed on line 1 only, worked by hand: line 1 duty Free 0.00; line 2 at the general rate 5 % × 10,000.00 = 500.00;
        // GST 10 % × (20,000.00 + 500.00 + 0 transport and insurance) = 2,050.00; total 2,550.00
        // (on both lines it would be 0 + 10 % × 20,000.00 = 2,000.00; at MFN 1,000.00 + 2,100.00 = 3,100.00)
        mvc.perform(post(path).with(csrf()).param("lang", "en").param("kind", "FTA_PREFERENCE").param("engine", "true")
                        .param("preference", "JAEPA").param("lines", "1").param("costCurrency", "AUD")
                        .param("benefits", "b").param("legalRequirements", "l").param("risks", "r").param("riskManagement", "m")
                        .param("likelihood", "1").param("impact", "2"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(issues() + "/" + issueId).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.alternatives[0].costAmount").value(2550.00))
                .andExpect(jsonPath("$.alternatives[0].costing.treatment").value(containsString("Preference JAEPA claimed on invoice NM-2026-79 line(s) 1:")));
    }

    /** Issue 8: where the chain has no TCO data (Taiwan) the form takes the concession's rate typed, as the API's tcoRate. */
    @Test
    void aTaiwanFormTakesATcoRateTypedNotANumber() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("寶島電機有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        long tw = new ClearanceFiles(mvc).taiwanAirImport(clientId, "TPE-ALT-F", "SZ-ALT-F");
        String json = mvc.perform(post("/api/v1/clearance/transactions/" + tw + "/issues").contentType(MediaType.APPLICATION_JSON).content("""
                {"description":"d","implications":"i","likelihood":2,"impact":2,"owner":"coordinator"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String path = "/clearance/transactions/" + tw + "/issues/" + ((Number) JsonPath.read(json, "$.id")).longValue() + "/alternatives";
        for (String lang : List.of("en", "zh-TW")) {
            String form = mvc.perform(get(path + "/new").param("lang", lang)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(form).contains("id=\"alternative-tco-rate\"", "id=\"alternative-line-1\"").doesNotContain("id=\"alternative-tco-number\"");
            assertThat(form).contains(lang.equals("en") ? "type the concession" : "請輸入減讓稅率");
        }
    }

    /** t4fixC: a line without an amount would be costed at nothing — refused at that line's amount, named in the reader's language. */
    @Test
    void aLineWithoutAnAmountIsRefusedNotCostedAtZero() throws Exception {
        withdrawFirstInvoice();
        new ClearanceFiles(mvc).invoice(transactionId, """
                {"invoiceNumber":"NM-2026-78","issueDate":"2026-11-29","currency":"AUD","incoterm":"FOB","sellerName":"Nagoya Motors KK",
                 "sellerCountry":"JP","totalAmount":10000,"lines":[
                  {"description":"Sedan 2.0 l petrol","tariffCode":"87032390","originCountry":"JP","quantity":1,"unitCode":"EA","amount":10000},
                  {"description":"Spare wheel","tariffCode":"87087099","originCountry":"JP","quantity":1,"unitCode":"EA"}]}""");
        // the invoice on the file is the one costed (DeclarationBuilding.invoice: every confirmed invoice of the file)
        String alternatives = issues() + "/" + raise() + "/alternatives";
        mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                        .content(engine("MFN", "{" + FREIGHT + "}", null, 1, 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.field.required"))
                .andExpect(jsonPath("$.errors[0].field").value("lines[1].amount"))
                .andExpect(jsonPath("$.errors[0].message").value("發票第 2 行的金額為必填。"));
        mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(engine("MFN", "{" + FREIGHT + "}", null, 1, 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The amount of invoice line 2 is required."));
    }

    /**
     * T4 R8: invoices of the shipment in two currencies (or on two Incoterms) are refused as differing, naming each invoice
     * with its value — not costed from a combined invoice that has no currency ("the invoice gives no currency").
     */
    @Test
    void invoicesInDifferentCurrenciesOrIncotermsAreRefusedAsDiffering() throws Exception {
        String second = """
                {"invoiceNumber":"NM-2026-79","issueDate":"2026-11-29","currency":"JPY","incoterm":"FOB","sellerName":"Nagoya Motors KK",
                 "sellerCountry":"JP","totalAmount":10000,"lines":[
                  {"description":"Spare wheel","tariffCode":"87087099","originCountry":"JP","quantity":1,"unitCode":"EA","amount":10000}]}""";
        new ClearanceFiles(mvc).invoice(transactionId, second);
        String alternatives = issues() + "/" + raise() + "/alternatives";
        mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(engine("MFN", "{" + FREIGHT + "}", null, 1, 1)))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.code").value("clearance.declaration.currencies-differ"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "Commercial invoice NM-2026-77 (AUD), Commercial invoice NM-2026-79 (JPY)")));
        withdrawFirstInvoice();
        new ClearanceFiles(mvc).invoice(transactionId, second.replace("NM-2026-79", "NM-2026-80").replace("\"FOB\"", "\"CIF\""));
        mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                        .content(engine("MFN", "{" + FREIGHT + "}", null, 1, 1)))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.code").value("clearance.declaration.incoterms-differ"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("NM-2026-80（CIF）")));
    }

    private static double tax(String json, int alternative, String code, String field) {
        List<Object> found = JsonPath.read(json, "$.alternatives[" + alternative + "].costing.taxes[?(@.code == '" + code + "')]." + field);
        assertThat(found).as(code + " in " + json).hasSize(1);
        return ((Number) found.get(0)).doubleValue();
    }

    private static String taxText(String json, int alternative, String code, String field) {
        List<Object> found = JsonPath.read(json, "$.alternatives[" + alternative + "].costing.taxes[?(@.code == '" + code + "')]." + field);
        return (String) found.get(0);
    }

    private static int index(String json, String kind) {
        List<String> kinds = JsonPath.read(json, "$.alternatives[*].kind");
        return kinds.indexOf(kind);
    }

    /** Every row of the first sheet as its cells' values (text or number), empty cells left out. */
    private static List<List<Object>> rows(byte[] xlsx) throws Exception {
        List<List<Object>> out = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                List<Object> cells = new ArrayList<>();
                for (Cell c : row) {
                    if (c.getCellType() == CellType.NUMERIC) {
                        cells.add(c.getNumericCellValue());
                    } else if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty()) {
                        cells.add(c.getStringCellValue());
                    }
                }
                out.add(cells);
            }
        }
        return out;
    }
}
