package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The T1 acceptance review's remaining findings on the reader's language: Taiwan's column II list is named 「第二欄」 /
 * "column II" (not TW_COLUMN_II) wherever a reason cites it, a Free duty reads 免稅 in Chinese, the worksheet's
 * per-shipment taxes go by their names, and the item page marks NZ and SG as the eligibility page does (confirmed).
 */
class T1ReviewReadersLanguageTest extends T1ReviewTestSupport {

    static final String NZ_WINE = """
            {"clientId":null,"request":{"jurisdiction":"TW","date":"2026-12-01","currency":"USD","incoterm":"CIF","exchangeRate":31.5,
             "lines":[{"description":"Sauvignon Blanc 750 ml x 1200","tariffCode":"22042100100","origin":"NZ","value":9000,
                       "quantity":1200,"litres":900,"alcoholByVolume":13}]}}""";

    static final String GB_CAR = """
            {"clientId":null,"request":{"jurisdiction":"AU","date":"2023-05-30","currency":"AUD","incoterm":"FOB",
             "lines":[{"description":"sedan","tariffCode":"87032390","origin":"GB","value":50000,"quantity":1}]}}""";

    @Test
    void theColumnTwoListIsNamedInTheReadersLanguageInThePageTheLetterAndTheWorksheet() throws Exception {
        String id = save(NZ_WINE);
        String page = org.jsoup.Jsoup.parse(page(id, "zh-TW")).text();
        assertThat(page).contains("第二欄").doesNotContain("TW_COLUMN_II");
        String zh = letter(id, "zh-TW");
        assertThat(zh).contains("第二欄").doesNotContain("TW_COLUMN_II");
        String en = letter(id, "en");
        assertThat(en).contains("column II").doesNotContain("TW_COLUMN_II");
        try (XSSFWorkbook book = DocumentsTestSupport.read(worksheet(id, "zh-TW"))) {
            StringBuilder all = new StringBuilder();
            for (Sheet sheet : book) {
                all.append(text(sheet));
                for (Row row : sheet) {
                    var a = row.getCell(0);
                    if (a != null && a.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        assertThat(a.getStringCellValue()).as(sheet.getSheetName() + " column A")
                                .doesNotMatch("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|BUSINESS_TAX|LOW_VALUE");
                    }
                }
            }
            assertThat(all.toString()).contains("第二欄").doesNotContain("TW_COLUMN_II");
        }
    }

    @Test
    void aNicaraguanOriginIsRefusedColumnTwoInTheReadersLanguage() throws Exception {
        String id = save(NZ_WINE.replace("\"origin\":\"NZ\"", "\"origin\":\"NI\""));
        String zh = org.jsoup.Jsoup.parse(page(id, "zh-TW")).text();
        assertThat(zh).contains("尼加拉瓜", "第二欄").doesNotContain("TW_COLUMN_II");
        assertThat(org.jsoup.Jsoup.parse(page(id, "en")).text()).contains("column II").doesNotContain("TW_COLUMN_II");
    }

    @Test
    void aFreeDutyReadsMianShuiInChinese() throws Exception {
        String id = save(GB_CAR);
        String page = page(id, "zh-TW");
        String refused = page.substring(page.indexOf("id=\"refused-options-table\""));
        refused = refused.substring(0, refused.indexOf("</table>"));
        assertThat(refused).contains("data-scheme=\"CPTPP\"", "data-scheme=\"A-UKFTA\"", "免稅").doesNotContain(">Free<");
        assertThat(page(id, "en")).contains(">Free<");
    }

    @Test
    void theItemPageMarksColumnTwoPartnersAsTheEligibilityPageDoes() throws Exception {
        String item = mvc.perform(get("/tariff/TW/items/87032390005").param("lang", "en").with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(item).contains("New Zealand", "Singapore")
                .doesNotContain("New Zealand (to confirm)", "Singapore (to confirm)");
        String lists = mvc.perform(get("/tariff/eligibility").param("lang", "en").with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(lists).contains("TW column II", "Legal source:").doesNotContain("TW TW_COLUMN_II", "Legal source</span>：");
        String zh = mvc.perform(get("/tariff/eligibility").param("lang", "zh-TW").with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).contains("TW 第二欄", "法源：");
    }

    private String save(String body) throws Exception {
        return saveCalculation(body).get("id").asString();
    }
}
