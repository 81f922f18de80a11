package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clearance.domain.Finding;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.markets.ImportUnitValue;
import org.tradedesk.markets.MarketDatasets;
import org.tradedesk.markets.MarketsTestFiles;
import org.tradedesk.shared.CountryCode;

/**
 * Issue 8, Checks — "value plausibility against the tariff's unit values": the tariff holds none, so an invoice line's unit
 * value is compared with the unit value of imported trade statistics. The real legacy Comtrade extract
 * {@code comtrade_legacy_IND_CHN_H3_2010.csv} (India's imports from China, 2010) holds HS 851712 at 4,124,953,014 USD for
 * 106,967,789 items: USD 38.5627 a piece (by hand). A Taiwan import of 1,000 phones at USD 5,000 (USD 5.00 a piece, below
 * 38.5627 ÷ 5 = 7.71) is warned, naming the dataset; a line at USD 30 a piece is not.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceReferenceValueTest {

    static final String FILE = "comtrade_legacy_IND_CHN_H3_2010.csv";

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    ClearanceChecks checks;
    @Autowired
    MarketDatasets markets;
    @Autowired
    org.tradedesk.platform.MessageTexts texts;

    @Test
    void aPhoneLineFarBelowTheComtradeUnitValueIsWarnedNamingTheDataset() throws Exception {
        // a copy of its own: the newest dataset holding HS 851712 whatever else the shared context imported, so it is the reference
        byte[] own = MarketsTestFiles.ownCopy(MarketsTestFiles.resource("/markets/" + FILE));
        MarketsTestFiles.succeeded(mvc, MarketsTestFiles.importFile(mvc, FILE, own));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));

        // the reference as the markets API gives it: Taiwan (490) holds no imports of it, India's stand in
        ImportUnitValue ref = markets.importUnitValue("851712", "490").orElseThrow();
        assertThat(ref.unit()).isEqualTo("u");
        assertThat(ref.median()).isBetween(new BigDecimal("38.562"), new BigDecimal("38.563"));
        assertThat(ref.mean()).isEqualByComparingTo(ref.median());
        assertThat(ref.fromYear()).isEqualTo(2010);
        assertThat(ref.toYear()).isEqualTo(2010);
        assertThat(ref.fileName()).isEqualTo(FILE);
        assertThat(ref.ownReporter()).isFalse();
        assertThat(ref.reporters()).singleElement().asString().contains("699");
        assertThat(markets.importUnitValue("851713", "490")).isEmpty();

        long clientId = clients.create(new ClientDetails("寶島通訊有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        String json = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).content("""
                        {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","incoterm":"CIF","reference":"REF-UV-1"}"""
                        .formatted(clientId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        String csv = """
                invoice number,currency,description,tariff code,origin,quantity,unit,amount
                INV-UV-1,USD,Mobile phones,85171200004,CN,1000,PCE,5000.00
                INV-UV-1,USD,Mobile phones (other model),85171200004,CN,100,PCE,3000.00
                """;
        mvc.perform(multipart("/api/v1/clearance/transactions/" + id + "/documents").file(new MockMultipartFile("file", "lines-uv.csv",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8))).param("type", "COMMERCIAL_INVOICE")).andExpect(status().isCreated());

        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        List<Finding> found = checks.findings(TransactionId.of(id)).stream().filter(f -> f.rule().equals("cross.value-reference")).toList();
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.fields()).containsExactly("lines[0].unitPrice");
            assertThat(texts.render(f.message(), java.util.Locale.ENGLISH)).contains("Line 1", "USD 5.00 per piece", "USD 38.56 per piece",
                    "HS 851712", "2010", FILE, "less than 1/5");
            assertThat(texts.render(f.message(), java.util.Locale.TAIWAN)).contains("第 1 項單價", FILE, "5 分之一");
        });
    }
}
