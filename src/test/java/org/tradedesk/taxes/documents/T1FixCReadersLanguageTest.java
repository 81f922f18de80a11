package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 6, T1 review (t1fixC): no English left in zh-TW on the TW item page and item API. */
class T1FixCReadersLanguageTest extends T1ReviewTestSupport {

    String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void taiwanColumnNamesAreInTheReadersLanguageOnTheItemPageAndApi() throws Exception {
        String zhPage = org.jsoup.Jsoup.parse(body(get("/tariff/TW/items/87032390005").param("lang", "zh-TW").with(COORDINATOR)))
                .select("main").text();
        assertThat(zhPage).contains("第一欄").doesNotContain("column I");
        String zhApi = body(get("/api/v1/tariff/TW/items/87032390005").header("Accept-Language", "zh-TW").with(COORDINATOR));
        assertThat(zhApi).contains("\"scheme\":\"第一欄\"", "\"source\":\"第一欄\"").doesNotContain("column I");
        String enApi = body(get("/api/v1/tariff/TW/items/87032390005").header("Accept-Language", "en").with(COORDINATOR));
        assertThat(enApi).contains("column I");
    }

    @Test
    void leastDevelopedCountryNotesOnTheEligibilityPageAreInTheReadersLanguage() throws Exception {
        String zh = org.jsoup.Jsoup.parse(body(get("/tariff/eligibility").param("lang", "zh-TW").with(COORDINATOR))).select("main").text();
        assertThat(zh).contains("聯合國最低度開發國家名單").doesNotContain("UN list of least developed countries", "not yet checked against");
        String en = org.jsoup.Jsoup.parse(body(get("/tariff/eligibility").param("lang", "en").with(COORDINATOR))).select("main").text();
        assertThat(en).contains("UN list of least developed countries (Dec 2024); not yet checked against Customs Tariff Regulations 2004 Sch 1 Pt 2");
    }
}
