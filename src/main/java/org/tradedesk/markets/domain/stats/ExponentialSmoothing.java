package org.tradedesk.markets.domain.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.tradedesk.shared.MessageText;

/**
 * Holt–Winters forecasting in its state-space form (Hyndman et al. 2008, ETS with additive errors, additive
 * trend, additive or multiplicative season: ETS(A,A,A) and ETS(A,A,M)), the recursions of statsmodels
 * {@code ETSModel(error="add", trend="add", seasonal=…)}:
 * <pre>
 *   A,A,A:  ŷ = l + b + s₋ₘ,   e = y - ŷ,  l' = l + b + α e,   b' = b + β e,   s' = s₋ₘ + γ e
 *   A,A,M:  ŷ = (l + b) s₋ₘ,   e = y - ŷ,  l' = l + b + α e/s₋ₘ, b' = b + β e/s₋ₘ,
 *           s' = γ* y/l' + (1 - γ*) s₋ₘ with γ* = γ/(1 - α)   (Holt–Winters' form, as statsmodels; the linearised
 *           s₋ₘ + γ e/(l + b) of Hyndman et al. differs slightly)
 * </pre>
 * Initial states by a stated heuristic (classical decomposition of the first min(n, 5m) values; level and
 * trend from a straight line through its trend component at t = 0; the first m seasonal figures), then
 * α, β, γ chosen by minimising the sum of squared one-step errors within statsmodels' bounds
 * (α ∈ [10⁻⁴, 1-10⁻⁴], β/α and γ/(1-α) likewise), by Nelder–Mead from several starts.
 * σ² = SSE / n (the maximum-likelihood estimate). Intervals: A,A,A by the exact formula
 * {@code σ² [1 + Σ_{j<h} (α + β j + γ [j mod m = 0])²]}; A,A,M by simulating future errors (seeded).
 */
public final class ExponentialSmoothing {

    public static final String FORMULA_ADDITIVE = "markets.stats.formula.ets-aaa";
    public static final String FORMULA_MULTIPLICATIVE = "markets.stats.formula.ets-aam";
    private static final double LOW = 1e-4;
    private static final double HIGH = 1 - 1e-4;

    private ExponentialSmoothing() {
    }

    public record Parameters(double alpha, double beta, double gamma) {
    }

    public record InitialState(double level, double trend, double[] seasonal) {
        public InitialState {
            seasonal = seasonal.clone();
        }

        @Override
        public double[] seasonal() {
            return seasonal.clone();
        }
    }

    public record ForecastPoint(int step, double mean, double low, double high) {
    }

    /** A fitted model: parameters, the one-step fitted values, and forecasts on demand. */
    public static final class Model {
        private final Seasonality seasonality;
        private final int period;
        private final Parameters parameters;
        private final InitialState initial;
        private final double[] y;
        private final double[] fitted;
        private final double sse;
        private final double level;
        private final double trend;
        private final double[] season;

        private Model(Seasonality seasonality, int period, Parameters parameters, InitialState initial, double[] y) {
            this.seasonality = seasonality;
            this.period = period;
            this.parameters = parameters;
            this.initial = initial;
            this.y = y.clone();
            State s = run(seasonality, period, parameters, initial, y);
            this.fitted = s.fitted;
            this.sse = s.sse;
            this.level = s.level;
            this.trend = s.trend;
            this.season = s.season;
        }

        public String formula() {
            return seasonality == Seasonality.ADDITIVE ? FORMULA_ADDITIVE : FORMULA_MULTIPLICATIVE;
        }

        public Seasonality seasonality() {
            return seasonality;
        }

        public Parameters parameters() {
            return parameters;
        }

        /**
         * The smoothing factors the fit left at a bound of their range ({@code alpha}, {@code beta}, {@code gamma}: α
         * within 10⁻³ of 10⁻⁴ or 1 − 10⁻⁴, β/α and γ/(1 − α) likewise): a sign the model's form does not suit the series.
         */
        public List<String> atBounds() {
            List<String> out = new ArrayList<>();
            double a = parameters.alpha();
            if (atBound(a)) {
                out.add("alpha");
            }
            if (atBound(parameters.beta() / a)) {
                out.add("beta");
            }
            if (atBound(parameters.gamma() / (1 - a))) {
                out.add("gamma");
            }
            return out;
        }

        public InitialState initialState() {
            return initial;
        }

        public double[] fittedValues() {
            return fitted.clone();
        }

        public double sse() {
            return sse;
        }

        /** σ² = SSE / n. */
        public double sigma2() {
            return sse / y.length;
        }

