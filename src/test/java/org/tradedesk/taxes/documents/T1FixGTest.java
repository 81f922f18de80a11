package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** The acceptance review of issue 6 (T1) after t1fixE, the findings fixed by t1fixG, through the API, the pages and the letter. */
class T1FixGTest extends T1ReviewTestSupport {

    JsonNode calculate(String body, int expected, String lang) throws Exception {
        String answer = mvc.perform(post("/api/v1/tax/calculations").with(COORDINATOR).header("Accept-Language", lang)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(answer);
    }

    static final String BRAZILIAN_CAR = """
            {"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
             "lines":[{"description":"sedan 2.0 l","tariffCode":"87032390","origin":"BR","value":40000,"quantity":1,"unit":"u"}]}""";

    /**
     * Finding 1 (major): Schedule 1 Part 4 of the Customs Tariff Regulations 2004 (DCS) has no member entered and is to
     * confirm, yet "Brazil is not listed for Developing Countries (DCS rates)" was printed as fact and the letter said the
     * general rate was "the only option that applies". The reason now says the list holds no country yet; the result names the
     * preference "not assessed" in a note the letter prints among its conditions, and the letter does not say "only option".
     */
    @Test
    void aPreferenceOnAnEmptyListIsNotAssessedNotRefusedAsFact() throws Exception {
        JsonNode en = calculate(BRAZILIAN_CAR, 200, "en");
        String notes = en.get("notes").toString();
        assertThat(notes).contains("DCS").contains("not assessed: the country list is to confirm")
                .contains("holds no country yet").doesNotContain("Brazil is not listed for");
        JsonNode zh = calculate(BRAZILIAN_CAR, 200, "zh-TW");
        assertThat(zh.get("notes").toString()).contains("未評估：國家名單待確認").contains("尚未列入任何國家");
        String id = saveCalculation("{\"request\":" + BRAZILIAN_CAR + "}").get("id").asString();
        String letterEn = letter(id, "en").replaceAll("\\s+", " ");
        assertThat(letterEn).doesNotContain("only option that applies").contains("only option assessed").contains("not assessed");
        String letterZh = letter(id, "zh-TW").replaceAll("\\s+", "");
        assertThat(letterZh).doesNotContain("唯一適用之方案").contains("未評估");
        String refused = page(id, "zh-TW");
        assertThat(refused).doesNotContain("巴西不在開發中國家（DCS 稅率）適用名單內");
    }

    String problem(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String lang) throws Exception {
        return mvc.perform(request.with(COORDINATOR).header("Accept-Language", lang)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Probe: prints what the answers say (kept while fixing). */
    @Test
    void probe() throws Exception {
        System.out.println("PROBE1 " + problem(post("/api/v1/tax/penalties").contentType(MediaType.APPLICATION_JSON)
                .content("{\"jurisdiction\":\"TW\",\"date\":\"2026-03-02\",\"shortfall\":1e308}"), "zh-TW"));
        System.out.println("PROBE2 " + problem(post("/api/v1/tax/penalties").contentType(MediaType.APPLICATION_JSON)
                .content("{\"jurisdiction\":\"TW\",\"date\":\"2026-03-02\",\"shortfall\":1000,\"multiples\":{\"X\":2}}"), "zh-TW"));
        System.out.println("PROBE3 " + problem(post("/api/v1/tax/penalties").contentType(MediaType.APPLICATION_JSON)
                .content("{\"jurisdiction\":\"AU\",\"date\":\"2026-03-02\",\"shortfall\":1000,\"businessTaxShortfall\":50}"), "en"));
        System.out.println("PROBE4 " + problem(post("/api/v1/tax/penalties").contentType(MediaType.APPLICATION_JSON)
                .content("{\"jurisdiction\":\"TW\",\"date\":\"9999-12-31\",\"shortfall\":1000}"), "zh-TW"));
        System.out.println("PROBE5 " + problem(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/tax/calculations/saved/abc"), "zh-TW"));
        String id = saveCalculation("{\"request\":" + BRAZILIAN_CAR + "}").get("id").asString();
        System.out.println("PROBE6 " + problem(post("/api/v1/tax/calculations/saved/" + id + "/sent").contentType(MediaType.APPLICATION_JSON)
                .content("{\"channel\":\"PIGEON\",\"note\":\"x\"}"), "zh-TW"));
        System.out.println("PROBE7 " + problem(post("/api/v1/tax/calculations/saved/" + id + "/sent").contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"x\"}"), "zh-TW"));
        JsonNode zh = calculate(BRAZILIAN_CAR, 200, "zh-TW");
        System.out.println("PROBE8 " + zh.get("sources"));
        System.out.println("PROBE9 " + zh.get("notes"));
    }
}
