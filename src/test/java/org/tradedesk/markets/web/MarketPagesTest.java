package org.tradedesk.markets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.markets.DatasetView;
import org.tradedesk.markets.MarketDatasets;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class MarketPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MarketDatasets markets;

    static byte[] file(String name) throws Exception {
        try (InputStream in = MarketPagesTest.class.getResourceAsStream("/markets/" + name)) {
            return in.readAllBytes();
        }
    }

    long uploadThroughThePageAndWait(String name) throws Exception {
        String location = mvc.perform(multipart("/markets/datasets").file(new MockMultipartFile("file", name, "text/csv", file(name)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D*(\\d+).*", "$1"));
        for (int i = 0; i < 300 && markets.dataset(id).running(); i++) {
            Thread.sleep(100);
        }
        return id;
    }

    @Test
    void theUploadRunsAsAJobWhoseProgressThePagePolls() throws Exception {
        long id = uploadThroughThePageAndWait("tw_customs_GA30_exports_HS8542_2013_2025.big5.csv");
        DatasetView d = markets.dataset(id);
        assertThat(d.status().name()).isEqualTo("SUCCEEDED");
        assertThat(d.ownerInstance()).isNotBlank();
        assertThat(d.heartbeatAt()).isNotNull();
        mvc.perform(get("/markets/datasets/" + id + "/progress").header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-status=\"SUCCEEDED\"")))
                .andExpect(content().string(containsString("Big5")))
                // the partial year worded, never the stored "2025-01..07" nor a bare "Preliminary" (issue 9 minor)
                .andExpect(content().string(containsString("2025 年 1–7 月（初步）")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("2025-01..07"))));
        mvc.perform(get("/markets").header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("tw_customs_GA30_exports_HS8542_2013_2025.big5.csv")))
                .andExpect(content().string(containsString("Taiwan customs GA30")));
    }

    @Test
    void theSeriesAndAnalysisPagesUseFullWidthBracketsAndTheWordedSourceInChinese() throws Exception {
        long id;
        String name = "tw_customs_GA30_exports_HS8542_2013_2025.csv";
        try (InputStream in = new ByteArrayInputStream(file(name))) {
            id = markets.importFile("ga30-punct.csv", in, null, "analyst", true).id();
        }
        String zh = mvc.perform(get("/markets/datasets/" + id + "/series").param("reporter", "TWN").param("flow", "X").param("product", "8542")
                .header("Accept-Language", "zh-TW")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).containsPattern("%（95% 信賴區間 -?[0-9.]+% – -?[0-9.]+%）").doesNotContain("% (95%")
                .contains("ga30-punct.csv（關務署 GA30）").doesNotContain("(Taiwan customs GA30)");
        String en = mvc.perform(get("/markets/datasets/" + id + "/series").param("reporter", "TWN").param("flow", "X").param("product", "8542")
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).containsPattern("% \\(95 ?% [^)]*\\)");
        String analysis = mvc.perform(get("/markets/datasets/" + id + "/analysis").param("reporter", "TWN").param("flow", "X")
                .param("product", "8542").param("method", "TREND").header("Accept-Language", "zh-TW")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(analysis).contains("ga30-punct.csv（關務署 GA30）");
    }

    @Test
    void aRefusedFileShowsItsReasonOnTheDatasetPage() throws Exception {
        long id = uploadThroughThePageAndWait("worldbank_macro_CHN_USA.csv");
        mvc.perform(get("/markets/datasets/" + id).header("Accept-Language", "zh-TW"))
                .andExpect(content().string(containsString("data-status=\"FAILED\"")))
                .andExpect(content().string(containsString("第 1 行：這不是本系統可讀的貿易統計檔")));
    }

    @Test
    void theSeriesPageCarriesTheChartDataAndTheTablesExportAsXlsx() throws Exception {
        long id;
        // one line end more than the API test's copy: another file (SHA-256), the same rows
        byte[] portal = file("comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv");
        byte[] longer = java.util.Arrays.copyOf(portal, portal.length + 2);
        longer[portal.length] = '\r';
        longer[portal.length + 1] = '\n';
        try (InputStream in = new ByteArrayInputStream(longer)) {
            id = markets.importFile("portal-pages.csv", in, null, "analyst", true).id();
        }
        String html = mvc.perform(get("/markets/datasets/" + id + "/series").param("reporter", "CHN").param("flow", "X")
                        .param("product", "8542").param("from", "2019").param("to", "2024").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"markets-chart\"")))
                .andExpect(content().string(containsString("/js/markets-series")))
                .andExpect(content().string(containsString("9.37%")))
                .andExpect(content().string(containsString("8.02%")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("&quot;low&quot;:[").doesNotContain("<script>");
        byte[] xlsx = mvc.perform(get("/markets/datasets/" + id + "/series.xlsx").param("reporter", "CHN").param("flow", "X")
                        .param("product", "8542").param("from", "2019").param("to", "2024").header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("序列");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("2019");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(102102959980.0);
        }
        mvc.perform(get("/markets/datasets/" + id + "/concentration").param("year", "2019").param("flow", "X").param("product", "8542")
                        .param("by", "reporter").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("China")));
        byte[] conc = mvc.perform(get("/markets/datasets/" + id + "/concentration.xlsx").param("year", "2019").param("flow", "X")
                .param("product", "8542").param("by", "reporter").header("Accept-Language", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(conc))) {
            assertThat(book.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("156");
            // review t2fixF: the flow worded, never its code ("Product 8542, 2019, X")
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Product 8542, 2019, Exports");
        }
    }
}
