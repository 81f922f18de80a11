package org.tradedesk.taxes.web;

import org.tradedesk.clients.ClientId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.taxes.TaxCalculations;

/**
 * Batch upload: CSV and XLSX invoices come back as the worksheet; malformed rows are reported with
 * their row number and column and nothing is saved. The two-line invoice is the BMW X5 of
 * TW-TCDA-107-JIAN-72 split in two lines of NT$700,000 and NT$42,492 at the same rates; the
 * published figures (duty 129,936 + commodity tax 261,728 + business tax 56,707 + fee 296 =
 * 448,667) survive the per-line truncation: duty 122,500 + 7,436.1 → 7,436 = 129,936; commodity
 * tax 246,750 + 14,978.4 → 14,978 = 261,728; business tax (a shipment step) 5 % of 1,134,156 =
 * 56,707.8 → 56,707; fee 0.04 % of 742,492 = 296.99 → 296: 448,667.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BatchPageTest {

    static final RequestPostProcessor COORDINATOR = user("carol").roles("COORDINATOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    TaxCalculations calculations;

    static MockMultipartHttpServletRequestBuilder upload(String name, byte[] content, String clientId) {
        return upload(name, content, clientId, "en");
    }

    static MockMultipartHttpServletRequestBuilder upload(String name, byte[] content, String clientId, String lang) {
        MockMultipartHttpServletRequestBuilder b = multipart("/taxes/batch").file(new MockMultipartFile("file", name, "text/csv", content));
        b.with(csrf()).with(COORDINATOR).param("clientId", clientId).param("jurisdiction", "TW").param("date", "2018-03-01")
                .param("currency", "TWD").param("incoterm", "CIF").param("exchangeRate", "1").param("allocation", "VALUE")
                .param("lang", lang);
        return b;
    }

    static final String GOOD = """
            description,tariffCode,origin,value,measures
            "BMW X5, body",8703.23,US,700000,duty=17.5%; commodityTax=30%
            BMW X5 accessories,8703.23,US,42492,duty=17.5%; commodityTax=30%
            """;

    @Test
    void aValueThatIsNotANumberIsOneErrorNamingTheRowAndTheColumnLabel() throws Exception {
        String file = GOOD.replace("700000", "abc");
        String html = mvc.perform(upload("invoice.csv", file.getBytes(StandardCharsets.UTF_8), ""))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // seen: "not a number" and then "must not be null" for the same cell
        org.jsoup.select.Elements problems = org.jsoup.Jsoup.parse(html).select("li.batch-problem");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).attr("data-row")).isEqualTo("2");
        assertThat(problems.get(0).text()).startsWith("Row 2, Value: ").contains("abc");
        String zh = mvc.perform(upload("invoice.csv", file.getBytes(StandardCharsets.UTF_8), "", "zh-TW"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.jsoup.select.Elements zhProblems = org.jsoup.Jsoup.parse(zh).select("li.batch-problem");
        assertThat(zhProblems).hasSize(1);
        assertThat(zhProblems.get(0).text()).startsWith("第 2 列，").contains("abc");
    }

    @Test
    void aCsvInvoiceComesBackAsTheWorksheet() throws Exception {
        byte[] xlsx = mvc.perform(upload("invoice.csv", GOOD.getBytes(StandardCharsets.UTF_8), ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(QuotationPagesTest.worksheetTotals(xlsx)).containsExactly(new BigDecimal("448667"));
    }

    @Test
    void anXlsxInvoiceIsReadLikeTheCsv() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("invoice");
            String[][] rows = {{"description", "value", "origin", "measures"},
                    {"BMW X5, body", null, "US", "duty=17.5%; commodityTax=30%"},
                    {"BMW X5 accessories", null, "US", "duty=17.5%; commodityTax=30%"}};
            double[] values = {0, 700000, 42492};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < 4; c++) {
                    if (r > 0 && c == 1) {
                        row.createCell(c).setCellValue(values[r]);
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            book.write(out);
        }
        byte[] xlsx = mvc.perform(upload("invoice.xlsx", out.toByteArray(), ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(QuotationPagesTest.worksheetTotals(xlsx)).containsExactly(new BigDecimal("448667"));
    }

    /** Issue 6: a row giving Taiwan's printed CCC code (check digit after a dash, or full-width) reads as the plain digits. */
    @Test
    void aRowWithTaiwansPrintedCodeIsReadLikeItsDigits() throws Exception {
        String row = """
                description,tariffCode,origin,value,measures
                green tea,%s,JP,10000,duty=22.5%%; commodityTax=none
                """;
        byte[] plain = mvc.perform(upload("invoice.csv", row.formatted("09021000004").getBytes(StandardCharsets.UTF_8), ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        for (String printed : java.util.List.of("0902.10.00.00-4", "０９０２．１０．００．００－４")) {
            byte[] xlsx = mvc.perform(upload("invoice.csv", row.formatted(printed).getBytes(StandardCharsets.UTF_8), ""))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(QuotationPagesTest.worksheetTotals(xlsx)).as(printed).isEqualTo(QuotationPagesTest.worksheetTotals(plain));
        }
    }

    @Test
    void malformedRowsAreReportedWithRowAndColumnAndNothingIsSaved() throws Exception {
        long clientId = client();
        String bad = """
                description,tariffCode,origin,value,measures
                Good line,8703.23,US,1000,duty=5%; commodityTax=30%
                ,8703.23,US,12x,duty=5%
                Third,87,usa,100,duty=5%
                Fourth reads but its rate does not,8703.23,US,100,duty=5% +
                """;
        String html = mvc.perform(upload("invoice.csv", bad.getBytes(StandardCharsets.UTF_8), String.valueOf(clientId)))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Row 3, Value: &quot;12x&quot; is not a number").contains("Row 3, Description: is required")
                .contains("Row 4, Origin: must be a two-letter ISO country code")
                .contains("Row 5, Duty rate:")
                .doesNotContain("Row 2,");
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.forClient(new ClientId(clientId)))).isEmpty();
    }

    @Test
    void aRowWithTwoBadCellsIsReportedAtBothAndAMissingCellOnceInTheProductsWords() throws Exception {
        // seen: a row with a bad origin and a broken rate reported at the origin only; 「不得是空值」 beside 「為必填。」
        String bad = """
                description,tariffCode,origin,value,measures
                Good line,8703.23,US,1000,duty=5%; commodityTax=30%
                Two bad cells,8703.23,usa,100,duty=5% +
                ,8703.23,US,,duty=5%
                """;
        String html = mvc.perform(upload("invoice.csv", bad.getBytes(StandardCharsets.UTF_8), ""))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.jsoup.select.Elements row3 = org.jsoup.Jsoup.parse(html).select("li.batch-problem[data-row=3]");
        assertThat(row3.eachAttr("data-field")).containsExactlyInAnyOrder("origin", "measures.duty");
        String zh = mvc.perform(upload("invoice.csv", bad.getBytes(StandardCharsets.UTF_8), "", "zh-TW"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.jsoup.select.Elements row4 = org.jsoup.Jsoup.parse(zh).select("li.batch-problem[data-row=4]");
        assertThat(row4.eachAttr("data-field")).containsExactlyInAnyOrder("description", "value");
        assertThat(row4.eachText()).allSatisfy(t -> assertThat(t).endsWith("為必填。"));
        assertThat(zh).doesNotContain("不得是空值").doesNotContain("不得空白");
    }

    /**
     * Review r-t1 F5: bad2.csv (row 2: a tariff code not in the tariff AND the unit FOO; row 3: origin ZZ) reported the tariff
     * code only, and ZZ as 「發票：…」 with no row. Every bad cell of every row is reported at its row and column.
     */
    @Test
    void everyUnknownCodeOfEveryRowIsReportedAtItsRowAndColumn() throws Exception {
        String bad = """
                description,tariffCode,origin,value,quantity,unit,measures
                Unknown code and unit,9999.99,US,1000,5,FOO,
                Unknown origin,8703.23,ZZ,1000,1,No,duty=5%; commodityTax=30%
                """;
        String zh = mvc.perform(upload("bad2.csv", bad.getBytes(StandardCharsets.UTF_8), "", "zh-TW"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(zh);
        assertThat(html.select("li.batch-problem[data-row=2]").eachAttr("data-field")).containsExactlyInAnyOrder("tariffCode", "unit");
        assertThat(html.select("li.batch-problem[data-row=3]").eachAttr("data-field")).containsExactly("origin");
        assertThat(html.select("li.batch-problem[data-row=0]")).isEmpty();
        assertThat(html.select("li.batch-problem[data-row=3]").text()).contains("ZZ").doesNotContain("發票");
    }

    @Test
    void anEngineErrorIsReportedAtTheRowOfItsLine() throws Exception {
        long clientId = client();
        String bad = """
                description,value,measures
                Good line,1000,duty=5%
                Broken rate,2000,duty=5% +
                Another good one,500,duty=5%
                Misspelt measure,700,duty=5%; comodityTax=3%
                """;
        String html = mvc.perform(upload("invoice.csv", bad.getBytes(StandardCharsets.UTF_8), String.valueOf(clientId)))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // every row the engine refuses, at once, and none of the good ones
        assertThat(html).contains("Row 3, Duty rate:").contains("Row 5, Rate comodityTax:")
                .doesNotContain("Row 2,").doesNotContain("Row 4,");
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.forClient(new ClientId(clientId)))).isEmpty();
    }

    @Test
    void aSavedBatchBelongsToTheClient() throws Exception {
        long clientId = client();
        mvc.perform(upload("invoice.csv", GOOD.getBytes(StandardCharsets.UTF_8), String.valueOf(clientId))).andExpect(status().isOk());
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.forClient(new ClientId(clientId)))).singleElement()
                .satisfies(s -> assertThat(s.total()).isEqualByComparingTo("448667"));
    }

    /**
     * Issue 6: a calculation of 250 lines (the API takes 5,000) copied from its page could not be saved from the
     * 200-line form without deleting lines. Its copy goes on through the batch upload: the header filled in, the lines
     * downloaded as an invoice file the upload reads back, and that upload saves a new calculation with all 250 lines.
     */
    @Test
    void aCalculationLongerThanTheFormIsCopiedThroughTheBatchUploadWithEveryLineKept() throws Exception {
        long clientId = client();
        StringBuilder invoice = new StringBuilder("description,tariffCode,origin,value,measures\n");
        for (int i = 1; i <= 250; i++) {
            invoice.append("Part ").append(i).append(",8703.23,US,").append(1000 + i).append(",duty=5%; commodityTax=30%\n");
        }
        mvc.perform(upload("invoice.csv", invoice.toString().getBytes(StandardCharsets.UTF_8), String.valueOf(clientId)))
                .andExpect(status().isOk());
        var original = org.tradedesk.support.AsUser.manager(() -> calculations.forClient(new ClientId(clientId))).get(0);

        String copy = mvc.perform(get("/taxes/quotations/new").param("from", original.id().toString()).with(COORDINATOR))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(copy).isEqualTo("/taxes/batch?from=" + original.id());
        String page = mvc.perform(get(copy).param("lang", "zh-TW").with(COORDINATOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
        assertThat(html.select("#batch-copied-from").text()).contains("250").contains("200");
        assertThat(html.select("#batch-not-carried")).as("every field of these lines has a column").isEmpty();
        assertThat(html.select("#batch-form [name=currency]").val()).isEqualTo("TWD");

        byte[] lines = mvc.perform(get("/taxes/batch/lines.csv").param("from", original.id().toString()).with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        InvoiceFile.Parsed read = InvoiceFile.read("lines.csv", lines);
        assertThat(read.problems()).isEmpty();
        assertThat(read.lines()).hasSize(250);
        assertThat(read.lines().get(249).description()).isEqualTo("Part 250");
        assertThat(read.lines().get(249).value()).isEqualByComparingTo("1250");
        assertThat(read.lines().get(249).measures()).contains("duty=5%").contains("commodityTax=30%");

        mvc.perform(upload("lines.csv", lines, String.valueOf(clientId))).andExpect(status().isOk());
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.forClient(new ClientId(clientId)))).hasSize(2)
                .allSatisfy(s -> assertThat(s.total()).isEqualByComparingTo(original.total()));

        // a line holding what the file has no column for (the option the line's result uses): the page names it,
        // in the reader's language, instead of saying every line is kept as is
        var request = org.tradedesk.support.AsUser.manager(() -> calculations.find(original.id())).request();
        java.util.List<org.tradedesk.taxes.TaxRequestLine> changed = new java.util.ArrayList<>(request.lines());
        changed.set(2, changed.get(2).withOptions(java.util.List.of(new org.tradedesk.taxes.TaxRequestLine.DutyOptionRequest("OWN", "own claim",
                "1%", null))).withScheme("OWN"));
        var withScheme = org.tradedesk.support.AsUser.as("carol", "COORDINATOR", () -> calculations.save(new ClientId(clientId), request.withLines(changed)));
        String named = mvc.perform(get("/taxes/batch").param("from", withScheme.id().toString()).param("lang", "zh-TW").with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(named).select("#batch-not-carried li").eachText()).containsExactly("第 3 項 該項試算採用之方案");
    }

    /** Review of T1 R9: 300 bad rows are 200 problems listed and a line saying at least 100 more, in both languages. */
    @Test
    void atMostTwoHundredProblemsAreListedAndTheRestCounted() throws Exception {
        StringBuilder bad = new StringBuilder("description,tariffCode,origin,value,measures\n");
        for (int i = 0; i < 300; i++) {
            bad.append("Line ").append(i).append(",8703.23,usa,100,duty=5%\n");
        }
        String html = mvc.perform(upload("invoice.csv", bad.toString().getBytes(StandardCharsets.UTF_8), ""))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html.split("class=\"batch-problem\"", -1).length - 1).isEqualTo(200);
        assertThat(html).contains("Row 201, Origin:").doesNotContain("Row 202, Origin:")
                .contains("… and at least 100 more problems, not listed");
        String zh = mvc.perform(upload("invoice.csv", bad.toString().getBytes(StandardCharsets.UTF_8), "", "zh-TW"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).contains("另有至少 100 個問題未列出");
    }

    @Test
    void anUnreadableHeaderFieldIsShownAtItsFieldNotAsAServerError() throws Exception {
        String html = mvc.perform(multipart("/taxes/batch").file(new MockMultipartFile("file", "invoice.csv", "text/csv",
                                GOOD.getBytes(StandardCharsets.UTF_8)))
                        .param("jurisdiction", "TW").param("date", "2026-02-30").param("currency", "TWD").param("incoterm", "CIF")
                        .param("freight", "lots").param("lang", "en").with(COORDINATOR).with(csrf()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"date-error\"").contains("id=\"freight-error\"");
    }

    @Test
    void unknownOrMissingColumnsAreNamed() throws Exception {
        String html = mvc.perform(upload("invoice.csv", "description,price\nA,1\n".getBytes(StandardCharsets.UTF_8), ""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Row 1, price: unknown column &quot;price&quot;").contains("Row 1, Value: required column &quot;value&quot; is missing");
    }

    @Test
    void theSampleFileIsAcceptedAsIs() throws Exception {
        byte[] sample = mvc.perform(get("/taxes/batch/sample.csv").with(COORDINATOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        mvc.perform(upload("sample.csv", sample, "")).andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentType()).contains("spreadsheetml"));
    }

    /**
     * Issue 6: a Big5 file (written by Python's Big5 codec, units as the Taiwan tariff prints them:
     * 公斤, 個, 組, 台) is calculated with its Chinese descriptions and says how it was read; with a bad row
     * the page names the encoding too.
     */
    @Test
    void aBig5InvoiceIsReadAsBig5AndSaysSo() throws Exception {
        byte[] big5;
        try (java.io.InputStream in = BatchPageTest.class.getResourceAsStream("/uploads/invoice-big5.csv")) {
            big5 = in.readAllBytes();
        }
        byte[] worksheet = mvc.perform(upload("發票.csv", big5, "", "zh-TW")).andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getHeader(BatchPageController.SOURCE_ENCODING)).isEqualTo("Big5"))
                .andReturn().getResponse().getContentAsByteArray();
        // review r-t1 F9: the reader sees it too, in the worksheet's data versions (not only in a response header)
        java.util.List<String> texts = new java.util.ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(worksheet))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    StringBuilder line = new StringBuilder();
                    row.forEach(c -> line.append(c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? c.getStringCellValue() : "").append('|'));
                    texts.add(line.toString());
                }
            }
        }
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("上傳之發票檔|以 Big5 編碼讀取|", "發票.csv"));
        byte[] bad = new String(big5, java.nio.charset.Charset.forName("Big5")).replace("9800", "abc").getBytes(java.nio.charset.Charset.forName("Big5"));
        String html = mvc.perform(upload("發票.csv", bad, "")).andExpect(status().is(422)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"batch-encoding\"").contains("detected as Big5");
    }

    /**
     * Issue 11: a batch {@code quantity} of 1e25 overflowed the stored calculation's NUMERIC(24,6) (a 500); it is
     * refused at the edge naming the row and the column, with the limit, and nothing is saved.
     */
    @Test
    void aQuantityPastTheBoundIsRefusedNamingItsRowAndColumn() throws Exception {
        long clientId = client();
        String bad = """
                description,value,quantity,unit,measures
                Good line,1000,10,No,duty=5%
                Too many,1000,1e25,No,duty=5%
                """;
        String html = mvc.perform(upload("invoice.csv", bad.getBytes(StandardCharsets.UTF_8), String.valueOf(clientId)))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Row 3, Quantity:").contains("18").doesNotContain("Row 2,").contains("</html>");
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.forClient(new ClientId(clientId)))).isEmpty();
    }

    /**
     * Issue 11: an Australian batch of 110 lines each claiming a concession whose requirement is a long sentence put
     * more than Excel's 32,767 characters into the summary's "requirements" cell and POI refused the workbook (105
     * lines worked, 110 gave a 500). The summary now lists what fits and names the option's sheet, where each line's
     * requirement has a row of its own; the workbook opens in POI and every cell is within Excel's limit.
     */
    @Test
    void anAustralianBatchOf110ConcessionLinesGivesAValidWorkbook() throws Exception {
        StringBuilder csv = new StringBuilder("description,tariffCode,origin,value,measures,optionScheme,optionReference\n");
        for (int i = 1; i <= 110; i++) {
            csv.append("\"wipes, skin cleaning, micellar ").append(i).append("\",34011900,KR,100,duty=5%,TCO,1864894\n");
        }
        MockMultipartHttpServletRequestBuilder b = multipart("/taxes/batch").file(new MockMultipartFile("file", "au.csv", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8)));
        b.with(csrf()).with(COORDINATOR).param("clientId", "").param("jurisdiction", "AU").param("date", "2026-03-02")
                .param("currency", "AUD").param("incoterm", "FOB").param("allocation", "VALUE").param("lang", "en");
        var response = mvc.perform(b).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        int longest = 0;
        String summaryRequirements = null;
        int requirementRows = 0;
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(response.getContentAsByteArray()))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            String text = cell.getStringCellValue();
                            longest = Math.max(longest, text.length());
                            if (sheet == book.getSheetAt(0) && text.contains("lines claim this option in all")) {
                                summaryRequirements = text;
                            }
                            if (sheet != book.getSheetAt(0) && text.startsWith("line ") && text.contains(" — conditions: ")) {
                                requirementRows++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(longest).isLessThanOrEqualTo(32_767);
        assertThat(requirementRows).as("one row per line claiming the concession on its sheet").isEqualTo(110);
        assertThat(summaryRequirements).as("the summary names the option's sheet").isNotNull().startsWith("line 1: ")
                .contains("110 lines claim this option in all: every requirement is listed on the sheet \"").endsWith("\".");
        String named = summaryRequirements.substring(summaryRequirements.lastIndexOf("on the sheet \"") + 14, summaryRequirements.length() - 2);
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(book.getSheet(named)).as("sheet " + named).isNotNull();
        }
    }

    long client() {
        TestSecurityContextHolder.setAuthentication(new TestingAuthenticationToken("carol", "x", "ROLE_COORDINATOR"));
        try {
            return clients.create(new ClientDetails("Batch Importer Ltd", ClientKind.IMPORTER, CountryCode.TW, null,
                    PreferredLanguage.EN, null, null, null)).id();
        } finally {
            TestSecurityContextHolder.clearContext();
        }
    }
}
