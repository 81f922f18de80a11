package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;

/**
 * An import's customs value from its Incoterm (acceptance review t4fixAD B1, M1). Taiwan values on CIF (關稅法 第29條): an
 * FOB invoice was declared at its FOB value with nothing said; the freight and the insurance to the port of import are now
 * required. Australia values on FOB (Customs Act 1901 s159, s161): a CIF invoice kept the freight and insurance in the
 * customs value; they are now required and taken off. Figures worked by hand.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceImportCostsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;

    long clientId;

    @BeforeEach
    void client() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        clientId = clients.create(new ClientDetails("寶島茶業有限公司", ClientKind.IMPORTER, CountryCode.TW, null, PreferredLanguage.ZH_TW,
                null, null, null)).id();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    static String reference() {
        return "IM" + String.valueOf(System.nanoTime() % 1_000_000_000_000L + 1_000_000_000_000L).substring(1);
    }

    /** A Taiwan sea import of USD 1,000 of Bluetooth speakers from India under {@code incoterm}. */
    long taiwanImport(String incoterm) throws Exception {
        ClearanceFiles files = new ClearanceFiles(mvc);
        long id = files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","incoterm":"%s","reference":"%s",
                 "importer":"寶島茶業有限公司","exporter":"Assam Tea Estates","portOfLoading":"INCCU","portOfDischarge":"TWKEL"}"""
                .formatted(clientId, incoterm, reference()));
        files.invoice(id, """
                {"invoiceNumber":"AT-%d","issueDate":"2026-11-28","currency":"USD","incoterm":"%s","sellerName":"Assam Tea Estates",
                 "sellerCountry":"IN","totalAmount":1000,"packages":10,"grossMassKg":110,"lines":[
                  {"description":"藍牙喇叭 Bluetooth speakers","tariffCode":"85182200006","originCountry":"IN","quantity":120,"unitCode":"SET",
                   "netMassKg":100,"amount":1000}]}""".formatted(System.nanoTime() % 100000, incoterm));
        return id;
    }

    /** An Australian sea import of AUD 20,000.50 of lithium-ion batteries from Japan under {@code incoterm}. */
    long australianImport(String incoterm) throws Exception {
        ClearanceFiles files = new ClearanceFiles(mvc);
        long id = files.transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"AU","mode":"SEA","incoterm":"%s","reference":"%s",
                 "importer":"Southern Cross Imports Pty Ltd","exporter":"Osaka Cells KK","portOfLoading":"JPOSA","portOfDischarge":"AUSYD"}"""
                .formatted(clientId, incoterm, reference()));
        files.invoice(id, """
                {"invoiceNumber":"OP-%d","issueDate":"2026-11-28","currency":"AUD","incoterm":"%s","sellerName":"Osaka Cells KK",
                 "sellerCountry":"JP","totalAmount":20000.50,"packages":4,"grossMassKg":800,"lines":[
                  {"description":"Lithium-ion batteries 3.7 V","tariffCode":"8507600010","originCountry":"JP","quantity":400,"unitCode":"EA",
                   "netMassKg":760,"amount":20000.50}]}""".formatted(System.nanoTime() % 100000, incoterm));
        return id;
    }

    static String taiwanDraft(String freight, String insurance) {
        return """
                {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":32,
                 "items":[{"line":1,"duty":"0%%"}]%s%s}""".formatted(
                freight == null ? "" : ",\"freight\":" + freight, insurance == null ? "" : ",\"insurance\":" + insurance);
    }

    static String australianDraft(String freight, String insurance) {
        return """
                {"declarantId":"53004085616","importerId":"51824753556","items":[{"line":1,"duty":"5%%"}]%s%s}""".formatted(
                freight == null ? "" : ",\"freight\":" + freight, insurance == null ? "" : ",\"insurance\":" + insurance);
    }

    String build(long file, String body, int expected, String language) throws Exception {
        var response = mvc.perform(post(ClearanceFiles.base(file) + "/declarations").header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        String json = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(json).isEqualTo(expected);
        return json;
    }

    @Test
    void aTaiwanFobImportWithoutFreightIsRefusedAtTheFreightInTheReadersLanguage() throws Exception {
        long tw = taiwanImport("FOB");
        String zh = build(tw, taiwanDraft(null, null), 400, "zh-TW");
        assertThat((String) JsonPath.read(zh, "$.errors[0].field")).isEqualTo("freight");
        assertThat(zh).contains("運費").contains("關稅法 第29條");
        String en = build(tw, taiwanDraft(null, "5"), 400, "en");
        assertThat((String) JsonPath.read(en, "$.errors[0].field")).isEqualTo("freight");
        assertThat(en).contains("Freight").contains("FOB");
    }

    @Test
    void aTaiwanFobOrCfrImportWithoutInsuranceIsRefusedAtTheInsurance() throws Exception {
        mvc.perform(post(ClearanceFiles.base(taiwanImport("FOB")) + "/declarations").header("Accept-Language", "zh-TW")
                        .contentType(MediaType.APPLICATION_JSON).content(taiwanDraft("50", null)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("insurance"));
        mvc.perform(post(ClearanceFiles.base(taiwanImport("CFR")) + "/declarations").header("Accept-Language", "zh-TW")
                        .contentType(MediaType.APPLICATION_JSON).content(taiwanDraft(null, null)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("insurance"));
    }

    /** FOB USD 1,000 + freight USD 50 + insurance USD 5 = USD 1,055 × 32 = NT$33,760 (was NT$32,000, the FOB value). */
    @Test
    void aTaiwanFobImportWithItsCostsIsDeclaredAtCif() throws Exception {
        String json = build(taiwanImport("FOB"), taiwanDraft("50", "5"), 201, "en");
        assertThat(new BigDecimal(JsonPath.read(json, "$.declaration.customsValueTotal").toString())).isEqualByComparingTo("33760");
    }

    @Test
    void anAustralianCifImportWithoutFreightOrInsuranceIsRefused() throws Exception {
        long au = australianImport("CIF");
        String noFreight = build(au, australianDraft(null, null), 400, "en");
        assertThat((String) JsonPath.read(noFreight, "$.errors[0].field")).isEqualTo("freight");
        assertThat(noFreight).contains("s159");
        String noInsurance = build(au, australianDraft("1200", null), 400, "zh-TW");
        assertThat((String) JsonPath.read(noInsurance, "$.errors[0].field")).isEqualTo("insurance");
        assertThat(noInsurance).contains("保險費");
        // CFR: the freight only
        String cfr = build(australianImport("CFR"), australianDraft(null, null), 400, "en");
        assertThat((String) JsonPath.read(cfr, "$.errors[0].field")).isEqualTo("freight");
    }

    /**
     * CIF AUD 20,000.50 less freight AUD 1,200 and insurance AUD 40.50 = customs value AUD 18,760 (was 20,000.50); the
     * transport and insurance for GST's value of the taxable importation is 1,200 + 40.50 = AUD 1,240.50.
     */
    @Test
    void anAustralianCifImportTakesFreightAndInsuranceOff() throws Exception {
        String json = build(australianImport("CIF"), australianDraft("1200", "40.50"), 201, "en");
        assertThat(new BigDecimal(JsonPath.read(json, "$.declaration.customsValueTotal").toString())).isEqualByComparingTo("18760");
    }
}
