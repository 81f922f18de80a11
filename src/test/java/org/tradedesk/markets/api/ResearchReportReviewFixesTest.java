package org.tradedesk.markets.api;

import org.tradedesk.markets.MarketsTestFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.support.TestSmtp;

/**
 * Acceptance review r-t2b of the research report. (1) A project holding the real Taiwan customs GA30 file (its 2025
 * January–July is preliminary) had no PDF at all: the template called a Spring bean the PDF engine cannot resolve. The
 * report now renders in zh-TW and en with the preliminary year worded, and is mailed. (3) Rank reversals printed codes
 * ("KOR now ranks above CHN") where the scoring API names the markets. (4) A four-criterion scoring showed three criterion
 * columns (the supplier HHI missing) and wrapped "Australi / a". (5) The mail was signed with the login and had no
 * Reply-To; the report's "recorded by" was the login.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "chen", roles = "COORDINATOR")
class ResearchReportReviewFixesTest {

    static final int PORT = TestSmtp.freePort();

    @RegisterExtension
    static GreenMailExtension greenMail = TestSmtp.server(PORT);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestSmtp.sendTo(registry, PORT);
        // t2fixG: the office under the signature, in each language
        registry.add("tradedesk.office.name-zh-tw", () -> "台灣報關行");
        registry.add("tradedesk.office.name-en", () -> "Taiwan Customs Brokers");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    org.tradedesk.identity.UserAdministration users;

    @BeforeEach
    void coordinatorWithADisplayName() {
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", "x", "ROLE_ADMIN"));
        try {
            if (users.list().stream().noneMatch(u -> u.username().equals("chen"))) {
                users.create(new org.tradedesk.identity.NewUser("chen", "陳志明", java.util.Set.of(org.tradedesk.identity.Role.COORDINATOR),
                        "correct horse battery staple 42", "chen@desk.example.tw", "zh-TW"));
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    long upload(String resource, String name) throws Exception {
        return MarketsTestFiles.succeeded(mvc, MarketsTestFiles.importFile(mvc, name, MarketsTestFiles.resource(resource)));
    }

    long project(String body) throws Exception {
        return MarketsTestFiles.project(mvc, body);
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aProjectOnTheTaiwanGa30FileHasItsReportInBothLanguagesAndMailedSignedByTheCoordinator() throws Exception {
        String file = "tw_customs_GA30_exports_HS8542_2013_2025.big5.csv";
        long ga30 = upload("/markets/" + file, file);
        long id = project("""
                {"name":"TW","hsCodes":["8542"],"markets":["TWN","CHN"],"questions":["臺灣積體電路出口的趨勢？"],"datasets":[%d]}""".formatted(ga30));

        String zh = pdfText(mvc.perform(get("/api/v1/markets/projects/" + id + "/report.pdf").param("lang", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).replaceAll("\\s+", " ");
        assertThat(zh).contains("資料分析報告", "臺灣積體電路出口的趨勢？", file, "2025 年 1–7 月（初步）");
        String en = pdfText(mvc.perform(get("/api/v1/markets/projects/" + id + "/report.pdf").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).replaceAll("\\s+", " ");
        assertThat(en).contains("Data analysis report", "2025 January–July (preliminary)");
        // the page's route too (it showed the English exception inside the zh-TW error page)
        mvc.perform(get("/markets/projects/" + id + "/report.pdf").param("lang", "zh-TW")).andExpect(status().isOk());
        byte[] xlsx = mvc.perform(get("/api/v1/markets/projects/" + id + "/report.xlsx").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheet("Sources").getRow(1).getCell(11).getStringCellValue()).isEqualTo("2025 January–July (preliminary)");
        }

        greenMail.reset();
        mvc.perform(post("/api/v1/markets/projects/" + id + "/report/mail").contentType(MediaType.APPLICATION_JSON).content("""
                        {"recipients":[{"name":"王小明","email":"ming@example.com","language":"zh-TW"},
                                       {"name":"Jane Doe","email":"jane@example.com","language":"en"}]}"""))
                .andExpect(status().isOk());
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(2);
        for (MimeMessage m : received) {
            // answers go to the coordinator, by name; the body is signed with the display name, never the login
            assertThat(m.getReplyTo()).hasSize(1);
            InternetAddress replyTo = (InternetAddress) m.getReplyTo()[0];
            assertThat(replyTo.getAddress()).isEqualTo("chen@desk.example.tw");
            assertThat(replyTo.getPersonal()).isEqualTo("陳志明");
            Multipart parts = (Multipart) m.getContent();
            String body = null;
            byte[] pdf = null;
            for (int i = 0; i < parts.getCount(); i++) {
                Part part = parts.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    if (part.getFileName().endsWith(".pdf")) {
                        pdf = part.getInputStream().readAllBytes();
                    }
                } else if (body == null) {
                    body = text(part);
                }
            }
            assertThat(body).contains("陳志明").doesNotContain(" chen");
            // t2fixG: closed with the signature's lines (closing, name, office) as the clearance mails are, in the reader's language
            String recipient = ((InternetAddress) m.getAllRecipients()[0]).getAddress();
            if (recipient.equals("ming@example.com")) {
                assertThat(body.replace("\r\n", "\n").strip()).endsWith("PDF 與 XLSX）。\n\n陳志明 敬上\n台灣報關行");
            } else {
                assertThat(body.replace("\r\n", "\n").strip()).endsWith("(PDF and XLSX).\n\nKind regards,\n陳志明\nTaiwan Customs Brokers");
            }
            assertThat(pdfText(pdf).replaceAll("\\s+", " ")).containsAnyOf("2025 年 1–7 月（初步）", "2025 January–July (preliminary)");
        }
    }

    static String text(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart mp) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < mp.getCount(); i++) {
                out.append(text(mp.getBodyPart(i)));
            }
            return out.toString();
        }
        return "";
    }

    @Test
    void fourCriteriaEachHaveAColumnReversalsNameTheMarketsAndTheDecisionNamesWhoRecordedIt() throws Exception {
        long wine = upload("/markets/review/wine_legacy.csv", "wine_legacy.csv");
        long id = project("""
                {"name":"Wine","hsCodes":["220421"],"markets":["AUS","KOR","CHN"],"questions":["Where?"],"datasets":[%d]}""".formatted(wine));
        String scoring = """
                {"dataset":%d,"flow":"M","product":"220421",
                 "weights":{"DEMAND_SIZE":30,"DEMAND_GROWTH":30,"SUPPLIER_CONCENTRATION":20,"TARIFF":20},
                 "tariffs":{"AUS":0,"KOR":15,"CHN":14},"sensitivity":0.9}""".formatted(wine);
        String api = mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(scoring))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> reversals = JsonPath.read(api, "$.reversals");
        assertThat(reversals).as(api).isNotEmpty();
        mvc.perform(post("/api/v1/markets/projects/" + id + "/decisions").contentType(MediaType.APPLICATION_JSON).content("""
                        {"scoring":%s,"choices":[{"market":"AUS","reason":"largest"}]}""".formatted(scoring)))
                .andExpect(status().isCreated());

        String en = pdfText(mvc.perform(get("/api/v1/markets/projects/" + id + "/report.pdf").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        String flat = en.replaceAll("\\s+", " ");
        // each weighted criterion a column of the ranking table, the supplier HHI too; Australia never split inside the word
        assertThat(flat).contains("Supplier concentration (HHI)", "Demand size", "Demand growth", "Market access (tariff)");
        assertThat(en).doesNotContainPattern("Australi\\s*\\n\\s*a\\b");
        // the reversals as the scoring API words them: markets by name, never their codes
        for (String r : reversals) {
            assertThat(flat).contains(r.replaceAll("\\s+", " "));
        }
        assertThat(flat).doesNotContainPattern("(AUS|KOR|CHN) now ranks above");
        assertThat(flat).contains("by 陳志明").doesNotContain("by chen");

        String zhApi = mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "zh-TW")
                        .contentType(MediaType.APPLICATION_JSON).content(scoring))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> zhReversals = JsonPath.read(zhApi, "$.reversals");
        byte[] xlsx = mvc.perform(get("/api/v1/markets/projects/" + id + "/report.xlsx").param("lang", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = book.getSheet("評分");
            List<String> texts = new java.util.ArrayList<>();
            for (Row row : s) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING) {
                        texts.add(c.getStringCellValue());
                    }
                }
            }
            assertThat(texts).containsAll(zhReversals).contains("供應來源集中度（HHI）");
            assertThat(String.join("\n", texts)).doesNotContainPattern("(AUS|KOR|CHN)的排名升至");
            Row australia = null;
            for (Row row : s) {
                Cell c = row.getCell(1);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals("澳洲")) {
                    australia = row;
                }
            }
            assertThat(australia).isNotNull();
            // rank, market, score, then size, growth, HHI, tariff, the tariff's source and the code
            assertThat(australia.getCell(8).getStringCellValue()).isEqualTo("AUS");
            assertThat(australia.getCell(6).getNumericCellValue()).isCloseTo(0.0, within(1e-12));
            Sheet decision = book.getSheet("決策");
            boolean recorded = false;
            for (Row row : decision) {
                Cell c = row.getCell(0);
                recorded |= c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals("記錄者")
                        && row.getCell(1).getStringCellValue().equals("陳志明");
            }
            assertThat(recorded).isTrue();
        }
    }
}
