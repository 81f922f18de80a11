package org.tradedesk.markets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.markets.MarketsTestFiles;
import org.tradedesk.markets.ResearchReports;
import org.tradedesk.markets.importing.ComtradeCountries;
import org.tradedesk.markets.persistence.TradeTable;
import org.tradedesk.support.TestSmtp;

/**
 * Issue 9 leftovers (t2fixN): the average a tariff dataset gives as a market's tariff in the scoring, marked as such with its
 * provenance (the real US tariff file, its figures computed here from the file); reporter and partner codes checked against the
 * Comtrade country list; the e-mail share building each language's report once; the report reading each series once when it
 * settles its flow. Each test fails on the behaviour before.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class T2FixNTest {

    static final int PORT = TestSmtp.freePort();

    @RegisterExtension
    static GreenMailExtension greenMail = TestSmtp.server(PORT);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestSmtp.sendTo(registry, PORT);
    }

    static final String TARIFFS = "usa_tariffs_HS8542_2013_2025.csv";

    @Autowired
    MockMvc mvc;

    @MockitoSpyBean
    TradeTable table;

    @MockitoSpyBean
    ResearchReports reports;

    /** One row of a tariff file as this test reads it, on its own: year, code, MFN rate. */
    record Row(int year, String code, double mfn) {
    }

    /** The rows of a tariff CSV, read here from the file's text (commas inside quotes kept), by the header's column names. */
    static List<Row> rows(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        List<String> header = List.of(lines.get(0).split(","));
        int y = header.indexOf("Year");
        int c = header.indexOf("HS Code");
        int m = header.indexOf("MFN Duty Rate (%)");
        List<Row> out = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            try {
                out.add(new Row(Integer.parseInt(f[y].trim()), f[c].trim(), Double.parseDouble(f[m].trim())));
            } catch (NumberFormatException specificDuty) {
                // not an ad valorem rate: no line of the average
            }
        }
        return out;
    }

    /** The lines of the product in the year, as the test computes them from the file. */
    static List<Row> of(List<Row> rows, String product, int year) {
        return rows.stream().filter(r -> r.year() == year && r.code().startsWith(product)).toList();
    }

    static double mean(List<Row> rows) {
        return rows.stream().mapToDouble(Row::mfn).average().orElseThrow();
    }

    /**
     * A Korean tariff file made here from the real US file's layout: the same lines for 2013–2022 only, each with a rate of its
     * own (so the average is not 0), to show the simple average and the fall-back to the latest earlier year.
     */
    static byte[] koreanFile() {
        StringBuilder b = new StringBuilder("Year,HS Code,Description,MFN Duty Rate (%),General Duty Rate (%),General Applies To\n");
        int i = 0;
        for (Row r : rows(MarketsTestFiles.resource("/markets/" + TARIFFS))) {
            if (r.year() <= 2022) {
                b.append(r.year()).append(',').append(r.code()).append(",\"Line, ").append(i).append("\",")
                        .append((i * 37 % 90) / 10.0).append(",35.0,\"Korea, DPRK\"\n");
                i++;
            }
        }
        // one row that cannot be read: a specific duty, rejected with its reason while the others are kept
        b.append("2022,85429000,Parts,2.5c/kg,35.0,\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    String importTariffs(String name, byte[] bytes, String market, int expectedStatus) throws Exception {
        var request = multipart("/api/v1/markets/tariff-datasets").file(new MockMultipartFile("file", name, "text/csv", bytes));
        if (market != null) {
            request.param("market", market);
        }
        // 0: imported now or before (the tests share one context: another may have imported the same file)
        return mvc.perform(request.header("Accept-Language", "en"))
                .andExpect(expectedStatus == 0 ? status().is2xxSuccessful() : status().is(expectedStatus)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    /** 1. The real file, declared as the USA's at import: the simple average of the product's lines in a year. */
    @Test
    void theRealTariffFileGivesTheSimpleAverageOfTheProductsLines() throws Exception {
        byte[] file = MarketsTestFiles.resource("/markets/" + TARIFFS);
        List<Row> rows = rows(file);
        // the file does not name its country: the market is asked for, and a missing one is named
        mvc.perform(multipart("/api/v1/markets/tariff-datasets").file(new MockMultipartFile("file", TARIFFS, "text/csv", file))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("market"))
                .andExpect(jsonPath("$.errors[0].label").value("Market"));
        String json = importTariffs(TARIFFS, file, "usa", 0);
        long id = id(json);
        assertThat((String) JsonPath.read(json, "$.market")).isEqualTo("USA");
        assertThat((Integer) JsonPath.read(json, "$.rowsRead")).isEqualTo(rows.size());
        assertThat((Integer) JsonPath.read(json, "$.rowsKept")).isEqualTo(rows.size());
        assertThat((Integer) JsonPath.read(json, "$.firstYear")).isEqualTo(rows.stream().mapToInt(Row::year).min().orElseThrow());
        assertThat((Integer) JsonPath.read(json, "$.lastYear")).isEqualTo(rows.stream().mapToInt(Row::year).max().orElseThrow());
        // the same file for the same market again: recognised, nothing imported again
        String again = importTariffs(TARIFFS, file, "USA", 200);
        assertThat(id(again)).isEqualTo(id);
        assertThat((Boolean) JsonPath.read(again, "$.duplicate")).isTrue();
        for (String product : List.of("8542", "854231", "8542.39")) {
            String digits = product.replace(".", "");
            List<Row> lines = of(rows, digits, 2020);
            String a = mvc.perform(get("/api/v1/markets/tariff-datasets/" + id + "/average").param("product", product).param("year", "2020")
                    .header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(((Number) JsonPath.read(a, "$.ratePercent")).doubleValue()).isCloseTo(mean(lines), within(1e-9));
            assertThat((Integer) JsonPath.read(a, "$.lines")).isEqualTo(lines.size());
            assertThat((String) JsonPath.read(a, "$.source")).isEqualTo("DATASET_AVERAGE");
            assertThat((String) JsonPath.read(a, "$.basis")).contains("simple average of the MFN rates of " + lines.size()
                    + " tariff lines of " + digits + ", file " + TARIFFS + ", year 2020");
        }
        // a product the file holds no line of: a 400 naming the market, the product and the years held
        mvc.perform(get("/api/v1/markets/tariff-datasets/" + id + "/average").param("product", "0101").param("year", "2020")
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("United States")))
                .andExpect(jsonPath("$.detail").value(containsString("0101")));
        // a trade file is not a tariff file: refused naming line 1, nothing stored
        importTariffs("not-tariffs.csv", MarketsTestFiles.resource("/markets/" + MarketsTestFiles.PORTAL), "USA", 400);
    }

    /**
     * 1. Scoring with "dataset average" chosen for USA (the real file) and KOR (a file made here): each market's tariff is the
     * file's simple average in its scored year, marked DATASET_AVERAGE with its provenance in the scoring, the decision record
     * and the report. Before, tariffAverages was an unknown key (400) and the only way was to type the rate.
     */
    @Test
    void theScoringTakesTheDatasetAverageMarkedAsSuch() throws Exception {
        byte[] usFile = MarketsTestFiles.resource("/markets/" + TARIFFS);
        byte[] krFile = koreanFile();
        long us = id(importTariffs(TARIFFS, usFile, "USA", 0));
        String kr = importTariffs("kor_tariffs_made_here.csv", krFile, "KOR", 201);
        long korea = id(kr);
        assertThat((Integer) JsonPath.read(kr, "$.rowsRejected")).isEqualTo(1);
        assertThat((String) JsonPath.read(kr, "$.rejections[0].reason")).contains("2.5c/kg");
        long dataset = MarketsTestFiles.importResource(mvc, MarketsTestFiles.PORTAL);
        long project = MarketsTestFiles.icExports(mvc, dataset);
        String scoring = """
                {"dataset":%d,"flow":"X","weights":{"DEMAND_SIZE":1,"TARIFF":1},"tariffs":{"CHN":0},"tariffAverages":{"USA":%d,"KOR":%d}}"""
                .formatted(dataset, us, korea);
        String json = mvc.perform(post("/api/v1/markets/projects/" + project + "/scoring").header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(scoring))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Map<String, Object> usa = JsonPath.<List<Map<String, Object>>>read(json, "$.figures.ranking[?(@.market == 'USA')]").get(0);
        Map<String, Object> kor = JsonPath.<List<Map<String, Object>>>read(json, "$.figures.ranking[?(@.market == 'KOR')]").get(0);
        int usYear = ((Number) usa.get("year")).intValue();
        int krYear = ((Number) kor.get("year")).intValue();
        List<Row> usLines = of(rows(usFile), "8542", usYear);
        assertThat(usLines).isNotEmpty();
        assertThat(usa.get("tariffSource")).isEqualTo("DATASET_AVERAGE");
        assertThat(((Number) usa.get("tariffPercent")).doubleValue()).isCloseTo(mean(usLines), within(1e-9));
        assertThat((String) usa.get("tariffReference")).contains("simple average of the MFN rates of " + usLines.size()
                + " tariff lines of 8542, file " + TARIFFS + ", year " + usYear);
        // KOR is scored on a year after the file's last (2022): the latest earlier year is taken, and said
        List<Row> krRows = rows(krFile);
        int krTaken = krRows.stream().mapToInt(Row::year).filter(y -> y <= krYear).max().orElseThrow();
        assertThat(krTaken).isLessThan(krYear);
        List<Row> krLines = of(krRows, "8542", krTaken);
        assertThat(kor.get("tariffSource")).isEqualTo("DATASET_AVERAGE");
        assertThat(((Number) kor.get("tariffPercent")).doubleValue()).isCloseTo(mean(krLines), within(1e-9)).isGreaterThan(0);
        assertThat((String) kor.get("tariffReference")).contains(krLines.size() + " tariff lines of 8542", "year " + krTaken,
                "latest earlier year, " + krTaken);
        assertThat(JsonPath.<List<Integer>>read(json, "$.figures.ranking[?(@.market == 'KOR')].average.askedYear")).containsExactly(krYear);

        // the decision record keeps it with its provenance
        String decision = mvc.perform(post("/api/v1/markets/projects/" + project + "/decisions").header("Accept-Language", "zh-TW")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"scoring":%s,"choices":[{"market":"USA","reason":"largest"}]}""".formatted(scoring)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<String>>read(decision, "$.figures.ranking[?(@.market == 'USA')].tariffSource"))
                .containsExactly("DATASET_AVERAGE");
        assertThat(JsonPath.<List<Integer>>read(decision, "$.figures.ranking[?(@.market == 'USA')].average.tariffDataset"))
                .containsExactly((int) us);
        assertThat(JsonPath.<List<String>>read(decision, "$.figures.ranking[?(@.market == 'USA')].tariffReference").get(0))
                .contains(usLines.size() + " 個稅號之最惠國稅率簡單平均", TARIFFS);
        long decisionId = ((Number) JsonPath.read(decision, "$.id")).longValue();
        mvc.perform(get("/api/v1/markets/projects/" + project + "/decisions/" + decisionId).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.ranking[?(@.market == 'USA')].tariffReference").value(
                        org.hamcrest.Matchers.hasItem(containsString("simple average of the MFN rates of " + usLines.size()))));

        // the report marks it as the dataset's average with its provenance, both languages
        byte[] pdf = mvc.perform(get("/api/v1/markets/projects/" + project + "/report.pdf").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("average given by the dataset", "simple average of the MFN rates of " + usLines.size()
                    + " tariff lines of 8542", "year " + usYear);
        }
        byte[] xlsx = mvc.perform(get("/api/v1/markets/projects/" + project + "/report.xlsx").param("lang", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> cells = new ArrayList<>();
            book.forEach(s -> s.forEach(r -> r.forEach(c -> cells.add(c.toString()))));
            assertThat(cells).anySatisfy(c -> assertThat(c).contains(usLines.size() + " 個稅號之最惠國稅率簡單平均", TARIFFS));
            assertThat(cells).anySatisfy(c -> assertThat(c).contains("資料集提供之平均稅率"));
        }

        // a tariff dataset of another market, and a typed rate beside an average: refused at the field, named
        mvc.perform(post("/api/v1/markets/projects/" + project + "/scoring").header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"dataset":%d,"flow":"X","weights":{"DEMAND_SIZE":1,"TARIFF":1},"tariffs":{"CHN":0,"KOR":3},
                                 "tariffAverages":{"USA":%d,"KOR":%d}}""".formatted(dataset, korea, korea)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("tariffAverages.USA",
                        "tariffAverages.KOR")))
                .andExpect(jsonPath("$.errors[?(@.field == 'tariffAverages.USA')].label").value(
                        org.hamcrest.Matchers.hasItem("Tariff dataset average of United States (USA)")));
    }

    /** 2. A reporter or partner code the Comtrade country list does not know is a 400 naming it; a known one absent stays 404. */
    @Test
    void unknownCountryCodesAreA400NamingThem() throws Exception {
        assertThat(ComtradeCountries.known("842")).isTrue();
        assertThat(ComtradeCountries.known("USA")).isTrue();
        assertThat(ComtradeCountries.known("490")).isTrue();
        assertThat(ComtradeCountries.known("0")).isTrue();
        assertThat(ComtradeCountries.known("999")).isFalse();
        assertThat(ComtradeCountries.known("ZZZ")).isFalse();
        long dataset = MarketsTestFiles.importResource(mvc, MarketsTestFiles.PORTAL);
        String series = "/api/v1/markets/datasets/" + dataset + "/series";
        for (String code : List.of("ZZZ", "999")) {
            mvc.perform(get(series).param("reporter", code).param("flow", "X").param("product", "8542").header("Accept-Language", "en"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("reporter"))
                    .andExpect(jsonPath("$.detail").value(containsString("\"" + code + "\"")))
                    .andExpect(jsonPath("$.detail").value(containsString("not a country code of the UN Comtrade country list")));
        }
        mvc.perform(get(series).param("reporter", "CHN").param("partner", "ZZZ").param("flow", "X").param("product", "8542")
                        .header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partner"))
                .andExpect(jsonPath("$.detail").value(containsString("「ZZZ」")));
        mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/concentration").param("year", "2020").param("flow", "X")
                        .param("product", "8542").param("reporter", "ZZZ").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reporter"));
        mvc.perform(post("/api/v1/markets/comtrade-fetches").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"frequency":"A","reporter":"999","partner":"0","flow":"X","product":"8542","from":2019,"to":2020}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reporter"))
                .andExpect(jsonPath("$.detail").value(containsString("\"999\"")));
        // a code the list knows that the dataset does not hold is still the 404 naming it
        mvc.perform(get(series).param("reporter", "DEU").param("flow", "X").param("product", "8542").header("Accept-Language", "en"))
                .andExpect(status().isNotFound());
        mvc.perform(get(series).param("reporter", "CHN").param("flow", "X").param("product", "8542")).andExpect(status().isOk());
    }

    /** 3. Sending the report to three recipients in two languages builds it twice (once per language), not six times. */
    @Test
    void theMailBuildsTheReportOncePerLanguage() throws Exception {
        long dataset = MarketsTestFiles.importResource(mvc, MarketsTestFiles.PORTAL);
        long project = MarketsTestFiles.icExports(mvc, dataset);
        int before = greenMail.getReceivedMessages().length;
        Mockito.clearInvocations(reports);
        mvc.perform(post("/api/v1/markets/projects/" + project + "/report/mail").contentType(MediaType.APPLICATION_JSON).content("""
                        {"recipients":[{"name":"Jane Doe","email":"jane@example.com","language":"en"},
                                       {"name":"王小明","email":"ming@example.com","language":"zh-TW"},
                                       {"name":"John Roe","email":"john@example.com","language":"en"}]}"""))
                .andExpect(status().is2xxSuccessful());
        long builds = Mockito.mockingDetails(reports).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals("report")).count();
        assertThat(builds).as("reports built for 3 recipients in 2 languages").isEqualTo(2);
        assertThat(greenMail.getReceivedMessages()).hasSize(before + 3);
    }

    /**
     * 4. Before a decision the report settles its flow by reading the markets' series; those reads are kept (a keyed cache), so
     * each series — dataset, market, flow — is read once per report (it was read again for the flow settled on).
     */
    @Test
    void theReportReadsEachSeriesOnceWhenItSettlesTheFlow() throws Exception {
        long dataset = MarketsTestFiles.importResource(mvc, MarketsTestFiles.PORTAL);
        long project = MarketsTestFiles.icExports(mvc, dataset);
        Mockito.clearInvocations(table);
        ResearchReports.Report r = reports.report(project, java.util.Locale.ENGLISH);
        assertThat(r.flow()).isEqualTo("X");
        List<List<Object>> reads = Mockito.mockingDetails(table).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals("series")).map(i -> java.util.Arrays.asList(i.getArguments())).toList();
        // imports of the three markets (none held), then exports of the three: six series, each read once
        assertThat(reads).doesNotHaveDuplicates().hasSize(6);
        assertThat(r.details()).hasSize(3);
    }
}
