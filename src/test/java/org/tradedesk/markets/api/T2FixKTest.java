package org.tradedesk.markets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.markets.ResearchReports;
import org.tradedesk.markets.persistence.TradeTable;

/**
 * Review fixes of issue 9's report (t2fixK): our market share in the XLSX ranking, the data line on each analysis sheet, the
 * unit value with its unit, the ranking's heading kept with its rows across pages, each series read once per report. The
 * files are constructed here (made-up figures, Comtrade legacy bulk layout).
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class T2FixKTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ResearchReports reports;

    @MockitoSpyBean
    TradeTable table;

    /**
     * AUS (36) and KOR (410) imports of wine 220421, 2018–2021, from the World, Taiwan (490) and the USA (842), with the
     * quantity in kg (unit 8): AUS at 6.25 USD/kg, KOR at 4 USD/kg. AUS 2021: 324,000 of 1,060,000 from Taiwan (0.30566),
     * KOR 2021: 40,000 of 800,000 (0.05).
     */
    static String wineWithQuantities() {
        StringBuilder b = new StringBuilder(T2FixETest.HEADER);
        long[][] aus = {{1_000_000, 300_000}, {1_020_000, 306_000}, {1_040_000, 315_000}, {1_060_000, 324_000}};
        long[][] kor = {{700_000, 30_000}, {730_000, 33_000}, {760_000, 36_000}, {800_000, 40_000}};
        for (int i = 0; i < 4; i++) {
            int y = 2018 + i;
            for (Object[] m : new Object[][] {{36, aus[i], 6.25}, {410, kor[i], 4.0}}) {
                long[] v = (long[]) m[1];
                double price = (double) m[2];
                b.append(y).append(',').append(m[0]).append(",1,0,\"H5\",\"220421\",8,").append(Math.round(v[0] / price)).append(",,")
                        .append(v[0]).append(",0\n");
                b.append(y).append(',').append(m[0]).append(",1,490,\"H5\",\"220421\",8,,,").append(v[1]).append(",0\n");
                b.append(y).append(',').append(m[0]).append(",1,842,\"H5\",\"220421\",8,,,").append(v[0] - v[1]).append(",0\n");
            }
        }
        return b.toString();
    }

    long upload(String name, String csv) throws Exception {
        String json = mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", name, "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))))
                .andReturn().getResponse().getContentAsString();
        // waits for the import and asserts it succeeded; an import still running after 30 s fails (it returned the id unchecked)
        return org.tradedesk.markets.MarketsTestFiles.succeeded(mvc, ((Number) JsonPath.read(json, "$.id")).longValue());
    }

    long project(String markets, List<String> questions, long dataset) throws Exception {
        String q = String.join(",", questions.stream().map(x -> "\"" + x + "\"").toList());
        String json = mvc.perform(post("/api/v1/markets/projects").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Wine","hsCodes":["220421"],"markets":[%s],"questions":[%s],"datasets":[%d]}"""
                        .formatted(markets, q, dataset)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    void decide(long id, String scoring, String market) throws Exception {
        mvc.perform(post("/api/v1/markets/projects/" + id + "/decisions").contentType(MediaType.APPLICATION_JSON).content("""
                        {"scoring":%s,"choices":[{"market":"%s","reason":"largest"}]}""".formatted(scoring, market)))
                .andExpect(status().isCreated());
    }

    byte[] report(long id, String kind, String lang) throws Exception {
        return mvc.perform(get("/api/v1/markets/projects/" + id + "/report." + kind).param("lang", lang))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    static String text(Cell c) {
        return c == null ? "" : c.getCellType() == CellType.STRING ? c.getStringCellValue() : c.toString();
    }

    /** The row of the sheet whose cell {@code column} reads {@code value}; its header row is the row of {@code heading}. */
    static Row row(Sheet s, int column, String value) {
        for (Row r : s) {
            if (text(r.getCell(column)).equals(value)) {
                return r;
            }
        }
        throw new AssertionError("no row with " + value + " in " + s.getSheetName());
    }

    static int column(Row header, String heading) {
        for (Cell c : header) {
            if (text(c).equals(heading)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no heading " + heading);
    }

    static final String SCORING = """
            {"dataset":%d,"weights":{"DEMAND_SIZE":40,"UNIT_VALUE":10,"OUR_SHARE":20},"directions":{"OUR_SHARE":"LOWER_IS_BETTER"}}""";

    /**
     * 1 and 4: the XLSX ranking has the "Our market share" column (both languages) with each market's share of partner 490,
     * and the unit value with its unit beside it ("USD/kg", 「美元／公斤」); the PDF's ranking row and criteria print the unit
     * with the figure.
     */
    @Test
    void theXlsxRankingHasOurShareAndTheUnitValueWithItsUnit() throws Exception {
        long dataset = upload("wine_490_kg.csv", wineWithQuantities());
        long id = project("\"AUS\",\"KOR\"", List.of("Where?"), dataset);
        decide(id, SCORING.formatted(dataset), "KOR");
        String[][] languages = {{"en", "Scoring", "Our market share", "Unit value", "Unit of the unit value", "USD/kg", "Australia"},
                {"zh-TW", "評分", "我方市場占有率", "單位價值", "單位價值的單位", "美元／公斤", "澳洲"}};
        for (String[] l : languages) {
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(report(id, "xlsx", l[0])))) {
                Sheet s = book.getSheet(l[1]);
                Row header = row(s, 0, l[0].equals("en") ? "Rank" : "名次");
                int share = column(header, l[2]);
                int unitValue = column(header, l[3]);
                int unit = column(header, l[4]);
                assertThat(unit).isEqualTo(unitValue + 1);
                Row aus = row(s, 1, l[6]);
                Row kor = row(s, 1, l[0].equals("en") ? "Rep. of Korea" : "南韓");
                assertThat(aus.getCell(share).getNumericCellValue()).isCloseTo(324_000.0 / 1_060_000, within(1e-9));
                assertThat(kor.getCell(share).getNumericCellValue()).isCloseTo(0.05, within(1e-9));
                assertThat(aus.getCell(unitValue).getNumericCellValue()).isCloseTo(6.25, within(1e-6));
                assertThat(kor.getCell(unitValue).getNumericCellValue()).isCloseTo(4.0, within(1e-6));
                assertThat(text(aus.getCell(unit))).isEqualTo(l[5]);
                assertThat(text(kor.getCell(unit))).isEqualTo(l[5]);
            }
        }
        try (PDDocument doc = Loader.loadPDF(report(id, "pdf", "en"))) {
            String text = new PDFTextStripper().getText(doc);
            // the ranking row: rank, market, score, size, unit value with its unit, share
            assertThat(text).containsPattern("(?m)^[12] Australia [0-9.]+ 1,060,000 .* 6\\.25 USD/kg( |$)")
                    .containsPattern("(?m)^[12] Rep\\. of Korea [0-9.]+ 800,000 .* 4\\.00 USD/kg( |$)");
        }
    }

    /** 2: each analysis sheet names its data as the PDF does: source, file, SHA-256's first digits, valuation basis, import date. */
    @Test
    void eachAnalysisSheetCarriesItsDataLine() throws Exception {
        long dataset = upload("wine_490_kg_prov.csv", wineWithQuantities() + "2017,36,1,0,\"H5\",\"999999\",8,,,1,0\n");
        String sha12 = T2FixETest.sha(mvc, dataset).substring(0, 12);
        long id = project("\"AUS\",\"KOR\"", List.of("Where?"), dataset);
        for (String[] l : new String[][] {{"en", "Trend Australia", "not stated in the file"}, {"zh-TW", "趨勢 澳洲", "計價基礎：檔案未載明"}}) {
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(report(id, "xlsx", l[0])))) {
                Sheet s = book.getSheet(l[1]);
                assertThat(s).as(l[1]).isNotNull();
                List<String> lines = new ArrayList<>();
                s.forEach(r -> r.forEach(c -> lines.add(text(c))));
                // one cell, the data line: file, checksum prefix and basis together (not the file and full SHA in cells apart)
                assertThat(lines).anySatisfy(x -> assertThat(x).contains("wine_490_kg_prov.csv", sha12, l[2])
                        .doesNotContain(T2FixETest.sha(mvc, dataset)));
            }
        }
    }

    /** 7 (code read R16): a report reads each market's series once, not for the holder, the trend and the figures apart. */
    @Test
    void aReportReadsEachSeriesOnce() throws Exception {
        long dataset = upload("wine_490_kg_once.csv", wineWithQuantities());
        long id = project("\"AUS\",\"KOR\"", List.of("Where?"), dataset);
        decide(id, SCORING.formatted(dataset), "AUS");
        ResearchReports.Report before = reports.report(id, Locale.ENGLISH);
        Mockito.clearInvocations(table);
        ResearchReports.Report r = reports.report(id, Locale.ENGLISH);
        long reads = Mockito.mockingDetails(table).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals("series")).count();
        assertThat(reads).as("series read for 2 markets").isEqualTo(2);
        // the same figures as before
        assertThat(r.details()).extracting(ResearchReports.MarketDetail::years).isEqualTo(before.details().stream()
                .map(ResearchReports.MarketDetail::years).toList());
        assertThat(r.trends()).extracting(t -> t.shown().analysis().summary()).isEqualTo(before.trends().stream()
                .map(t -> t.shown().analysis().summary()).toList());
    }

    /** 30 markets (the most a project takes), two years each, with the World only: a long ranking without trend charts. */
    static String thirtyMarkets(int[] codes) {
        StringBuilder b = new StringBuilder(T2FixETest.HEADER);
        for (int i = 0; i < codes.length; i++) {
            for (int y = 2020; y <= 2021; y++) {
                b.append(y).append(',').append(codes[i]).append(",1,0,\"H5\",\"220421\",8,,,").append(100_000L * (i + 1) + y).append(",0\n");
            }
        }
        return b.toString();
    }

    /**
     * 3: the ranking table's heading is repeated on each page it runs on and never left at the foot of a page without a row:
     * projects of 29, 27, … markets (each trend chart half a page) start the scoring part-way down a page until the table
     * crosses a page, read page by page with PDFBox.
     */
    @Test
    void theRankingHeadingIsRepeatedOnEachPageAndNeverLeftAlone() throws Exception {
        int[] codes = {4, 8, 12, 24, 32, 51, 36, 40, 31, 44, 48, 50, 52, 112, 56, 84, 204, 64, 68, 72, 76, 100, 108, 116, 120, 124, 148,
                152, 156, 170};
        long dataset = upload("wine_thirty.csv", thirtyMarkets(codes));
        java.util.regex.Pattern rankRow = java.util.regex.Pattern.compile("(?m)^([0-9]{1,2}) \\D.*? [01]\\.[0-9]{4}( |$)");
        java.util.regex.Pattern heading = java.util.regex.Pattern.compile("(?m)^Rank Market Score");
        int crossed = 0;
        // each market's trend chart takes half a page: an odd number of markets starts the scoring half-way down a page
        for (int n : new int[] {29, 27, 25, 30}) {
            if (crossed > 0) {
                break;
            }
            List<String> iso3 = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                iso3.add("\"" + org.tradedesk.markets.importing.ComtradeCountries.iso3(String.valueOf(codes[i])) + "\"");
            }
            long id = project(String.join(",", iso3), List.of("Where?"), dataset);
            // t2fixR: a market of the project (CHN, the 29th code, is none of a 25- or 27-market project: the decision was a
            // 400 before the loop could say the table had not crossed a page)
            decide(id, """
                    {"dataset":%d,"weights":{"DEMAND_SIZE":100}}""".formatted(dataset), iso3.get(0).replace("\"", ""));
            byte[] pdfBytes = report(id, "pdf", "en");
            int markets = n;
            try (PDDocument doc = Loader.loadPDF(pdfBytes)) {
                List<Integer> pagesWithRows = new ArrayList<>();
                int ranksSeen = 0;
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    String page = stripper.getText(doc);
                    // the ranking section only: from its heading (or the page's top) to the reversals after it
                    int end = page.indexOf("Rank reversals");
                    String part = end < 0 ? page : page.substring(0, end);
                    java.util.regex.Matcher m = rankRow.matcher(part);
                    int rows = 0;
                    while (m.find() && ranksSeen < markets) {
                        if (Integer.parseInt(m.group(1)) == ranksSeen + 1) {
                            ranksSeen++;
                            rows++;
                        }
                    }
                    boolean head = heading.matcher(page).find();
                    if (rows > 0) {
                        pagesWithRows.add(p);
                        assertThat(head).as("page %d has ranking rows under a heading (%d markets)", p, markets).isTrue();
                    } else if (head && ranksSeen < markets) {
                        throw new AssertionError("page " + p + " ends with the ranking heading alone (" + markets + " markets)");
                    }
                }
                assertThat(ranksSeen).as("all ranks read").isEqualTo(markets);
                if (pagesWithRows.size() > 1) {
                    crossed++;
                }
            }
        }
        assertThat(crossed).as("the table crossed a page at least once").isPositive();
    }
}
