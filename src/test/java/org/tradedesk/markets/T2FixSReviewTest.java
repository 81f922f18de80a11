package org.tradedesk.markets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * t2fixS, the acceptance review of issue 9: the series page says why a series is empty as the API does (MINOR 3), the report
 * says who typed a tariff (MINOR 9), the dataset page's status label has a full-width colon in Chinese (MINOR 8).
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class T2FixSReviewTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ResearchReports reports;

    long dataset() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/markets/comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv")) {
            bytes = in.readAllBytes();
        }
        String json = mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", "portal.csv", "text/csv", bytes)))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void theSeriesPageSaysTheReporterOrProductIsNotInTheDataset() throws Exception {
        long id = dataset();
        String page = mvc.perform(get("/markets/datasets/" + id + "/series").header("Accept-Language", "en").param("reporter", "DEU")
                        .param("product", "8542").param("flow", "X"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("The dataset has no reporter DEU").doesNotContain("No trend: fewer than 4 full years");
        String product = mvc.perform(get("/markets/datasets/" + id + "/series").header("Accept-Language", "zh-TW").param("reporter", "CHN")
                        .param("product", "99999").param("flow", "X"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(product).contains("資料集中沒有產品 99999").doesNotContain("無趨勢");
        // a series with points is as before: its trend shown
        String held = mvc.perform(get("/markets/datasets/" + id + "/series").header("Accept-Language", "en").param("reporter", "CHN")
                        .param("product", "8542").param("flow", "X"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(held).doesNotContain("markets-series-empty").contains("markets-trend");
        // MINOR 8: the heading's code in full-width brackets in Chinese
        String zhHeld = mvc.perform(get("/markets/datasets/" + id + "/series").header("Accept-Language", "zh-TW").param("reporter", "CHN")
                        .param("product", "8542").param("flow", "X"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(zhHeld).contains("中國（CHN）").doesNotContain("中國 (CHN)");
    }

    @Test
    void theCandidateMarketsAreListedWithTheReadersSeparator() throws Exception {
        long dataset = dataset();
        long id = projects.create("IC", java.util.List.of("8542"), java.util.List.of("CHN", "KOR", "USA"), java.util.List.of("Which market?"),
                java.util.List.of(dataset), "analyst").id();
        String body = """
                {"dataset":%d,"flow":"X","weights":{"DEMAND_SIZE":50,"TARIFF":50},"tariffs":{"CHN":0,"KOR":0,"USA":0,"JPN":1}}""".formatted(dataset);
        String zh = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/markets/projects/" + id + "/scoring")
                        .header("Accept-Language", "zh-TW").contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).contains("CHN、KOR、USA").doesNotContain("CHN, KOR, USA");
        String en = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/markets/projects/" + id + "/scoring")
                        .header("Accept-Language", "en").contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("CHN, KOR, USA");
    }

    @Test
    void theReportSaysWhoTypedTheTariff() {
        ResearchProjects.MarketLine typed = new ResearchProjects.MarketLine("CHN", 1, 1.0, 2024, null, null, null, null, null, null, null,
                5.0, "TYPED_BY_USER", "coordinator");
        assertThat(reports.tariffProvenance(typed, Locale.ENGLISH, new HashSet<>())).isEqualTo("typed by coordinator");
        assertThat(reports.tariffProvenance(typed, Locale.TAIWAN, new HashSet<>())).isEqualTo("使用者 coordinator 輸入");
        ResearchProjects.MarketLine reasoned = new ResearchProjects.MarketLine("CHN", 1, 1.0, 2024, null, null, null, null, null, null, null,
                5.0, "TYPED_BY_USER", "coordinator: MFN rate of the 2025 schedule");
        assertThat(reports.tariffProvenance(reasoned, Locale.TAIWAN, new HashSet<>())).isEqualTo("使用者 coordinator 輸入：MFN rate of the 2025 schedule");
    }

    @Autowired
    ResearchProjects projects;

    @Test
    void aRateThatIsNoNumberIsRefusedOnceNotAlsoAsMissing() throws Exception {
        long dataset = dataset();
        long id = projects.create("IC", java.util.List.of("8542"), java.util.List.of("CHN", "KOR", "USA"), java.util.List.of("Which market?"),
                java.util.List.of(dataset), "analyst").id();
        String page = mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "en").param("dataset", String.valueOf(dataset))
                        .param("flow", "X").param("w_TARIFF", "20").param("w_DEMAND_SIZE", "40").param("tariff_CHN", "abc")
                        .param("tariff_KOR", "8").param("tariff_USA", "2"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("abc").doesNotContain("China (CHN) is not valid: the market has no value");
        String zh = mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "zh-TW").param("dataset", String.valueOf(dataset))
                        .param("flow", "X").param("w_TARIFF", "20").param("w_DEMAND_SIZE", "40").param("tariff_CHN", "abc")
                        .param("tariff_KOR", "8").param("tariff_USA", "2"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).contains("「abc」").doesNotContain("。；中國").doesNotContain("該市場沒有");
    }

    @Test
    void aBlankCommentIsNamedByItsLabelAndAStartAfterTheEndSaysSo() throws Exception {
        long dataset = dataset();
        long project = projects.create("IC", java.util.List.of("8542"), java.util.List.of("CHN", "KOR", "USA"),
                java.util.List.of("Which market?"), java.util.List.of(dataset), "analyst").id();
        String shared = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/markets/projects/" + project + "/analyses")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("""
                                {"dataset":%d,"parameters":{"method":"TREND","reporter":"USA","partner":"0","flow":"X","product":"8542","frequency":"A"},
                                 "title":"USA trend"}""".formatted(dataset)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long analysis = ((Number) JsonPath.read(shared, "$.id")).longValue();
        String zh = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/markets/projects/" + project
                                + "/analyses/" + analysis + "/comments").header("Accept-Language", "zh-TW")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"body\":\"  \"}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(zh, "$.detail")).isEqualTo("評論不正確：必須填寫。");
        String from = mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/series").header("Accept-Language", "zh-TW").param("reporter", "CHN")
                        .param("product", "8542").param("flow", "Z").param("from", "2024").param("to", "2013"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(from).contains("貿易流向（進口 M／出口 X）不正確").contains("起始年不正確：起始年晚於結束年 2013（收到「2024」）")
                .doesNotContain("參數 ").doesNotContain("2024 > 2013");
    }

    @Test
    void theAnalysisWorkbookSheetIsNamedInTheReadersLanguage() throws Exception {
        long id = dataset();
        for (String[] c : new String[][] {{"zh-TW", "分析"}, {"en", "Analysis"}}) {
            byte[] xlsx = mvc.perform(get("/api/v1/markets/datasets/" + id + "/analysis.xlsx").header("Accept-Language", c[0])
                            .param("method", "TREND").param("reporter", "CHN").param("partner", "0").param("flow", "X").param("product", "8542")
                            .param("frequency", "A"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
                assertThat(book.getSheetName(0)).isEqualTo(c[1]);
            }
        }
    }

    @Test
    void theDatasetPageStatusLabelHasAFullWidthColonInChinese() throws Exception {
        long id = dataset();
        String page = mvc.perform(get("/markets/datasets/" + id).header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("狀態：").doesNotContain("狀態</strong>:");
    }
}
