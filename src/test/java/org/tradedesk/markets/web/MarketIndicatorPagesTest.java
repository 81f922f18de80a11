package org.tradedesk.markets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
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
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/markets/" + PORTAL)) {
            bytes = in.readAllBytes();
        }
        String json = mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", PORTAL, "text/csv", bytes)))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
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
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("2019");
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(102102959980.0); // China 2019, from the file
            // China's 2024 share: 159,747,196,497 / (159,747,196,497 + 120,189,285,084 + 50,634,521,686)
            assertThat(sheet.getRow(7).getCell(7).getNumericCellValue())
                    .isCloseTo(159747196497.0 / (159747196497.0 + 120189285084.0 + 50634521686.0), org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
