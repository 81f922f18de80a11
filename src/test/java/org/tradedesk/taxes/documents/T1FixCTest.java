package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Re-review r-t1b: the base of a specific duty is its quantity, shown on the page, in the API and on the worksheet as the
 * letter shows it (3).
 */
class T1FixCTest extends T1ReviewTestSupport {

    /** TW whisky: 1,000 L at 40 % = 400 LAL × NT$250 (菸酒稅法 第8條) = 100,000. */
    static final String WHISKY = """
            {"request":{"jurisdiction":"TW","date":"2026-03-02","currency":"TWD","incoterm":"CIF",
             "lines":[{"description":"whisky","tariffCode":"22083000","origin":"GB","value":630000,
                       "litres":1000,"alcoholByVolume":40,"measures":{"duty":"0%"}}]}}""";

    private static JsonNode step(JsonNode r, String code) {
        for (JsonNode s : r.get("steps")) {
            if (s.get("code").asString().equals(code)) {
                return s;
            }
        }
        throw new AssertionError("no step " + code);
    }

    @Test
    void theBaseOfASpecificDutyIsItsQuantityOnThePageTheApiAndTheWorksheet() throws Exception {
        JsonNode saved = saveCalculation(WHISKY);
        String id = saved.get("id").asString();
        JsonNode tax = step(saved.get("result"), "ALCOHOL_TOBACCO_TAX");
        assertThat(tax.get("amount").decimalValue()).isEqualByComparingTo("100000");
        String api = mvc.perform(get("/api/v1/tax/calculations/saved/" + id).with(COORDINATOR).header("Accept-Language", "zh-TW"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode apiStep = step(json.readTree(api).path("result").isMissingNode() ? json.readTree(api) : json.readTree(api).get("result"),
                "ALCOHOL_TOBACCO_TAX");
        assertThat(apiStep.get("quantityBase").get("text").asString()).contains("1,000 公升").contains("400 公升純酒精");
        assertThat(page(id, "zh-TW")).contains("= 400 公升純酒精</dd>");
        assertThat(page(id, "en")).contains("= 400 LAL</dd>");
        String sheet = DocumentsTestSupport.pdfText(mvc.perform(get("/api/v1/tax/calculations/saved/" + id + "/worksheet.pdf")
                .param("lang", "zh-TW").with(COORDINATOR)).andReturn().getResponse().getContentAsByteArray());
        assertThat(sheet).contains("400 公升純酒精");
    }

    @Test
    void aStrengthOutsideItsTariffItemBlocksApprovalAndTheNoteSaysSo() throws Exception {
        // review r-t1b 9: 13.5 %vol on 2204.21.10 (not exceeding 1.15 %vol) was approvable
        String id = saveCalculation("""
                {"request":{"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"Shiraz","tariffCode":"22042110","origin":"US","value":4200,"litres":450,"alcoholByVolume":13.5}]}}""")
                .get("id").asString();
        mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/submit").with(COORDINATOR)).andExpect(status().isOk());
        String refused = mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/approve").with(MANAGER))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(refused).contains("taxes.calculation.approve-unconfirmed");
        String page = mvc.perform(get("/taxes/calculations/" + id).with(MANAGER).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("id=\"approve\"").contains("id=\"result-unconfirmed\"")
                .contains("the calculation cannot be approved");
    }

    @Test
    void aMissingClientIdIsNamedByItsLabel() throws Exception {
        // review r-t1b 12: 「clientId 為必填」 named the path, not the field
        String zh = mvc.perform(get("/api/v1/tax/calculations/saved").with(COORDINATOR).header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode problem = json.readTree(zh);
        assertThat(problem.get("detail").asString()).contains("客戶").doesNotContain("clientId");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("clientId");
    }

    @Test
    void aShipmentAboveTheLowValueThresholdHasNoLowValueRow() throws Exception {
        // review r-t1b 11: 「低價進口貨物（A$1,000 以下）… ≤ 1000 AUD … 0.00」 was printed for a A$92,000 car
        String id = saveCalculation("""
                {"request":{"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"sedan","tariffCode":"87032319","origin":"DE","value":92000,"quantity":1,"unit":"No",
                           "measures":{"duty":"5%"}}]}}""").get("id").asString();
        assertThat(page(id, "zh-TW")).doesNotContain("data-code=\"LOW_VALUE\"");
        String sheet = DocumentsTestSupport.pdfText(mvc.perform(get("/api/v1/tax/calculations/saved/" + id + "/worksheet.pdf")
                .param("lang", "zh-TW").with(COORDINATOR)).andReturn().getResponse().getContentAsByteArray());
        assertThat(sheet).doesNotContain("≤ 1000 AUD");
    }
}
