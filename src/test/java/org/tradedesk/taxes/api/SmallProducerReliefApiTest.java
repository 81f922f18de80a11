package org.tradedesk.taxes.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 6 §1: the API takes a line's {@code annualProductionHl} (Small Producer Relief) and refuses a bad one naming the
 * field in the reader's language. Figures by hand from GOV.UK's lookup table (see SmallProducerReliefCalculationTest):
 * 20 hl, table "other than spirits, below 3.5 %, non-draught" from 1 February 2026 → discount (49.80 + 2.53 × 15) ÷ 20
 * = 4.3875 → 4.39; 30 L of pure alcohol × (9.96 − 4.39) = 167.10.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SmallProducerReliefApiTest {

    @Autowired
    MockMvc mvc;

    static String request(String production) {
        return """
                {"jurisdiction":"UK","date":"2026-06-01","currency":"GBP","incoterm":"CIF","lines":[{"description":"low-alcohol beer",
                 "tariffCode":"2203000100","value":1000,"litres":1000,"alcoholByVolume":3,"annualProductionHl":%s,
                 "measures":{"duty":"0%%","alcoholTax":"9.96 GBP/LAL"}}]}""".formatted(production);
    }

    MockHttpServletResponse send(String body, String language) throws Exception {
        return mvc.perform(post("/api/v1/tax/calculations").with(user("carol").roles("COORDINATOR")).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    @Test
    void theReliefIsTakenOffTheAlcoholDuty() throws Exception {
        MockHttpServletResponse r = send(request("20"), "zh-TW");
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).as(body).isEqualTo(200);
        assertThat(body).contains("9.96 GBP/LAL - 4.39 GBP/LAL").contains("167.10").contains("小型生產者減免");
    }

    @Test
    void aBadProductionIsRefusedNamingTheField() throws Exception {
        for (String bad : new String[] {"-1", "0", "4500.5"}) {
            MockHttpServletResponse en = send(request(bad), "en");
            String enBody = en.getContentAsString(StandardCharsets.UTF_8);
            assertThat(en.getStatus()).as(bad + ": " + enBody).isEqualTo(400);
            assertThat(en.getContentType()).startsWith("application/problem+json");
            assertThat(enBody).as(bad).contains("lines[0].annualProductionHl").contains("Annual production (hl of pure alcohol)");
            String zhBody = send(request(bad), "zh-TW").getContentAsString(StandardCharsets.UTF_8);
            assertThat(zhBody).as(bad).contains("年產量（百公升純酒精）");
        }
        // not a number: the platform's unreadable-JSON answer, the field's path for machines and the sentence in the
        // reader's language
        MockHttpServletResponse en = send(request("\"many\""), "en");
        assertThat(en.getStatus()).isEqualTo(400);
        assertThat(en.getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"lines[0].annualProductionHl\"")
                .contains("\"code\":\"error.unreadable\"");
        // issue 6: the detail and errors[].label name the field as the taxes module labels it, the path stays in field
        assertThat(en.getContentAsString(StandardCharsets.UTF_8)).contains("\"label\":\"line 1, Annual production (hl of pure alcohol)\"");
        assertThat(send(request("\"many\""), "zh-TW").getContentAsString(StandardCharsets.UTF_8))
                .contains("無法讀取「第 1 項 年產量（百公升純酒精）」的值").contains("\"label\":\"第 1 項 年產量（百公升純酒精）\"")
                .contains("\"field\":\"lines[0].annualProductionHl\"").doesNotContain("無法讀取「lines[0]");
    }

    static String draught(String abv) {
        return """
                {"jurisdiction":"UK","date":"2026-06-01","currency":"GBP","incoterm":"CIF","lines":[{"description":"draught beer",
                 "tariffCode":"2203000100","value":1000,"litres":1000,"alcoholByVolume":%s,"draught":true,
                 "measures":{"duty":"0%%","alcoholTax":"22.58 GBP/LAL"}}]}""".formatted(abv);
    }

    /**
     * t1uk: the optional {@code draught} flag (additive to the contract). 50 L of pure alcohol in a draught beer of 5 % pay
     * HMRC's draught rate from 1 February 2026, 19.45 (UK Trade Tariff news of 5 December 2025, tax type 356): 972.50.
     */
    @Test
    void aDraughtLinePaysTheDraughtRateAndABadClaimIsRefusedNamingTheField() throws Exception {
        MockHttpServletResponse r = send(draught("5"), "en");
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).as(body).isEqualTo(200);
        assertThat(body).contains("19.45 GBP/LAL").contains("972.50").contains("draught rate");
        MockHttpServletResponse en = send(draught("9"), "en");
        String enBody = en.getContentAsString(StandardCharsets.UTF_8);
        assertThat(en.getStatus()).as(enBody).isEqualTo(400);
        assertThat(enBody).contains("lines[0].draught").contains("Draught (container of 20 litres or more)").contains("below 8.5% ABV");
        assertThat(send(draught("9"), "zh-TW").getContentAsString(StandardCharsets.UTF_8)).contains("桶裝供應（容器 20 公升以上）")
                .contains("未達 8.5%");
    }
}
