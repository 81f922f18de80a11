package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Acceptance review of issue 6 (T1) left open after t1fixE, fixed by t1fixF: through the API, the letter and the worksheet. */
class T1FixFTest extends T1ReviewTestSupport {

    private String letterHtml(String id, String lang) throws Exception {
        return mvc.perform(get("/api/v1/tax/calculations/saved/" + id + "/advice-letter").param("lang", lang).with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String summary(String id, String lang) throws Exception {
        try (XSSFWorkbook book = DocumentsTestSupport.read(worksheet(id, lang))) {
            return text(book.getSheetAt(0));
        }
    }

    /**
     * 1. A car whose luxury car tax the user states does not apply ({@code "lct":"none"}): the letter (PDF and HTML) and the
     * worksheet say so in the reader's language, so the client does not take the tax for forgotten; the result stays complete.
     */
    @Test
    void aTaxStatedNotApplicableIsNamedInTheLetterAndTheWorksheet() throws Exception {
        JsonNode saved = saveCalculation("""
                {"request":{"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"sedan","tariffCode":"87032390","origin":"DE","value":150000,"quantity":1,
                           "measures":{"lct":"none"}}]}}""");
        assertThat(saved.get("result").get("complete").asBoolean()).isTrue();
        String id = saved.get("id").asString();
        String en = "Line 1: Luxury car tax not computed: stated not applicable by the user.";
        String zh = "第1項：未計算豪華車稅：使用者聲明不適用。";
        assertThat(letter(id, "en").replaceAll("\\s+", " ")).contains(en).contains("Taxes left out as the user stated they do not apply");
        assertThat(letter(id, "zh-TW").replaceAll("\\s+", "")).contains(zh).contains("依使用者聲明不適用而未計算之稅費");
        assertThat(letterHtml(id, "en")).contains(en);
        assertThat(letterHtml(id, "zh-TW").replace(" ", "")).contains(zh);
        assertThat(summary(id, "en")).contains(en);
        assertThat(summary(id, "zh-TW").replace(" ", "")).contains(zh).doesNotContain("stated not applicable");
    }

    /**
     * 2. Whisky, 2208.30.00, a subheading the bundled AU schedule lacks, its duty typed "5%": goods of chapter 22 attract the
     * excise-equivalent customs duty (Customs Tariff Act 1995 Sch 3), which the typed 5 % leaves out. The line is not a final
     * figure: the result is incomplete, the letter says so, and it cannot be approved, until the rate is typed or stated absent.
     */
    @Test
    void aChapter22LineTheBundledScheduleLacksIsIncompleteUntilItsExciseEquivalentIsGiven() throws Exception {
        String body = """
                {"request":{"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"Scotch whisky","tariffCode":"22083000","origin":"GB","value":20000,"litres":700,
                           "alcoholByVolume":40,"measures":{"duty":"5%%"%s}}]}}""";
        JsonNode saved = saveCalculation(body.formatted(""));
        JsonNode result = saved.get("result");
        assertThat(result.get("complete").asBoolean()).as(result.toString()).isFalse();
        assertThat(result.get("notComputed").toString()).contains("taxes.note.gapRateNotComputed")
                .contains("未計算等同貨物稅之關稅").contains("第 22 章");
        String id = saved.get("id").asString();
        mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/submit").with(COORDINATOR)).andExpect(status().isOk());
        String refused = mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/approve").with(MANAGER))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("taxes.calculation.approve-incomplete");
        assertThat(letter(id, "en").replaceAll("\\s+", " ")).contains("INCOMPLETE")
                .contains("Excise-equivalent customs duty not computed: goods of chapter 22 attract it");
        assertThat(letter(id, "zh-TW").replaceAll("\\s+", "")).contains("未完成試算").contains("未計算等同貨物稅之關稅");

        // typed, or stated absent: complete (the statement named as in 1)
        JsonNode typed = saveCalculation(body.formatted(",\"exciseEquivalent\":\"107.99 AUD/LAL\"")).get("result");
        assertThat(typed.get("complete").asBoolean()).as(typed.toString()).isTrue();
        JsonNode none = saveCalculation(body.formatted(",\"exciseEquivalent\":\"none\"")).get("result");
        assertThat(none.get("complete").asBoolean()).isTrue();
        assertThat(none.get("notes").toString()).contains("taxes.note.statedNotApplicable");
        // a line of another chapter in a gap (72, steel) attracts no excise-equivalent duty: complete, as before
        JsonNode steel = saveCalculation("""
                {"request":{"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"hot-rolled coil","tariffCode":"72081000","origin":"KR","value":20000,"netMassKg":30000,
                           "measures":{"duty":"5%"}}]}}""").get("result");
        assertThat(steel.get("complete").asBoolean()).isTrue();
    }

    /**
     * 4. zh-TW letters and worksheets of AU cases, read for English words: the options' conditions quoted the schedule's
     * "$107.99/L of alcohol" (now the rate it states, 107.99 AUD/LAL, in Chinese; as published in English), and the note of a
     * line the bundled schedule lacks told the reader to type "none" (now 「不適用」, which the engine takes as it takes none).
     */
    @Test
    void zhTwLettersAndWorksheetsOfAnAuDrinksCaseHoldNoEnglishRateWords() throws Exception {
        String id = saveCalculation("""
                {"request":{"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"whisky","tariffCode":"22083000","origin":"NZ","value":20000,"litres":700,"alcoholByVolume":40,
                           "measures":{"duty":"5%"}},
                          {"description":"beer","tariffCode":"22030091","origin":"NZ","value":5000,"litres":1000,"alcoholByVolume":5}]}}""")
                .get("id").asString();
        String zh = letterHtml(id, "zh-TW");
        assertThat(zh).doesNotContain("of alcohol").doesNotContain("填入 none").contains("AUD/公升純酒精").doesNotContain("AUD/LAL").contains("「不適用」");
        assertThat(letterHtml(id, "en")).contains("of alcohol");
        try (XSSFWorkbook book = DocumentsTestSupport.read(worksheet(id, "zh-TW"))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
                assertThat(text(sheet)).as(sheet.getSheetName()).doesNotContain("of alcohol");
            }
        }
    }
}