        /** Point forecasts and intervals for the next {@code horizon} periods. */
        public List<ForecastPoint> forecast(int horizon, double confidence) {
            if (horizon < 1 || horizon > 10 * period + 120) {
                throw new StatisticsInputException("markets.stats.forecast.horizon", horizon, 10 * period + 120);
            }
            if (!(confidence > 0 && confidence < 1)) {
                throw new StatisticsInputException("markets.stats.confidence.invalid", confidence);
            }
            double[] mean = new double[horizon];
            for (int h = 1; h <= horizon; h++) {
                double s = season[(y.length + h - 1) % period];
                mean[h - 1] = seasonality == Seasonality.ADDITIVE ? level + h * trend + s : (level + h * trend) * s;
            }
            List<ForecastPoint> out = new ArrayList<>();
            if (seasonality == Seasonality.ADDITIVE) {
                double z = new NormalDistribution(0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
                double sum = 0;
                for (int h = 1; h <= horizon; h++) {
                    if (h > 1) {
                        int j = h - 1;
                        double c = parameters.alpha() + parameters.beta() * j + (j % period == 0 ? parameters.gamma() : 0);
                        sum += c * c;
                    }
                    double sd = Math.sqrt(sigma2() * (1 + sum));
                    out.add(new ForecastPoint(h, mean[h - 1], mean[h - 1] - z * sd, mean[h - 1] + z * sd));
                }
                return out;
            }
            double[][] paths = simulate(horizon, SIMULATIONS, new Random(SEED));
            for (int h = 0; h < horizon; h++) {
                double[] col = new double[SIMULATIONS];
                for (int r = 0; r < SIMULATIONS; r++) {
                    col[r] = paths[r][h];
                }
                Arrays.sort(col);
                out.add(new ForecastPoint(h + 1, mean[h], quantile(col, (1 - confidence) / 2), quantile(col, 1 - (1 - confidence) / 2)));
            }
            return out;
        }

        private double[][] simulate(int horizon, int runs, Random random) {
            double sd = Math.sqrt(sigma2());
            double[][] paths = new double[runs][horizon];
            for (int r = 0; r < runs; r++) {
                double l = level;
                double b = trend;
                double[] s = season.clone();
                for (int h = 0; h < horizon; h++) {
                    int pos = (y.length + h) % period;
                    double so = s[pos];
                    double e = random.nextGaussian() * sd;
                    double base = l + b;
                    double value = base * so + e;
                    paths[r][h] = value;
                    l = base + parameters.alpha() * e / so;
                    b = b + parameters.beta() * e / so;
                    s[pos] = multiplicativeSeason(parameters, value, l, so);
                }
            }
            return paths;
        }
    }

    /** Number of simulated paths for the A,A,M intervals, and the seed that makes them repeatable. */
    public static final int SIMULATIONS = 20_000;
    public static final long SEED = 20261206L;
    /** Longest series accepted (100 years of months), so one request cannot cost unbounded time. */
    public static final int MAX_POINTS = 1200;

    /** Fits the model to {@code y} with season length {@code period} (12 for monthly data). */
    public static Model fit(double[] y, int period, Seasonality seasonality) {
        if (y.length > MAX_POINTS) {
            throw new StatisticsInputException("markets.stats.series.too-long", y.length, MAX_POINTS);
        }
        InitialState initial = heuristicInitialState(y, period, seasonality);
        java.util.function.ToDoubleFunction<double[]> sse = v -> run(seasonality, period, fromFree(v), initial, y).sse;
        double best = Double.POSITIVE_INFINITY;
        double[] bestU = null;
        for (double a : new double[] {0.2, 0.7}) {
            for (double b : new double[] {0.01, 0.2}) {
                for (double g : new double[] {0.05, 0.5}) {
                    double[] u = NelderMead.minimise(sse, new double[] {logit(a), logit(b), logit(g)}, 1.0, 400, 1e-10);
                    double value = sse.applyAsDouble(u);
                    if (value < best) {
                        best = value;
                        bestU = u;
                    }
                }
            }
        }
        bestU = NelderMead.minimise(sse, bestU, 0.5, 4000, 1e-14);
        bestU = NelderMead.minimise(sse, bestU, 0.05, 4000, 1e-15);
        return new Model(seasonality, period, fromFree(bestU), initial, y);
    }

