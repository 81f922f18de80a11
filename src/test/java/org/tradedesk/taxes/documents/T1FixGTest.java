package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
    void aPreferenceOnAnUncheckedListIsNotAssessedNotRefusedAsFact() throws Exception {
        // t1fixI 1: Parts 3 to 5 now hold the DAC recipients (to confirm); Taiwan is neither a recipient nor a DAC donor, so
        // whether it is on Part 4 is genuinely open: not assessed, and not refused as fact
        String taiwaneseCar = BRAZILIAN_CAR.replace("\"origin\":\"BR\"", "\"origin\":\"TW\"");
        JsonNode en = calculate(taiwaneseCar, 200, "en");
        String notes = en.get("notes").toString();
        assertThat(notes).contains("DCS").contains("DCT").contains("not assessed: the country list is to confirm")
                .contains("is not among the countries entered so far for").doesNotContain("Taiwan is not listed for");
        JsonNode zh = calculate(taiwaneseCar, 200, "zh-TW");
        assertThat(zh.get("notes").toString()).contains("未評估：國家名單待確認").contains("不在目前已輸入之");
        String id = saveCalculation("{\"request\":" + taiwaneseCar + "}").get("id").asString();
        String letterEn = letter(id, "en").replaceAll("\\s+", " ");
        assertThat(letterEn).doesNotContain("only option that applies").contains("only option assessed").contains("not assessed");
        String letterZh = letter(id, "zh-TW").replaceAll("\\s+", "");
        assertThat(letterZh).doesNotContain("唯一適用之方案").contains("未評估");
    }

    String problem(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String lang) throws Exception {
        return mvc.perform(request.with(COORDINATOR).header("Accept-Language", lang)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder penalties(String body) {
        return post("/api/v1/tax/penalties").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /**
     * Finding 2: English in zh-TW answers. A source's {@code version} is the message rendered in the reader's language; a
     * refused move names the states by their labels (已核准); a problem detail names fields by their labels, the path kept in
     * {@code field}; the fines one may choose are named, joined with 、.
     */
    @Test
    void zhAnswersAreInTheReadersLanguage() throws Exception {
        JsonNode zh = calculate(BRAZILIAN_CAR, 200, "zh-TW");
        String version = null;
        for (JsonNode source : zh.get("sources")) {
            if (source.get("kind").asString().equals("TARIFF_LINE")) {
                version = source.get("version").asString();
            }
        }
        assertThat(version).contains("稅則資料版本").contains("國別名單版本").doesNotContain("tariff data version").doesNotContain("imported")
                .doesNotContain("no amendments");
        assertThat(problem(penalties("""
                {"jurisdiction":"TW","date":"2026-03-02","shortfall":1e308}"""), "zh-TW")).contains("「短報稅額」").doesNotContain("「shortfall」")
                .contains("\"field\":\"shortfall\"");
        assertThat(problem(penalties("""
                {"jurisdiction":"TW","date":"2026-03-02","shortfall":1000,"multiples":{"X":2}}"""), "zh-TW"))
                .contains("所漏營業稅額之罰鍰倍數（BUSINESS_TAX_FINE）、").doesNotContain("BUSINESS_TAX_FINE, ");
        assertThat(problem(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/tax/calculations/saved/abc"),
                "zh-TW")).contains("試算編號：值不正確").doesNotContain("id 值不正確").contains("\"field\":\"id\"");
        String id = saveCalculation("{\"request\":" + BRAZILIAN_CAR + "}").get("id").asString();
        assertThat(problem(post("/api/v1/tax/calculations/saved/" + id + "/sent").contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"x\"}"), "zh-TW")).contains("送交客戶之方式").doesNotContain("channel：").contains("\"field\":\"channel\"");
        mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/submit").with(COORDINATOR)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/approve").with(MANAGER)).andExpect(status().isOk());
        String twice = mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/approve").with(MANAGER).header("Accept-Language", "zh-TW"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(twice).contains("狀態為「已核准」的試算不能改為「已核准」").doesNotContain("APPROVED 的試算");
    }

    /** Finding 2: the column I rows' notes on the country-list page are worded in the reader's language, not 165 English notes. */
    @Test
    void theColumnOneNotesAreInTheReadersLanguage() throws Exception {
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/tariff/eligibility")
                .param("lang", "zh-TW").with(COORDINATOR)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("membership date to check against the page").contains("起為世界貿易組織會員");
    }

    /**
     * Finding 3: the penalty API holds its date to the calculations' window (1900–2100) with the same message; Australia's
     * answer refuses a business-tax shortfall (it has no business tax) rather than ignoring it; amounts carry the currency's
     * minor units in both jurisdictions.
     */
    @Test
    void thePenaltyApiBoundsItsDateRefusesWhatDoesNotApplyAndWritesAmountsAlike() throws Exception {
        String far = problem(penalties("""
                {"jurisdiction":"TW","date":"9999-12-31","shortfall":1000}"""), "zh-TW");
        assertThat(far).contains("\"status\":400").contains("須為 1900/01/01 至 2100/12/31 之間的日期");
        String calcFar = problem(post("/api/v1/tax/calculations").contentType(MediaType.APPLICATION_JSON)
                .content(BRAZILIAN_CAR.replace("2026-03-02", "9999-12-31")), "en");
        assertThat(calcFar).contains("must be a date from 1 Jan 1900 to 31 Dec 2100");
        assertThat(problem(penalties("""
                {"jurisdiction":"AU","date":"2026-03-02","shortfall":1000,"businessTaxShortfall":50}"""), "en"))
                .contains("\"status\":400").contains("\"field\":\"businessTaxShortfall\"").contains("does not apply in AU");
        String au = problem(penalties("""
                {"jurisdiction":"AU","date":"2026-03-02","shortfall":1000}"""), "en");
        String tw = problem(penalties("""
                {"jurisdiction":"TW","date":"2026-03-02","shortfall":1000}"""), "en");
        assertThat(au).contains("\"high\":19800.00").contains("\"low\":0.00");
        assertThat(tw).contains("\"high\":5000.00").contains("\"highTotal\":5000.00");
    }

    /** Finding 3: the penalty form shows every error at once: a bad goods value does not hide the out-of-range multiple 7. */
    @Test
    void thePenaltyFormReportsEveryErrorAtOnce() throws Exception {
        String body = """
                {"request":{"jurisdiction":"TW","date":"2026-03-02","currency":"TWD","incoterm":"CIF",
                 "lines":[{"description":"porcelain tableware","tariffCode":"69111000003","origin":"JP","value":1000,"quantity":10,"unit":"kg"}]}}""";
        String id = saveCalculation(body).get("id").asString();
        String panel = mvc.perform(post("/taxes/calculations/" + id + "/penalties").with(COORDINATOR)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("lang", "en").param("goodsValue", "-5").param("smugglingMultiple", "7"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(panel).contains("the multiple 7 is outside the legal range");
    }

    /**
     * Finding 9: the note on a code the tariff cannot rate names only the taxes it leaves undecided: not WET and LCT for a
     * whisky (the chain charges them on wine and cars only), not the commodity tax typed for the BMW.
     */
    @Test
    void theUndecidedTaxesAreOnlyThoseTheCodeCouldBearAndWereNotTyped() throws Exception {
        JsonNode whisky = calculate("""
                {"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"whisky","tariffCode":"22083000","origin":"GB","value":20000,"litres":700,"alcoholByVolume":40,
                           "measures":{"duty":"5%"}}]}""", 200, "en");
        String note = noteOf(whisky, "taxes.note.code-in-schedule-gap");
        assertThat(note).contains("could not be decided").doesNotContain("Wine equalisation tax").doesNotContain("Luxury car tax");
        JsonNode bmw = calculate("""
                {"jurisdiction":"TW","date":"2018-03-01","currency":"TWD","incoterm":"CIF","exchangeRate":1,
                 "lines":[{"description":"Used BMW X5","tariffCode":"870323","origin":"US","value":742492,
                           "measures":{"duty":"17.5%","commodityTax":"30%"}}]}""", 200, "en");
        // finding 6: the tax table cites what the car's step cites (§12, §13), not the step's general §13 beside it
        List<JsonNode> commodity = new java.util.ArrayList<>();
        bmw.get("taxes").forEach(t -> {
            if (t.get("code").asString().equals("COMMODITY_TAX")) {
                commodity.add(t);
            }
        });
        assertThat(commodity).singleElement().satisfies(t -> assertThat(t.get("legalCitation").asString()).contains("§12"));
        assertThat(bmw.get("notes").toString()).doesNotContain("Commodity tax) could not be decided")
                .doesNotContain("Commodity tax, ").doesNotContain(", Commodity tax");
    }

    static String noteOf(JsonNode result, String code) {
        for (JsonNode n : result.get("notes")) {
            if (n.get("code").asString().equals(code)) {
                return n.get("text").asString();
            }
        }
        return "(no " + code + " note in " + result.get("notes") + ")";
    }

    /**
     * Finding 8: an option whose name is longer than Excel's 31 characters gets a short tab (its scheme code and number), the
     * full name in the sheet's first row, never a name cut mid-word ("CPTPP (Free  line not in Schedu").
     */
    @Test
    void longOptionNamesGetShortMeaningfulTabs() throws Exception {
        String id = saveCalculation("""
                {"request":{"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"sedan 2.0 l","tariffCode":"87032390","origin":"JP","value":40000,"quantity":1,"unit":"u"}]}}""")
                .get("id").asString();
        int shortened = 0;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(worksheet(id, "en")))) {
            for (int i = 1; i < book.getNumberOfSheets() - 1; i++) {
                org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(i);
                String title = sheet.getRow(0).getCell(0).getStringCellValue();
                if (!sheet.getSheetName().equals(title)) {
                    shortened++;
                    assertThat(title.length()).as(title).isGreaterThan(31);
                    assertThat(sheet.getSheetName()).as(title).matches("[A-Za-z0-9_-]+ \\d+");
                }
            }
        }
        assertThat(shortened).isPositive();
    }

    /**
     * Finding 4: when the recommended claim would be refused in Taiwan, the commodity tax left short (its base includes the duty)
     * is named among the risks with the words that its fine is not computed here, in both languages.
     */
    @Test
    void theLetterSaysTheCommodityTaxFineIsNotComputed() throws Exception {
        String id = saveCalculation("""
                {"request":{"jurisdiction":"TW","date":"2018-03-01","currency":"TWD","incoterm":"CIF","exchangeRate":1,
                 "lines":[{"description":"Used BMW X5","tariffCode":"870323","origin":"US","value":742492,
                           "measures":{"duty":"17.5%","commodityTax":"30%"},
                           "options":[{"scheme":"PROMO","duty":"0%","requires":"a certificate"}]}]}}""").get("id").asString();
        assertThat(letter(id, "en").replaceAll("\\s+", " ")).contains("the fine for it under its own law is not computed here");
        assertThat(letter(id, "zh-TW").replaceAll("\\s+", "")).contains("依其本法之罰鍰未於此計算");
    }

    /** Finding 5: a line's own unit (輛) is shown on the calculation page, not 個. */
    @Test
    void theCalculationPageShowsTheLinesOwnUnit() throws Exception {
        String id = saveCalculation("""
                {"request":{"jurisdiction":"TW","date":"2018-03-01","currency":"TWD","incoterm":"CIF","exchangeRate":1,
                 "lines":[{"description":"Used BMW X5","tariffCode":"870323","origin":"US","value":742492,"quantity":2,"unit":"輛",
                           "measures":{"duty":"17.5%","commodityTax":"30%"}}]}}""").get("id").asString();
        String page = page(id, "zh-TW");
        String lines = page.substring(page.indexOf("id=\"invoice-lines\""), page.indexOf("</table>", page.indexOf("id=\"invoice-lines\"")));
        assertThat(lines).contains("2 輛").doesNotContain("2 個");
        // finding 6: the line totals leave out the shipment's business tax and fee, and the page says so
        assertThat(page).contains("id=\"line-total-note\"").contains("按整批貨物計徵之稅費");
    }
}
