package org.tradedesk.markets.api;

import org.tradedesk.markets.MarketsTestFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.support.TestSmtp;

/**
 * The data analysis report (O2.3.1, P2.3.2) of a project on the real Comtrade portal file, with shared analyses and
 * comments (P2.2.3, P2.2.4), read back as PDF text and XLSX cells, and sent by e-mail in each recipient's language
 * (P2.3.3, GreenMail). Expected figures: the data README's trend growth 2019–2024 (CHN 8.02 %, KOR 6.61 %, USA 3.19 %),
 * numpy's scores (CHN 1.0, KOR 0.53852, USA 0.15 with weights 40/40/20 and tariffs 0/8/2 %) and statsmodels' ITS level
 * change for CHN at 2020 (0.39513884470468774), recorded in annual_regressions.py.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class ResearchReportApiTest {

    static final int PORT = TestSmtp.freePort();

    @RegisterExtension
    static GreenMailExtension greenMail = TestSmtp.server(PORT);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestSmtp.sendTo(registry, PORT);
    }

    static final String PORTAL = "comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long dataset() throws Exception {
        return MarketsTestFiles.importResource(mvc, PORTAL);
    }

    long project(long dataset) throws Exception {
        String json = mvc.perform(post("/api/v1/markets/projects").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"IC exports 積體電路","hsCodes":["8542"],"markets":["CHN","KOR","USA"],
                         "questions":["Which market grows fastest?"],"datasets":[%d]}""".formatted(dataset)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long project = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(post("/api/v1/markets/projects/" + project + "/decisions").contentType(MediaType.APPLICATION_JSON).content("""
                        {"scoring":{"dataset":%d,"flow":"X","product":"8542","from":2019,"to":2024,
                          "weights":{"DEMAND_SIZE":40,"DEMAND_GROWTH":40,"TARIFF":20},"tariffs":{"CHN":0,"KOR":8,"USA":2},"sensitivity":0.2},
                         "choices":[{"market":"KOR","reason":"distributor already signed"}]}""".formatted(dataset)))
                .andExpect(status().isCreated());
        return project;
    }

    long share(long project, long dataset, String parameters, String title) throws Exception {
        String json = mvc.perform(post("/api/v1/markets/projects/" + project + "/analyses").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dataset\":%d,\"parameters\":%s,\"title\":\"%s\",\"finding\":\"level rose after 2020\"}"
                                .formatted(dataset, parameters, title)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void theReportHoldsSourcesTrendsCauseAndEffectScoringAndTheDecisionInBothFormatsAndLanguages() throws Exception {
        long dataset = dataset();
        long project = project(dataset);
        long its = share(project, dataset, """
                {"method":"INTERVENTION","reporter":"CHN","partner":"0","flow":"X","product":"8542","frequency":"A","at":"2020"}""",
                "CHN before/after 2020");
        share(project, dataset, """
                {"method":"TREND","reporter":"USA","partner":"0","flow":"X","product":"8542","frequency":"A","from":"2013"}""", "USA trend");
        mvc.perform(post("/api/v1/markets/projects/" + project + "/analyses/" + its + "/comments").with(u("bob"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"同期有疫情，不能歸因於關稅\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.author").value("bob"))
                .andExpect(jsonPath("$.createdAt").exists());
        mvc.perform(get("/api/v1/markets/projects/" + project + "/analyses/" + its))
                .andExpect(jsonPath("$.comments[0].author").value("bob"))
                .andExpect(jsonPath("$.sharedBy").value("analyst"));
        String sha = jdbc.queryForObject("select sha256 from markets_dataset where id = ?", String.class, dataset);

        // PDF, zh-TW: every font embedded, the Chinese extractable, the charts drawn in as images
        byte[] pdf = mvc.perform(get("/api/v1/markets/projects/" + project + "/report.pdf").param("lang", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("資料分析報告", "IC exports 積體電路", "資料來源", sha, "候選市場的趨勢", "因果分析",
                    "只顯示關聯，不代表因果", "CHN before/after 2020", "同期有疫情，不能歸因於關稅", "bob", "決策與理由",
                    "distributor already signed", "決策檢核");
            // the README's trend growth 2019–2024, as the decision's figures (8.02 %, 6.61 %, 3.19 %)
            assertThat(text).contains("8.02 %", "6.61 %", "3.19 %");
            // review M3: no raw ISO instants (2026-12-06T16:50:00.977654Z) in the sources block
            assertThat(text).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
            // review T2: the report's own times (generated, imported, shared, commented, decided) in the desk's zone as every page
            // prints a time, named in the reader's language — never "UTC"
            assertThat(text).doesNotContain("UTC").containsPattern("產生時間 \\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}（臺北時間）")
                    .containsPattern("匯入時間 \\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}（臺北時間）")
                    .containsPattern("決策時間：\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}（臺北時間）。");
            // the project's markets by name in the heading (中國、南韓、美國), not CHN, KOR, USA
            assertThat(text).contains("中國、南韓、美國").doesNotContain("CHN, KOR, USA");
            // numpy's scores
            assertThat(text).contains("0.5385", "0.1500");
            // review F7: markets by their names (section 3, the scoring table, the decision check), the export size in 美元
            assertThat(text).contains("中國", "南韓", "美國", "159,747,196,497 美元").doesNotContain("選擇了市場 KOR", "之 CHN 分數", "CHN 之關稅");
            int images = 0;
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont font = res.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
                for (COSName name : res.getXObjectNames()) {
                    if (res.getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            // three market trends and two shared analyses, each with its chart
            assertThat(images).isEqualTo(5);
        }
        byte[] pdfEn = mvc.perform(get("/api/v1/markets/projects/" + project + "/report.pdf").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdfEn)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Data analysis report", "association, not causation", "Level change at the change", "Decision check")
                    .containsPattern("Generated \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\(Taipei time\\)").doesNotContain("UTC");
        }

        // XLSX, en: read back the figures
        byte[] xlsx = mvc.perform(get("/api/v1/markets/projects/" + project + "/report.xlsx").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sources = book.getSheet("Sources");
            assertThat(sources.getRow(1).getCell(3).getStringCellValue()).isEqualTo(sha);
            // review M3: the import time as the report prints times, not the raw ISO instant; review T2: in the desk's zone, named
            assertThat(sources.getRow(1).getCell(4).getStringCellValue())
                    .matches("\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\(Taipei time\\)");
            assertThat(sources.getRow(1).getCell(1).getStringCellValue()).isEqualTo(PORTAL);
            Sheet trends = book.getSheet("Trends");
            // review T2: the market column names the market in the reader's language; its code in a column of its own
            assertThat(row(trends, "China").getCell(1).getNumericCellValue()).isCloseTo(0.0802, within(0.00005));
            assertThat(row(trends, "Rep. of Korea").getCell(1).getNumericCellValue()).isCloseTo(0.0661, within(0.00005));
            assertThat(trends.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Market code");
            assertThat(row(trends, "China").getCell(6).getStringCellValue()).isEqualTo("CHN");
            assertThat(row(trends, "CHN", 6).getCell(0).getStringCellValue()).isEqualTo("China");
            assertThat(book.getSheet("Trend China")).isNotNull();
            assertThat(row(trends, "United States").getCell(1).getNumericCellValue()).isCloseTo(0.0319, within(0.00005));
            Sheet scoring = book.getSheet("Scoring");
            assertThat(row(scoring, "Rep. of Korea", 1).getCell(2).getNumericCellValue()).isCloseTo(0.5385162864, within(1e-9));
            assertThat(row(scoring, "Rep. of Korea", 1).getCell(7).getStringCellValue()).isEqualTo("KOR");
            assertThat(row(scoring, "United States", 1).getCell(2).getNumericCellValue()).isCloseTo(0.15, within(1e-9));
            Sheet analysis = book.getSheet("Analysis 1");
            assertThat(row(analysis, "Level change at the change").getCell(1).getNumericCellValue())
                    .isCloseTo(0.39513884470468774, within(1e-9));
            Sheet decision = book.getSheet("Decision");
            assertThat(row(decision, "Rep. of Korea").getCell(1).getStringCellValue()).isEqualTo("distributor already signed");
            assertThat(row(decision, "Rep. of Korea").getCell(2).getStringCellValue()).isEqualTo("KOR");
            assertThat(row(decision, "Decided").getCell(1).getStringCellValue()).endsWith("(Taipei time)");
            assertThat(book.getSheet("Comments")).isNotNull();
            assertThat(row(book.getSheet("Comments"), "CHN before/after 2020", 0)).isNotNull();
        }
        mvc.perform(get("/api/v1/markets/projects/" + project + "/report.xlsx").param("lang", "fr").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lang"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Language is not valid: it must be zh-TW or en")));
    }

    @Test
    void theReportIsSentToNamedRecipientsInTheirLanguagesAndRecordedOnTheProject() throws Exception {
        long dataset = dataset();
        long project = project(dataset);
        mvc.perform(post("/api/v1/markets/projects/" + project + "/report/mail").contentType(MediaType.APPLICATION_JSON).content("""
                        {"recipients":[{"name":"王小明","email":"ming@example.com","language":"zh-TW"},
                                       {"name":"Jane Doe","email":"jane@example.com","language":"en"}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        MimeMessage[] received = greenMail.getReceivedMessages();
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : received) {
            subjects.add(m.getSubject());
            List<String> attachments = new ArrayList<>();
            byte[] pdf = null;
            Multipart parts = (Multipart) m.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                Part part = parts.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    attachments.add(part.getFileName());
                    if (part.getFileName().endsWith(".pdf")) {
                        pdf = part.getInputStream().readAllBytes();
                    }
                }
            }
            assertThat(attachments).hasSize(2);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc);
                if (m.getAllRecipients()[0].toString().contains("ming")) {
                    assertThat(text).contains("資料分析報告");
                } else {
                    assertThat(text).contains("Data analysis report");
                }
            }
        }
        assertThat(subjects).containsExactlyInAnyOrder("資料分析報告：IC exports 積體電路", "Data analysis report: IC exports 積體電路");
        mvc.perform(get("/api/v1/markets/projects/" + project + "/report/sent"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[*].recipientName").value(org.hamcrest.Matchers.hasItems("王小明", "Jane Doe")))
                .andExpect(jsonPath("$[*].language").value(org.hamcrest.Matchers.hasItems("zh-TW", "en")))
                .andExpect(jsonPath("$[0].sentBy").value("analyst"));
        // a bad address or language: 400 and nothing sent or recorded
        mvc.perform(post("/api/v1/markets/projects/" + project + "/report/mail").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"recipients\":[{\"name\":\"X\",\"email\":\"not an address\",\"language\":\"en\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not an address")));
        mvc.perform(post("/api/v1/markets/projects/" + project + "/report/mail").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recipients\":[{\"name\":\"X\",\"email\":\"x@example.com\",\"language\":\"de\"}]}"))
                .andExpect(status().isBadRequest());
        assertThat(greenMail.getReceivedMessages()).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from markets_report_sent where project_id = ?", Integer.class, project)).isEqualTo(2);

        // the same from the project page's form: a bad address comes back at its field, a good one is sent and listed
        mvc.perform(post("/markets/projects/" + project + "/report/mail").with(csrf()).header("Accept-Language", "en")
                        .param("name", "Li Wei").param("email", "li at example").param("language", "zh-TW"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"mail-email-error\"")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("value=\"Li Wei\"")));
        mvc.perform(post("/markets/projects/" + project + "/report/mail").with(csrf())
                        .param("name", "Li Wei").param("email", "li@example.com").param("language", "zh-TW"))
                .andExpect(status().is3xxRedirection());
        assertThat(greenMail.getReceivedMessages()).hasSize(3);
        assertThat(greenMail.getReceivedMessages()[2].getSubject()).startsWith("資料分析報告");
        mvc.perform(get("/markets/projects/" + project).header("Accept-Language", "en"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.matchesPattern("(?s).*id=\"markets-report-sent\".*Li Wei.*li@example\\.com.*繁體中文.*")));
        mvc.perform(get("/markets/projects/" + project + "/report.pdf").param("lang", "zh-TW"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType(MediaType.APPLICATION_PDF));
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor u(String name) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(name).roles("COORDINATOR");
    }

    static Row row(Sheet sheet, String label) {
        return row(sheet, label, 0);
    }

    static Row row(Sheet sheet, String label, int column) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }
}