    /**
     * The season's form chosen by fit when the user asked for none (review F2: the additive default on a clearly
     * multiplicative series ran its smoothing factors to their bounds and missed badly): both forms fitted to the same
     * data, the one with the smaller SSE kept. Both have the same number of parameters (α, β, γ and the same initial
     * states), so on the same n the smaller SSE is the smaller AIC = n ln(SSE/n) + 2k. The multiplicative form needs
     * values above 0; with a 0 or negative value only the additive one is fitted.
     */
    public static Chosen fitChoosingSeason(double[] y, int period) {
        Model additive = fit(y, period, Seasonality.ADDITIVE);
        if (Arrays.stream(y).anyMatch(v -> !(v > 0))) {
            return new Chosen(additive, additive.sse(), Double.NaN);
        }
        Model multiplicative = fit(y, period, Seasonality.MULTIPLICATIVE);
        return new Chosen(multiplicative.sse() < additive.sse() ? multiplicative : additive, additive.sse(), multiplicative.sse());
    }

    /** The model kept, with the SSE of each form (NaN: the multiplicative form could not be fitted). */
    public record Chosen(Model model, double additiveSse, double multiplicativeSse) {
    }

    /** The model with given parameters and initial state (no fitting): to check the recursions against a reference. */
    public static Model withParameters(double[] y, int period, Seasonality seasonality, Parameters parameters, InitialState initial) {
        if (initial.seasonal().length != period) {
            throw new StatisticsInputException("markets.stats.season.period", initial.seasonal().length);
        }
        return new Model(seasonality, period, parameters, initial, y);
    }

    /** Initial level, trend and season from the classical decomposition of the first min(n, 5m) values. */
    public static InitialState heuristicInitialState(double[] y, int period, Seasonality seasonality) {
        if (y.length < 2 * period + 1) {
            throw new StatisticsInputException("markets.stats.season.too-short", y.length, 2 * period + 1);
        }
        double[] head = Arrays.copyOf(y, Math.min(y.length, 5 * period));
        SeasonalDecomposition.Components d = SeasonalDecomposition.decompose(head, period, seasonality);
        double[] trendComponent = d.trend();
        List<double[]> rows = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < trendComponent.length; i++) {
            if (!Double.isNaN(trendComponent[i])) {
                rows.add(new double[] {1, i + 1});
                values.add(trendComponent[i]);
            }
        }
        Ols line = Ols.fit(rows.toArray(double[][]::new), values.stream().mapToDouble(Double::doubleValue).toArray());
        return new InitialState(line.coefficient(0), line.coefficient(1), Arrays.copyOf(d.seasonal(), period));
    }

    static MessageText label(Seasonality seasonality) {
        return MessageText.of(seasonality == Seasonality.ADDITIVE ? FORMULA_ADDITIVE : FORMULA_MULTIPLICATIVE);
    }

    private record State(double[] fitted, double sse, double level, double trend, double[] season) {
    }

    private static State run(Seasonality seasonality, int m, Parameters p, InitialState init, double[] y) {
        double l = init.level();
        double b = init.trend();
        double[] s = init.seasonal();
        double[] fitted = new double[y.length];
        double sse = 0;
        for (int t = 0; t < y.length; t++) {
            int pos = t % m;
            double so = s[pos];
            double base = l + b;
            double e;
            if (seasonality == Seasonality.ADDITIVE) {
                fitted[t] = base + so;
                e = y[t] - fitted[t];
                l = base + p.alpha() * e;
                b = b + p.beta() * e;
                s[pos] = so + p.gamma() * e;
            } else {
                fitted[t] = base * so;
                e = y[t] - fitted[t];
                l = base + p.alpha() * e / so;
                b = b + p.beta() * e / so;
                s[pos] = multiplicativeSeason(p, y[t], l, so);
            }
            sse += e * e;
        }
        if (!Double.isFinite(sse)) {
            sse = Double.MAX_VALUE;
        }
        return new State(fitted, sse, l, b, s);
    }

    /**
     * Holt–Winters' multiplicative season update {@code s' = γ* y / l' + (1 - γ*) s₋ₘ} with {@code γ* = γ / (1 - α)}
     * and l' the new level, as statsmodels computes it (checked to 1e-13 against {@code ETSModel.smooth}).
     */
    private static double multiplicativeSeason(Parameters p, double y, double newLevel, double previous) {
        double g = p.gamma() / (1 - p.alpha());
        return g * y / newLevel + (1 - g) * previous;
    }

    private static Parameters fromFree(double[] u) {
        double alpha = bounded(u[0]);
        return new Parameters(alpha, alpha * bounded(u[1]), (1 - alpha) * bounded(u[2]));
    }

    private static boolean atBound(double ratio) {
        return ratio <= LOW + 1e-3 || ratio >= HIGH - 1e-3;
    }

    private static double bounded(double u) {
        return LOW + (HIGH - LOW) / (1 + Math.exp(-u));
    }

    private static double logit(double p) {
        double q = (p - LOW) / (HIGH - LOW);
        return Math.log(q / (1 - q));
    }

    private static double quantile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
