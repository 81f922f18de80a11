package org.tradedesk.markets.api;

import org.tradedesk.markets.MarketsTestFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.markets.persistence.TradeTable;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class MarketDatasetApiTest {

    static final String PORTAL = "comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv";
    static final String TW_BIG5 = "tw_customs_GA30_exports_HS8542_2013_2025.big5.csv";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TradeTable table;

    static byte[] file(String name) throws IOException {
        try (InputStream in = MarketDatasetApiTest.class.getResourceAsStream("/markets/" + name)) {
            return in.readAllBytes();
        }
    }

    long upload(String name) throws Exception {
        return MarketsTestFiles.importFile(mvc, name, file(name));
    }

    @Test
    void importsThePortalFileAndGivesChinasSeriesWithItsGrowth() throws Exception {
        // 201 when this class imports it first; 200 (the same dataset, recognised by its SHA-256) when another test
        // class sharing the database imported it before — the figures are the same either way
        String answer = mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", PORTAL, "text/csv", file(PORTAL))))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(200, 201))
                .andExpect(jsonPath("$.format").value("COMTRADE_V1"))
                .andExpect(jsonPath("$.rowsRead").value(36))
                .andExpect(jsonPath("$.rowsKept").value(36))
                .andExpect(jsonPath("$.rowsRejected").value(0))
                .andExpect(jsonPath("$.valuationBasis").value("FOB"))
                .andExpect(jsonPath("$.sha256").value(org.hamcrest.Matchers.hasLength(64))).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
        String chn = mvc.perform(get("/api/v1/markets/datasets/" + id + "/series").param("reporter", "CHN").param("partner", "0").param("flow", "X")
                        .param("product", "8542").param("from", "2019").param("to", "2024").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points.length()").value(6))
                .andExpect(jsonPath("$.points[0].period").value("2019"))
                .andExpect(jsonPath("$.points[0].value").value(102102959980.0))
                .andExpect(jsonPath("$.points[5].value").value(159747196497.0))
                // no quantity (qtyUnit N/A) but a net weight of 45,139,216.817 kg: the unit value is per kg of net weight (review)
                .andExpect(jsonPath("$.points[0].unitValue").value(org.hamcrest.Matchers.closeTo(102102959980.0 / 45139216.817, 1e-9)))
                .andExpect(jsonPath("$.points[0].quantityUnit").value("kg (net weight)"))
                .andExpect(jsonPath("$.points[0].quantityUnitCode").value("netWgt")) // review F9: a code; the words are quantityUnit's
                .andExpect(jsonPath("$.points[0].unitValueUnit").value("USD per kg (net weight)"))
                .andExpect(jsonPath("$.trendGrowthCi.length()").value(2)).andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(chn, "$.cagr")).doubleValue()).isCloseTo(0.0937, org.assertj.core.data.Offset.offset(0.00005));
        assertThat(((Number) JsonPath.read(chn, "$.trendGrowth")).doubleValue()).isCloseTo(0.0802, org.assertj.core.data.Offset.offset(0.00005));
        assertThat((Object) JsonPath.read(chn, "$.productNote")).isNull();
        // acceptance review: chapter 85 asked of a file of HS 8542 gave 8542's figures labelled 85, with nothing said
        mvc.perform(get("/api/v1/markets/datasets/" + id + "/series").param("reporter", "CHN").param("partner", "0").param("flow", "X")
                        .param("product", "85").param("from", "2019").param("to", "2024").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.productNote.code").value("markets.series.product-summed.named")) // named from the HS titles (t2minor)
                .andExpect(jsonPath("$.productNote.args[1].value").value(org.hamcrest.Matchers.containsString("8542")));
        // by the numeric code too, and no trend under 4 years
        mvc.perform(get("/api/v1/markets/datasets/" + id + "/series").param("reporter", "410").param("flow", "X")
                        .param("product", "8542").param("from", "2022").param("to", "2024"))
                .andExpect(jsonPath("$.points.length()").value(3))
                .andExpect(jsonPath("$.cagr").isNumber())
                .andExpect(jsonPath("$.trendGrowth").doesNotExist());
        // concentration of the three exporters in 2019
        String conc = mvc.perform(get("/api/v1/markets/datasets/" + id + "/concentration").param("year", "2019").param("flow", "X")
                        .param("product", "8542").param("by", "reporter"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shares.length()").value(3))
                .andExpect(jsonPath("$.shares[0].code").value("156"))
                .andExpect(jsonPath("$.shares[1].code").value("410"))
                .andExpect(jsonPath("$.shares[2].name").value("美國")) // named in the reader's language (review 7)
                .andReturn().getResponse().getContentAsString();
        // the three 2019 rows of the file: CHN 102,102,959,980; KOR 79,076,531,427; USA 40,099,507,189
        double[] values = {102102959980.0, 79076531427.0, 40099507189.0};
        double total = values[0] + values[1] + values[2];
        double hhi = java.util.Arrays.stream(values).map(v -> Math.pow(v / total, 2)).sum();
        assertThat(((Number) JsonPath.read(conc, "$.hhi")).doubleValue()).isCloseTo(hhi, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(((Number) JsonPath.read(conc, "$.normalizedHhi")).doubleValue())
                .isCloseTo((hhi - 1.0 / 3) / (1 - 1.0 / 3), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void theSameFileTwiceIsRecognisedAndNotDuplicated() throws Exception {
        String name = "comtrade_legacy_IND_CHN_H3_2010.csv";
        long first = upload(name);
        mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", "renamed.csv", "text/csv", file(name))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(first))
                .andExpect(jsonPath("$.duplicate").value(true));
        assertThat(jdbc.queryForObject("select count(*) from markets_dataset where file_name like '%IND_CHN%' or file_name = 'renamed.csv'",
                Integer.class)).isEqualTo(1);
        // legacy codes at 2, 4 and 6 digits: a query for 85 reads the 2-digit row, never the sum of levels
        mvc.perform(get("/api/v1/markets/datasets/" + first + "/series").param("reporter", "IND").param("partner", "156")
                        .param("flow", "M").param("product", "85"))
                .andExpect(jsonPath("$.points[0].value").value(11274108491.0));
    }

    @Test
    void taiwanBig5FileGivesTheYearTotalsAndLeavesThePreliminaryYearOutOfGrowth() throws Exception {
        long id = upload(TW_BIG5);
        mvc.perform(get("/api/v1/markets/datasets/" + id)).andExpect(jsonPath("$.encoding").value("Big5"))
                .andExpect(jsonPath("$.units").value("USD_THOUSANDS_X1000"))
                .andExpect(jsonPath("$.preliminaryPeriods").value("2025-01..07"));
        String json = mvc.perform(get("/api/v1/markets/datasets/" + id + "/series").param("reporter", "TWN").param("flow", "X")
                        .param("product", "8542"))
                .andExpect(jsonPath("$.points.length()").value(13))
                .andExpect(jsonPath("$.points[0].value").value(62823154368.19))
                .andExpect(jsonPath("$.points[11].value").value(165042202000.0))
                .andExpect(jsonPath("$.points[12].preliminary").value(true))
                .andExpect(jsonPath("$.points[12].partialToMonth").value(7))
                .andReturn().getResponse().getContentAsString();
        // growth over 2013–2024 only: (165042202 / 62823154.36819)^(1/11) − 1
        double expected = Math.pow(165042202.0 / 62823154.36819, 1.0 / 11) - 1;
        assertThat(((Number) JsonPath.read(json, "$.cagr")).doubleValue()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aFileThatIsNotTradeStatisticsIsRefusedWith400NamingTheLineAndNothingIsStored() throws Exception {
        Integer before = jdbc.queryForObject("select count(*) from markets_dataset where status <> 'FAILED'", Integer.class);
        mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", "macro.csv", "text/csv",
                        file("worldbank_macro_CHN_USA.csv"))).header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("markets.import.not-trade-statistics"))
                .andExpect(jsonPath("$.detail").value(containsString("第 1 行")));
        byte[] whole = file(PORTAL);
        mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", "cut.csv", "text/csv",
                        java.util.Arrays.copyOf(whole, whole.length - 300))).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Line 37")));
        assertThat(jdbc.queryForObject("select count(*) from markets_dataset where status <> 'FAILED'", Integer.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from markets_dataset where file_name in ('macro.csv', 'cut.csv')", Integer.class))
                .isZero();
    }

    @Test
    void badRowsAreRejectedWithReasonsInTheReadersLanguage() throws Exception {
        String csv = """
                Year,Reporter Code,Trade Flow Code,Partner Code,Classification,Commodity Code,Quantity Unit Code,Supplementary Quantity,Netweight (kg),Value,Estimation Code
                2011,699,2,156,"H3","010619",1,,2,109,4
                2011,699,2,156,"H3","0106",1,,2,abc,4
                """;
        mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", "bad-row.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).header("Accept-Language", "zh-TW"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowsKept").value(1))
                .andExpect(jsonPath("$.rowsRejected").value(1))
                .andExpect(jsonPath("$.rejections[0].line").value(3))
                .andExpect(jsonPath("$.rejections[0].code").value("markets.reject.number"))
                .andExpect(jsonPath("$.rejections[0].reason").value("第 3 行：不是數字：Value = \"abc\""));
    }

    @Test
    void aDatasetMissingFromThisInstancesDuckDbIsRebuiltFromItsStoredFile() throws Exception {
        long id = upload("comtrade_v1_CHN_imports_from_USA_HS8542_2010_2024.csv");
        table.drop(id); // as on another instance, whose DuckDB file never saw this import
        assertThat(table.holds(id)).isFalse();
        mvc.perform(get("/api/v1/markets/datasets/" + id + "/series").param("reporter", "CHN").param("partner", "USA")
                        .param("flow", "M").param("product", "8542").param("from", "2016").param("to", "2016"))
                .andExpect(jsonPath("$.points[0].value").value(8696121253.0)); // the total, the second-partner rows not added
        assertThat(table.holds(id)).isTrue();
    }

    @Test
    void malformedQueriesAreProblemDetails() throws Exception {
        long id = upload("wits_sdmx_tradestats_trade_sample.json");
        mvc.perform(get("/api/v1/markets/datasets/" + id + "/series").param("reporter", "USA").param("flow", "Q").param("product", "Total"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("markets.query.invalid"));
        mvc.perform(get("/api/v1/markets/datasets/999999")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("markets.dataset.not-found"));
        mvc.perform(get("/api/v1/markets/datasets/" + id + "/series").param("reporter", "USA").param("flow", "M").param("product", "Total"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.points[0].value").value(2407390189460.0));
    }
}
