package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Acceptance review of issue 6 (T1), the findings fixed by t1fixD, through the API, the letter and the worksheet. */
class T1FixDTest extends T1ReviewTestSupport {

    private JsonNode calculate(String body, int expected, String lang) throws Exception {
        String answer = mvc.perform(post("/api/v1/tax/calculations").with(COORDINATOR).header("Accept-Language", lang)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(answer);
    }

    private static JsonNode option(JsonNode result, String scheme) {
        for (JsonNode o : result.get("options")) {
            if (o.get("scheme").asString().equals(scheme)) {
                return o;
            }
        }
        return null;
    }

    /**
     * Finding 2: the AU luxury car tax is charged on the excess over the financial year's threshold (A New Tax System (Luxury
     * Car Tax) Act 1999 s 5-15); the chain holds thresholds from 2019-07-01 to 2027-06-30 only. A car dated 2027-07-15 was
     * given no LCT and looked complete; now the LCT is not computed, the result is incomplete, cannot be approved (409), and
     * the letter's risks say the total leaves a tax out instead of "No particular risk identified".
     */
    @Test
    void aCarOutsideTheHeldLctThresholdsIsIncompleteAndCannotBeApproved() throws Exception {
        String body = """
                {"request":{"jurisdiction":"AU","date":"%s","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"sedan","tariffCode":"87032390","origin":"DE","value":150000,"quantity":1}]}}""";
        JsonNode saved = saveCalculation(body.formatted("2027-07-15"));
        JsonNode result = saved.get("result");
        assertThat(result.get("complete").asBoolean()).isFalse();
        assertThat(result.get("notComputed").toString()).contains("taxes.note.thresholdNotComputed").contains("未計算豪華車稅")
                .contains("2027/07/15");
        String id = saved.get("id").asString();
        mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/submit").with(COORDINATOR)).andExpect(status().isOk());
        String refused = mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/approve").with(MANAGER))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("taxes.calculation.approve-incomplete");
        String en = letter(id, "en");
        assertThat(en).doesNotContain("No particular risk identified").contains("leaves out a tax not computed");
        assertThat(letter(id, "zh-TW")).contains("總額未含尚未計算之稅");

        JsonNode before = saveCalculation(body.formatted("2019-06-28")).get("result");
        assertThat(before.get("complete").asBoolean()).isFalse();
        // inside the thresholds (2024-25: A$80,567) it is computed as before
        assertThat(saveCalculation(body.formatted("2024-08-01")).get("result").get("complete").asBoolean()).isTrue();
    }

    /**
     * Finding 7: the 2026-27 LCT threshold repeats the last published one (to confirm, chain AU.json); the letter's row and the
     * worksheet's threshold cell say so as the screen does, in both languages. FOB A$150,000, general 5 %: LCT value 173,250;
     * (173,250 − 80,567) × 10/11 × 33 % = 27,804.90.
     */
    @Test
    void aThresholdToConfirmSaysSoInTheLetterAndTheWorksheet() throws Exception {
        String id = saveCalculation("""
                {"request":{"jurisdiction":"AU","date":"2026-08-03","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"sedan","tariffCode":"87032390","origin":"DE","value":150000,"quantity":1}]}}""")
                .get("id").asString();
        assertThat(letter(id, "en").replaceAll("\\s+", " ")).contains("80,567.00, to confirm");
        assertThat(letter(id, "zh-TW").replaceAll("\\s+", "")).contains("80,567.00，待確認");
        for (String lang : java.util.List.of("en", "zh-TW")) {
            try (XSSFWorkbook book = DocumentsTestSupport.read(worksheet(id, lang))) {
                boolean marked = false;
                for (Sheet sheet : book) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && cell.getNumericCellValue() == 80567d) {
                                marked |= cell.getCellStyle().getDataFormatString().contains(lang.equals("en") ? "(to confirm)" : "（待確認）");
                            }
                        }
                    }
                }
                assertThat(marked).as(lang).isTrue();
            }
        }
    }

    /**
     * Finding 3: Bangladeshi tableware, 6911.10.00 (general 5 %, no LDC rate printed): goods originating in a Least Developed
     * Country can claim duty-free entry (ABF, border.gov.au, Developing Countries or Least Developed Countries). Bangladesh is on
     * the shipped LDC list until 2026-11-23 (to confirm): a Free option, to confirm.
     */
    @Test
    void aLeastDevelopedCountryIsOfferedFreeEntry() throws Exception {
        JsonNode r = calculate("""
                {"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"porcelain tableware","tariffCode":"69111000","origin":"BD","value":20000,"netMassKg":800}]}""",
                200, "en");
        JsonNode ldc = option(r, "LDC");
        assertThat(ldc).as(r.toString()).isNotNull();
        assertThat(ldc.get("dutyAmount").decimalValue()).isEqualByComparingTo("0");
        assertThat(ldc.get("requires").get("text").asString()).contains("Least Developed Country").contains("To confirm");
    }

    /**
     * Finding 4: s243T(3) states a natural person's maximum; Crimes Act 1914 s 4B(3) lets a court fine a body corporate up to 5
     * times that. A calculation saved without a client cannot say which the client is, so the letter states both ceilings.
     * JP car claiming JAEPA (Free) against general 5 %: shortfall A$2,500 + the GST on it.
     */
    @Test
    void theLetterStatesTheBodyCorporateCeilingWhenTheClientsFormIsUnknown() throws Exception {
        String id = saveCalculation("""
                {"request":{"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"hatchback","tariffCode":"87032390","origin":"JP","value":50000,"quantity":1}]}}""")
                .get("id").asString();
        // the page's running head cut out: where the sentence falls across a page depends on the conditions above it
        String en = letter(id, "en").replaceAll("\\s+", " ").replaceAll("\\d+ / \\d+ DRAFT ", "");
        assertThat(en).contains("a body corporate up to 5 times that").contains("Crimes Act 1914 s 4B(3)");
        assertThat(letter(id, "zh-TW").replaceAll("\\s+", "")).contains("法人最高為其5倍").contains("《1914年刑事法》第4B(3)條");
    }

    /**
     * Finding 5: the bundled AU schedule lacks chapter 72 (SOURCE.md): 7208.10.00 is not said to be an invalid code but a code
     * the bundled schedule cannot check, with how to proceed, in both languages; with its duty typed the note says the same.
     */
    @Test
    void aCodeInAChapterTheBundledScheduleLacksSaysSoAndHowToProceed() throws Exception {
        String steel = """
                {"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"hot-rolled coil","tariffCode":"72081000","origin":"KR","value":20000,"netMassKg":30000%s}]}""";
        JsonNode refused = calculate(steel.formatted(""), 400, "en");
        JsonNode error = refused.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("lines[0].tariffCode");
        assertThat(error.get("message").asString()).contains("bundled AU schedule").contains("lacks chapter 72")
                .contains("import the official AU tariff").doesNotContain("not in the AU tariff (");
        JsonNode zh = calculate(steel.formatted(""), 400, "zh-TW");
        assertThat(zh.get("errors").get(0).get("message").asString()).contains("隨附之 AU 稅則").contains("缺第 72 章").contains("匯入官方 AU 稅則");
        JsonNode typed = calculate(steel.formatted(",\"measures\":{\"duty\":\"5%\"}"), 200, "en");
        assertThat(typed.toString()).contains("lacks chapter 72, so 72081000 could not be checked against it")
                .doesNotContain("is not in the AU tariff");
    }

    /**
     * Finding 6: another name of a held list typed as an option is that list and is checked: 「第二欄」 and "PA" on a German
     * origin in Taiwan, "AUKFTA" and "Schedule 5" on a German origin in Australia, and TW_COLUMN_II on an AU calculation (a list
     * of the other tariff) are refused on the option's scheme field, in the reader's language.
     */
    @Test
    void aTypedAliasOfAHeldListIsCheckedAndAnotherTariffsListRefused() throws Exception {
        String tw = """
                {"jurisdiction":"TW","date":"2026-03-02","currency":"TWD","incoterm":"CIF",
                 "lines":[{"description":"leather shoes","tariffCode":"64039900008","origin":"%s","value":10000,"quantity":100,"unit":"pair",
                           "options":[{"scheme":"%s","duty":"0%%"}]}]}""";
        for (String scheme : java.util.List.of("第二欄", "Column II", "PA")) {
            JsonNode r = calculate(tw.formatted("DE", scheme), 400, "en");
            assertThat(r.get("errors").get(0).get("field").asString()).as(scheme).isEqualTo("lines[0].options[0].scheme");
        }
        // Panama's own goods may claim its column II rate typed as "PA" (column II partner, to confirm)
        calculate(tw.formatted("PA", "PA"), 200, "en");
        String au = """
                {"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"sedan","tariffCode":"87032390","origin":"DE","value":50000,"quantity":1,
                           "options":[{"scheme":"%s","duty":"Free"}]}]}""";
        for (String scheme : java.util.List.of("AUKFTA", "Schedule 5", "TW_COLUMN_II")) {
            JsonNode r = calculate(au.formatted(scheme), 400, "en");
            assertThat(r.get("errors").get(0).get("field").asString()).as(scheme).isEqualTo("lines[0].options[0].scheme");
        }
        JsonNode other = calculate(au.formatted("TW_COLUMN_II"), 400, "zh-TW");
        assertThat(other.get("errors").get(0).get("message").asString()).contains("TW 稅則之國家名單");
    }

    /**
     * Finding 9: CIF NT$150,000 × 0.04 % = 60, not collected (NT$100 or less, 推廣貿易服務費收取辦法): the letter says why beside
     * the 0. Finding 8: the Chinese letter joins conditions with 「；」, never 「。; 」.
     */
    @Test
    void aFeeNotCollectedSaysWhyAndChineseConditionsAreJoinedInChinese() throws Exception {
        String id = saveCalculation("""
                {"request":{"jurisdiction":"TW","date":"2026-03-02","currency":"TWD","incoterm":"CIF",
                 "lines":[{"description":"leather shoes","tariffCode":"64039900008","origin":"NZ","value":150000,"quantity":100,"unit":"pair"}]}}""")
                .get("id").asString();
        String zh = letter(id, "zh-TW").replaceAll("\\s+", "");
        assertThat(zh).contains("免收：依推廣貿易服務費收取辦法，費額在TWD100以下者免收").doesNotContain("。;");
        assertThat(letter(id, "en").replaceAll("\\s+", " ")).contains("not collected: a fee of TWD 100 or less is not collected");
    }

    /** Finding 9: an AU CIF invoice is valued FOB: the letter shows the freight and insurance taken off, as the page does. */
    @Test
    void theLetterShowsTheFreightAndInsuranceDeductedFromACifPrice() throws Exception {
        String id = saveCalculation("""
                {"request":{"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"CIF","freight":1200,"insurance":300,
                 "lines":[{"description":"porcelain tableware","tariffCode":"69111000","origin":"DE","value":20000,"netMassKg":800}]}}""")
                .get("id").asString();
        assertThat(letter(id, "en").replaceAll("\\s+", " ")).contains("the CIF price less its freight AUD 1,200.00 and insurance AUD 300.00");
        assertThat(letter(id, "zh-TW").replaceAll("\\s+", "")).contains("CIF價格減除運費AUD1,200.00及保險費AUD300.00");
    }
}
