package org.tradedesk.markets.api;

import org.tradedesk.markets.MarketsTestFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.markets.MarketDatasets;

/**
 * The T2 leftovers (issue 9, t2minor) through the API, pages and files, each seen failing before its fix. The constructed
 * legacy Comtrade file: China's imports of HS 8542 from the USA only (one partner), Korea's from the USA and Japan, 2019–2020,
 * quantities with Comtrade unit code 8 (kg).
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class T2LeftoversTest {

    static final String FILE = """
            Year,Reporter Code,Trade Flow Code,Partner Code,Classification,Commodity Code,Quantity Unit Code,Supplementary Quantity,Netweight (kg),Value,Estimation Code
            2019,156,1,0,"H5","8542",8,10,10,1000,0
            2019,156,1,842,"H5","8542",8,10,10,1000,0
            2020,156,1,0,"H5","8542",8,12,12,1200,0
            2020,156,1,842,"H5","8542",8,12,12,1200,0
            2019,410,1,0,"H5","8542",8,5,5,500,0
            2019,410,1,842,"H5","8542",8,3,3,300,0
            2019,410,1,392,"H5","8542",8,2,2,200,0
            2020,410,1,0,"H5","8542",8,6,6,600,0
            2020,410,1,842,"H5","8542",8,4,4,400,0
            2020,410,1,392,"H5","8542",8,2,2,200,0
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MarketDatasets markets;

    long upload(String name, String content) throws Exception {
        return MarketsTestFiles.importText(mvc, name, content);
    }

    String json(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** 1. Every unit in the reader's language under quantityUnit / unitValueUnit; the stored unit only as quantityUnitCode. */
    @Test
    void theUnitsAreWordedAndTheStoredCodeIsAFieldOfItsOwn() throws Exception {
        long id = upload("t2-leftovers.csv", FILE);
        String series = json(get("/api/v1/markets/datasets/" + id + "/series").param("reporter", "CHN").param("partner", "842")
                .param("flow", "M").param("product", "8542").header("Accept-Language", "zh-TW"));
        assertThat(JsonPath.<String>read(series, "$.points[0].quantityUnit")).isEqualTo("公斤");
        assertThat(JsonPath.<String>read(series, "$.points[0].quantityUnitCode")).isEqualTo("kg");
        assertThat(JsonPath.<String>read(series, "$.points[0].unitValueUnit")).isEqualTo("美元／公斤");
        assertThat(JsonPath.<List<Object>>read(series, "$.points[*].quantityUnitText")).isEmpty();
        String indicators = json(get("/api/v1/markets/datasets/" + id + "/indicators").param("product", "8542").param("flow", "M")
                .header("Accept-Language", "zh-TW"));
        String chn2019 = "$.rows[?(@.code == '156' && @.year == 2019)]";
        assertThat(JsonPath.<List<String>>read(indicators, chn2019 + ".quantityUnit")).containsExactly("公斤");
        assertThat(JsonPath.<List<String>>read(indicators, chn2019 + ".quantityUnitCode")).containsExactly("kg");
        assertThat(JsonPath.<List<String>>read(indicators, chn2019 + ".unitValueUnit")).containsExactly("美元／公斤");
        String en = json(get("/api/v1/markets/datasets/" + id + "/indicators").param("product", "8542").param("flow", "M")
                .header("Accept-Language", "en"));
        assertThat(JsonPath.<List<String>>read(en, chn2019 + ".unitValueUnit")).containsExactly("USD/kg");
        // the page in Chinese: no bare "kg"
        String page = mvc.perform(get("/markets/datasets/" + id + "/series").param("reporter", "CHN").param("partner", "842")
                .param("flow", "M").param("product", "8542").header("Accept-Language", "zh-TW")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("10 公斤", "100.00 美元／公斤").doesNotContain("10 kg", "USD/kg");
    }

    /** 3. A product summed from the codes beneath it is named, in the reader's language, with no schedule loaded. */
    @Test
    void theProductNoteNamesTheProductInTheReadersLanguage() throws Exception {
        long id = upload("t2-leftovers.csv", FILE);
        String zh = json(get("/api/v1/markets/datasets/" + id + "/series").param("reporter", "CHN").param("partner", "842")
                .param("flow", "M").param("product", "85").header("Accept-Language", "zh-TW"));
        assertThat(JsonPath.<String>read(zh, "$.productNote.text")).startsWith("檔案中沒有貨品 85（電機與設備及其零件）本身的資料")
                .doesNotContain("Electrical");
        String en = json(get("/api/v1/markets/datasets/" + id + "/series").param("reporter", "CHN").param("partner", "842")
                .param("flow", "M").param("product", "85").header("Accept-Language", "en"));
        assertThat(JsonPath.<String>read(en, "$.productNote.text")).contains("product 85 (Electrical machinery and equipment and parts thereof)");
    }

    long project(long dataset) throws Exception {
        return MarketsTestFiles.icProject(mvc, "IC imports", "\"CHN\",\"KOR\"", dataset);
    }

    /** 5. One partner: the XLSX, the analysis summary and the report print the API's note, not a blank normalised HHI. */
    @Test
    void theNormalisedHhiOfOnePartnerIsTheNoteEverywhere() throws Exception {
        long id = upload("t2-leftovers.csv", FILE);
        String note = "僅一個貿易夥伴時無定義";
        mvc.perform(get("/api/v1/markets/datasets/" + id + "/concentration").param("year", "2020").param("flow", "M")
                        .param("product", "8542").param("by", "partner").param("reporter", "CHN").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$.normalizedHhi").doesNotExist())
                .andExpect(jsonPath("$.normalizedHhiNote.text").value(org.hamcrest.Matchers.startsWith(note)));
        byte[] xlsx = mvc.perform(get("/markets/datasets/" + id + "/concentration.xlsx").param("year", "2020").param("flow", "M")
                        .param("product", "8542").param("by", "partner").param("reporter", "CHN").header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(cellBeside(xlsx, 0, "標準化赫芬達爾指數")).startsWith(note);
        // the analysis: its summary line and its XLSX
        String analysis = json(get("/api/v1/markets/datasets/" + id + "/analysis").param("method", "CONCENTRATION").param("reporter", "CHN")
                .param("flow", "M").param("product", "8542").param("year", "2020").param("by", "partner").header("Accept-Language", "zh-TW"));
        assertThat(JsonPath.<List<String>>read(analysis, "$.summary[?(@.code == 'markets.concentration.normalized')].shown").get(0))
                .contains(note);
        byte[] analysisXlsx = mvc.perform(get("/api/v1/markets/datasets/" + id + "/analysis.xlsx").param("method", "CONCENTRATION")
                        .param("reporter", "CHN").param("flow", "M").param("product", "8542").param("year", "2020").param("by", "partner")
                        .header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(cellBeside(analysisXlsx, 0, "標準化赫芬達爾指數")).startsWith(note);
        // the report: China's row of the markets sheet
        long project = project(id);
        mvc.perform(post("/api/v1/markets/projects/" + project + "/decisions").contentType(MediaType.APPLICATION_JSON).content("""
                        {"scoring":{"dataset":%d,"flow":"M","product":"8542","weights":{"DEMAND_SIZE":60,"TARIFF":40},
                          "tariffs":{"CHN":5,"KOR":8}},"choices":[{"market":"CHN","reason":"largest"}]}""".formatted(id)))
                .andExpect(status().isCreated());
        byte[] report = mvc.perform(get("/api/v1/markets/projects/" + project + "/report.xlsx").param("lang", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            Sheet sheet = book.getSheet("各市場數字");
            assertThat(sheet).as("the report's markets sheet").isNotNull();
            String shown = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && row.getCell(0).getStringCellValue().equals("中國")) {
                    shown = row.getCell(3) == null ? null : row.getCell(3).toString();
                }
            }
            assertThat(shown).as("China's normalised HHI in the report's markets sheet").contains(note);
        }
    }

    /** The string in the cell right of the first cell reading {@code label} in sheet {@code sheet}; null when not a string. */
    static String cellBeside(byte[] xlsx, int sheet, String label) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(sheet)) {
                var first = row.getCell(0);
                if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && first.getStringCellValue().equals(label)) {
                    var next = row.getCell(1);
                    return next != null && next.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? next.getStringCellValue() : null;
                }
            }
        }
        throw new AssertionError("no row " + label);
    }

    /** 4. Exports are supply: a weight named in a problem, and the reversals, in the words of exports. */
    @Test
    void theWeightsOfAnExportScoringAreLabelledForExports() throws Exception {
        long id = upload("t2-leftovers.csv", FILE);
        long project = project(id);
        mvc.perform(post("/api/v1/markets/projects/" + project + "/scoring").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "zh-TW").content("""
                                {"dataset":%d,"flow":"X","product":"8542","weights":{"DEMAND_SIZE":-1}}""".formatted(id)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weights.DEMAND_SIZE"))
                .andExpect(jsonPath("$.errors[0].label").value("權重：出口規模（供給）"));
        mvc.perform(post("/api/v1/markets/projects/" + project + "/scoring").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content("""
                                {"dataset":%d,"flow":"X","product":"8542","weights":{"DEMAND_SIZE":-1}}""".formatted(id)))
                .andExpect(jsonPath("$.errors[0].label").value("Weight of Export size (supply)"));
        // the reversals of a scoring, worded (their criterion by its label for the flow), beside the stored machine form.
        // By hand (two markets: each criterion normalises to 0 and 1): China the larger (size 1), Korea the lower tariff
        // (1); weights 60/40 give China 0.6, Korea 0.4. Sensitivity 0.4: size × 0.6 gives 36 against 40, Korea above
        // China — the one reversal; size × 1.4 (84/40), tariff × 0.6 (60/24) and tariff × 1.4 (60/56) keep China first.
        String scoring = mvc.perform(post("/api/v1/markets/projects/" + project + "/scoring").contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "zh-TW").content("""
                                {"dataset":%d,"flow":"M","product":"8542","weights":{"DEMAND_SIZE":60,"TARIFF":40},
                                 "tariffs":{"CHN":9,"KOR":1},"sensitivity":0.4}""".formatted(id)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> stored = JsonPath.read(scoring, "$.figures.reversals");
        List<String> worded = JsonPath.read(scoring, "$.reversals");
        assertThat(stored).containsExactly("DEMAND_SIZE ×0.6: KOR > CHN");
        // review T2: the markets by name (the stored machine form keeps the codes)
        assertThat(worded).containsExactly("需求規模，權重 × 0.6：南韓的排名升至中國之上");
    }

    /** 6. An import that failed before t2minor kept the exception's English text: read in the reader's language without it. */
    @Test
    void anOldFailedImportIsReadInTheReadersLanguage() throws Exception {
        long id = upload("t2-old-failure.csv", FILE.replace(",1200,0", "," + (1200 + System.nanoTime() % 1000) + ",0"));
        jdbc.update("update markets_dataset set status = 'FAILED', message_code = 'markets.import.failed', "
                + "message = 'IllegalStateException: DuckDB append failed', message_line = null where id = ?", id);
        String zh = json(get("/api/v1/markets/datasets/" + id).header("Accept-Language", "zh-TW"));
        assertThat(JsonPath.<String>read(zh, "$.failure"))
                .isEqualTo("匯入因錯誤而中止，未儲存任何資料。請重新匯入檔案；若再次失敗，請將匯入編號 " + id + " 告知管理員。");
        String page = mvc.perform(get("/markets/datasets/" + id).header("Accept-Language", "zh-TW")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("匯入因錯誤而中止").doesNotContain("IllegalStateException", "DuckDB append");
        String en = json(get("/api/v1/markets/datasets/" + id).header("Accept-Language", "en"));
        assertThat(JsonPath.<String>read(en, "$.failure")).contains("import number " + id).doesNotContain("IllegalStateException");
    }

    /** 6. From now on a failure is stored as its code and arguments, never an English sentence, and read in either language. */
    @Test
    void aFailureIsStoredAsItsCodeAndArguments() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/markets/worldbank_macro_CHN_USA.csv")) {
            bytes = in.readAllBytes();
        }
        String location = mvc.perform(multipart("/markets/datasets").file(new MockMultipartFile("file", "wb.csv", "text/csv", bytes))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D*(\\d+).*", "$1"));
        for (int i = 0; i < 300 && markets.dataset(id).running(); i++) {
            Thread.sleep(100);
        }
        assertThat(markets.dataset(id).status().name()).isEqualTo("FAILED");
        var stored = jdbc.queryForMap("select message_code, message, message_args from markets_dataset where id = ?", id);
        assertThat(stored.get("message_code")).isEqualTo("markets.import.not-trade-statistics");
        assertThat(stored.get("message")).isNull();
        assertThat((String) stored.get("message_args")).startsWith("[1,");
        String zh = json(get("/api/v1/markets/datasets/" + id).header("Accept-Language", "zh-TW"));
        assertThat(JsonPath.<String>read(zh, "$.failure")).startsWith("第 1 行：這不是本系統可讀的貿易統計檔");
    }
}
