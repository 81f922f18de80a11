package org.tradedesk.markets.domain.stats;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Speed of the statistics on one thread at the sizes a page or API call asks for: the indicator table of
 * 250 markets × 10 years, trend growth with bands for each of 250 markets, an ETS fit of 20 years of months
 * and its 24-month forecast (the A,A,M one simulates 20 000 paths), scoring of 250 markets with ±20 %
 * sensitivity. Run like the other benchmarks:
 * {@code ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test}
 * then {@code java -cp target/test-classes:target/classes:$(cat target/test-cp.txt) org.tradedesk.markets.domain.stats.StatsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class StatsBenchmark {

    static final int MARKETS = 250;

    private List<Observation> observations;
    private double[][] series;
    private double[] months;
    private List<MarketScoring.Candidate> candidates;

    @Setup
    public void setUp() {
        Random r = new Random(7);
        observations = new ArrayList<>();
        series = new double[MARKETS][10];
        for (int m = 0; m < MARKETS; m++) {
            double v = 1e6 + r.nextDouble() * 1e9;
            double world = 0;
            for (int y = 0; y < 10; y++) {
                v *= 1 + r.nextGaussian() * 0.1 + 0.03;
                series[m][y] = v;
                observations.add(new Observation(2015 + y, "TWN", "M" + m, "8542", TradeFlow.EXPORT, v, v / 3000));
            }
        }
        for (int y = 0; y < 10; y++) {
            double total = 0;
            for (int m = 0; m < MARKETS; m++) {
                total += series[m][y];
            }
            observations.add(new Observation(2015 + y, "TWN", "0", "8542", TradeFlow.EXPORT, total, null));
        }
        months = RealFiles.co2Monthly();
        candidates = new ArrayList<>();
        for (int m = 0; m < MARKETS; m++) {
            Map<MarketScoring.Criterion, Double> values = new EnumMap<>(MarketScoring.Criterion.class);
            for (MarketScoring.Criterion c : MarketScoring.Criterion.values()) {
                values.put(c, r.nextDouble());
            }
            candidates.add(new MarketScoring.Candidate("M" + m, values,
                    new MarketAccess(r.nextDouble() * 10, MarketAccess.Source.LOADED_SCHEDULE, "x")));
        }
    }

    @Benchmark
    public Object indicatorTable250MarketsTenYears() {
        return TradeIndicators.table(observations, "0");
    }

    @Benchmark
    public double trendWithBandsFor250Markets() {
        double[] years = RealFiles.years(2015, 2024);
        double sum = 0;
        for (double[] s : series) {
            TrendRegression.Trend t = TrendRegression.logLinear(years, s, 0.95).trend();
            sum += t.growth() + t.at(2026).predictionHigh();
        }
        return sum;
    }

    @Benchmark
    public Object etsAdditiveFitAndForecast240Months() {
        return ExponentialSmoothing.fit(months, 12, Seasonality.ADDITIVE).forecast(24, 0.95);
    }

    @Benchmark
    public Object etsMultiplicativeFitAndSimulatedForecast240Months() {
        return ExponentialSmoothing.fit(months, 12, Seasonality.MULTIPLICATIVE).forecast(24, 0.95);
    }

    @Benchmark
    public Object scoring250MarketsWithSensitivity() {
        List<MarketScoring.Weight> w = new ArrayList<>();
        for (MarketScoring.Criterion c : MarketScoring.Criterion.values()) {
            w.add(MarketScoring.Weight.of(c, 1));
        }
        return MarketScoring.sensitivity(candidates, w, MarketScoring.Normalisation.MIN_MAX, 0.2);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(StatsBenchmark.class.getSimpleName()).build()).run();
    }
}
