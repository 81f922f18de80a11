package org.tradedesk.markets.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Against statsmodels {@code seasonal_decompose} on monthly Mauna Loa CO2 1980–1999 (reference/seasonal_ets.py). */
class SeasonalDecompositionTest {

    private static final double[] CO2 = RealFiles.co2Monthly();

    @Test
    void additiveMatchesStatsmodels() {
        SeasonalDecomposition.Components d = SeasonalDecomposition.decompose(CO2, 12, Seasonality.ADDITIVE);
        assertThat(CO2).hasSize(240);
        assertThat(d.trend()[5]).isNaN();
        assertThat(d.trend()[6]).isCloseTo(338.66937499999995, within(1e-10));
        assertThat(d.trend()[100]).isCloseTo(351.1602083333333, within(1e-10));
        assertThat(d.trend()[233]).isCloseTo(368.184375, within(1e-10));
        assertThat(d.trend()[234]).isNaN();
        assertArray(d.seasonalFigures(), new double[] {0.01939601608186712, 0.7266657529239762, 1.541797331871351,
                2.7445275950292403, 3.1123675073099406, 2.337608735380116, 0.6630802266081899, -1.4731917032163584,
                -3.3248693347953377, -3.3211960891812966, -2.1255930190058407, -0.9005930190058479}, 1e-10);
        assertThat(d.residual()[100]).isCloseTo(-0.09757584064321634, within(1e-10));
        assertThat(Arrays.stream(d.seasonalFigures()).sum()).isCloseTo(0, within(1e-10));
    }

    @Test
    void multiplicativeMatchesStatsmodels() {
        SeasonalDecomposition.Components d = SeasonalDecomposition.decompose(CO2, 12, Seasonality.MULTIPLICATIVE);
        assertArray(d.seasonalFigures(), new double[] {1.00005235859301, 1.0020609841126766, 1.0043712350497882,
                1.0077790404489295, 1.0088207412088421, 1.0066259215329696, 1.0018903107456196, 0.995825733368325,
                0.9905718528080503, 0.9905800512391072, 0.9939750753731191, 0.9974466955195654}, 1e-12);
        assertThat(d.residual()[100]).isCloseTo(0.9997665494539748, within(1e-12));
    }

    @Test
    void refusesLessThanTwoCycles() {
        assertThatThrownBy(() -> SeasonalDecomposition.decompose(Arrays.copyOf(CO2, 23), 12, Seasonality.ADDITIVE))
                .isInstanceOf(StatisticsInputException.class).hasMessageContaining("markets.stats.season.too-short");
    }

    static void assertArray(double[] actual, double[] expected, double tolerance) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("element %d", i).isCloseTo(expected[i], within(tolerance));
        }
    }
}
