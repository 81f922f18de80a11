package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The T1 acceptance review's remaining findings on the reader's language: Taiwan's column II list is named 「第二欄」 /
 * "column II" (not TW_COLUMN_II) wherever a reason cites it, a Free duty reads 免稅 in Chinese, the worksheet's
 * per-shipment taxes go by their names, and the item page marks NZ and SG as the eligibility page does (confirmed).
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class T1ReviewReadersLanguageTest {

    static final RequestPostProcessor COORDINATOR = user("carol").roles("COORDINATOR");

    static final String NZ_WINE = """
            {"clientId":null,"request":{"jurisdiction":"TW","date":"2026-12-01","currency":"USD","incoterm":"CIF","exchangeRate":31.5,
             "lines":[{"description":"Sauvignon Blanc 750 ml x 1200","tariffCode":"22042100100","origin":"NZ","value":9000,
                       "quantity":1200,"litres":900,"alcoholByVolume":13}]}}""";

    static final String GB_CAR = """
            {"clientId":null,"request":{"jurisdiction":"AU","date":"2023-05-30","currency":"AUD","incoterm":"FOB",
             "lines":[{"description":"sedan","tariffCode":"87032390","origin":"GB","value":50000,"quantity":1}]}}""";

    @Autowired
    TariffCatalogue catalogue;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @BeforeAll
    void importBundledSchedules() throws InterruptedException {
        org.tradedesk.support.BundledTariffs.importAndAwait(catalogue, Jurisdiction.TW);
        org.tradedesk.support.BundledTariffs.importAndAwait(catalogue, Jurisdiction.AU);
    }

    @Test
    void theColumnTwoListIsNamedInTheReadersLanguageInThePageTheLetterAndTheWorksheet() throws Exception {
        String id = save(NZ_WINE);
        String page = org.jsoup.Jsoup.parse(page(id, "zh-TW")).text();
        assertThat(page).contains("第二欄").doesNotContain("TW_COLUMN_II");
        String zh = DocumentsTestSupport.pdfText(mvc.perform(get("/api/v1/tax/calculations/saved/" + id + "/advice-letter.pdf")
                .param("lang", "zh-TW").with(COORDINATOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(zh).contains("第二欄").doesNotContain("TW_COLUMN_II");
        String en = DocumentsTestSupport.pdfText(mvc.perform(get("/api/v1/tax/calculations/saved/" + id + "/advice-letter.pdf")
                .param("lang", "en").with(COORDINATOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(en).contains("column II").doesNotContain("TW_COLUMN_II");
        byte[] xlsx = mvc.perform(get("/api/v1/tax/calculations/saved/" + id + "/worksheet.xlsx").param("lang", "zh-TW").with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = DocumentsTestSupport.read(xlsx)) {
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

    private String page(String id, String lang) throws Exception {
        return mvc.perform(get("/taxes/calculations/" + id).with(COORDINATOR).header("Accept-Language", lang))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String save(String body) throws Exception {
        String saved = mvc.perform(post("/api/v1/tax/calculations/saved").with(COORDINATOR)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(saved).get("id").asString();
    }

    private static String text(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        for (Row row : sheet) {
            row.forEach(c -> all.append(c.toString()).append('\n'));
        }
        return all.toString();
    }
}
