package org.tradedesk.markets.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.markets.Analysis;
import org.tradedesk.markets.AnalysisMethod;
import org.tradedesk.markets.ResearchProjects;
import org.tradedesk.markets.ResearchReports;
import org.tradedesk.markets.reports.AnalysisPresenter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * t2fixR 1: the report's ranking table never leaves its heading alone at the foot of a page. The report of a two-market
 * project (its trend charts left out) is laid out again and again with one more question line above (4.3 mm each), which
 * walks the ranking down the page until it no longer fits there: at that step the heading must go to the next page with its rows. Before the fix
 * ({@code -fs-page-break-min-height} on the table) a band of about 5 mm left the heading on the page and its rows on the next.
 * t2fixR 3 and 4: p-values carry their format ({@link Analysis#P_VALUE}) and the XLSX shows them as the PDF does; the
 * indicators sheet names the unit value's unit.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class T2FixRReportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ResearchReports reports;

    @Autowired
    AnalysisPresenter presenter;

    @Autowired
    MessageSource messages;

    private final T2FixKTest k = new T2FixKTest();

    static final Pattern RANK_ROW = Pattern.compile("(?m)^([12]) (Australia|Rep\\. of Korea) [0-9.]+ ");

    /** The report with {@code n} questions instead of the project's and no trend section (the records as they are otherwise). */
    static ResearchReports.Report withQuestions(ResearchReports.Report r, int n) throws Exception {
        ResearchProjects.Project p = r.project();
        List<String> questions = IntStream.rangeClosed(1, n).mapToObj(i -> "Question " + i + ": is this market growing?").toList();
        ResearchProjects.Project q = new ResearchProjects.Project(p.id(), p.name(), p.hsCodes(), p.markets(), questions, p.datasets(),
                p.createdBy(), p.createdAt());
        RecordComponent[] cs = ResearchReports.Report.class.getRecordComponents();
        Object[] args = new Object[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        for (int i = 0; i < cs.length; i++) {
            types[i] = cs[i].getType();
            // without the trend charts: an image that no longer fits jumps to the next page whole, and would set the ranking
            // back to the same places whatever the lines above it
            args[i] = cs[i].getName().equals("project") ? q : cs[i].getName().equals("trends") ? List.of() : cs[i].getAccessor().invoke(r);
        }
        return ResearchReports.Report.class.getDeclaredConstructor(types).newInstance(args);
    }

    static List<String> pages(byte[] pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(p);
                s.setEndPage(p);
                out.add(s.getText(doc));
            }
        }
        return out;
    }

    static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page holds " + text);
    }

    @Test
    void theRankingHeadingGoesToTheNextPageWithItsRowsWhenTheyDoNotFitBelowIt() throws Exception {
        k.mvc = mvc;
        long dataset = k.upload("wine_490_kg_orphan.csv", T2FixKTest.wineWithQuantities());
        long id = k.project("\"AUS\",\"KOR\"", List.of("Where?"), dataset);
        k.decide(id, T2FixKTest.SCORING.formatted(dataset), "KOR");
        ResearchReports.Report base = reports.report(id, Locale.ENGLISH);
        boolean sameBefore = false;
        int moves = 0;
        // 70 lines of 4.3 mm: more than a page's height, so the ranking reaches the foot of a page on the way
        for (int n = 1; n <= 70 && moves == 0; n++) {
            List<String> pages = pages(reports.pdf(withQuestions(base, n)));
            int section = pageOf(pages, "6. Market scoring");
            int heading = pageOf(pages, "Rank Market Score");
            Matcher m = RANK_ROW.matcher(pages.get(heading));
            int rows = 0;
            while (m.find()) {
                rows++;
            }
            assertThat(rows).as("%d questions: the ranking heading on page %d stands with both its rows", n, heading + 1).isEqualTo(2);
            boolean same = section == heading;
            if (!same && sameBefore) {
                moves++; // the step at which the table no longer fitted below the section's heading
            }
            sameBefore = same;
        }
        assertThat(moves).as("the ranking was walked past the foot of a page").isEqualTo(1);
    }

    /**
     * 3: the trends sheet's p-values as the PDF prints them. Log-linear trends of the made-up wine imports 2018–2021 (hand
     * figures, OLS of ln value on the year, two-sided t with 2 degrees of freedom: p = 1 − |t| / √(t² + 2)): AUS slope
     * 0.0194225, se 0.000119291, t 162.82, p 3.772e-5 → "< 0.0001" (text); KOR slope 0.0440868, se 0.00172728, t 25.524,
     * p 0.00153147 → a number cell shown as 0.0015 (format 0.0000). Before: both numbers shown with six decimals, 0.000038.
     */
    @Test
    void theTrendsSheetShowsPValuesAsThePdfDoes() throws Exception {
        k.mvc = mvc;
        long dataset = k.upload("wine_490_kg_pvalues.csv", T2FixKTest.wineWithQuantities());
        long id = k.project("\"AUS\",\"KOR\"", List.of("Where?"), dataset);
        for (String[] l : new String[][] {{"en", "Australia", "Rep. of Korea"}, {"zh-TW", "澳洲", "南韓"}}) {
            Locale locale = Locale.forLanguageTag(l[0]);
            try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(k.report(id, "xlsx", l[0])))) {
                Sheet trends = book.getSheet(messages.getMessage("markets.report.sheet.trends", null, locale));
                Row header = trends.getRow(0);
                int p = T2FixKTest.column(header, messages.getMessage("markets.analysis.p-value", null, locale));
                Cell aus = T2FixKTest.row(trends, 0, l[1]).getCell(p);
                assertThat(aus.getCellType()).isEqualTo(CellType.STRING);
                assertThat(aus.getStringCellValue()).isEqualTo("< 0.0001");
                Cell kor = T2FixKTest.row(trends, 0, l[2]).getCell(p);
                assertThat(kor.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(kor.getNumericCellValue()).isCloseTo(0.00153147, within(1e-7));
                assertThat(kor.getCellStyle().getDataFormatString()).isEqualTo("0.0000");
                // the market's own trend sheet: its summary line likewise
                Sheet own = book.getSheet(messages.getMessage("markets.report.sheet.trend", null, locale) + " " + l[1]);
                Cell summary = T2FixKTest.row(own, 0, messages.getMessage("markets.analysis.p-value", null, locale)).getCell(1);
                assertThat(summary.getStringCellValue()).isEqualTo("< 0.0001");
            }
        }
    }

    /**
     * 4: a p-value is one by its format flag, not by the message code of its column or summary: a summary under another code
     * and a table cell under another heading are shown "< 0.0001" / four decimals on the page and in the PDF (the same
     * lines), "< 0.0001" as text and 0.0000 as a number format in the XLSX. Before: the codes markets.analysis.p-value and
     * markets.analysis.granger-p (and the Chow test's row "p") were looked for, and anything else printed 0.000038.
     */
    @Test
    void aPValueIsShownByItsFormatWhateverItsCode() throws Exception {
        Analysis a = new Analysis(AnalysisMethod.BREAK, null, 1, "f.csv", "0".repeat(64), "src", null, "", List.of("markets.analysis.statistic",
                "markets.analysis.value"), List.of(List.of("any name", Analysis.pValue(3.8e-5)), List.of("other", Analysis.pValue(0.0123456))),
                List.of(new Analysis.Summary("markets.analysis.f", 3.8e-5, Analysis.P_VALUE), new Analysis.Summary("markets.analysis.r-squared",
                        0.0123456, Analysis.P_VALUE)), new Analysis.Chart(List.of(), List.of(), false), List.of());
        AnalysisPresenter.Shown shown = presenter.show(a, Locale.ENGLISH);
        assertThat(shown.cells()).extracting(r -> r.get(1)).containsExactly("< 0.0001", "0.0123");
        assertThat(shown.summary()).extracting(AnalysisPresenter.Line::value).containsExactly("< 0.0001", "0.0123");
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(presenter.workbook(shown, Locale.ENGLISH)))) {
            Sheet s = book.getSheetAt(0);
            Cell small = T2FixKTest.row(s, 0, "any name").getCell(1);
            assertThat(small.getStringCellValue()).isEqualTo("< 0.0001");
            Cell other = T2FixKTest.row(s, 0, "other").getCell(1);
            assertThat(other.getNumericCellValue()).isCloseTo(0.0123456, within(1e-12));
            assertThat(other.getCellStyle().getDataFormatString()).isEqualTo("0.0000");
            String f = messages.getMessage("markets.analysis.f", null, Locale.ENGLISH);
            assertThat(T2FixKTest.row(s, 0, f).getCell(1).getStringCellValue()).isEqualTo("< 0.0001");
        }
    }

    /**
     * 3: the indicators sheet's unit value heading names its unit as the page does: the wine imports are in kg, so "Unit value
     * (USD/kg)" / 「單價（美元／公斤）」 (before: "Unit value (USD)", as if a unit value were dollars), beside "Value (USD)".
     */
    @Test
    void theIndicatorsSheetNamesTheUnitValuesUnit() throws Exception {
        k.mvc = mvc;
        long dataset = k.upload("wine_490_kg_indicators.csv", T2FixKTest.wineWithQuantities());
        for (String[] l : new String[][] {{"en", "Value (USD)", "Unit value (USD/kg)"}, {"zh-TW", "金額（美元）", "單價（美元／公斤）"}}) {
            byte[] xlsx = mvc.perform(get("/markets/datasets/" + dataset + "/indicators.xlsx").param("product", "220421").param("flow", "M")
                            .header("Accept-Language", l[0]))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
                Row header = book.getSheetAt(0).getRow(1);
                assertThat(header.getCell(2).getStringCellValue()).isEqualTo(l[1]);
                assertThat(header.getCell(5).getStringCellValue()).isEqualTo(l[2]);
            }
        }
    }
}
