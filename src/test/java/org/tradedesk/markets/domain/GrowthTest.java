package org.tradedesk.markets.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.markets.Rejection;
import org.tradedesk.markets.TradeRow;
import org.tradedesk.markets.importing.RowSink;
import org.tradedesk.markets.importing.TradeFileReader;

/** CAGR and log-linear trend growth 2019–2024 of HS 8542 exports to the World, against the figures of the data README. */
class GrowthTest {

    static List<Growth.Point> series(String iso3) throws IOException {
        byte[] bytes;
        try (InputStream in = GrowthTest.class.getResourceAsStream(
                "/markets/comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv")) {
            bytes = in.readAllBytes();
        }
        List<Growth.Point> points = new ArrayList<>();
        TradeFileReader.read(new ByteArrayInputStream(bytes), bytes.length, null, new RowSink() {
            @Override
            public void row(TradeRow row) {
                if (iso3.equals(row.reporterIso3()) && row.year() >= 2019) {
                    points.add(new Growth.Point(row.year(), row.valueUsd().doubleValue()));
                }
            }

            @Override
            public void rejected(Rejection rejection) {
            }
        }, null);
        points.sort(java.util.Comparator.comparingDouble(Growth.Point::time));
        return points;
    }

    @Test
    void chinaKoreaAndTheUsaGrowAsTheReadmeSays() throws IOException {
        String[][] expected = {{"CHN", "0.0937", "0.0802"}, {"KOR", "0.0873", "0.0661"}, {"USA", "0.0478", "0.0319"}};
        for (String[] e : expected) {
            List<Growth.Point> points = series(e[0]);
            assertThat(points).hasSize(6);
            assertThat(Growth.cagr(points)).as(e[0] + " CAGR").isCloseTo(Double.parseDouble(e[1]), within(0.00005));
            Growth.Trend trend = Growth.trend(points);
            assertThat(trend.growth()).as(e[0] + " trend").isCloseTo(Double.parseDouble(e[2]), within(0.00005));
            assertThat(trend.low()).isLessThan(trend.growth());
            assertThat(trend.high()).isGreaterThan(trend.growth());
        }
    }

    @Test
    void theIntervalIsTheTQuantileTimesTheSlopesStandardError() {
        // ln y = 1 + 0.1 t + e, e = +0.01, −0.01, −0.01, +0.01: slope 0.1 exactly, se = sqrt(SSE/(n−2)/Sxx)
        double[] e = {0.01, -0.01, -0.01, 0.01};
        List<Growth.Point> points = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            points.add(new Growth.Point(t, Math.exp(1 + 0.1 * t + e[t])));
        }
        Growth.Trend trend = Growth.trend(points);
        assertThat(trend.growth()).isCloseTo(Math.exp(0.1) - 1, within(1e-12));
        double se = Math.sqrt(0.0004 / 2 / 5.0);
        double t975 = 4.302652729749464; // t(0.975, 2) from statistical tables
        assertThat(trend.high()).isCloseTo(Math.exp(0.1 + t975 * se) - 1, within(1e-9));
        assertThat(trend.low()).isCloseTo(Math.exp(0.1 - t975 * se) - 1, within(1e-9));
    }

    @Test
    void noTrendUnderFourYearsAndNoGrowthFromZero() {
        List<Growth.Point> three = List.of(new Growth.Point(2020, 1), new Growth.Point(2021, 2), new Growth.Point(2022, 4));
        assertThat(Growth.trend(three)).isNull();
        assertThat(Growth.cagr(three)).isCloseTo(1.0, within(1e-12));
        assertThat(Growth.cagr(List.of(new Growth.Point(2020, 0), new Growth.Point(2021, 2)))).isNull();
    }
}
