package org.tradedesk.taxes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Issue 6, task t1spr §3: the draught flag (UK draught relief, a container of at least 20 litres) on the quotation form's
 * line and as the batch column {@code draught}, passed to the engine as {@code lines[].draught}.
 *
 * <p>Figures by hand from HMRC's own rate data, outside this code: hmrc/alcohol-duty-calculator,
 * {@code conf/rates/alcohol-duty-rates.json} at commit 962f5375fea564056cf910e3259bd17a153b39b4, rate period "2026-2"
 * (from February 2026): tax type 311 "Beer from 1.3 to 3.4 percent" (Core) 9.96 and tax type 351 (DraughtRelief, beer
 * 1.3–3.4 %) 8.58 GBP per litre of pure alcohol — the same figures as GOV.UK's Alcohol Duty rates from 1 February 2026.
 * 1,000 L of 3 % beer = 30 L of pure alcohol: non-draught 30 × 9.96 = 298.80, draught 30 × 8.58 = 257.40. Import VAT
 * 20 % of (1,000 + 0 duty + alcohol duty): 259.76 resp. 251.48, so the taxes are 558.56 resp. 508.88.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DraughtFlagFormTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.tradedesk.clients.ClientDirectory clients;

    private static final String[] BEER = {"jurisdiction", "UK", "date", "2026-06-01", "currency", "GBP", "lines[0].description",
            "low-alcohol beer in kegs", "lines[0].tariffCode", "2203000100", "lines[0].origin", "", "lines[0].value", "1000",
            "lines[0].litres", "1000", "lines[0].alcoholByVolume", "3", "lines[0].measures", "duty=0%; alcoholTax=9.96 GBP/LAL"};

    private static String[] with(String... more) {
        return Stream.concat(Arrays.stream(BEER), Arrays.stream(more)).toArray(String[]::new);
    }

    String preview(String lang, String... more) throws Exception {
        return mvc.perform(QuotationPagesTest.bmw(post("/taxes/quotations/preview"), "", with(more)).with(QuotationInputKeptTest.COORDINATOR)
                .param("lang", lang)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aTickedDraughtBoxChargesTheDraughtRate() throws Exception {
        String ticked = preview("en", "lines[0].draught", "true");
        assertThat(ticked).contains("257.40").contains("508.88").doesNotContain("298.80");
        assertThat(preview("zh-TW", "lines[0].draught", "true")).contains("257.40").contains("508.88");
        // an unticked box sends only Spring's field marker: no claim, the standard rate
        String unticked = preview("en", "_lines[0].draught", "on");
        assertThat(unticked).contains("298.80").contains("558.56").doesNotContain("257.40");
    }

    @Test
    void aDraughtClaimOutsideTheUkIsRefusedNamingTheBox() throws Exception {
        String html = mvc.perform(QuotationPagesTest.bmw(post("/taxes/quotations/preview"), "", "lines[0].draught", "true")
                .with(QuotationInputKeptTest.COORDINATOR).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("line 1, Draught (container of 20 litres or more)").contains("UK alcohol duty only");
        String zh = mvc.perform(QuotationPagesTest.bmw(post("/taxes/quotations/preview"), "", "lines[0].draught", "true")
                .with(QuotationInputKeptTest.COORDINATOR).param("lang", "zh-TW")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).contains("桶裝供應（容器 20 公升以上）").contains("桶裝減免僅適用於英國酒類稅");
    }

    @Test
    void theTickIsKeptWhenTheFormComesBackWithAnError() throws Exception {
        long clientId = client();
        String kept = save(clientId, "lines[0].draught", "true", "lines[0].annualProductionHl", "lots");
        assertThat(kept).containsPattern("<input[^>]*id=\"lines0\\.draught\"[^>]*checked")
                .contains("Draught (container of 20 litres or more)").contains("id=\"lines0.draught-help\"");
        String notTicked = save(clientId, "_lines[0].draught", "on", "lines[0].annualProductionHl", "lots");
        assertThat(notTicked).containsPattern("<input[^>]*id=\"lines0\\.draught\"").doesNotContainPattern("<input[^>]*id=\"lines0\\.draught\"[^>]*checked");
    }

    private String save(long clientId, String... more) throws Exception {
        return mvc.perform(QuotationPagesTest.bmw(post("/taxes/quotations"), String.valueOf(clientId), with(more))
                .with(QuotationInputKeptTest.COORDINATOR).param("lang", "en")).andExpect(status().is(422)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long client() {
        org.springframework.security.test.context.TestSecurityContextHolder.setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken("carol", "x", "ROLE_COORDINATOR"));
        try {
            return clients.create(new org.tradedesk.clients.ClientDetails("桶裝啤酒進口有限公司", org.tradedesk.clients.ClientKind.IMPORTER,
                    org.tradedesk.shared.CountryCode.TW, null, org.tradedesk.clients.PreferredLanguage.EN, null, null, null)).id();
        } finally {
            org.springframework.security.test.context.TestSecurityContextHolder.clearContext();
        }
    }

    private MockMultipartHttpServletRequestBuilder upload(String csv) {
        MockMultipartHttpServletRequestBuilder b = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/taxes/batch")
                .file(new MockMultipartFile("file", "kegs.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        b.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()).with(BatchPageTest.COORDINATOR)
                .param("clientId", "").param("jurisdiction", "UK").param("date", "2026-06-01").param("currency", "GBP")
                .param("incoterm", "CIF").param("exchangeRate", "1").param("allocation", "VALUE").param("lang", "en");
        return b;
    }

    @Test
    void theBatchColumnDraughtClaimsTheRelief() throws Exception {
        String csv = """
                description,tariffCode,value,litres,alcoholByVolume,measures,draught
                low-alcohol beer in kegs,2203000100,1000,1000,3,duty=0%%; alcoholTax=9.96 GBP/LAL,%s
                """;
        for (String yes : new String[] {"yes", "TRUE", "1", "是"}) {
            byte[] xlsx = mvc.perform(upload(csv.formatted(yes))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(QuotationPagesTest.worksheetTotals(xlsx)).as(yes).containsExactly(new BigDecimal("508.88"));
        }
        for (String no : new String[] {"", "no", "0", "否"}) {
            byte[] xlsx = mvc.perform(upload(csv.formatted(no))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(QuotationPagesTest.worksheetTotals(xlsx)).as(no).containsExactly(new BigDecimal("558.56"));
        }
        String html = mvc.perform(upload(csv.formatted("maybe"))).andExpect(status().is(422)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Row 2, Draught (container of 20 litres or more): &quot;maybe&quot; is not yes or no");
    }
}
