package org.tradedesk.markets.domain.stats;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Herfindahl–Hirschman index {@code H = Σ s_i²} on shares {@code s_i} (0 … 1, as WITS reports it; multiply
 * by 10 000 for the antitrust scale) and the normalised index {@code (H - 1/N) / (1 - 1/N)}, undefined for a
 * single supplier. Shares largest first.
 */
public record Concentration(String formula, double hhi, Double normalizedHhi, int count, List<Share> shares) {

    public static final String HHI = "markets.stats.formula.hhi";

    public Concentration {
        shares = List.copyOf(shares);
    }

    public record Share(String code, double value, double share) {
    }

    static Concentration of(Map<String, Double> values) {
        double total = 0;
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (e.getValue() == null || e.getValue() < 0 || !Double.isFinite(e.getValue())) {
                throw new StatisticsInputException("markets.stats.observation.value", e.getKey(), e.getValue());
            }
            total += e.getValue();
        }
        if (values.isEmpty() || total == 0) {
            throw new StatisticsInputException("markets.stats.concentration.empty");
        }
        double sum = total;
        List<Share> shares = values.entrySet().stream()
                .map(e -> new Share(e.getKey(), e.getValue(), e.getValue() / sum))
                .sorted(Comparator.comparingDouble(Share::share).reversed().thenComparing(Share::code))
                .toList();
        double h = shares.stream().mapToDouble(s -> s.share() * s.share()).sum();
        int n = shares.size();
        Double normalized = n > 1 ? (h - 1.0 / n) / (1 - 1.0 / n) : null;
        return new Concentration(HHI, h, normalized, n, shares);
    }
}
