package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Acceptance review r-t1 F3: the worksheet PDF printed only an amount per tax and line; like the XLSX it shows how each
 * figure was worked — the customs value, each tax's base, rate, threshold (the LCT's), the law's rounding — beside the
 * data versions; its closing sentence is the worksheet's own (not the letter's "附件試算表列有…"), and a tariff code reads
 * as the letter prints it (8703.23.19, not 87032319) on the worksheet PDF, the XLSX and the page.
 */
class WorksheetWorkingsTest extends T1ReviewTestSupport {

    static final String AU_CAR = """
            {"clientId":null,"request":{"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
             "lines":[{"description":"sedan 2.0 l","tariffCode":"87032319","origin":"DE","value":120000,"quantity":1,"unit":"No"}]}}""";

    String worksheetPdf(String id, String lang) throws Exception {
        return DocumentsTestSupport.pdfText(mvc.perform(get("/api/v1/tax/calculations/saved/" + id + "/worksheet.pdf")
                .param("lang", lang).with(COORDINATOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    }

    @Test
    void theWorksheetPdfShowsEachLinesBaseRateThresholdAndRoundingInBothLanguages() throws Exception {
        String id = saveCalculation(AU_CAR).get("id").asString();
        String en = worksheetPdf(id, "en");
        String zh = worksheetPdf(id, "zh-TW");
        // AUD 120,000 FOB: duty 5 % = 6,000; GST 10 % of 126,000; LCT 33 % of (138,600 − the threshold 80,567) × 10/11
        assertThat(en.replaceAll("\\s+", " ")).contains("How each line was worked", "Line Item Base Rate Threshold Amount Rounding",
                "1 Customs value 120,000.00", "1 Customs duty 120,000.00 5% 6,000.00 nearest cent",
                "1 Goods and services tax 126,000.00 10% 12,600.00 nearest cent",
                "1 Luxury car tax 138,600.00 33% 80,567.00 17,409.90 nearest cent", "Data versions and law", "AU-2026.1");
        assertThat(zh.replaceAll("\\s+", " ")).contains("各項計算明細", "項次 項目 稅基 稅率 門檻 金額 進位方式", "1 完稅價格 120,000.00",
                "1 豪華車稅 138,600.00 33% 80,567.00 17,409.90 四捨五入至分", "資料版本與法令依據");
        // the worksheet's own closing sentence, not the letter's pointer to an attached worksheet
        assertThat(zh).contains("本試算表依貴公司提供之資料").doesNotContain("附件試算表");
        assertThat(en).doesNotContain("The attached worksheet");
        // review of T1 R4: the workings table's law cell printed the chain's English citation on the zh worksheet
        assertThat(zh.replaceAll("\\s+", " ")).doesNotContain("A New Tax System").contains("《1999 年新稅制（豪華車稅）法》");
        assertThat(en.replaceAll("\\s+", " ")).contains("A New Tax System (Luxury Car Tax) Act");
    }

    @Test
    void aTariffCodeReadsAsTheLetterPrintsItOnTheWorksheetAndThePage() throws Exception {
        String id = saveCalculation(AU_CAR).get("id").asString();
        assertThat(worksheetPdf(id, "zh-TW")).contains("8703.23.19").doesNotContain("87032319");
        try (XSSFWorkbook book = DocumentsTestSupport.read(worksheet(id, "en"))) {
            StringBuilder all = new StringBuilder();
            book.forEach(sheet -> all.append(text(sheet)));
            assertThat(all.toString()).contains("8703.23.19").doesNotContain("87032319");
        }
        assertThat(page(id, "en")).contains(">8703.23.19<");
    }

    static final String UK_FERRO_MANGANESE = """
            {"clientId":null,"request":{"jurisdiction":"UK","date":"2021-01-01","currency":"GBP","incoterm":"CIF",
             "lines":[{"description":"ferro-manganese","tariffCode":"7202118000","value":1000,"quantity":2,"unit":"t",
                       "measures":{"duty":"2.7%"}}]}}""";

    /**
     * Issue 6 (t1small 1): the UK chain has no source for its rounding (UK.json: "roundingSource": "to confirm ..."); the screen
     * says "to confirm" beside the rule, and the worksheet's rounding column (PDF workings, XLSX sources sheet) must say it too,
     * in both languages.
     */
    @Test
    void aRoundingToConfirmIsMarkedOnTheWorksheetPdfAndXlsxInBothLanguages() throws Exception {
        String id = saveCalculation(UK_FERRO_MANGANESE).get("id").asString();
        String en = "not rounded, to confirm: no rounding rule sourced";
        String zh = "不進位，待確認：尚無捨入規定之依據";
        assertThat(worksheetPdf(id, "en").replaceAll("\\s+", " ")).contains(en);
        assertThat(worksheetPdf(id, "zh-TW").replaceAll("\\s+", "")).contains(zh);
        for (String[] lang : new String[][] {{"en", en}, {"zh-TW", zh}}) {
            try (XSSFWorkbook book = DocumentsTestSupport.read(worksheet(id, lang[0]))) {
                StringBuilder all = new StringBuilder();
                book.forEach(sheet -> all.append(text(sheet)));
                assertThat(all.toString()).as(lang[0]).contains(lang[1]);
            }
        }
    }
}
