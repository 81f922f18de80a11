package org.tradedesk.markets.domain.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tradedesk.shared.MessageText;

/**
 * Checks a market decision against its own data (P2.3.1 "check the decision agrees with it"): a market
 * chosen although its trend shrinks, although it scores lowest or below markets not chosen, although its
 * trend cannot be told (too few years), or one that was never scored. Where the decision states a
 * reason, the contradiction is kept as information (the reason answers it) instead of a warning.
 */
public final class DecisionCheck {

    private DecisionCheck() {
    }

    public enum Severity { ERROR, WARNING, INFO }

    /** A chosen market and the reason given for it (blank = none). */
    public record Choice(String market, String reason) {
        public Choice {
            Objects.requireNonNull(market, "market");
        }

        /**
         * A reason that answers a contradiction: at least {@link #MIN_REASON_LETTERS} letters (Latin or CJK characters alike),
         * punctuation, digits and spaces not counted — "." or "1" is no reason (t2fixO).
         */
        boolean hasReason() {
            return reason != null && reason.codePoints().filter(Character::isLetter).count() >= MIN_REASON_LETTERS;
        }

        /** Something was typed as a reason, but too little to count as one (". ", "1"). */
        boolean thinReason() {
            return reason != null && !reason.isBlank() && !hasReason();
        }
    }

    /** The letters (or CJK characters) a reason needs at least to answer a contradiction. */
    public static final int MIN_REASON_LETTERS = 2;

    /** One finding: a message code (rule), the market it concerns, and the text with its figures. */
    public record Finding(Severity severity, String market, MessageText text) {
        public String code() {
            return text.code();
        }
    }

    /**
     * @param trends trend of each market's demand (e.g. imports of the product), by market code; a market
     *               missing here counts as "no trend"
     * @param sensitivity the ranking's sensitivity to the weights, or null if not computed
     */
    public static List<Finding> check(List<Choice> chosen, MarketScoring.Result scoring, Map<String, TrendRegression.Result> trends,
                                      MarketScoring.Sensitivity sensitivity) {
        List<Finding> findings = new ArrayList<>();
        if (chosen.isEmpty()) {
            findings.add(new Finding(Severity.ERROR, null, MessageText.of("markets.stats.decision.nothing-chosen")));
            return findings;
        }
        List<String> chosenMarkets = chosen.stream().map(Choice::market).toList();
        int last = scoring.ranking().size();
        for (Choice c : chosen) {
            MarketScoring.MarketScore s = scoring.of(c.market());
            if (s == null) {
                findings.add(new Finding(Severity.ERROR, c.market(),
                        MessageText.of("markets.stats.decision.not-scored", MessageText.Arg.country(c.market()))));
                continue;
            }
            Severity contradiction = c.hasReason() ? Severity.INFO : Severity.WARNING;
            String suffix = c.hasReason() ? ".reasoned" : "";
            TrendRegression.Result trend = trends.get(c.market());
            if (trend == null || !trend.hasTrend()) {
                findings.add(new Finding(contradiction, c.market(),
                        MessageText.of("markets.stats.decision.no-trend" + suffix, MessageText.Arg.country(c.market()))));
            } else if (trend.trend().growth() < 0) {
                boolean significant = trend.trend().growthHigh() < 0;
                findings.add(new Finding(contradiction, c.market(), MessageText.of(
                        (significant ? "markets.stats.decision.shrinking" : "markets.stats.decision.negative-trend") + suffix,
                        MessageText.Arg.country(c.market()), percent(trend.trend().growth()))));
            }
            if (s.rank() == last) {
                findings.add(new Finding(contradiction, c.market(), MessageText.of("markets.stats.decision.lowest-score" + suffix,
                        MessageText.Arg.country(c.market()), MessageText.Arg.number(s.rank()), MessageText.Arg.number(last))));
            } else {
                List<String> better = scoring.ranking().stream()
                        .filter(o -> o.rank() < s.rank() && !chosenMarkets.contains(o.market()))
                        .map(MarketScoring.MarketScore::market).toList();
                if (!better.isEmpty()) {
                    findings.add(new Finding(contradiction, c.market(), MessageText.of("markets.stats.decision.outranked" + suffix,
                            MessageText.Arg.country(c.market()), MessageText.Arg.number(s.rank()),
                            MessageText.Arg.country(String.join(",", better)))));
                }
            }
            if (c.thinReason() && findings.stream().anyMatch(f -> c.market().equals(f.market()) && f.severity() == Severity.WARNING)) {
                // the warnings stay, and the decision says why the reason typed did not answer them
                findings.add(new Finding(Severity.WARNING, c.market(), MessageText.of("markets.stats.decision.reason-too-short",
                        MessageText.Arg.country(c.market()), MessageText.Arg.literal(c.reason().strip()),
                        MessageText.Arg.number(MIN_REASON_LETTERS))));
            }
            if (s.access() != null && s.access().source() != MarketAccess.Source.LOADED_SCHEDULE) {
                findings.add(new Finding(Severity.INFO, c.market(), MessageText.of("markets.stats.decision.tariff-not-loaded",
                        MessageText.Arg.country(c.market()), MessageText.Arg.code(s.access().source().code()))));
            }
            if (sensitivity != null) {
                long flips = sensitivity.cases().stream().flatMap(k -> k.reversals().stream())
                        .filter(r -> r.nowAbove().equals(c.market()) || r.nowBelow().equals(c.market())).count();
                if (flips > 0) {
                    findings.add(new Finding(Severity.INFO, c.market(), MessageText.of("markets.stats.decision.rank-sensitive",
                            MessageText.Arg.country(c.market()), MessageText.Arg.number(flips),
                            MessageText.Arg.percent(java.math.BigDecimal.valueOf(sensitivity.change() * 100).stripTrailingZeros()))));
                }
            }
        }
        return findings;
    }

    private static MessageText.Arg percent(double fraction) {
        return MessageText.Arg.percent(java.math.BigDecimal.valueOf(fraction * 100).setScale(2, java.math.RoundingMode.HALF_EVEN));
    }
}
