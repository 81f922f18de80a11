package org.tradedesk.markets.web;

import org.tradedesk.markets.MarketsTestFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 9: the market indicators' table on its page (both languages) and its XLSX read back, on the real portal file. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class MarketIndicatorPagesTest {

    static final String PORTAL = "comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv";

    @Autowired
    MockMvc mvc;

    long upload() throws Exception {
        return MarketsTestFiles.importResource(mvc, PORTAL);
    }

    /**
     * t2fixD item 9: RCA over the top-level codes of a file without TOTAL rows (as complementarity refuses for) is shown
     * with a visible warning, in both languages; a dataset of one product keeps its plain "not computable" note.
     */
    @Test
    void rcaOverTopLevelCodesWithoutTotalRowsIsShownWithAWarning() throws Exception {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/markets/" + PORTAL)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] lines = text.split("\r?\n");
        StringBuilder two = new StringBuilder(text.endsWith("\n") ? text : text + "\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                two.append(lines[i].replace("\"8542\",\"Electronic integrated circuits\"", "\"8541\",\"Diodes, transistors\"")).append("\n");
            }
        }
        byte[] bytes = two.toString().getBytes(StandardCharsets.UTF_8);
        String json = mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", "two-products.csv", "text/csv", bytes)))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        for (int i = 0; i < 200; i++) {
            String d = mvc.perform(get("/api/v1/markets/datasets/" + id)).andReturn().getResponse().getContentAsString();
            if (!"QUEUED".equals(JsonPath.read(d, "$.status")) && !"RUNNING".equals(JsonPath.read(d, "$.status"))) {
                break;
            }
            Thread.sleep(100);
        }
        for (String lang : List.of("en", "zh-TW")) {
            String html = mvc.perform(get("/markets/datasets/" + id + "/indicators").param("product", "8542").param("flow", "X")
                            .param("from", "2019").param("to", "2024").header("Accept-Language", lang))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            org.jsoup.nodes.Element basis = Jsoup.parse(html).getElementById("markets-indicators-rca-basis");
            assertThat(basis.hasClass("alert-warning")).isTrue();
            assertThat(basis.text()).contains(lang.equals("en") ? "no TOTAL rows" : "沒有全部產品總計");
        }
    }

    @Test
    void theDatasetPageOffersTheIndicatorsAndTheirPageShowsTheTableInBothLanguages() throws Exception {
        long id = upload();
        String datasetPage = mvc.perform(get("/markets/datasets/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(datasetPage).getElementById("markets-indicators-form")).isNotNull();

        String en = mvc.perform(get("/markets/datasets/" + id + "/indicators").param("product", "8542").param("flow", "X")
                        .param("from", "2019").param("to", "2024").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(en);
        assertThat(page.select("#markets-indicators tbody tr")).hasSize(18); // 3 markets × 6 years
        assertThat(page.select("#markets-indicators-growth tbody tr").first().text()).contains("China (156)", "9.37%", "8.02%");
        // the RCA cell is a dash whose title says why
        assertThat(page.select("#markets-indicators tbody tr").first().select("td").get(7).text()).isEqualTo("—");
        assertThat(page.select("#markets-indicators tbody tr").first().select("td").get(7).attr("title")).contains("only this product");
        assertThat(page.getElementById("markets-indicators-rca-basis").text()).contains("RCA not computable");

        String zh = mvc.perform(get("/markets/datasets/" + id + "/indicators").param("product", "8542").param("flow", "X")
                        .param("from", "2019").param("to", "2024").header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document zhPage = Jsoup.parse(zh);
        assertThat(zhPage.select("#markets-indicators thead").text()).contains("市場占有率", "顯示性比較利益");
        assertThat(zhPage.select("#markets-indicators-growth tbody tr").first().text()).contains("中國", "9.37%");
    }

    @Test
    void theXlsxHoldsTheValuesAndTheGrowth() throws Exception {
        long id = upload();
        byte[] xlsx = mvc.perform(get("/markets/datasets/" + id + "/indicators.xlsx").param("product", "8542").param("flow", "X")
                        .param("from", "2019").param("to", "2024").header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("指標");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2019.0);
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(102102959980.0); // China 2019, from the file
            // China's 2024 share: 159,747,196,497 / (159,747,196,497 + 120,189,285,084 + 50,634,521,686)
            assertThat(sheet.getRow(7).getCell(7).getNumericCellValue())
                    .isCloseTo(159747196497.0 / (159747196497.0 + 120189285084.0 + 50634521686.0), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    /** t2ind: the partner's figures on the page and in the XLSX, from the constructed file (figures as in MarketIndicatorApiTest). */
    @Test
    void thePartnerFiguresAreShownAndExported() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/markets/indicators/partner_wits_legacy.csv")) {
            bytes = in.readAllBytes();
        }
        String json = mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", "partner_wits_legacy.csv",
                "text/csv", bytes))).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        String zh = mvc.perform(get("/markets/datasets/" + id + "/indicators").param("product", "8542").param("flow", "M")
                        .param("partner", "490").header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(zh);
        assertThat(page.select("#markets-indicators thead").text()).contains("夥伴占比", "貿易密集度", "貿易互補性");
        assertThat(page.getElementById("markets-indicators-partner").val()).isEqualTo("490");
        // t2names: the partner by its name in the reader's language, the code in brackets
        assertThat(page.getElementById("markets-indicators-partner-basis").text()).contains("以夥伴 臺灣（其他亞洲，未列名）（490） 計算");
        String en = mvc.perform(get("/markets/datasets/" + id + "/indicators").param("product", "8542").param("flow", "M")
                        .param("partner", "490").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(en).getElementById("markets-indicators-partner-basis").text())
                .contains("against partner Taiwan (Other Asia, nes) (490);");
        // rows: China (156), Korea (410), the USA (842), then Taiwan's mirror row; Korea: 100 / 400 = 25.00 %, intensity
        // (WITS: the world = all reporters with World rows) 0.25 / ((100 + 20) / (400 + 200 + 600)) = 2.500
        var korea = page.select("#markets-indicators tbody tr").get(1).select("td");
        assertThat(korea.get(0).text()).contains("410");
        assertThat(korea.get(9).text()).isEqualTo("25.00%");
        assertThat(korea.get(10).text()).isEqualTo("2.500");
        // China has no row with Taiwan: a dash whose title gives the reason in Chinese
        var china = page.select("#markets-indicators tbody tr").get(0).select("td");
        assertThat(china.get(9).text()).isEqualTo("—");
        assertThat(china.get(9).attr("title")).contains("缺列不視為零");
        assertThat(page.select("#markets-indicators-xlsx").attr("href")).contains("partner=490");

        byte[] xlsx = mvc.perform(get("/markets/datasets/" + id + "/indicators.xlsx").param("product", "8542").param("flow", "M")
                        .param("partner", "842").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(12).getStringCellValue()).isEqualTo("Complementarity");
            // Korea (second data row): its imports by chapter 500 / 500 against the USA's exports 700 / 300: 80
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).contains("410");
            assertThat(sheet.getRow(3).getCell(12).getNumericCellValue()).isCloseTo(80.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(sheet.getRow(3).getCell(10).getNumericCellValue()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
        }
    }
}
