package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;

/** O4.3.1 and O4.4.1 read back: the PDF's text in Chinese and English, the XLSX figures with POI. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceIssueReportsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    org.tradedesk.clearance.ClearanceTransactions transactions;
    @Autowired
    org.tradedesk.platform.MessageTexts texts;

    @Test
    void evaluationAndSolutionReportsInBothLanguages() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("寶島食品有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        String json = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).content("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","arrivalDate":"2026-03-02"}""".formatted(clientId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long fileId = ((Number) JsonPath.read(json, "$.id")).longValue();
        String issues = "/api/v1/clearance/transactions/" + fileId + "/issues";
        json = mvc.perform(post(issues).contentType(MediaType.APPLICATION_JSON).content("""
                {"description":"產地證明未隨貨提供","implications":"無法適用優惠稅率","likelihood":3,"impact":4,"owner":"王小明"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String issue = issues + "/" + JsonPath.read(json, "$.id");
        String alt = """
                {"kind":"%s","benefits":"%s","costAmount":%s,"costCurrency":"TWD","legalRequirements":"%s",
                 "risks":"查驗延誤","riskManagement":"事先申請","likelihood":%d,"impact":2}""";
        mvc.perform(post(issue + "/alternatives").contentType(MediaType.APPLICATION_JSON)
                .content(alt.formatted("MFN", "立即放行", "12500.00", "關稅法 第2條", 1))).andExpect(status().isCreated());
        json = mvc.perform(post(issue + "/alternatives").contentType(MediaType.APPLICATION_JSON)
                .content(alt.formatted("BONDED_STORAGE", "保留優惠機會", "3250.50", "關稅法 第58條", 2)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

        mvc.perform(get(issue + "/solution.pdf")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.report.no-choice"));

        String zh = pdfText(mvc.perform(get(issue + "/evaluation.pdf").header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        // TWD in whole NT$ where the amount is whole, its cents where it has them (t4fixW: 「TWD 12,500.00」)
        assertThat(zh).contains("替代方案評估報告", "產地證明未隨貨提供", "保稅倉儲", "保留優惠機會", "關稅法 第58條", "TWD 3,250.50", "TWD 12,500")
                .doesNotContain("12,500.00");
        assertThat(zh.indexOf("保稅倉儲")).as("the cheaper alternative ranks first").isLessThan(zh.indexOf("最惠國"));
        String en = pdfText(mvc.perform(get(issue + "/evaluation.pdf").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(en).contains("Evaluation of alternative solutions", "Bonded storage", "MFN duty", "TWD 12,500").doesNotContain("12,500.00");
        // the file's history says the costs as the reports do (t4fixW: 「新增替代方案 … TWD 12,500.00」)
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        java.util.List<String> historyZh = transactions.history(org.tradedesk.clearance.TransactionId.of(fileId)).stream()
                .map(h -> texts.render(h.what(), java.util.Locale.TAIWAN)).toList();
        assertThat(historyZh).anyMatch(h -> h.contains("TWD 12,500")).anyMatch(h -> h.contains("TWD 3,250.50"))
                .noneMatch(h -> h.contains("12,500.00"));

        long bonded = ((Number) JsonPath.read(json, "$.alternatives[0].id")).longValue();
        // confirmed after the issue was raised (an earlier confirmation is refused: issue 8 item 4)
        java.time.Instant confirmed = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        assertThat((String) JsonPath.read(json, "$.alternatives[0].kind")).isEqualTo("BONDED_STORAGE");
        mvc.perform(post(issue + "/choice").contentType(MediaType.APPLICATION_JSON).content("""
                {"alternativeId":%d,"version":%d,"reasons":"成本最低且保留優惠","regulationReferences":"關稅法 第58條",
                 "confirmedBy":"陳經理","confirmedAt":"%s"}""".formatted(bonded, (Integer) JsonPath.read(json, "$.version"), confirmed)))
                .andExpect(status().isOk());

        String solution = pdfText(mvc.perform(get(issue + "/solution.pdf").header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        // the instant shown in Taipei time (UTC+8)
        String confirmedInTaipei = java.time.LocalDateTime.ofInstant(confirmed, java.time.ZoneId.of("Asia/Taipei"))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss"));
        assertThat(solution).contains("解決方案報告", "成本最低且保留優惠", "陳經理", confirmedInTaipei + "（臺北時間）").doesNotContain("立即放行");

        byte[] xlsx = mvc.perform(get(issue + "/evaluation.xlsx").header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("替代方案");
            Row first = null;
            Row second = null;
            for (Row row : sheet) {
                if (first == null && row.getCell(1) != null && "保稅倉儲".equals(row.getCell(1).toString())) {
                    first = row;
                }
                if (row.getCell(1) != null && "一般（最惠國）稅率".equals(row.getCell(1).toString())) {
                    second = row;
                }
            }
            assertThat(first).isNotNull();
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(3250.50);
            assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(4.0);
            assertThat(second.getCell(0).getNumericCellValue()).isEqualTo(2.0);
            assertThat(second.getCell(2).getNumericCellValue()).isEqualTo(12500.00);
            // the cells' formats (t4fixW): a whole TWD cost whole, one with cents to the cent
            assertThat(second.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        }
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
