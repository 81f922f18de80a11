package org.tradedesk.markets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
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
 * Review M2: the data analysis report lets a reader trace every figure of the scoring, in PDF and XLSX, zh-TW and en. The
 * expected figures are computed here from the real Comtrade portal file itself (read as CSV by this test, not by the
 * importer): the values by year and their YoY growth, CAGR, the log-linear trend growth with its 95 % interval (OLS on
 * ln value, t(0.975, 4) = 2.7764451051977987), the min–max normalised criteria, weights and contributions, the file's
 * SHA-256; the data README's figures where it gives them (2019 = 102,102,959,980 USD, CAGR 9.37 %, trend 8.02 %).
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class ResearchReportFiguresTest {

    static final String PORTAL = "comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv";
    static final List<String> MARKETS = List.of("CHN", "KOR", "USA");
    static final double T_975_4 = 2.7764451051977987;

    @Autowired
    MockMvc mvc;

    byte[] file() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/markets/" + PORTAL)) {
            return in.readAllBytes();
        }
    }

    /** The file's World exports of HS 8542 by reporter and year, read straight from its columns (refYear, reporterISO, primaryValue). */
    Map<String, TreeMap<Integer, Double>> values() throws Exception {
        return column("primaryValue");
    }

    /** A column of the file's World exports by reporter and year (primaryValue, netWgt). */
    Map<String, TreeMap<Integer, Double>> column(String name) throws Exception {
        String text = new String(file(), Charset.forName("windows-1252"));
        String[] lines = text.split("\r?\n");
        List<String> header = List.of(lines[0].split(","));
        int year = header.indexOf("refYear");
        int reporter = header.indexOf("reporterISO");
        int partner = header.indexOf("partnerCode");
        int flow = header.indexOf("flowCode");
        int value = header.indexOf(name);
        Map<String, TreeMap<Integer, Double>> out = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] c = lines[i].replace("\"", "").split(",", -1);
            if (c[partner].equals("0") && c[flow].equals("X") && !c[value].isBlank() && Double.parseDouble(c[value]) > 0) {
                out.computeIfAbsent(c[reporter], k -> new TreeMap<>()).put(Integer.parseInt(c[year]), Double.parseDouble(c[value]));
            }
        }
        return out;
    }

    /** ln(value) = a + b·year by least squares: growth e^b − 1 and its interval e^(b ± t·se) − 1. */
    static double[] trend(TreeMap<Integer, Double> v) {
        int n = v.size();
        double mx = v.keySet().stream().mapToDouble(x -> x).average().orElseThrow();
        double my = v.values().stream().mapToDouble(Math::log).average().orElseThrow();
        double sxx = 0;
        double sxy = 0;
        for (Map.Entry<Integer, Double> e : v.entrySet()) {
            sxx += (e.getKey() - mx) * (e.getKey() - mx);
            sxy += (e.getKey() - mx) * (Math.log(e.getValue()) - my);
        }
        double b = sxy / sxx;
        double a = my - b * mx;
        double sse = 0;
        for (Map.Entry<Integer, Double> e : v.entrySet()) {
            double r = Math.log(e.getValue()) - a - b * e.getKey();
            sse += r * r;
        }
        double se = Math.sqrt(sse / (n - 2) / sxx);
        return new double[] {Math.exp(b) - 1, Math.exp(b - T_975_4 * se) - 1, Math.exp(b + T_975_4 * se) - 1};
    }

    static String pct(double v) {
        return new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(v * 100) + " %";
    }

    static String grouped(double v) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(v);
    }

    static String dec(double v, int decimals) {
        return new DecimalFormat("#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(v);
    }

    long project(String decision) throws Exception {
        String json = mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", PORTAL, "text/csv", file())))
                .andReturn().getResponse().getContentAsString();
        long dataset = ((Number) JsonPath.read(json, "$.id")).longValue();
        json = mvc.perform(post("/api/v1/markets/projects").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"IC exports figures","hsCodes":["8542"],"markets":["CHN","KOR","USA"],
                         "questions":["Which market?"],"datasets":[%d]}""".formatted(dataset)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long project = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(post("/api/v1/markets/projects/" + project + "/decisions").contentType(MediaType.APPLICATION_JSON)
                        .content(decision.formatted(dataset)))
                .andExpect(status().isCreated());
        return project;
    }

    String pdfText(long project, String lang) throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/markets/projects/" + project + "/report.pdf").param("lang", lang))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    XSSFWorkbook xlsx(long project, String lang) throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/markets/projects/" + project + "/report.xlsx").param("lang", lang))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    @Test
    void everyFigureOfTheScoringIsTracedInPdfAndXlsxInBothLanguages() throws Exception {
        long project = project("""
                {"scoring":{"dataset":%d,"flow":"X","product":"8542","from":2019,"to":2024,
                  "weights":{"DEMAND_SIZE":40,"DEMAND_GROWTH":40,"TARIFF":20},"tariffs":{"CHN":0,"KOR":8,"USA":2},"sensitivity":0.2},
                 "choices":[{"market":"KOR","reason":"distributor already signed"}]}""");
        Map<String, TreeMap<Integer, Double>> all = values();
        Map<String, TreeMap<Integer, Double>> v = new LinkedHashMap<>();
        for (String m : MARKETS) {
            v.put(m, new TreeMap<>(all.get(m).subMap(2019, true, 2024, true)));
        }
        // the data README's figures, from the file as this test reads it
        assertThat(v.get("CHN").get(2019)).isEqualTo(102_102_959_980d);
        assertThat(v.get("CHN").get(2024)).isEqualTo(159_747_196_497d);
        Map<String, double[]> trends = new LinkedHashMap<>();
        Map<String, Double> cagr = new LinkedHashMap<>();
        for (String m : MARKETS) {
            trends.put(m, trend(v.get(m)));
            cagr.put(m, Math.pow(v.get(m).get(2024) / v.get(m).get(2019), 1 / 5.0) - 1);
        }
        assertThat(pct(trends.get("CHN")[0])).isEqualTo("8.02 %");
        assertThat(pct(cagr.get("CHN"))).isEqualTo("9.37 %");
        assertThat(pct(cagr.get("KOR"))).isEqualTo("8.73 %");
        // min–max normalised criteria (tariff turned round: lower is better), weights 40/40/20 → 0.4/0.4/0.2
        Map<String, double[]> normalised = new LinkedHashMap<>();
        Map<String, Double> tariffs = Map.of("CHN", 0.0, "KOR", 8.0, "USA", 2.0);
        for (String m : MARKETS) {
            normalised.put(m, new double[] {
                    minMax(v.get(m).get(2024), MARKETS.stream().mapToDouble(x -> v.get(x).get(2024)).toArray()),
                    minMax(trends.get(m)[0], MARKETS.stream().mapToDouble(x -> trends.get(x)[0]).toArray()),
                    1 - minMax(tariffs.get(m), MARKETS.stream().mapToDouble(tariffs::get).toArray())});
        }
        double[] weights = {0.4, 0.4, 0.2};
        double korScore = 0;
        for (int i = 0; i < 3; i++) {
            korScore += weights[i] * normalised.get("KOR")[i];
        }
        assertThat(korScore).isCloseTo(0.5385162864, within(1e-6)); // numpy's score (ResearchReportApiTest)
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file()));

        // a line break in a narrow heading cell comes out as a space before the full-width parenthesis
        String zh = pdfText(project, "zh-TW").replace(" （", "（");
        assertThat(zh).contains("各市場數字的依據", "原始數字", "標準化分數（0–1）", "採用權重", "貢獻", "得分（各項貢獻之和）",
                "年增率", "年複合成長率（CAGR）", sha, "初步值期間");
        // the tariff each market's figure used, marked as typed by the user
        // (the statement in full on every row: "as above" meant nothing once rows were sorted or filtered; t2fixP)
        assertThat(zh).contains("8.00 %，使用者 analyst 輸入", "美元，FOB").doesNotContain("註明同上");
        assertThat(zh.split("使用者 analyst 輸入", -1).length).isGreaterThan(2);
        // review 12: one percentage format in the ranking table ("8.02%" beside "0.0 %" before)
        assertThat(zh).contains("1 中國 1.0000 159,747,196,497 美元 8.02 % 0.00 %").doesNotContain("8.02%").doesNotContain("0.0 %");
        // no partner breakdown in the portal file, no quantity: said, not left blank
        // review T2: the market by its name inside the Chinese sentence, never its code (「CHN 於 2024 年無 HHI」 before)
        assertThat(zh).contains("中國於 2024 年無 HHI").doesNotContain("CHN 於").doesNotContainPattern("[A-Z]{3} 於 \\d{4} 年");
        // no quantity (qtyUnit N/A) but a net weight each year: the unit value per kg of net weight, labelled so (review)
        Map<String, TreeMap<Integer, Double>> kg = column("netWgt");
        for (String m : MARKETS) {
            double[] t = trends.get(m);
            assertThat(zh).contains("每年 " + pct(t[0]) + "，95% 信賴區間 " + pct(t[1]) + " 至 " + pct(t[2]) + "，依 6 個完整年度");
            assertThat(zh).contains(pct(cagr.get(m)));
            Integer previous = null;
            for (Map.Entry<Integer, Double> e : v.get(m).entrySet()) {
                Double w = kg.getOrDefault(m, new TreeMap<>()).get(e.getKey());
                String line = e.getKey() + " " + grouped(e.getValue()) + (w == null ? " — —" : " " + grouped(w) + " 公斤（淨重） "
                        + dec(e.getValue() / w, 2) + " 美元／每公斤（淨重）");
                if (previous != null) {
                    line += " " + pct(e.getValue() / v.get(m).get(previous) - 1);
                }
                assertThat(zh).as(m + " " + e.getKey()).contains(line);
                previous = e.getKey();
            }
            double[] n = normalised.get(m);
            String[] labels = {"出口規模（供給）", "出口成長（供給）", "市場進入（關稅）"}; // exports: supply, not demand (review)
            String[] raw = {grouped(v.get(m).get(2024)), pct(trends.get(m)[0]), dec(tariffs.get(m), 2) + " %"};
            for (int i = 0; i < 3; i++) {
                assertThat(zh).as(m + " " + labels[i]).contains(labels[i] + " " + raw[i] + " " + dec(n[i], 4) + " " + dec(weights[i], 4)
                        + " " + dec(weights[i] * n[i], 4));
            }
        }
        String en = pdfText(project, "en");
        // the ranking table's English headings on one line each, not broken mid-word ("Ran k", "Marke t")
        assertThat(en).contains("Rank Market Score").doesNotContain("Ran k").doesNotContain("Marke t");
        assertThat(en).contains("Figures behind each market", "Raw figure", "Normalised score (0–1)", "Weight used", "Contribution",
                "Compound annual growth (CAGR)", "0.00 %, typed by analyst", "8.00 %, typed by analyst", "No HHI for Rep. of Korea in 2024",
                "USD per kg (net weight)", "Preliminary periods", sha);
        assertThat(en).contains("Score (sum of the contributions) 0.5385");

        for (String lang : List.of("en", "zh-TW")) {
            try (XSSFWorkbook book = xlsx(project, lang)) {
                boolean zhTw = lang.equals("zh-TW");
                Sheet criteria = book.getSheet(zhTw ? "評分準則" : "Criteria");
                Sheet years = book.getSheet(zhTw ? "逐年數值" : "Values by year");
                Sheet markets = book.getSheet(zhTw ? "各市場數字" : "Market figures");
                Sheet sources = book.getSheet(zhTw ? "資料來源" : "Sources");
                assertThat(criteria).as(lang).isNotNull();
                assertThat(years).as(lang).isNotNull();
                assertThat(markets).as(lang).isNotNull();
                for (String m : MARKETS) {
                    // review T2: rows by the market's name in the reader's language, the code in the sheet's last column
                    String named = org.tradedesk.markets.importing.CountryNames.name(m, zhTw ? java.util.Locale.TRADITIONAL_CHINESE
                            : java.util.Locale.ENGLISH);
                    assertThat(named).isEqualTo(Map.of("CHN", zhTw ? "中國" : "China", "KOR", zhTw ? "南韓" : "Rep. of Korea",
                            "USA", zhTw ? "美國" : "United States").get(m));
                    double total = 0;
                    String[] labels = zhTw ? new String[] {"出口規模（供給）", "出口成長（供給）", "市場進入（關稅）"}
                            : new String[] {"Export size (supply)", "Export growth (supply)", "Market access (tariff)"};
                    double[] raw = {v.get(m).get(2024), trends.get(m)[0], tariffs.get(m)};
                    for (int i = 0; i < 3; i++) {
                        Row row = row(criteria, named, labels[i]);
                        assertThat(row).as(m + " " + labels[i]).isNotNull();
                        assertThat(row.getCell(2).getNumericCellValue()).isCloseTo(raw[i], within(Math.abs(raw[i]) * 1e-9 + 1e-12));
                        assertThat(row.getCell(3).getNumericCellValue()).isCloseTo(normalised.get(m)[i], within(1e-9));
                        assertThat(row.getCell(4).getNumericCellValue()).isCloseTo(weights[i], within(1e-12));
                        assertThat(row.getCell(5).getNumericCellValue()).isCloseTo(weights[i] * normalised.get(m)[i], within(1e-9));
                        assertThat(row.getCell(6).getStringCellValue()).isEqualTo(m);
                        total += weights[i] * normalised.get(m)[i];
                    }
                    Row sum = row(criteria, named, zhTw ? "得分（各項貢獻之和）" : "Score (sum of the contributions)");
                    assertThat(sum.getCell(5).getNumericCellValue()).isCloseTo(total, within(1e-9));
                    Integer previous = null;
                    for (Map.Entry<Integer, Double> e : v.get(m).entrySet()) {
                        Row row = row(years, named, String.valueOf(e.getKey()));
                        assertThat(row.getCell(8).getStringCellValue()).isEqualTo(m);
                        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(e.getValue());
                        if (previous == null) {
                            assertThat(row.getCell(6) == null || row.getCell(6).getCellType() == CellType.BLANK).isTrue();
                        } else {
                            assertThat(row.getCell(6).getNumericCellValue()).isCloseTo(e.getValue() / v.get(m).get(previous) - 1, within(1e-12));
                        }
                        previous = e.getKey();
                    }
                    Row figures = row(markets, named, null);
                    assertThat(figures.getCell(19).getStringCellValue()).isEqualTo(m);
                    assertThat(markets.getRow(0).getCell(19).getStringCellValue()).isEqualTo(zhTw ? "市場代碼" : "Market code");
                    assertThat(figures.getCell(1).getNumericCellValue()).isEqualTo(2024);
                    assertThat(figures.getCell(5).getNumericCellValue()).isEqualTo(v.get(m).get(2024));
                    assertThat(figures.getCell(10).getNumericCellValue()).isEqualTo(tariffs.get(m));
                    assertThat(figures.getCell(11).getStringCellValue()).contains(zhTw ? "使用者 analyst 輸入" : "typed by analyst");
                    assertThat(figures.getCell(12).getNumericCellValue()).isCloseTo(cagr.get(m), within(1e-12));
                    assertThat(figures.getCell(13).getNumericCellValue()).isCloseTo(trends.get(m)[0], within(1e-9));
                    assertThat(figures.getCell(14).getNumericCellValue()).isCloseTo(trends.get(m)[1], within(1e-9));
                    assertThat(figures.getCell(15).getNumericCellValue()).isCloseTo(trends.get(m)[2], within(1e-9));
                    assertThat(figures.getCell(16).getNumericCellValue()).isEqualTo(6);
                }
                assertThat(sources.getRow(1).getCell(3).getStringCellValue()).isEqualTo(sha);
                assertThat(sources.getRow(1).getCell(11).getStringCellValue()).isEqualTo(zhTw ? "無" : "None");
            }
        }
    }

    @Test
    void underFourFullYearsTheReportSaysWhyThereIsNoTrend() throws Exception {
        long project = project("""
                {"scoring":{"dataset":%d,"flow":"X","product":"8542","from":2022,"to":2024,
                  "weights":{"DEMAND_SIZE":50,"TARIFF":50},"tariffs":{"CHN":0,"KOR":8,"USA":2}},
                 "choices":[{"market":"CHN","reason":""}]}""");
        Map<String, TreeMap<Integer, Double>> v = values();
        String zh = pdfText(project, "zh-TW");
        assertThat(zh).contains("無趨勢：僅有 3 個完整年度，趨勢至少需要 4 年。");
        // CAGR is still given over the three years
        double cagr = Math.pow(v.get("USA").get(2024) / v.get("USA").get(2022), 1 / 2.0) - 1;
        assertThat(zh).contains(pct(cagr));
        assertThat(pdfText(project, "en")).contains("No trend: 3 full years, and a trend needs at least 4.");
        try (XSSFWorkbook book = xlsx(project, "en")) {
            Row usa = row(book.getSheet("Market figures"), "United States", null);
            assertThat(usa.getCell(13) == null || usa.getCell(13).getCellType() == CellType.BLANK).isTrue();
            assertThat(usa.getCell(17).getStringCellValue()).contains("No trend: 3 full years");
        }
    }

    static double minMax(double x, double[] all) {
        double min = java.util.Arrays.stream(all).min().orElseThrow();
        double max = java.util.Arrays.stream(all).max().orElseThrow();
        return (x - min) / (max - min);
    }

    /** The first row whose first cell is {@code first} and (when given) whose second cell is {@code second}. */
    static Row row(Sheet sheet, String first, String second) {
        for (Row r : sheet) {
            Cell a = r.getCell(0);
            Cell b = r.getCell(1);
            if (a != null && a.getCellType() == CellType.STRING && a.getStringCellValue().equals(first)
                    && (second == null || b != null && b.getCellType() == CellType.STRING && b.getStringCellValue().equals(second)
                    // a year is a number cell (review 12)
                    || b != null && b.getCellType() == CellType.NUMERIC && second.equals(String.valueOf((long) b.getNumericCellValue())))) {
                return r;
            }
        }
        return null;
    }
}
