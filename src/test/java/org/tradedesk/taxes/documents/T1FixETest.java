package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Re-review of issue 6 (T1), the findings fixed by t1fixE, through the API, the letter and the worksheet. */
class T1FixETest extends T1ReviewTestSupport {

    /** The letter's text as printed on its pages: what lies beyond a page's edge is not read (it is not seen either). */
    String letterOnPage(String id, String lang) throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/tax/calculations/saved/" + id + "/advice-letter.pdf").param("lang", lang)
                .with(COORDINATOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        StringBuilder all = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDFTextStripperByArea area = new PDFTextStripperByArea();
                area.addRegion("page", new Rectangle2D.Float(0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight()));
                area.extractRegions(page);
                all.append(area.getTextForRegion("page")).append('\n');
            }
        }
        return all.toString().replaceAll("\\s+", "");
    }

    JsonNode calculate(String body, int expected, String lang) throws Exception {
        String answer = mvc.perform(post("/api/v1/tax/calculations").with(COORDINATOR).header("Accept-Language", lang)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(answer);
    }

    static final String TW_SMALL = """
            {"request":{"jurisdiction":"TW","date":"2026-03-02","currency":"USD","incoterm":"FOB","exchangeRate":30.5,
             "freight":50,"insurance":5,
             "lines":[{"description":"porcelain tableware","tariffCode":"69111000003","origin":"JP","value":1000,"quantity":10,"unit":"kg"}]}}""";

    /**
     * Finding 1 (blocker): a trade promotion fee of 0 (not collected, 推廣貿易服務費收取辦法: NT$100 or less) put its long
     * explanation in the amount column, which is kept on one line: the amounts and the law of the other taxes and the total
     * ran off the page. By hand: customs value (關稅法 §29, FOB plus freight and insurance) USD 1,055 × 30.5 = NT$32,177.50;
     * import duty 7.5 % (the schedule's column I for 6911.10.00.00-3) = 2,413.31 → NT$2,413 (稅款解繳作業辦法 §5, whole
     * dollars); business tax 5 % × (32,177.50 + 2,413) = 1,729.53 → NT$1,729; fee 0.04 % = 12.87, not collected; total 4,142.
     */
    @Test
    void aFeeNotCollectedKeepsEveryColumnAndTheTotalOnThePage() throws Exception {
        String id = saveCalculation(TW_SMALL).get("id").asString();
        String zh = letterOnPage(id, "zh-TW");
        assertThat(zh).contains("2,413", "1,729", "4,142").contains("0（免收：依推廣貿易服務費收取辦法，費額在TWD100以下者免收）");
        String en = letterOnPage(id, "en");
        assertThat(en).contains("2,413", "1,729", "4,142").contains("notcollected:afeeofTWD100orlessisnotcollected,TradePromotionServiceFeeCollectionRegulations)");
    }

    /**
     * Finding 2: every letter shows how the invoice price becomes the customs value. Taiwan values on the CIF basis (關稅法
     * §29): the FOB price plus freight USD 50 × 30.5 = NT$1,525 and insurance USD 5 × 30.5 = NT$152.50; Australia on the FOB
     * basis (Customs Act 1901 s 159): an FOB price has nothing to deduct.
     */
    @Test
    void everyLetterShowsTheFreightAndInsuranceBetweenInvoiceAndCustomsValue() throws Exception {
        String id = saveCalculation(TW_SMALL).get("id").asString();
        assertThat(letterOnPage(id, "zh-TW")).contains("FOB價格加計運費TWD1,525").contains("及保險費TWD152.5");
        assertThat(letterOnPage(id, "en")).contains("theFOBpriceplusfreightTWD1,525").contains("andinsuranceTWD152.5");
        String au = saveCalculation("""
                {"request":{"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"porcelain tableware","tariffCode":"69111000","origin":"DE","value":20000,"netMassKg":800}]}}""")
                .get("id").asString();
        assertThat(letterOnPage(au, "en")).contains("theFOBprice,whichincludesneitherfreightnorinsurance:nothingdeducted");
        assertThat(letterOnPage(au, "zh-TW")).contains("FOB價格未含運費及保險費：無須減除");
    }

    /**
     * Finding 3: a tax not computed names the input the product has: the TW car's commodity tax rate (Measure overrides ›
     * Commodity tax rate), the AU car's LCT (none typed when not liable), never an input that does not exist.
     */
    @Test
    void aTaxNotComputedNamesAnInputTheProductHas() throws Exception {
        String tw = saveCalculation(T1AcceptanceReviewTest.WINE_AND_CAR).get("result").get("notComputed").toString();
        assertThat(tw).contains("稅率指定 › 貨物稅稅率").doesNotContain("請提供引擎排氣量");
        String au = saveCalculation("""
                {"request":{"jurisdiction":"AU","date":"2027-07-15","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"sedan","tariffCode":"87032390","origin":"DE","value":150000,"quantity":1}]}}""")
                .get("id").asString();
        assertThat(letterOnPage(au, "en")).contains("typenoneunderMeasureoverrides›LCTrate").doesNotContain("enterthethreshold");
        assertThat(letterOnPage(au, "zh-TW")).contains("稅率指定›豪華車稅（LCT）稅率").doesNotContain("請先補入");
    }

    /**
     * Finding 8: the 409 for approving an incomplete calculation ends its first sentence once (not 「。。」 or ".."); the
     * letter's saving follows 「。」 with no space.
     */
    @Test
    void noDoubleStopAndNoSpaceAfterAChineseStop() throws Exception {
        String id = saveCalculation(T1AcceptanceReviewTest.WINE_AND_CAR).get("id").asString();
        mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/submit").with(COORDINATOR)).andExpect(status().isOk());
        for (String lang : java.util.List.of("zh-TW", "en")) {
            String refused = mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/approve").with(MANAGER)
                            .header("Accept-Language", lang))
                    .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(refused).as(lang).doesNotContain("。。").doesNotContain("..").containsAnyOf("請先補齊", "Complete the data");
        }
        byte[] pdf = mvc.perform(get("/api/v1/tax/calculations/saved/" + id + "/advice-letter.pdf").param("lang", "zh-TW")
                .with(COORDINATOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String raw;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            raw = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertThat(raw).contains("節省").doesNotContain("。 較");
    }

    /** Finding 9: the TW letter says the §37 and §51 fines are not added up, only the heaviest applies (行政罰法 §24). */
    @Test
    void theTaiwanLetterSaysOnlyTheHeaviestFineApplies() throws Exception {
        String id = saveCalculation(T1AcceptanceReviewTest.WINE_AND_CAR).get("id").asString();
        assertThat(letterOnPage(id, "zh-TW")).contains("不予相加").contains("行政罰法§24第1項");
        assertThat(letterOnPage(id, "en")).contains("onlytheprovisionwiththeheaviestfineapplies").contains("art.24(1)");
    }

    /** Finding 7: the fee's rounding, whose source is to confirm, is marked so (the API's step, hence the outputs). */
    @Test
    void theFeeRoundingIsMarkedToConfirm() throws Exception {
        JsonNode result = calculate(TW_SMALL.substring(TW_SMALL.indexOf(":") + 1, TW_SMALL.lastIndexOf("}")), 200, "zh-TW");
        String fee = null;
        for (JsonNode step : result.get("steps")) {
            if (step.get("code").asString().equals("TRADE_PROMOTION_FEE")) {
                fee = step.toString();
            }
        }
        assertThat(fee).contains("待確認");
    }

    /** Finding 5: another jurisdiction's name of its list is refused as such, not kept as an unchecked typed option. */
    @Test
    void anotherJurisdictionsListNameIsRefused() throws Exception {
        String tw = """
                {"jurisdiction":"TW","date":"2026-03-02","currency":"TWD","incoterm":"CIF",
                 "lines":[{"description":"tableware","tariffCode":"69111000003","origin":"JP","value":100000,
                           "options":[{"scheme":"%s","duty":"0%%"}]}]}""";
        String au = """
                {"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"tableware","tariffCode":"69111000","origin":"DE","value":20000,
                           "options":[{"scheme":"%s","duty":"Free"}]}]}""";
        for (String body : java.util.List.of(tw.formatted("AUKFTA"), au.formatted("第二欄"), au.formatted("Column II"))) {
            JsonNode r = calculate(body, 400, "en");
            assertThat(r.get("errors").get(0).get("field").asString()).as(body).isEqualTo("lines[0].options[0].scheme");
        }
    }

    /** Finding 10: an origin of three letters is told what it must be, in the reader's language. */
    @Test
    void aWrongOriginSaysItMustBeTwoLetters() throws Exception {
        JsonNode r = calculate("""
                {"jurisdiction":"TW","date":"2026-03-02","currency":"TWD","incoterm":"CIF",
                 "lines":[{"description":"tableware","tariffCode":"69111000003","origin":"ZZZ","value":100000}]}""", 400, "zh-TW");
        assertThat(r.toString()).contains("須為兩個字母的 ISO 國家代碼").doesNotContain("格式不正確");
    }

    /** Finding 10: the Chinese AU letter says why the tariff descriptions are in English. */
    @Test
    void theChineseAustralianLetterSaysTheScheduleIsInEnglishOnly() throws Exception {
        String id = saveCalculation("""
                {"request":{"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"porcelain tableware","tariffCode":"69111000","origin":"DE","value":20000,"netMassKg":800}]}}""")
                .get("id").asString();
        assertThat(letterOnPage(id, "zh-TW")).contains("該表僅以英文公布");
        assertThat(letterOnPage(id, "en")).doesNotContain("inEnglishonly");
    }

    /** Finding 6: the worksheet's LCT threshold cell (a threshold to confirm, 2026-27) says so in its number format. */
    @Test
    void theWorksheetThresholdCellIsMarkedToConfirm() throws Exception {
        String id = saveCalculation("""
                {"request":{"jurisdiction":"AU","date":"2026-08-03","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"sedan","tariffCode":"87032390","origin":"DE","value":150000,"quantity":1}]}}""")
                .get("id").asString();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = DocumentsTestSupport.read(worksheet(id, "en"))) {
            int checked = 0;
            for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && cell.getStringCellValue().equals("Luxury car tax threshold")) {
                            org.apache.poi.ss.usermodel.Row data = sheet.getRow(row.getRowNum() + 1);
                            org.apache.poi.ss.usermodel.Cell value = data.getCell(cell.getColumnIndex());
                            assertThat(value.getNumericCellValue()).isEqualTo(80567d);
                            assertThat(value.getCellStyle().getDataFormatString()).contains("to confirm");
                            checked++;
                        }
                    }
                }
            }
            assertThat(checked).isPositive();
        }
    }
}
