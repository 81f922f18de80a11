package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Issue 6 (T1) leftovers fixed by t1fixH: the API's enum errors, the LCT threshold as a reference value, typed options. */
class T1FixHTest extends T1ReviewTestSupport {

    JsonNode call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, int expected, String lang)
            throws Exception {
        String answer = mvc.perform(request.with(COORDINATOR).header("Accept-Language", lang)).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(answer);
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder calculation(String body) {
        return post("/api/v1/tax/calculations").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static final String CAR = """
            {"jurisdiction":"AU","date":"%s","currency":"AUD","incoterm":"FOB",
             "lines":[{"description":"sedan","tariffCode":"87032390","origin":"JP","value":120000,"quantity":1,"unit":"u"%s}]}""";

    /**
     * Item 3: a bad {@code channel} named its field by label but listed the Java enum (EMAIL, PHONE, MEETING, LETTER, REVIEW,
     * REVIEW not even accepted): the allowed values are named in the reader's language, with the codes the API takes.
     */
    @Test
    void aBadChannelIsAnsweredWithTheAllowedValuesInTheReadersLanguage() throws Exception {
        String id = saveCalculation("{\"request\":" + CAR.formatted("2025-03-01", "") + "}").get("id").asString();
        org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder bad = post("/api/v1/tax/calculations/saved/" + id + "/sent")
                .contentType(MediaType.APPLICATION_JSON).content("{\"channel\":\"FAX\",\"note\":\"x\"}");
        JsonNode zh = call(bad, 400, "zh-TW");
        JsonNode error = zh.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("channel");
        assertThat(error.get("label").asString()).isEqualTo("送交客戶之方式");
        assertThat(error.get("message").asString()).isEqualTo("須為下列之一：電子郵件（EMAIL）、電話（PHONE）、會議（MEETING）、信函（LETTER）");
        assertThat(zh.get("detail").asString()).contains("送交客戶之方式").contains("電子郵件（EMAIL）").doesNotContain("REVIEW")
                .doesNotContain("EMAIL, PHONE");
        JsonNode en = call(post("/api/v1/tax/calculations/saved/" + id + "/sent").contentType(MediaType.APPLICATION_JSON)
                .content("{\"channel\":\"FAX\",\"note\":\"x\"}"), 400, "en");
        assertThat(en.get("errors").get(0).get("label").asString()).isEqualTo("How it was given to the client");
        assertThat(en.get("errors").get(0).get("message").asString())
                .isEqualTo("must be one of E-mail (EMAIL), Phone (PHONE), Meeting (MEETING), Letter (LETTER)");
    }

    /** The THRESHOLD sources of an answer. */
    static List<JsonNode> thresholds(JsonNode result) {
        List<JsonNode> out = new ArrayList<>();
        result.get("sources").forEach(s -> {
            if ("THRESHOLD".equals(s.get("kind").asString())) {
                out.add(s);
            }
        });
        return out;
    }

    /**
     * Item 4: the LCT threshold the engine used (fuel-efficient car or other, for the date's financial year) is a reference
     * value of the result: amount, the year it is in force for, which one, and who publishes it; the worksheet's data table
     * lists it. Figures: ATO, "Luxury car tax rate and thresholds", 2024-25: $80,567 other vehicles, $91,387 fuel-efficient
     * (also quoted by the AADA bulletin "Luxury Car Tax Thresholds 2025-26"). Not the $76,950 of 2023-24.
     */
    @Test
    void theLctThresholdUsedIsADatedReferenceValueOfTheResultAndTheWorksheet() throws Exception {
        JsonNode other = call(calculation(CAR.formatted("2025-03-01", "")), 200, "en");
        List<JsonNode> used = thresholds(other);
        assertThat(used).hasSize(1);
        JsonNode t = used.get(0);
        assertThat(t.get("subject").asString()).isEqualTo("1");
        assertThat(t.get("rate").decimalValue()).isEqualByComparingTo(new BigDecimal("80567"));
        assertThat(t.get("effectiveFrom").asString()).isEqualTo("2024-07-01");
        assertThat(t.get("effectiveTo").asString()).isEqualTo("2025-06-30");
        assertThat(t.get("version").asString()).contains("Luxury car tax").contains("threshold AUD 80,567.00").doesNotContain("fuel-efficient");
        assertThat(t.get("publisherText").get("text").asString()).contains("ATO");

        JsonNode efficient = call(calculation(CAR.formatted("2025-03-01", ",\"fuelEfficient\":true")), 200, "zh-TW");
        JsonNode fe = thresholds(efficient).get(0);
        assertThat(fe.get("rate").decimalValue()).isEqualByComparingTo(new BigDecimal("91387"));
        assertThat(fe.get("version").asString()).contains("豪華車稅").contains("節能車門檻 AUD 91,387.00");
        assertThat(fe.get("publisherText").get("text").asString()).contains("澳洲稅務局（ATO）");

        String id = saveCalculation("{\"request\":" + CAR.formatted("2025-03-01", ",\"fuelEfficient\":true") + "}").get("id").asString();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = DocumentsTestSupport.read(worksheet(id, "zh-TW"))) {
            StringBuilder all = new StringBuilder();
            book.forEach(sheet -> all.append(text(sheet)));
            assertThat(all.toString()).contains("發票第 1 項之稅額門檻").contains("節能車門檻 AUD 91,387.00");
        }
        assertThat(page(id, "zh-TW")).contains("發票第 1 項之稅額門檻").contains("澳洲稅務局（ATO）逐財政年度公告之豪華車稅門檻");
    }

    /**
     * Item 5: a preference option typed by the user with no rate, under a scheme the chain holds no concession of, is refused
     * at its duty field, in the reader's language; nothing is calculated at a rate nobody gave.
     */
    @Test
    void aTypedOptionWithoutARateIsRefusedAtItsDutyField() throws Exception {
        String body = CAR.formatted("2025-03-01", ",\"options\":[{\"scheme\":\"MYPREF\",\"label\":\"our FTA\",\"requires\":\"certificate\"}]");
        JsonNode zh = call(calculation(body), 400, "zh-TW");
        JsonNode error = zh.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("lines[0].options[0].duty");
        assertThat(error.get("message").asString()).contains("方案「MYPREF」須填稅率");
        JsonNode en = call(calculation(body), 400, "en");
        assertThat(en.get("errors").get(0).get("message").asString()).contains("option \"MYPREF\" needs its duty");
        assertThat(en.has("total")).isFalse();
    }
}
