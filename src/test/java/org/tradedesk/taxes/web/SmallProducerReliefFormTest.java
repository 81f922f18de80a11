package org.tradedesk.taxes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 6 §1: the quotation form takes a line's annual production for Small Producer Relief. Figures by hand from
 * GOV.UK's lookup table (see SmallProducerReliefCalculationTest): 20 hl, table "other than spirits, below 3.5 %,
 * non-draught" from 1 February 2026 → discount (49.80 + 2.53 × 15) ÷ 20 = 4.3875 → 4.39 per litre of pure alcohol;
 * 30 L of pure alcohol × (9.96 − 4.39) = 167.10.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SmallProducerReliefFormTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.tradedesk.clients.ClientDirectory clients;

    private static final String[] BEER = {"jurisdiction", "UK", "date", "2026-06-01", "currency", "GBP", "lines[0].description",
            "low-alcohol beer", "lines[0].tariffCode", "2203000100", "lines[0].origin", "", "lines[0].value", "1000", "lines[0].litres",
            "1000", "lines[0].alcoholByVolume", "3", "lines[0].measures", "duty=0%; alcoholTax=9.96 GBP/LAL"};

    String preview(String lang, String... more) throws Exception {
        String[] overrides = java.util.stream.Stream.concat(java.util.Arrays.stream(BEER), java.util.Arrays.stream(more)).toArray(String[]::new);
        return mvc.perform(QuotationPagesTest.bmw(post("/taxes/quotations/preview"), "", overrides).with(QuotationInputKeptTest.COORDINATOR)
                .param("lang", lang)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theFormsAnnualProductionRelievesTheAlcoholDuty() throws Exception {
        String html = preview("en", "lines[0].annualProductionHl", "20");
        assertThat(html).contains("167.10").contains("Small Producer Relief");
        assertThat(preview("zh-TW", "lines[0].annualProductionHl", "20")).contains("167.10").contains("小型生產者減免");
    }

    @Test
    void aBadProductionIsNamedInTheReadersLanguage() throws Exception {
        assertThat(preview("en", "lines[0].annualProductionHl", "4600")).contains("line 1, Annual production (hl of pure alcohol)")
                .contains("4500");
        assertThat(preview("zh-TW", "lines[0].annualProductionHl", "-2")).contains("年產量（百公升純酒精）");
        assertThat(preview("en", "lines[0].annualProductionHl", "lots")).contains("Annual production (hl of pure alcohol)");
        // a strength of 8.5 % or more has no relief: refused, not ignored
        assertThat(preview("en", "lines[0].annualProductionHl", "20", "lines[0].alcoholByVolume", "9"))
                .contains("only to products below 8.5% ABV");
    }

    @Test
    void aBadProductionComesBackOnTheFormAsTyped() throws Exception {
        org.springframework.security.test.context.TestSecurityContextHolder.setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken("carol", "x", "ROLE_COORDINATOR"));
        long clientId;
        try {
            clientId = clients.create(new org.tradedesk.clients.ClientDetails("小型酒廠進口有限公司", org.tradedesk.clients.ClientKind.IMPORTER,
                    org.tradedesk.shared.CountryCode.TW, null, org.tradedesk.clients.PreferredLanguage.EN, null, null, null)).id();
        } finally {
            org.springframework.security.test.context.TestSecurityContextHolder.clearContext();
        }
        String[] overrides = java.util.stream.Stream.concat(java.util.Arrays.stream(BEER),
                java.util.stream.Stream.of("lines[0].annualProductionHl", "lots")).toArray(String[]::new);
        String html = mvc.perform(QuotationPagesTest.bmw(post("/taxes/quotations"), String.valueOf(clientId), overrides)
                .with(QuotationInputKeptTest.COORDINATOR).param("lang", "en")).andExpect(status().is(422)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        QuotationInputKeptTest.keptAndMarked(html, "lines0.annualProductionHl", "lots");
        assertThat(html).contains("value=\"low-alcohol beer\"");
    }
}
