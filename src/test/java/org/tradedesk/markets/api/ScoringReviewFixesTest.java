package org.tradedesk.markets.api;

import org.tradedesk.markets.MarketsTestFiles;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Acceptance review of T2 (market research): weights the page dropped or overflowed, message codes and request field names in
 * errors, years grouped like amounts, partner names in English. On the real Comtrade portal file (HS 8542 exports, CHN/KOR/USA).
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class ScoringReviewFixesTest {

    static final String PORTAL = "comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv";

    @Autowired
    MockMvc mvc;

    long dataset() throws Exception {
        return MarketsTestFiles.importResource(mvc, PORTAL);
    }

    /** Constructed fixture (made up by the reviewer, see review/SOURCE.md): AUS/KOR/CHN wine imports by partner. */
    long wine() throws Exception {
        return MarketsTestFiles.importFile(mvc, "wine_legacy.csv", MarketsTestFiles.resource("/markets/review/wine_legacy.csv"));
    }

    long project(long dataset) throws Exception {
        return MarketsTestFiles.icExports(mvc, dataset);
    }

    @Test
    void thePageRefusesANegativeOrHugeWeightAtItsFieldAndShowsTheWeightsUsed() throws Exception {
        long dataset = dataset();
        long id = project(dataset);
        // review 1: w_DEMAND_SIZE=-5 was dropped (size weight 0) and the markets ranked without a word
        mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "zh-TW").param("dataset", String.valueOf(dataset))
                        .param("flow", "X").param("from", "2013").param("to", "2024").param("sensitivity", "0.2")
                        .param("w_DEMAND_SIZE", "-5").param("w_DEMAND_GROWTH", "40").param("tariff_CHN", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"markets-ranking\""))))
                .andExpect(content().string(matchesPattern("(?s).*class=\"form-control is-invalid\" id=\"w_DEMAND_SIZE\".*")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*id=\"markets-field-error\">權重：出口規模（供給）不正確：權重不可為負數[^<]*（收到「-5」）。</div>.*")));
        // 1e308 twice: the sum overflowed, every score was 0 with 200
        mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "en").param("dataset", String.valueOf(dataset))
                        .param("flow", "X").param("w_DEMAND_SIZE", "1e308").param("w_DEMAND_GROWTH", "1e308"))
                .andExpect(content().string(not(containsString("id=\"markets-ranking\""))))
                .andExpect(content().string(containsString("Weight of Export size (supply) is not valid: a weight must be between 0 and 1,000,000")));
        // a good request shows the weights as typed and as used (share of their sum)
        mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "en").param("dataset", String.valueOf(dataset))
                        .param("flow", "X").param("w_DEMAND_SIZE", "30").param("w_DEMAND_GROWTH", "10"))
                .andExpect(content().string(containsString("id=\"markets-weights-used\"")))
                .andExpect(content().string(matchesPattern("(?s).*data-criterion=\"DEMAND_SIZE\">\\s*<td>Export size \\(supply\\)</td>\\s*<td class=\"text-end\">30.0</td>\\s*<td class=\"text-end\">75.00%</td>.*")));
        // review 3: a year typed with a letter names the field by its label and says what is wrong
        mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "zh-TW").param("dataset", String.valueOf(dataset))
                        .param("flow", "X").param("from", "20l3"))
                .andExpect(content().string(containsString("起始年不正確：須為整數（只含數字）（收到「20l3」）。")))
                .andExpect(content().string(not(containsString("from 不正確"))));
        mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "zh-TW").param("dataset", String.valueOf(dataset))
                        .param("flow", "X").param("sensitivity", "abc"))
                .andExpect(content().string(containsString("敏感度（權重變動幅度）不正確：須為數字（收到「abc」）。")));
    }

    @Test
    void restScoringErrorsNameTheFieldsLabelAndSayWhatIsWrong() throws Exception {
        long dataset = dataset();
        long id = project(dataset);
        // review 2: "Market USA has no value for markets.stats.criterion.tariff."
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"flow":"X","product":"8542","from":2013,"to":2024,
                                 "weights":{"DEMAND_SIZE":40,"DEMAND_GROWTH":40,"TARIFF":20},"tariffs":{"CHN":0,"KOR":8}}""".formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("USA")))
                .andExpect(jsonPath("$.detail").value(containsString("Market access (tariff)")))
                .andExpect(jsonPath("$.detail").value(not(containsString("markets.stats"))));
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"flow":"X","weights":{"DEMAND_SIZE":40,"TARIFF":20},"tariffs":{"CHN":0,"KOR":8}}""".formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("市場進入（關稅）")));
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"flow":"X","weights":{"DEMAND_SIZE":-5,"DEMAND_GROWTH":40}}""".formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weights.DEMAND_SIZE"))
                .andExpect(jsonPath("$.errors[0].label").value("權重：出口規模（供給）")) // exports: supply (t2minor)
                .andExpect(jsonPath("$.detail").value(containsString("權重不可為負數")))
                .andExpect(jsonPath("$.detail").value(containsString("「-5」")));
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"flow":"X","weights":{"FOO":5}}""".formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weights.FOO"))
                .andExpect(jsonPath("$.detail").value(containsString("it is not a scoring criterion; the criteria are DEMAND_SIZE")));
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":99999,"flow":"X"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].label").value("資料集"))
                .andExpect(jsonPath("$.detail").value(containsString("不是本專案的資料集（本專案的資料集：" + dataset + "）")))
                .andExpect(jsonPath("$.detail").value(containsString("「99999」")));
        // review 3: a series year that is no number, or too long for one, is named by its label and says what is wrong
        mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/series").header("Accept-Language", "zh-TW")
                        .param("reporter", "CHN").param("flow", "X").param("product", "8542").param("from", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.detail").value("起始年不正確：須為整數（只含數字）（收到「abc」）。"));
        mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/series").header("Accept-Language", "zh-TW")
                        .param("reporter", "CHN").param("flow", "X").param("product", "8542").param("from", "99999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("起始年不正確：須為 1900 至 2100 之間的年份（收到「99999999999」）。"));
        // review 4: ids are never grouped
        mvc.perform(get("/api/v1/markets/datasets/99999").header("Accept-Language", "zh-TW"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("資料集 99999 不存在。"));
    }

    @Test
    void restProjectErrorsSayWhyAndConcentrationNamesPartnersInTheReadersLanguage() throws Exception {
        long dataset = dataset();
        mvc.perform(post("/api/v1/markets/projects").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"IC","hsCodes":["8542"],"markets":["CHN","CHN"],"questions":["Where?"],"datasets":[%d]}""".formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("markets"))
                .andExpect(jsonPath("$.errors[0].label").value("候選市場"))
                .andExpect(jsonPath("$.detail").value("候選市場不正確：須至少有兩個不同的候選市場（收到「CHN, CHN」）。"));
        mvc.perform(post("/api/v1/markets/projects").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"IC","hsCodes":["8542"],"markets":["CHN","KOR"],"questions":[],"datasets":[%d]}""".formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].label").value("研究問題"))
                .andExpect(jsonPath("$.detail").value(not(containsString("「0」"))))
                .andExpect(jsonPath("$.detail").value(containsString("收到 0 項")));
        // review 7 and 10: Australia's partners (France 205,180,894 and USA 136,787,263 in 2023), named in the reader's language,
        // not every reporter's partners summed with Australia itself listed as one
        long wine = wine();
        mvc.perform(get("/api/v1/markets/datasets/" + wine + "/concentration").header("Accept-Language", "zh-TW")
                        .param("year", "2023").param("flow", "M").param("product", "220421").param("by", "partner").param("reporter", "AUS"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shares.length()").value(2))
                .andExpect(jsonPath("$.shares[?(@.code=='251')].name").value(org.hamcrest.Matchers.contains("法國")))
                .andExpect(jsonPath("$.shares[?(@.code=='842')].name").value(org.hamcrest.Matchers.contains("美國")));
        mvc.perform(get("/markets/datasets/" + wine + "/concentration").header("Accept-Language", "zh-TW")
                        .param("year", "2023").param("flow", "M").param("product", "220421").param("by", "partner").param("reporter", "AUS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("205,180,894")))
                .andExpect(content().string(not(containsString("澳洲"))))
                .andExpect(content().string(not(containsString("2,023"))));
    }

    /**
     * Review 4, 6, 7, 8: the zh-TW report printed "2,023 年", the source as "(COMTRADE_LEGACY, UTF-8)", the value unit as a code,
     * partners in English ("France", "USA") and "計價基礎 ，" for a file without a valuation basis.
     */
    @Test
    void theChineseReportWordsSourcesUnitsAndPartnersAndNeverGroupsYears() throws Exception {
        long wine = wine();
        String json = mvc.perform(post("/api/v1/markets/projects").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Wine","hsCodes":["220421"],"markets":["AUS","KOR","CHN"],"questions":["Where?"],"datasets":[%d]}"""
                        .formatted(wine)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        byte[] pdf = mvc.perform(get("/markets/projects/" + id + "/report.pdf").param("lang", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        org.assertj.core.api.Assertions.assertThat(text)
                .doesNotContain("2,023").doesNotContain("2,018").doesNotContain("COMTRADE_").doesNotContain("France")
                .doesNotContain("計價基礎 ，").doesNotContain("， ，")
                .contains("聯合國 Comtrade（舊版）（檔案編碼").contains("檔案未載明").contains("法國").contains("2023 年")
                .contains("資料分析報告：Wine").doesNotContain("資料分析報告: Wine") // review 11: full-width colon
                .contains("本專案尚無決策").doesNotContain("依最近一次決策"); // review 14: no decision, none claimed
        byte[] xlsx = mvc.perform(get("/markets/projects/" + id + "/report.xlsx").param("lang", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        StringBuilder cells = new StringBuilder();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|'))));
        }
        org.assertj.core.api.Assertions.assertThat(cells.toString()).doesNotContain("COMTRADE_").doesNotContain("|France|")
                .contains("|法國|").contains("檔案未載明");
        // review 12: on the values-by-year sheet the year is a number (as on the other sheets) and the value is grouped
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet years = book.getSheet("逐年數值");
            org.apache.poi.ss.usermodel.Row first = null;
            for (org.apache.poi.ss.usermodel.Row row : years) {
                if (row.getCell(1) != null && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        && row.getCell(1).getNumericCellValue() == 2023) {
                    first = row;
                    break;
                }
            }
            org.assertj.core.api.Assertions.assertThat(first).as("a numeric year 2023 on the values-by-year sheet").isNotNull();
            org.assertj.core.api.Assertions.assertThat(first.getCell(2).getCellStyle().getDataFormatString()).contains("#,##0");
        }
    }
}
