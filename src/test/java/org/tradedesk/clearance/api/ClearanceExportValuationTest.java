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
 * An export's FOB value from its Incoterm (t4fixAA R3): CIF/CIP need the insurance as well as the freight, typed insurance
 * is taken off under a D term, DDP and EXW are warned about. Figures worked by hand.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceExportValuationTest {

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

    long exportFile(String incoterm) throws Exception {
        String reference = "EX" + String.valueOf(System.nanoTime() % 1_000_000_000_000L + 1_000_000_000_000L).substring(1);
        long tw = new ClearanceFiles(mvc).transaction("""
                {"clientId":%d,"direction":"EXPORT","jurisdiction":"TW","mode":"SEA","incoterm":"%s","reference":"%s",
                 "portOfLoading":"TWKHH","portOfDischarge":"AUMEL","consignee":"Melbourne Tea House"}""".formatted(clientId, incoterm,
                reference));
        new ClearanceFiles(mvc).invoice(tw, """
                {"invoiceNumber":"KHA-2026-%d","issueDate":"2026-11-28","currency":"USD","incoterm":"%s","sellerName":"寶島茶業有限公司",
                 "sellerCountry":"TW","buyerName":"Melbourne Tea House","buyerCountry":"AU","totalAmount":10000,"packages":30,"grossMassKg":520,
                 "lines":[{"description":"烏龍茶 Oolong tea","tariffCode":"09023000","originCountry":"TW","quantity":300,"unitCode":"KGM",
                 "netMassKg":300,"amount":6001},
                 {"description":"自行車 Bicycles","tariffCode":"87120000","originCountry":"TW","quantity":20,"unitCode":"SET",
                 "netMassKg":200,"amount":3999}]}""".formatted(System.nanoTime() % 100000, incoterm));
        return tw;
    }

    static String draft(String freight, String insurance) {
        return """
                {"declarantId":"A12","declarantName":"北港報關行","importerId":"12345675","exchangeRate":31.5%s%s,
                 "items":[{"line":1,"tariffCode":"09023000004"},{"line":2,"tariffCode":"87120000002"}]}""".formatted(
                freight == null ? "" : ",\"freight\":" + freight, insurance == null ? "" : ",\"insurance\":" + insurance);
    }

    String build(long file, String body, int expected) throws Exception {
        return mvc.perform(post(ClearanceFiles.base(file) + "/declarations").header("Accept-Language", "zh-TW")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * CIF USD 10,000 (lines 6,001 + 3,999), freight USD 600, insurance USD 30: FOB USD 9,370 at 31.5. Each line's share in
     * whole NT$, half up: 6,001 × 9,370 × 31.5 / 10,000 = 177,122.5155 → 177,123; 3,999 × 9,370 × 31.5 / 10,000 =
     * 118,032.4845 → 118,032; total 295,155. Fee 0.04 % = 118.062 → 118 (above NT$100, collected).
     */
    @Test
    void aTwoLineCifExportTakesOffFreightAndInsurance() throws Exception {
        long tw = exportFile("CIF");
        String json = build(tw, draft("600", "30"), 201);
        assertThat(new BigDecimal(JsonPath.read(json, "$.declaration.items[0].customsValue").toString())).isEqualByComparingTo("177123");
        assertThat(new BigDecimal(JsonPath.read(json, "$.declaration.items[1].customsValue").toString())).isEqualByComparingTo("118032");
        assertThat(new BigDecimal(JsonPath.read(json, "$.declaration.customsValueTotal").toString())).isEqualByComparingTo("295155");
        // by hand: 6,001 × 9,370 / 10,000 × 31.5 = 177,122.5 → 177,123 (half up)
        assertThat(new BigDecimal(JsonPath.read(json, "$.declaration.dutiesAndTaxesTotal").toString())).isEqualByComparingTo("118");
    }

    @Test
    void aCifExportWithoutInsuranceIsRefusedAtTheInsurance() throws Exception {
        long tw = exportFile("CIF");
        mvc.perform(post(ClearanceFiles.base(tw) + "/declarations").header("Accept-Language", "zh-TW")
                        .contentType(MediaType.APPLICATION_JSON).content(draft("600", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("insurance"));
    }

    /** DAP: insurance typed is taken off (FOB USD 10,000 − 600 − 30 = 9,370, as above); a DDP price is warned about. */
    @Test
    void insuranceTypedUnderADTermIsTakenOffAndDdpIsWarned() throws Exception {
        String dap = build(exportFile("DAP"), draft("600", "30"), 201);
        assertThat(new BigDecimal(JsonPath.read(dap, "$.declaration.customsValueTotal").toString())).isEqualByComparingTo("295155");
        String ddp = build(exportFile("DDP"), draft("600", null), 201);
        assertThat(ddp).contains("\"export-fob-ddp\"");
        String exw = build(exportFile("EXW"), draft(null, null), 201);
        assertThat(exw).contains("\"export-fob-exw\"");
    }
}
