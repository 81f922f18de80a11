package org.tradedesk.markets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9 minors on the real files of {@code ../shared/data/markets/}:
 * <ul>
 * <li>the quantity's unit travels from the import to the series (REST, page, XLSX). The legacy Comtrade extract gives
 * India's 2010 imports from China of HS 294110 as 10,040,228 with unit code 8 (kg, the file's reference list) and a value of
 * USD 262,339,530: unit value 262,339,530 ÷ 10,040,228 = 26.13 USD/kg. HS 4012 summed from its six-digit codes (the
 * four-digit row left out of the copy) mixes items (401211, 401213, 401219, 401220: unit 5 = u) and kilograms (401290: unit
 * 8): the units are named, nothing summed;</li>
 * <li>the Taiwan customs partial year 114年1月~114年7月(初步值) is "January–July (preliminary)" / 「1–7 月（初步）」 on the series
 * page, in its XLSX and in the report's sources, not a bare "Preliminary";</li>
 * <li>line numbers in import messages are never grouped ("Line 1234", 「第 1234 行」).</li>
 * </ul>
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class MarketsUnitsAndWordingTest {

    static final String LEGACY = "comtrade_legacy_IND_CHN_H3_2010.csv";
    static final String GA30 = "tw_customs_GA30_exports_HS8542_2013_2025.csv";

    @Autowired
    MockMvc mvc;

    static String text(String name) throws Exception {
        try (InputStream in = MarketsUnitsAndWordingTest.class.getResourceAsStream("/markets/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    String uploadJson(String name, String content, String language) throws Exception {
        return mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", name, "text/csv",
                content.getBytes(StandardCharsets.UTF_8))).header("Accept-Language", language)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long upload(String name, String content) throws Exception {
        return ((Number) JsonPath.read(uploadJson(name, content, "en"), "$.id")).longValue();
    }

    String page(String url, String language, String... params) throws Exception {
        var request = get(url).header("Accept-Language", language);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theQuantityCarriesItsUnitAndMixedUnitsAreNamedNotSummed() throws Exception {
        long id = upload(LEGACY, text(LEGACY));
        String series = "/api/v1/markets/datasets/" + id + "/series";
        mvc.perform(get(series).param("reporter", "IND").param("partner", "156").param("flow", "M").param("product", "294110")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points[0].quantity").value(10040228.0))
                .andExpect(jsonPath("$.points[0].quantityUnit").value("kg"))
                .andExpect(jsonPath("$.points[0].quantityUnitCode").value("kg"))
                .andExpect(jsonPath("$.points[0].unitValue").value(org.hamcrest.Matchers.closeTo(262339530.0 / 10040228, 1e-9)))
                .andExpect(jsonPath("$.points[0].unitValueUnit").value("USD/kg"))
                .andExpect(jsonPath("$.points[0].mixedUnits.length()").value(0));
        String html = "/markets/datasets/" + id + "/series";
        assertThat(page(html, "en", "reporter", "IND", "partner", "156", "flow", "M", "product", "294110"))
                .contains("10,040,228 kg").contains("26.13 USD/kg");
        byte[] xlsx = mvc.perform(get(html + ".xlsx").param("reporter", "IND").param("partner", "156").param("flow", "M")
                .param("product", "294110").header("Accept-Language", "zh-TW")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("單位");
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(10040228.0);
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("公斤"); // the unit in the reader's language
            assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isCloseTo(262339530.0 / 10040228, org.assertj.core.data.Offset.offset(1e-9));
        }

        // HS 4012 without its own row: summed from 401211/13/19/20 (u) and 401290 (kg) — the value sums, the quantity does not
        StringBuilder without = new StringBuilder();
        for (String line : text(LEGACY).split("\n", -1)) {
            if (!line.contains(",\"4012\",")) {
                without.append(line).append('\n');
            }
        }
        long mixed = upload("legacy-without-4012.csv", without.toString().replaceAll("\n+$", "\n"));
        mvc.perform(get("/api/v1/markets/datasets/" + mixed + "/series").param("reporter", "IND").param("partner", "156")
                        .param("flow", "M").param("product", "4012").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points[0].value").value(291.0 + 42845 + 972121 + 17999 + 946354))
                .andExpect(jsonPath("$.points[0].quantity").doesNotExist())
                .andExpect(jsonPath("$.points[0].unitValue").doesNotExist())
                .andExpect(jsonPath("$.points[0].mixedUnits[0]").value("kg"))
                .andExpect(jsonPath("$.points[0].mixedUnits[1]").value("units"))
                .andExpect(jsonPath("$.points[0].mixedUnitCodes[0]").value("kg"))
                .andExpect(jsonPath("$.points[0].mixedUnitCodes[1]").value("u"));
        String url = "/markets/datasets/" + mixed + "/series";
        assertThat(page(url, "en", "reporter", "IND", "partner", "156", "flow", "M", "product", "4012"))
                .contains("Mixed units (kg, units): not summed");
        assertThat(page(url, "zh-TW", "reporter", "IND", "partner", "156", "flow", "M", "product", "4012"))
                .contains("單位不一（公斤、個）：未加總");
    }

    @Test
    void aPartialYearIsWordedJanuaryToItsLastMonthOnThePageXlsxAndReport() throws Exception {
        long id = upload("ga30-wording.csv", text(GA30));
        String url = "/markets/datasets/" + id + "/series";
        String en = page(url, "en", "reporter", "TWN", "flow", "X", "product", "8542");
        assertThat(en).contains("January–July (preliminary)").contains("Preliminary or partial").doesNotContain(">Preliminary<")
                .doesNotContain("months 1–7");
        String zh = page(url, "zh-TW", "reporter", "TWN", "flow", "X", "product", "8542");
        assertThat(zh).contains("1–7 月（初步）").doesNotContain("1–7 月，初步值");
        assertThat(page("/markets/datasets/" + id, "en")).contains("2025 January–July (preliminary)").doesNotContain("2025-01..07");
        // zh-TW review: the dataset page words the source, never the reader's English name "Taiwan customs GA30" beside it
        assertThat(page("/markets/datasets/" + id, "zh-TW")).contains("2025 年 1–7 月（初步）").contains("關務署 GA30")
                .doesNotContain("Taiwan customs");
        byte[] xlsx = mvc.perform(get(url + ".xlsx").param("reporter", "TWN").param("flow", "X").param("product", "8542")
                .header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> flags = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() >= 2 && row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("2025")) {
                    flags.add(row.getCell(5).getStringCellValue());
                }
            }
            assertThat(flags).containsExactly("January–July (preliminary)");
        }
        // the report's sources: the dataset's preliminary periods worded
        String project = mvc.perform(post("/api/v1/markets/projects").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"GA30 wording","hsCodes":["8542"],"markets":["TWN","CHN"],"questions":["Partial year?"],"datasets":[%d]}"""
                        .formatted(id))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long projectId = ((Number) JsonPath.read(project, "$.id")).longValue();
        for (String[] l : new String[][] {{"en", "2025 January–July (preliminary)"}, {"zh-TW", "2025 年 1–7 月（初步）"}}) {
            byte[] report = mvc.perform(get("/api/v1/markets/projects/" + projectId + "/report.xlsx").param("lang", l[0]))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(report))) {
                Sheet sources = book.getSheetAt(1);
                assertThat(sources.getRow(1).getCell(11).getStringCellValue()).isEqualTo(l[1]);
            }
        }
    }

    @Test
    void lineNumbersAreNeverGroupedInRejectionsAndRefusals() throws Exception {
        String[] lines = text(LEGACY).split("\r?\n", -1);
        assertThat(lines[1233]).isEqualTo("2010,699,2,156,\"H3\",\"321000\",8,6618,6618,27979,6");
        lines[1233] = lines[1233].replace("27979", "12x");
        String bad = String.join("\n", lines);
        String en = uploadJson("legacy-line-1234.csv", bad, "en");
        List<String> messages = JsonPath.read(en, "$.rejections[*].reason");
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("Line 1234: ")).noneMatch(m -> m.contains("1,234"));
        long id = ((Number) JsonPath.read(en, "$.id")).longValue();
        String zh = mvc.perform(get("/api/v1/markets/datasets/" + id).header("Accept-Language", "zh-TW")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> zhMessages = JsonPath.read(zh, "$.rejections[*].reason");
        assertThat(zhMessages).anySatisfy(m -> assertThat(m).startsWith("第 1234 行：")).noneMatch(m -> m.contains("1,234"));
        assertThat(page("/markets/datasets/" + id, "zh-TW")).contains("第 1234 行：").doesNotContain("第 1,234 行");

        // a file cut off in its last row (no line end) is refused naming its line, ungrouped
        String cut = String.join("\n", java.util.Arrays.copyOf(text(LEGACY).split("\r?\n", -1), 8000)).replaceAll(",[0-9]+$", ",1");
        cut = cut.substring(0, cut.length() - 3);
        mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", "legacy-cut.csv", "text/csv",
                        cut.getBytes(StandardCharsets.UTF_8))).header("Accept-Language", "en"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(400, 422))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Line 8000")));
    }
}
