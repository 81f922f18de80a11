package org.tradedesk.markets.domain.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tradedesk.shared.MessageText;

/**
 * Weighted scoring of candidate markets. Each criterion's values are normalised across the candidates —
 * min–max {@code (v - min)/(max - min)} or z {@code (v - mean)/sd} (sample sd) — turned round where lower is
 * better ({@code 1 - n} resp. {@code -z}); the score is {@code Σ w_c n_c} with the stated weights divided by their
 * sum. The market-access criterion is the tariff rate of {@link MarketAccess} (lower is better), so the
 * score is tariff-adjusted; its provenance stays on each market's line.
 *
 * <p>Sensitivity: each weight in turn multiplied by {@code 1 ± x} (the others kept, all renormalised);
 * the new ranking and every pair of markets whose order reverses are listed.
 */
public final class MarketScoring {

    public static final String FORMULA = "markets.stats.formula.weighted-score";
    public static final int MAX_MARKETS = 300;
    /** The largest weight taken (weights are relative; a larger one is a typing error, and 1e308 overflows the sum). */
    public static final double MAX_WEIGHT = 1_000_000;

    private MarketScoring() {
    }

    public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER }

    public enum Criterion {
        /** Imports of the product by the market (value). */
        DEMAND_SIZE(Direction.HIGHER_IS_BETTER),
        /** Trend growth of those imports. */
        DEMAND_GROWTH(Direction.HIGHER_IS_BETTER),
        /** HHI of the market's suppliers: a concentrated market is harder to enter. */
        SUPPLIER_CONCENTRATION(Direction.LOWER_IS_BETTER),
        /** Our (the reporter's) share of the market's imports: a foothold. */
        OUR_SHARE(Direction.HIGHER_IS_BETTER),
        /** Unit value of the market's imports: the price level it pays. */
        UNIT_VALUE(Direction.HIGHER_IS_BETTER),
        /** Tariff rate the product faces ({@link MarketAccess}). */
        TARIFF(Direction.LOWER_IS_BETTER);

        private final Direction usual;

        Criterion(Direction usual) {
            this.usual = usual;
        }


        public Direction usualDirection() {
            return usual;
        }

        public String code() {
            return "markets.stats.criterion." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public enum Normalisation { MIN_MAX, Z_SCORE }

    /** A weight as the user states it (any non-negative number; they are divided by their sum), and the direction. */
    public record Weight(Criterion criterion, double weight, Direction direction) {
        public Weight {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(direction, "direction");
            if (!Double.isFinite(weight) || weight < 0) {
                throw new StatisticsInputException("markets.stats.scoring.weight", criterion.code(), weight);
            }
        }

        public static Weight of(Criterion criterion, double weight) {
            return new Weight(criterion, weight, criterion.usualDirection());
        }
    }

    /** One candidate market: its criterion values (TARIFF is taken from {@code access}). */
    public record Candidate(String market, Map<Criterion, Double> values, MarketAccess access) {
        public Candidate {
            Objects.requireNonNull(market, "market");
            values = Map.copyOf(values);
        }

        double value(Criterion c) {
            if (c == Criterion.TARIFF) {
                if (access == null) {
                    throw new StatisticsInputException("markets.stats.scoring.missing", MarketName.of(market), c.code());
                }
                return access.ratePercent();
            }
            Double v = values.get(c);
            if (v == null || !Double.isFinite(v)) {
                throw new StatisticsInputException("markets.stats.scoring.missing", MarketName.of(market), c.code());
            }
            return v;
        }
    }

    public record MarketScore(String market, int rank, double score, Map<Criterion, Double> normalised,
                              Map<Criterion, Double> contributions, MarketAccess access) {
        public MarketScore {
            normalised = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(normalised));
            contributions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(contributions));
        }
    }

    public record Result(String formula, Normalisation normalisation, Map<Criterion, Double> weights,
                         List<MarketScore> ranking, List<MessageText> notes) {

        public Result {
            weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
            ranking = List.copyOf(ranking);
            notes = List.copyOf(notes);
        }

        public List<String> order() {
            return ranking.stream().map(MarketScore::market).toList();
        }

        public MarketScore of(String market) {
            return ranking.stream().filter(s -> s.market().equals(market)).findFirst().orElse(null);
        }
    }

    /** {@code nowAbove} was ranked below {@code nowBelow} and now ranks above it. */
    public record Reversal(String nowAbove, String nowBelow) {
    }

    public record SensitivityCase(Criterion criterion, double weightFactor, List<String> ranking, List<Reversal> reversals) {
        public SensitivityCase {
            ranking = List.copyOf(ranking);
            reversals = List.copyOf(reversals);
        }
    }

    public record Sensitivity(double change, List<SensitivityCase> cases) {
        public Sensitivity {
            cases = List.copyOf(cases);
        }

        public boolean stable() {
            return cases.stream().allMatch(c -> c.reversals().isEmpty());
        }
    }

    public static Result score(List<Candidate> candidates, List<Weight> weights, Normalisation normalisation) {
        if (weights.stream().anyMatch(w -> w.weight() > MAX_WEIGHT)) {
            throw new StatisticsInputException("markets.stats.scoring.weight-too-large", Long.toString((long) MAX_WEIGHT));
        }
        return rank(candidates, weights, normalisation);
    }

    private static Result rank(List<Candidate> candidates, List<Weight> weights, Normalisation normalisation) {
        if (candidates.size() < 2 || candidates.size() > MAX_MARKETS) {
            throw new StatisticsInputException("markets.stats.scoring.candidates", candidates.size(), 2, MAX_MARKETS);
        }
        if (candidates.stream().map(Candidate::market).distinct().count() != candidates.size()) {
            throw new StatisticsInputException("markets.stats.scoring.duplicate-market");
        }
        Map<Criterion, Weight> byCriterion = new EnumMap<>(Criterion.class);
        for (Weight w : weights) {
            if (byCriterion.put(w.criterion(), w) != null) {
                throw new StatisticsInputException("markets.stats.scoring.weight-twice", w.criterion().code());
            }
        }
        double sum = weights.stream().mapToDouble(Weight::weight).sum();
        if (!(sum > 0)) {
            throw new StatisticsInputException("markets.stats.scoring.no-weight");
        }
        if (!Double.isFinite(sum)) {
            // 1e308 + 1e308 overflows: every weight divided by ∞ is 0 and every score 0 — refused, never shown
            throw new StatisticsInputException("markets.stats.scoring.weight-too-large", Long.toString((long) MAX_WEIGHT));
        }
        List<MessageText> notes = new ArrayList<>();
        Map<Criterion, Double> normalisedWeights = new EnumMap<>(Criterion.class);
        Map<Criterion, double[]> normalised = new EnumMap<>(Criterion.class);
        for (Weight w : byCriterion.values()) {
            normalisedWeights.put(w.criterion(), w.weight() / sum);
            double[] v = candidates.stream().mapToDouble(c -> c.value(w.criterion())).toArray();
            double[] n = normalise(v, normalisation);
            if (n == null) {
                // t2fixP: the note says what each market scores on it (0.5 each stood unexplained in the table)
                boolean minMax = normalisation == Normalisation.MIN_MAX;
                notes.add(MessageText.of("markets.stats.scoring.no-spread-each", MessageText.Arg.code(w.criterion().code()),
                        MessageText.Arg.literal(minMax ? "0.5" : "0")));
                n = new double[v.length];
                java.util.Arrays.fill(n, minMax ? 0.5 : 0);
            } else if (w.direction() == Direction.LOWER_IS_BETTER) {
                for (int i = 0; i < n.length; i++) {
                    n[i] = normalisation == Normalisation.MIN_MAX ? 1 - n[i] : -n[i];
                }
            }
            normalised.put(w.criterion(), n);
        }
        for (Candidate c : candidates) {
            if (c.access() != null && c.access().source() != MarketAccess.Source.LOADED_SCHEDULE && byCriterion.containsKey(Criterion.TARIFF)) {
                notes.add(MessageText.of("markets.stats.scoring.tariff-provenance", MessageText.Arg.country(c.market()),
                        MessageText.Arg.code(c.access().source().code())));
            }
        }
        List<MarketScore> scores = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Map<Criterion, Double> n = new LinkedHashMap<>();
            Map<Criterion, Double> contributions = new LinkedHashMap<>();
            double total = 0;
            for (Criterion c : normalisedWeights.keySet()) {
                double value = normalised.get(c)[i];
                n.put(c, value);
                contributions.put(c, normalisedWeights.get(c) * value);
                total += normalisedWeights.get(c) * value;
            }
            scores.add(new MarketScore(candidates.get(i).market(), 0, total, n, contributions, candidates.get(i).access()));
        }
        scores.sort(Comparator.comparingDouble(MarketScore::score).reversed().thenComparing(MarketScore::market));
        List<MarketScore> ranked = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            MarketScore s = scores.get(i);
            ranked.add(new MarketScore(s.market(), i + 1, s.score(), s.normalised(), s.contributions(), s.access()));
        }
        return new Result(FORMULA, normalisation, normalisedWeights, List.copyOf(ranked), notes);
    }

    /** How the ranking changes when each weight moves by ±{@code change} (0.2 = ±20 %). */
    public static Sensitivity sensitivity(List<Candidate> candidates, List<Weight> weights, Normalisation normalisation, double change) {
        if (!(change > 0 && change <= 1)) {
            throw new StatisticsInputException("markets.stats.scoring.change", change);
        }
        List<String> base = score(candidates, weights, normalisation).order();
        List<SensitivityCase> cases = new ArrayList<>();
        for (Weight w : weights) {
            for (double factor : new double[] {1 + change, 1 - change}) {
                List<Weight> moved = weights.stream()
                        .map(o -> o.criterion() == w.criterion() ? new Weight(o.criterion(), o.weight() * factor, o.direction()) : o)
                        .toList();
                if (moved.stream().mapToDouble(Weight::weight).sum() <= 0) {
                    continue;
                }
                List<String> order = rank(candidates, moved, normalisation).order();
                cases.add(new SensitivityCase(w.criterion(), factor, order, reversals(base, order)));
            }
        }
        return new Sensitivity(change, cases);
    }

    static List<Reversal> reversals(List<String> before, List<String> after) {
        Map<String, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < after.size(); i++) {
            position.put(after.get(i), i);
        }
        List<Reversal> out = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            for (int j = i + 1; j < before.size(); j++) {
                String above = before.get(i);
                String below = before.get(j);
                if (position.get(below) < position.get(above)) {
                    out.add(new Reversal(below, above));
                }
            }
        }
        return out;
    }

    /**
     * Two values closer than this, relative to the larger, are the same figure (floating-point noise from the data's sums and
     * fits): HHI 0.5199999997 and 0.5199999987 both print 0.5200 and must not normalise to 0 and 1.
     */
    public static final double TIE_TOLERANCE = 1e-6;

    private static double[] normalise(double[] raw, Normalisation how) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : raw) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double tolerance = TIE_TOLERANCE * Math.max(Math.abs(min), Math.abs(max));
        if (max - min <= tolerance) {
            return null;
        }
        // a value within the tolerance of the lowest (highest) is the lowest (highest): near-ties at the ends tie exactly
        double[] v = new double[raw.length];
        double mean = 0;
        for (int i = 0; i < raw.length; i++) {
            v[i] = raw[i] - min <= tolerance ? min : max - raw[i] <= tolerance ? max : raw[i];
            mean += v[i] / v.length;
        }
        double[] n = new double[v.length];
        if (how == Normalisation.MIN_MAX) {
            for (int i = 0; i < v.length; i++) {
                n[i] = (v[i] - min) / (max - min);
            }
            return n;
        }
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(ss / (v.length - 1));
        for (int i = 0; i < v.length; i++) {
            n[i] = (v[i] - mean) / sd;
        }
        return n;
    }
}
