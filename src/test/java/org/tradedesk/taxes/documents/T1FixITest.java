package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** The acceptance review of issue 6 as fixed by t1fixI (findings 1 to 10). */
class T1FixITest extends T1ReviewTestSupport {

    JsonNode calculate(String body, String lang) throws Exception {
        String answer = mvc.perform(post("/api/v1/tax/calculations").with(COORDINATOR).header("Accept-Language", lang)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(answer);
    }

    static String car(String origin) {
        return """
                {"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"sedan 2.0 l","tariffCode":"87032390","origin":"%s","value":40000,"quantity":1,"unit":"u"}]}"""
                .formatted(origin);
    }

    /**
     * Finding 1: with Schedule 1 Parts 3 to 5 empty, a German car carried 「優惠代碼 DCS 未評估：國家名單待確認。德國不在目前已輸入之…
     * 名單內」 and a Sri Lankan one never had DCS. A DAC donor is now certainly on no developing-country list (no note), and a
     * DAC recipient is on the lists to confirm: the Schedule 3 DCS rate of 8703.23.90 ("5% DCS4% CAFree DCT5%") is offered.
     */
    @Test
    void aGermanCarHasNoDevelopingCountryCaveatAndASriLankanOneIsOfferedDcs() throws Exception {
        JsonNode de = calculate(car("DE"), "zh-TW");
        assertThat(de.get("notes").toString()).doesNotContain("未評估").doesNotContain("不在目前已輸入之");
        JsonNode deEn = calculate(car("DE"), "en");
        assertThat(deEn.get("notes").toString()).doesNotContain("not assessed");
        JsonNode lk = calculate(car("LK"), "en");
        JsonNode dcs = null;
        for (JsonNode o : lk.get("options")) {
            if ("DCS".equals(o.get("scheme").asString())) {
                dcs = o;
            }
        }
        assertThat(dcs).as("Sri Lanka, a DAC recipient, is offered DCS").isNotNull();
        // Schedule 3, 8703.23.90: "5% DCS4% ..." on a customs value of 40 000
        assertThat(dcs.get("dutyAmount").decimalValue()).isEqualByComparingTo(new java.math.BigDecimal("40000").multiply(new java.math.BigDecimal("0.04")));
        assertThat(dcs.get("requires").toString()).contains("tariff.eligibility.to-confirm");
    }

    /**
     * Finding 3: the letter's duty row read 「稅率：各項不同，詳見試算表」 with no base: the car at 17.5 % and the wine at 0 %
     * (column II, New Zealand) could not be traced. Each line's duty now has its row (line, tariff code, base, rate, duty);
     * the taxes table names the scenario it shows; the alcohol tax is worded as 菸酒稅法 第8條 words it.
     */
    @Test
    void theLetterTracesEachLinesDutyAndNamesItsScenario() throws Exception {
        String id = saveCalculation(T1AcceptanceReviewTest.WINE_AND_CAR).get("id").asString();
        // customs values: USD 9,000 and 25,000 at 31.5 (CIF); the car's duty 17.5 % (column I, the tariff's 8703.23.90.00-5)
        // truncated to whole NT$ (關稅法 施行細則: 元以下不計); TWD amounts print whole (no ".00"); the wine 0 % under column II (New Zealand)
        java.math.BigDecimal wine = new java.math.BigDecimal("9000").multiply(new java.math.BigDecimal("31.5"));
        java.math.BigDecimal car = new java.math.BigDecimal("25000").multiply(new java.math.BigDecimal("31.5"));
        java.math.BigDecimal carDuty = car.multiply(new java.math.BigDecimal("0.175")).setScale(0, java.math.RoundingMode.DOWN);
        java.text.DecimalFormat whole = new java.text.DecimalFormat("#,##0");
        String zh = letter(id, "zh-TW").replaceAll("\\s", "");
        assertThat(zh).contains("各項關稅（第二欄（紐西蘭））：項次稅則號別稅基稅率關稅")
                .contains("1" + "2204.21.00.10-0" + whole.format(wine) + "0%0")
                .contains("2" + "8703.23.90.00-5" + whole.format(car) + "17.5%" + whole.format(carDuty))
                .contains("以下為第二欄（紐西蘭）之稅費：")
                .contains("菸酒稅117公升純酒精（900公升×酒精濃度13%）每公升按酒精成分每度NT$7");
        String en = letter(id, "en").replaceAll("\\s", "");
        assertThat(en).contains("Customsdutybyline(").contains("8703.23.90.00-5" + whole.format(car) + "17.5%" + whole.format(carDuty))
                .contains("NT$7alitreperdegreeofalcohol").doesNotContain("700TWD/LAL");
    }

    /** Finding 7: an origin typed in lower case ("lk") is the same country, upper-cased, not refused as "not two letters". */
    @Test
    void aLowerCaseOriginIsTakenUpperCased() throws Exception {
        JsonNode lk = calculate(car("lk"), "zh-TW");
        assertThat(lk.get("lines").get(0).get("origin").asString()).isEqualTo("LK");
    }

    /** Finding 8: saving a calculation for an archived client answered 200; it is refused, 409, in the reader's language. */
    @Test
    void aCalculationIsNotSavedForAnArchivedClient() throws Exception {
        String created = mvc.perform(post("/api/v1/clients").with(MANAGER).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Archived Tea Importer t1fixI","kind":"IMPORTER","country":"AU","taxId":"51824753556","preferredLanguage":"EN",
                         "registeredAddress":"12 Vine Street, Adelaide SA 5000","notes":"tea"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long clientId = json.readTree(created).get("id").asLong();
        mvc.perform(post("/api/v1/clients/" + clientId + "/archive").with(MANAGER)).andExpect(status().isOk());
        String refused = mvc.perform(post("/api/v1/tax/calculations/saved").with(MANAGER).header("Accept-Language", "zh-TW")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"clientId\":" + clientId + ",\"request\":" + car("DE") + "}"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("已封存");
    }

    /** Finding 10: the zh-TW quotation form's jurisdiction list showed bare codes (AU, IE, TW, UK); names with the code now. */
    @Test
    void theQuotationFormNamesTheJurisdictions() throws Exception {
        String form = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/taxes/quotations/new")
                        .with(COORDINATOR).header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains(">澳洲（AU）</option>").contains(">臺灣（TW）</option>").contains(">英國（UK）</option>")
                .contains(">愛爾蘭（IE）</option>");
    }

    /**
     * Finding 6: a blank country showed 「不可空白／格式不正確」 (two messages for one mistake); the list dropdown repeated a
     * name (「AU 澳英自由貿易協定（附表 15） — 澳英自由貿易協定（附表 15）」).
     */
    @Test
    void theAmendFormSaysOneThingPerMistakeAndNamesEachListOnce() throws Exception {
        String html = mvc.perform(post("/tariff/eligibility/members").with(MANAGER)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("lang", "zh-TW").param("list", "AU/DCT").param("country", "").param("validFrom", "2026-01-01")
                        .param("source", "gazette"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        java.util.regex.Matcher error = java.util.regex.Pattern.compile("id=\"country-error\"[^>]*>(.*?)</div>", java.util.regex.Pattern.DOTALL).matcher(html);
        assertThat(error.find()).isTrue();
        assertThat(error.group(1)).isNotBlank().doesNotContain("<br");
        assertThat(html).doesNotContain("澳英自由貿易協定（附表 15） — 澳英自由貿易協定（附表 15）");
    }
}
