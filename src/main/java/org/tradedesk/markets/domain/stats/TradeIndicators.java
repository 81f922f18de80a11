package org.tradedesk.markets.domain.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Trade indicators as ITC Trade Map and WITS define them (WITS "Trade Indicators" help pages; Balassa
 * 1965 for RCA; Michaely 1996 for complementarity). Every result carries the message code of its formula.
 * Shares and indices are fractions / ratios (0.25 = 25 %), not percentages, except the complementarity
 * index, which WITS states on 0–100.
 */
public final class TradeIndicators {

    public static final String UNIT_VALUE = "markets.stats.formula.unit-value";
    public static final String YOY_GROWTH = "markets.stats.formula.yoy-growth";
    public static final String SHARE_OF_PARTNER = "markets.stats.formula.share-of-partner";
    public static final String MARKET_SHARE = "markets.stats.formula.market-share";
    public static final String RCA = "markets.stats.formula.rca";
    public static final String TRADE_INTENSITY = "markets.stats.formula.trade-intensity";
    public static final String TRADE_COMPLEMENTARITY = "markets.stats.formula.trade-complementarity";
    public static final String RELATIVE_TRADE_BALANCE = "markets.stats.formula.relative-trade-balance";

    private TradeIndicators() {
    }

    /** Value ÷ quantity; undefined when the quantity is absent or zero (Comtrade leaves many empty or 0). */
    public static Figure unitValue(double value, Double quantity) {
        if (quantity == null || quantity == 0 || !Double.isFinite(quantity)) {
            return Figure.undefined(UNIT_VALUE, "markets.stats.unit-value.no-quantity");
        }
        return Figure.of(UNIT_VALUE, value / quantity);
    }

    /** {@code v_t / v_{t-1} - 1}; undefined without a previous year or from a zero base. */
    public static Figure yoyGrowth(double current, Double previous) {
        if (previous == null) {
            return Figure.undefined(YOY_GROWTH, "markets.stats.yoy.no-previous");
        }
        if (previous == 0) {
            return Figure.undefined(YOY_GROWTH, "markets.stats.yoy.zero-base");
        }
        return Figure.of(YOY_GROWTH, current / previous - 1);
    }

    /** Trade Map "share in the reporter's exports (imports)": {@code x_ij,k / x_iW,k}. */
    public static Figure shareOfPartner(double withPartner, double withWorld) {
        return ratio(SHARE_OF_PARTNER, withPartner, withWorld);
    }

    /** Trade Map "share in the market's imports": {@code x_ij,k / m_jW,k}. */
    public static Figure marketShare(double reporterToMarket, double marketImportsFromWorld) {
        return ratio(MARKET_SHARE, reporterToMarket, marketImportsFromWorld);
    }

    /**
     * Balassa's revealed comparative advantage {@code (x_ik / X_i) / (x_wk / X_w)}: i's share of product k
     * in its exports over the world's. Above 1: i is specialised in k.
     */
    public static Figure rca(double countryProductExports, double countryTotalExports,
                             double worldProductExports, double worldTotalExports) {
        if (countryTotalExports == 0 || worldProductExports == 0 || worldTotalExports == 0) {
            return Figure.undefined(RCA, "markets.stats.zero-denominator");
        }
        return Figure.of(RCA, (countryProductExports / countryTotalExports) / (worldProductExports / worldTotalExports));
    }

    /**
     * WITS trade intensity index {@code (x_ij / X_i) / (x_wj / X_w)}: the share of j in i's exports over
     * the share of j in world exports. Above 1: i trades more with j than the world does.
     */
    public static Figure tradeIntensity(double exportsIToJ, double exportsITotal,
                                        double worldExportsToJ, double worldExportsTotal) {
        if (exportsITotal == 0 || worldExportsToJ == 0 || worldExportsTotal == 0) {
            return Figure.undefined(TRADE_INTENSITY, "markets.stats.zero-denominator");
        }
        return Figure.of(TRADE_INTENSITY, (exportsIToJ / exportsITotal) / (worldExportsToJ / worldExportsTotal));
    }

    /** {@code (x - m) / (x + m)} on −1 … 1: +1 only exports, −1 only imports. */
    public static Figure relativeTradeBalance(double exports, double imports) {
        return exports + imports == 0
                ? Figure.undefined(RELATIVE_TRADE_BALANCE, "markets.stats.zero-denominator")
                : Figure.of(RELATIVE_TRADE_BALANCE, (exports - imports) / (exports + imports));
    }

    /** Herfindahl–Hirschman index of the given values (partners or suppliers), see {@link Concentration}. */
    public static Concentration concentration(Map<String, Double> values) {
        return Concentration.of(values);
    }

    /**
     * The table per reporter × partner × product × flow × year: value, quantity, unit value, YoY growth,
     * share of the partner in the reporter's trade with the World (row {@code partner = world}), and the
     * reporter's share in the partner's imports from the World when the partner reports them.
     */
    public static List<IndicatorRow> table(List<Observation> observations, String world) {
        Map<Key, Observation> byKey = new HashMap<>();
        for (Observation o : observations) {
            Key key = Key.of(o);
            if (byKey.putIfAbsent(key, o) != null) {
                throw new StatisticsInputException("markets.stats.observation.duplicate",
                        o.reporter(), o.partner(), o.product(), o.flow(), o.year());
            }
        }
        List<IndicatorRow> rows = new ArrayList<>();
        for (Observation o : observations) {
            Observation previous = byKey.get(new Key(o.year() - 1, o.reporter(), o.partner(), o.product(), o.flow()));
            Figure share;
            Figure market;
            if (o.partner().equals(world)) {
                share = Figure.of(SHARE_OF_PARTNER, 1.0);
                market = Figure.undefined(MARKET_SHARE, "markets.stats.market-share.world");
            } else {
                Observation total = byKey.get(new Key(o.year(), o.reporter(), world, o.product(), o.flow()));
                share = total == null
                        ? Figure.undefined(SHARE_OF_PARTNER, "markets.stats.share.no-world-total", o.reporter(), o.year())
                        : shareOfPartner(o.value(), total.value());
                Observation partnerTotal = byKey.get(new Key(o.year(), o.partner(), world, o.product(), o.flow().mirror()));
                market = partnerTotal == null
                        ? Figure.undefined(MARKET_SHARE, "markets.stats.market-share.partner-not-reporting", o.partner(), o.year())
                        : marketShare(o.value(), partnerTotal.value());
            }
            rows.add(new IndicatorRow(o, unitValue(o.value(), o.quantity()),
                    yoyGrowth(o.value(), previous == null ? null : previous.value()), share, market));
        }
        rows.sort(Comparator.comparing((IndicatorRow r) -> r.observation().reporter())
                .thenComparing(r -> r.observation().partner()).thenComparing(r -> r.observation().product())
                .thenComparing(r -> r.observation().flow()).thenComparingInt(r -> r.observation().year()));
        return rows;
    }

    private static Figure ratio(String formula, double part, double whole) {
        return whole == 0 ? Figure.undefined(formula, "markets.stats.zero-denominator") : Figure.of(formula, part / whole);
    }

    private record Key(int year, String reporter, String partner, String product, TradeFlow flow) {
        static Key of(Observation o) {
            return new Key(o.year(), o.reporter(), o.partner(), o.product(), o.flow());
        }

        Key {
            Objects.requireNonNull(flow);
        }
    }

    /** One line of {@link #table}. */
    public record IndicatorRow(Observation observation, Figure unitValue, Figure yoyGrowth,
                               Figure shareOfPartner, Figure marketShare) {
    }
}
