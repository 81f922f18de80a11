package org.tradedesk.markets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The monthly methods (seasonal decomposition, Holt-Winters forecast) end to end: a monthly Comtrade v1 file is imported
 * and analysed through REST. The sample trade files are annual, so the monthly file is built from the series whose
 * statsmodels outputs are recorded with their script ({@code src/test/resources/markets/stats/reference/co2_monthly.py}
 * and {@code seasonal_ets.py}): the Mauna Loa CO2 monthly means 1980–1999 written as the primary value of 240 monthly
 * rows (the row layout is the real portal file's first row). Expected: seasonal_decompose(period=12) trend[6]
 * 338.66937499999995, trend[100] 351.1602083333333, residual[100] −0.09757584064321634; ETS(A,A,A) fit alpha
 * 0.6209389924722424, gamma 0.01876698403284748 and the first forecast 368.8300833530324 [368.2624, 369.3978].
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class MonthlyAnalysisApiTest {

    @Autowired
    MockMvc mvc;

    long monthlyDataset() throws Exception {
        return monthlyDataset("co2_as_comtrade_monthly.csv", null);
    }

    /** The CO2 series as Comtrade monthly rows, each value times {@code scale} when given (a file of its own). */
    long monthlyDataset(String name, java.math.BigDecimal scale) throws Exception {
        String header;
        String template;
        try (BufferedReader r = reader("/markets/comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv")) {
            header = r.readLine();
            template = r.readLine();
        }
        List<String> columns = List.of(header.split(","));
        StringBuilder csv = new StringBuilder(header).append("\r\n");
        try (BufferedReader r = reader("/markets/stats/co2_monthly_1980_1999.csv")) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] mv = line.split(",");
                String year = mv[0].substring(0, 4);
                String month = mv[0].substring(5, 7);
                String[] cells = template.split(",", -1);
                set(cells, columns, "freqCode", "\"M\"");
                set(cells, columns, "refPeriodId", "\"" + year + month + "01\"");
                set(cells, columns, "refYear", "\"" + year + "\"");
                set(cells, columns, "refMonth", "\"" + Integer.parseInt(month) + "\"");
                set(cells, columns, "period", "\"" + year + month + "\"");
                String v = scale == null ? mv[1] : new java.math.BigDecimal(mv[1]).multiply(scale).toPlainString();
                set(cells, columns, "fobvalue", "\"" + v + "\"");
                set(cells, columns, "primaryValue", "\"" + v + "\"");
                csv.append(String.join(",", cells)).append("\r\n");
            }
        }
        String json = mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", name,
                        "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().is2xxSuccessful())
                .andExpect(jsonPath("$.rowsKept").value(240))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void seasonalDecompositionAndHoltWintersMatchStatsmodels() throws Exception {
        long dataset = monthlyDataset();
        String seasonal = mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/analysis").header("Accept-Language", "en")
                        .param("method", "SEASONAL").param("reporter", "CHN").param("partner", "0").param("flow", "X").param("product", "8542")
                        .param("frequency", "M"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(240))
                .andExpect(jsonPath("$.rows[6][0]").value("1980-07"))
                .andReturn().getResponse().getContentAsString();
        assertThat((Object) JsonPath.read(seasonal, "$.rows[5][2]")).isNull();
        assertThat(((Number) JsonPath.read(seasonal, "$.rows[6][2]")).doubleValue()).isCloseTo(338.66937499999995, within(1e-9));
        assertThat(((Number) JsonPath.read(seasonal, "$.rows[100][2]")).doubleValue()).isCloseTo(351.1602083333333, within(1e-9));
        assertThat(((Number) JsonPath.read(seasonal, "$.rows[100][4]")).doubleValue()).isCloseTo(-0.09757584064321634, within(1e-9));
        // the January season figure
        assertThat(((Number) JsonPath.read(seasonal, "$.summary[0].value")).doubleValue()).isCloseTo(0.01939601608186712, within(1e-9));

        String forecast = mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/analysis").header("Accept-Language", "en")
                        .param("method", "FORECAST").param("reporter", "CHN").param("partner", "0").param("flow", "X").param("product", "8542")
                        // the statsmodels reference is the additive form: asked for by name (with none asked, the form is chosen by fit)
                        .param("frequency", "M").param("horizon", "12").param("seasonality", "ADDITIVE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(252))
                .andExpect(jsonPath("$.rows[240][0]").value("2000-01"))
                .andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(forecast, "$.summary[0].value")).doubleValue()).isCloseTo(0.6209389924722424, within(2e-3));
        assertThat(((Number) JsonPath.read(forecast, "$.summary[2].value")).doubleValue()).isCloseTo(0.01876698403284748, within(2e-3));
        assertThat(((Number) JsonPath.read(forecast, "$.rows[240][3]")).doubleValue()).isCloseTo(368.8300833530324, within(5e-3));
        assertThat(((Number) JsonPath.read(forecast, "$.rows[240][4]")).doubleValue()).isCloseTo(368.26240963367076, within(5e-3));
        assertThat(((Number) JsonPath.read(forecast, "$.rows[240][5]")).doubleValue()).isCloseTo(369.3977570723941, within(5e-3));
    }

    /** t2fixS (review MINOR 5): the fit sums in the chosen-form note are plain grouped numbers, never "7.06878e+09". */
    @Test
    void theChosenSeasonNoteGivesPlainNumbers() throws Exception {
        long dataset = monthlyDataset("co2_scaled_monthly.csv", new java.math.BigDecimal("10000000"));
        for (String language : List.of("en", "zh-TW")) {
            String forecast = mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/analysis").header("Accept-Language", language)
                            .param("method", "FORECAST").param("reporter", "CHN").param("partner", "0").param("flow", "X").param("product", "8542")
                            .param("frequency", "M").param("horizon", "12"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(forecast).as(language).doesNotContainPattern("[0-9]e[+-][0-9]").containsPattern("[0-9]{1,3}(,[0-9]{3}){3,}");
        }
    }

    private BufferedReader reader(String resource) {
        InputStream in = getClass().getResourceAsStream(resource);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static void set(String[] cells, List<String> columns, String column, String value) {
        cells[columns.indexOf(column)] = value;
    }
}
