package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
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
 * Acceptance review of issue 8 (T4), items 1–4: what the tax engine needs of a line beyond the invoice (a car's 貨物稅 rate,
 * a wine's litres and strength) is given on the declaration draft, a tax the engine could not compute blocks the draft with
 * an ERROR naming the item, the tax and what to give, Taiwan's 完稅價格 is declared in whole NT$, and an alternative costs the
 * car on the inputs the draft gives. The Taiwan tariff bundled with the app is imported so the engine reads the duty rates
 * (8703.23.90.00-5 小客車 17.5 %, 6911.10.00.00-3 瓷製餐具 7.5 %, 2204.21.00.10-0 葡萄酒 10 %).
 *
 * <p>Every figure is worked by hand from the published rules (not taken from the code):
 * 完稅價格 = CIF (關稅法 §29) × the exchange rate; 關稅 = 完稅價格 × the column I rate; 貨物稅 = (完稅價格 + 關稅) × 25 %
 * (貨物稅條例 §12(1)(1): passenger car of 2,000 cc or less); 營業稅 = (完稅價格 + 關稅 + 貨物稅) × 5 % (加值型及非加值型營業稅法
 * §20); 推廣貿易服務費 0.04 % of the declaration's total 完稅價格; 菸酒稅 of wine NT$7 per litre per degree (菸酒稅法 §8(1)(ii));
 * every amount truncated to whole NT$ (稅款解繳作業辦法 第5條).
 */
@SpringBootTest
@AutoConfigureMockMvc
// the imported tariff would otherwise feed the catalogue of later test classes sharing this cached context
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceEngineInputsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    TariffCatalogue catalogue;
    @Autowired
    org.tradedesk.clearance.ClearanceDeclarations declarations;

    long clientId;
    ClearanceFiles files;

    @BeforeAll
    void importBundledTariff() throws InterruptedException {
        org.tradedesk.support.BundledTariffs.importAndAwait(catalogue, Jurisdiction.TW);
    }

    @BeforeEach
    void client() {
        files = new ClearanceFiles(mvc);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        clientId = clients.create(new ClientDetails("寶島汽車有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
    }

    static final BigDecimal CAR_USD = new BigDecimal("22850");
    static final BigDecimal PORCELAIN_USD = new BigDecimal("1000");

    /** A Taiwan air import, CIF, of a Japanese car (USD 22,850) and Chinese porcelain (USD 1,000), documents complete. */
    long carFile(String reference) throws Exception {
        long id = files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"AIR","incoterm":"CIF","reference":"%s",
                 "importer":"寶島汽車有限公司","exporter":"Nagoya Motors Co.","portOfLoading":"JPNGO","portOfDischarge":"TWTPE",
                 "arrivalDate":"%s", %s}""".formatted(clientId, reference,
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Taipei")).minusDays(1), ClearanceFiles.TAIWAN_PARTICULARS));
        files.invoice(id, """
                {"invoiceNumber":"NM-88","issueDate":"2026-11-28","currency":"USD","incoterm":"CIF","sellerName":"Nagoya Motors Co.",
                 "sellerCountry":"JP","totalAmount":23850,"packages":2,"grossMassKg":1560,"lines":[
                  {"description":"小客車 2.0 L Passenger car","tariffCode":"87032390005","originCountry":"JP","quantity":1,"unitCode":"SET","netMassKg":1450,"amount":22850},
                  {"description":"瓷製餐具 Porcelain tableware","tariffCode":"69111000003","originCountry":"CN","quantity":100,"unitCode":"PCE","netMassKg":80,"amount":1000}]}""");
        files.transportDocument(id, "AIR_WAYBILL", "awb-" + id + ".txt", "AWB 297-" + id);
        files.documentsComplete(id);
        return id;
    }

    static String draft(String rate, String items) {
        return """
                {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":%s,"exchangeRateReason":"rate of the day",
                 "items":%s}""".formatted(rate, items);
    }

    static BigDecimal whole(BigDecimal v) {
        return v.setScale(0, RoundingMode.DOWN);
    }

    static BigDecimal pct(BigDecimal base, String percent) {
        return whole(base.multiply(new BigDecimal(percent)).movePointLeft(2));
    }

    /** The item's duties and taxes by type, as the API gives them. */
    static Map<String, BigDecimal> taxes(String json, int item) {
        List<Map<String, Object>> all = JsonPath.read(json, "$.declaration.items[" + item + "].dutiesAndTaxes");
        Map<String, BigDecimal> out = new java.util.LinkedHashMap<>();
        all.forEach(t -> out.put(String.valueOf(t.get("type")), new BigDecimal(String.valueOf(t.get("amount")))));
        return out;
    }

    @Test
    void aCarsCommodityTaxBlocksTheDraftUntilItsRateIsGivenThenTheDeclarationCarriesIt() throws Exception {
        long id = carFile("AA15CR00000001");
        String base = ClearanceFiles.base(id);
        // the tariff code spans 2,000 cc (8703.23: 1,500–3,000 cc): the engine cannot tell 25 % from 30 % and computes no
        // 貨物稅. The draft is built, but with an ERROR at the car's item naming the tax and what to give (it was silently
        // declared without 貨物稅: NT$180,035 on the page, the mail and the XML)
        String blocked = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(draft("32.1", "[]")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.findings[?(@.rule == 'tax-not-computed')]", hasSize(1)))
                .andExpect(jsonPath("$.findings[?(@.rule == 'tax-not-computed')].severity").value(hasItem("ERROR")))
                .andExpect(jsonPath("$.findings[?(@.rule == 'tax-not-computed')].path").value(hasItem("items[1]")))
                .andReturn().getResponse().getContentAsString();
        List<String> texts = JsonPath.read(blocked, "$.findings[?(@.rule == 'tax-not-computed')].text.text");
        assertThat(texts.get(0)).contains("Item 1", "Commodity tax", "Measure overrides", "commodityTax=25%");
        assertThat(taxes(blocked, 0)).doesNotContainKey("COMMODITY");
        // no message for a draft that would declare the car short
        mvc.perform(get(base + "/declaration").param("format", "xml")).andExpect(status().isConflict());
        String zh = mvc.perform(get(base + "/declarations/" + ((Number) JsonPath.read(blocked, "$.id")).longValue())
                .header("Accept-Language", "zh-TW")).andReturn().getResponse().getContentAsString();
        List<String> zhTexts = JsonPath.read(zh, "$.findings[?(@.rule == 'tax-not-computed')].text.text");
        assertThat(zhTexts.get(0)).contains("第 1 項", "貨物稅", "稅率指定");

        // the rate given for a 2.0 L car (25 %), under the T1 quotation's name (measures.commodityTax)
        String built = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON)
                        .content(draft("32.1", "[{\"line\":1,\"measures\":{\"commodityTax\":\"25%\"}}]")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.findings[?(@.rule == 'tax-not-computed')]", hasSize(0)))
                .andReturn().getResponse().getContentAsString();
        BigDecimal rate = new BigDecimal("32.1");
        BigDecimal carValue = whole(CAR_USD.multiply(rate));                       // 733,485
        BigDecimal carDuty = pct(carValue, "17.5");                                // 128,359
        BigDecimal commodity = pct(carValue.add(carDuty), "25");                   // 215,461
        BigDecimal carVat = pct(carValue.add(carDuty).add(commodity), "5");        // 53,865
        assertThat(commodity).isEqualByComparingTo("215461");
        assertThat(carVat).isEqualByComparingTo("53865");
        Map<String, BigDecimal> car = taxes(built, 0);
        assertThat(car.get("DUTY")).isEqualByComparingTo(carDuty);
        assertThat(car.get("COMMODITY")).isEqualByComparingTo(commodity);
        assertThat(car.get("VAT")).isEqualByComparingTo(carVat);
        BigDecimal porcelainValue = whole(PORCELAIN_USD.multiply(rate));           // 32,100
        BigDecimal porcelainDuty = pct(porcelainValue, "7.5");                     // 2,407
        BigDecimal porcelainVat = pct(porcelainValue.add(porcelainDuty), "5");     // 1,725
        BigDecimal fee = pct(carValue.add(porcelainValue), "0.04");                // 306, once on the declaration
        BigDecimal total = carDuty.add(commodity).add(carVat).add(porcelainDuty).add(porcelainVat).add(fee);
        assertThat(new BigDecimal(String.valueOf((Object) JsonPath.read(built, "$.declaration.dutiesAndTaxesTotal"))))
                .isEqualByComparingTo(total);
        // the declaration keeps what was given, for the file's alternatives and disputes
        assertThat(JsonPath.<String>read(built, "$.declaration.engineInputs[0].measures.commodityTax")).isEqualTo("25%");
        // the client's mail states the duties and taxes with 貨物稅 in them
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long contact = clients.addContact(new org.tradedesk.clients.ClientId(clientId), new org.tradedesk.clients.ContactDetails("王小明",
                "ming@example.com.tw", null, null, PreferredLanguage.ZH_TW)).id();
        String body = declarations.mail(org.tradedesk.clearance.TransactionId.of(id), ((Number) JsonPath.read(built, "$.id")).longValue(),
                contact).body();
        assertThat(body).contains(String.format(java.util.Locale.ROOT, "%,d", total.longValueExact()));
        // the single-window XML carries 貨物稅 (稅費代碼 31) with its amount
        assertThat(JsonPath.<List<Object>>read(built, "$.findings[?(@.severity == 'ERROR')]")).isEmpty();
        String xml = mvc.perform(get(base + "/declaration").param("format", "xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(xml).contains(commodity.toPlainString());
    }

    @Test
    void aCustomsValueWithCentsIsDeclaredInWholeDollarsAsTheEngineRoundsTaiwansAmounts() throws Exception {
        long id = carFile("AA15CR00000002");
        String base = ClearanceFiles.base(id);
        // USD 22,850 × 32.15 = 734,627.50: the field is n..14 (whole NT$); the declaration said 「數值 734627.50 不符」 and showed
        // TWD 798,927.50 on the page, the history and the summary
        String built = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(draft("32.15", "[{\"line\":1,\"measures\":{\"commodityTax\":\"25%\"}}]")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.findings[?(@.path == 'items[1].customsValue')]", hasSize(0)))
                .andReturn().getResponse().getContentAsString();
        BigDecimal rate = new BigDecimal("32.15");
        BigDecimal car = whole(CAR_USD.multiply(rate));
        BigDecimal porcelain = whole(PORCELAIN_USD.multiply(rate));
        assertThat(car).isEqualByComparingTo("734627");
        assertThat(new BigDecimal(String.valueOf((Object) JsonPath.read(built, "$.declaration.items[0].customsValue")))).isEqualByComparingTo(car);
        assertThat(new BigDecimal(String.valueOf((Object) JsonPath.read(built, "$.declaration.customsValueTotal"))))
                .isEqualByComparingTo(car.add(porcelain));
        // every base on it is in whole NT$ too (關稅 on 734,627, 貨物稅 on 734,627 + 關稅 …)
        List<Object> bases = JsonPath.read(built, "$.declaration.items[*].dutiesAndTaxes[*].base");
        assertThat(bases).isNotEmpty().allSatisfy(b -> assertThat(new BigDecimal(String.valueOf(b)).stripTrailingZeros().scale()).isLessThanOrEqualTo(0));
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[*].what.text", hasItem(containsString("TWD 766,777"))));
    }

    @Test
    void aWineLineAsksForItsLitresAndStrengthAtTheirFieldsAndIsDeclaredWithThem() throws Exception {
        long id = files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"AIR","incoterm":"CIF","reference":"AA15WN00000001",
                 "importer":"寶島汽車有限公司","exporter":"Bordeaux Vins SA","portOfLoading":"FRCDG","portOfDischarge":"TWTPE",
                 "arrivalDate":"%s", %s}""".formatted(clientId, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Taipei")).minusDays(1),
                ClearanceFiles.TAIWAN_PARTICULARS));
        files.invoice(id, """
                {"invoiceNumber":"BV-1","issueDate":"2026-11-28","currency":"EUR","incoterm":"CIF","sellerName":"Bordeaux Vins SA",
                 "sellerCountry":"FR","totalAmount":1200,"packages":10,"grossMassKg":160,"lines":[
                  {"description":"葡萄酒 Red wine 750 ml","tariffCode":"22042100100","originCountry":"FR","quantity":120,"unitCode":"BOT","netMassKg":135,"amount":1200}]}""");
        files.transportDocument(id, "AIR_WAYBILL", "awb-" + id + ".txt", "AWB 297-" + id);
        String base = ClearanceFiles.base(id);
        // 400 with the fields named (it was 「菸酒稅…需要酒精數量（公升及酒精濃度）」 with errors:[])
        mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(draft("35", "[]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("items[0].litres",
                        "items[0].alcoholByVolume")))
                .andExpect(jsonPath("$.errors[0].label").value(containsString("Litres")))
                .andExpect(jsonPath("$.detail").value(containsString("alcohol")));
        // 120 bottles of 0.75 l = 90 l at 13 %vol: 90 × 13 × NT$7 = NT$8,190
        String built = mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON)
                        .content(draft("35", "[{\"line\":1,\"litres\":90,\"alcoholByVolume\":13}]")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        BigDecimal alcoholTax = whole(new BigDecimal("90").multiply(new BigDecimal("13")).multiply(new BigDecimal("7")));
        assertThat(taxes(built, 0).get("ATT")).isEqualByComparingTo(alcoholTax);

        // typed on the invoice line by hand instead, the draft needs nothing more
        long typed = files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"AIR","incoterm":"CIF","reference":"AA15WN00000002",
                 "importer":"寶島汽車有限公司","exporter":"Bordeaux Vins SA","portOfLoading":"FRCDG","portOfDischarge":"TWTPE",
                 "arrivalDate":"%s", %s}""".formatted(clientId, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Taipei")).minusDays(1),
                ClearanceFiles.TAIWAN_PARTICULARS));
        files.invoice(typed, """
                {"invoiceNumber":"BV-2","issueDate":"2026-11-28","currency":"EUR","incoterm":"CIF","sellerName":"Bordeaux Vins SA",
                 "sellerCountry":"FR","totalAmount":1200,"packages":10,"grossMassKg":160,"lines":[
                  {"description":"葡萄酒 Red wine 750 ml","tariffCode":"22042100100","originCountry":"FR","quantity":120,"unitCode":"BOT",
                   "netMassKg":135,"amount":1200,"litres":90,"alcoholByVolume":13}]}""");
        String fromInvoice = mvc.perform(post(ClearanceFiles.base(typed) + "/declarations").contentType(MediaType.APPLICATION_JSON)
                        .content(draft("35", "[]")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(taxes(fromInvoice, 0).get("ATT")).isEqualByComparingTo(alcoholTax);
        // a strength that is no %vol is refused at its field when typed
        mvc.perform(post(ClearanceFiles.base(typed) + "/documents/invoice").contentType(MediaType.APPLICATION_JSON).content("""
                {"invoiceNumber":"BV-3","currency":"EUR","incoterm":"CIF","lines":[
                  {"description":"wine","tariffCode":"22042100100","quantity":1,"unitCode":"BOT","amount":10,"alcoholByVolume":130}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("lines[0].alcoholByVolume")));
    }

    @Test
    void anAlternativeNamesTheLineTheTaxAndTheInputThenCostsTheCarOnTheDraftsInputs() throws Exception {
        long id = carFile("AA15CR00000003");
        String base = ClearanceFiles.base(id);
        String issue = mvc.perform(post(base + "/issues").contentType(MediaType.APPLICATION_JSON).content("""
                {"description":"Which rate for the car","implications":"cost","likelihood":3,"impact":3,"owner":"coordinator"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String alternatives = base + "/issues/" + ((Number) JsonPath.read(issue, "$.id")).longValue() + "/alternatives";
        String mfn = """
                {"kind":"MFN","benefits":"b","legalRequirements":"關稅法","risks":"r","riskManagement":"m",
                 "likelihood":1,"impact":1,"engine":{"exchangeRate":32.1}}""";
        // it said 「稅費試算引擎未能計算發票之全部稅費（1 項未計）：成本將被低估」: now the line, the tax and what to give
        mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en").content(mfn))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.alternative.engine.incomplete-named"))
                .andExpect(jsonPath("$.detail").value(containsString("Line 1")))
                .andExpect(jsonPath("$.detail").value(containsString("Commodity tax")))
                .andExpect(jsonPath("$.detail").value(containsString("commodityTax=25%")));
        mvc.perform(post(base + "/declarations").contentType(MediaType.APPLICATION_JSON)
                        .content(draft("32.1", "[{\"line\":1,\"measures\":{\"commodityTax\":\"25%\"}}]")))
                .andExpect(status().isCreated());
        BigDecimal rate = new BigDecimal("32.1");
        BigDecimal carValue = whole(CAR_USD.multiply(rate));
        BigDecimal carDuty = pct(carValue, "17.5");
        BigDecimal commodity = pct(carValue.add(carDuty), "25");
        BigDecimal carVat = pct(carValue.add(carDuty).add(commodity), "5");
        BigDecimal porcelainValue = whole(PORCELAIN_USD.multiply(rate));
        BigDecimal porcelainDuty = pct(porcelainValue, "7.5");
        BigDecimal porcelainVat = pct(porcelainValue.add(porcelainDuty), "5");
        BigDecimal fee = pct(carValue.add(porcelainValue), "0.04");
        BigDecimal total = carDuty.add(commodity).add(carVat).add(porcelainDuty).add(porcelainVat).add(fee);
        String costed = mvc.perform(post(alternatives).contentType(MediaType.APPLICATION_JSON).content(mfn))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(new BigDecimal(String.valueOf((Object) JsonPath.read(costed, "$.alternatives[0].costAmount")))).isEqualByComparingTo(total);
    }
}
