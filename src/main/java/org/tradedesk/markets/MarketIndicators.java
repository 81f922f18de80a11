package org.tradedesk.markets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.distribution.continuous.TDistribution;
import org.springframework.stereotype.Service;
import org.tradedesk.markets.domain.Growth;
import org.tradedesk.markets.domain.stats.Figure;
import org.tradedesk.markets.domain.stats.TradeIndicators;
import org.tradedesk.markets.importing.ComtradeCountries;
import org.tradedesk.markets.persistence.TradeTable;
import org.tradedesk.shared.MessageText;

/**
 * Market indicators of one product across every market and year of a dataset (issue 9): DuckDB computes the aggregates
 * in one statement ({@link TradeTable#indicators}); this class only turns each row into {@link Figure}s with their
 * formula and, where a figure is undefined, the reason.
 *
 * <ul>
 * <li>value: trade with the World (partner 0), or the sum of the partners when the dataset has no World rows;</li>
 * <li>unit value = value ÷ quantity (none when the quantity is absent, zero or in mixed units);</li>
 * <li>YoY growth = v_t ÷ v_(t−1) − 1 (none without the previous calendar year);</li>
 * <li>CAGR = (v_last ÷ v_first)^(1/years) − 1 and log-linear trend growth e^b − 1 (b the least-squares slope of ln v
 * on the year; 95 % interval e^(b ± t(0.975, n−2)·se(b)) − 1), over the market's full, final years only — no trend
 * under 4 years ({@link Growth#MIN_TREND_POINTS});</li>
 * <li>market share = the reporter's value ÷ the sum of all reporters' values that year (the reporters of the dataset);</li>
 * <li>RCA (Balassa) = (x_ik ÷ X_i) ÷ (x_wk ÷ X_w), X the total over all products (TOTAL rows, or the codes of the
 * shallowest level when the dataset holds more than one), w the reporters holding both; not computable otherwise;</li>
 * <li>relative trade balance = (X − M) ÷ (X + M) where the dataset holds both flows of the reporter;</li>
 * <li>mirror rows: a partner that reports nothing of the product (Taiwan as 490), its flow estimated from what the
 * reporters declare in the opposite flow (its imports = their exports to it, FOB).</li>
 * </ul>
 */
@Service
public class MarketIndicators {

    public static final String CAGR = "markets.indicators.formula.cagr";
    public static final String SHARE_OF_REPORTERS = "markets.indicators.formula.share-of-reporters";
    public static final String RCA_IMPORTS = "markets.indicators.formula.rca-imports";

    private final MarketDatasets datasets;
    private final TradeTable table;

    public MarketIndicators(MarketDatasets datasets, TradeTable table) {
        this.datasets = datasets;
        this.table = table;
    }

    public IndicatorsView indicators(long id, String product, String flow, Integer from, Integer to) {
        // no such dataset first (404), then every parameter problem at once (issue 9 review)
        DatasetView d = datasets.ready(id);
        List<ParameterInvalid> problems = new java.util.ArrayList<>();
        String prod = ParameterInvalid.collect(problems, () -> MarketDatasets.product(product));
        Flow f = ParameterInvalid.collect(problems, () -> MarketDatasets.flow(flow));
        Integer fromYear = ParameterInvalid.collect(problems, () -> MarketDatasets.year("from", from, 1900));
        Integer toYear = ParameterInvalid.collect(problems, () -> MarketDatasets.year("to", to, 2100));
        if (fromYear != null && toYear != null && fromYear > toYear) {
            problems.add(new ParameterInvalid("from", from + " > " + to));
        }
        ParameterInvalid.throwAll(problems);
        List<TradeTable.IndicatorInput> input = table.indicators(id, f.name(), prod, fromYear, toYear);
        return view(id, prod, f, from == null ? null : fromYear, to == null ? null : toYear, input, table.coverage(id),
                d.valuationBasis(), d.units(), d.source());
    }

    /**
     * The figures of DuckDB's rows ({@link TradeTable#indicators}); {@code from}/{@code to} null: the years the rows span.
     * Public for the benchmark, which times the product's whole path without the application context.
     */
    public static IndicatorsView view(long id, String prod, Flow f, Integer from, Integer to, List<TradeTable.IndicatorInput> input,
                                      TradeTable.Coverage cover, String valuationBasis, String units, String source) {
        int fromYear = from == null ? 1900 : from;
        int toYear = to == null ? 2100 : to;
        MessageText basis = MessageText.of(cover.world() ? "markets.indicators.basis.world" : "markets.indicators.basis.partners");
        MessageText rcaBasis = cover.total() ? MessageText.of("markets.indicators.rca.basis-total")
                : cover.topCodes() > 1 ? MessageText.of("markets.indicators.rca.basis-level", MessageText.Arg.number(cover.topCodes()),
                MessageText.Arg.number(cover.topLength()))
                : MessageText.of("markets.indicators.rca.no-total");
        boolean rcaComputable = cover.total() || cover.topCodes() > 1;
        String rcaFormula = f == Flow.X ? TradeIndicators.RCA : RCA_IMPORTS;

        List<IndicatorsView.Row> rows = new ArrayList<>();
        Map<String, IndicatorsView.Market> markets = new LinkedHashMap<>();
        // the months each market's year covers (12: a full year), to compare only like periods in the YoY growth
        Map<String, Integer> months = new java.util.HashMap<>();
        for (TradeTable.IndicatorInput in : input) {
            months.put((in.mirror() ? "m" : "r") + in.code() + "|" + in.year(), in.partialToMonth() == null ? 12 : in.partialToMonth());
        }
        for (TradeTable.IndicatorInput in : input) {
            if (in.mirror() && ComtradeCountries.aggregate(in.code())) {
                continue; // areas and "nes" groups are no market of their own
            }
            String iso3 = in.iso3() != null && !in.iso3().isBlank() ? in.iso3() : ComtradeCountries.iso3(in.code());
            String name = ComtradeCountries.name(in.code());
            double v = in.value().doubleValue();
            Figure unitValue = TradeIndicators.unitValue(v, in.quantity());
            int covered = in.partialToMonth() == null ? 12 : in.partialToMonth();
            Integer coveredBefore = months.get((in.mirror() ? "m" : "r") + in.code() + "|" + (in.year() - 1));
            Figure yoy;
            if (in.previous() != null && in.previousYear() != null && in.previousYear() != in.year() - 1) {
                yoy = Figure.undefined(TradeIndicators.YOY_GROWTH, "markets.stats.yoy.no-previous");
            } else if (in.previous() != null && covered != (coveredBefore == null ? 12 : coveredBefore)) {
                // a partial period (January–month) against a year of other months is no growth rate: the dataset holds
                // annual rows only, so the same months of the previous year are not at hand
                yoy = Figure.undefined(TradeIndicators.YOY_GROWTH, covered < 12 ? "markets.indicators.yoy.partial"
                        : "markets.indicators.yoy.partial-before", covered < 12 ? covered : coveredBefore);
            } else {
                yoy = TradeIndicators.yoyGrowth(v, in.previous() == null ? null : in.previous().doubleValue());
            }
            Figure share;
            Figure rca;
            Figure balance;
            List<MessageText> notes = new ArrayList<>();
            if (in.mirror()) {
                share = Figure.undefined(SHARE_OF_REPORTERS, "markets.indicators.mirror.no-share");
                rca = Figure.undefined(rcaFormula, "markets.indicators.mirror.no-rca");
                balance = Figure.undefined(TradeIndicators.RELATIVE_TRADE_BALANCE, "markets.indicators.mirror.no-balance");
                notes.add(MessageText.of(f == Flow.M ? "markets.indicators.mirror.imports" : "markets.indicators.mirror.exports",
                        MessageText.Arg.number(in.mirrorSources())));
            } else {
                share = in.reportersTotal() == null || in.reportersTotal().signum() == 0
                        ? Figure.undefined(SHARE_OF_REPORTERS, "markets.stats.zero-denominator")
                        : withNote(new Figure(SHARE_OF_REPORTERS, v / in.reportersTotal().doubleValue(), List.of()),
                        MessageText.of("markets.indicators.share.reporters", MessageText.Arg.number(in.reporters())));
                if (!rcaComputable) {
                    rca = Figure.undefined(rcaFormula, "markets.indicators.rca.no-total");
                } else if (in.reporterAllProducts() == null) {
                    rca = Figure.undefined(rcaFormula, "markets.indicators.rca.no-reporter-total");
                } else if (in.worldReporters() < 2) {
                    rca = Figure.undefined(rcaFormula, "markets.indicators.rca.one-reporter");
                } else {
                    rca = withNote(TradeIndicators.rca(v, in.reporterAllProducts().doubleValue(), in.worldProduct().doubleValue(),
                            in.worldAllProducts().doubleValue()), MessageText.of("markets.indicators.rca.world",
                            MessageText.Arg.number(in.worldReporters())));
                    rca = new Figure(rcaFormula, rca.value(), rca.notes());
                }
                if (in.otherFlow() == null) {
                    balance = Figure.undefined(TradeIndicators.RELATIVE_TRADE_BALANCE, "markets.indicators.balance.one-flow");
                } else {
                    double other = in.otherFlow().doubleValue();
                    balance = f == Flow.X ? TradeIndicators.relativeTradeBalance(v, other) : TradeIndicators.relativeTradeBalance(other, v);
                }
            }
            if (in.partialToMonth() != null) {
                notes.add(MessageText.of("markets.indicators.preliminary"));
            } else if (in.preliminary()) {
                // a preliminary FULL year keeps its YoY growth; only CAGR and trend growth (full, final years) leave it out
                notes.add(MessageText.of("markets.indicators.preliminary.full-year"));
            }
            rows.add(new IndicatorsView.Row(in.code(), iso3, name, in.year(), in.mirror(), in.value(), in.quantity(), in.unit(),
                    in.preliminary(), in.partialToMonth(), unitValue, yoy, share, rca, balance, List.copyOf(notes)));
            markets.computeIfAbsent((in.mirror() ? "m" : "r") + in.code(), k -> market(in, iso3, name));
        }
        return new IndicatorsView(id, prod, f, from == null && !rows.isEmpty() ? rows.stream().mapToInt(IndicatorsView.Row::year).min()
                .orElse(fromYear) : fromYear, to == null && !rows.isEmpty() ? rows.stream().mapToInt(IndicatorsView.Row::year).max()
                .orElse(toYear) : toYear, basis, rcaBasis, List.copyOf(markets.values()), rows, valuationBasis, units, source);
    }

    private static IndicatorsView.Market market(TradeTable.IndicatorInput in, String iso3, String name) {
        Figure cagr;
        if (in.years() < 2 || in.lastYear() == null || in.lastYear().equals(in.firstYear())) {
            cagr = Figure.undefined(CAGR, "markets.indicators.cagr.too-few", in.years());
        } else {
            cagr = new Figure(CAGR, Math.pow(in.lastValue() / in.firstValue(), 1.0 / (in.lastYear() - in.firstYear())) - 1, List.of());
        }
        Figure trend;
        List<Double> ci = null;
        if (in.years() < Growth.MIN_TREND_POINTS || in.slope() == null || in.slopeError() == null) {
            trend = Figure.undefined(org.tradedesk.markets.domain.stats.TrendRegression.FORMULA, "markets.stats.trend.too-few-points", in.years(), Growth.MIN_TREND_POINTS);
        } else {
            double t = new TDistribution(in.years() - 2).inverseCumulativeProbability(0.975);
            trend = new Figure(org.tradedesk.markets.domain.stats.TrendRegression.FORMULA, Math.exp(in.slope()) - 1, List.of());
            ci = List.of(Math.exp(in.slope() - t * in.slopeError()) - 1, Math.exp(in.slope() + t * in.slopeError()) - 1);
        }
        return new IndicatorsView.Market(in.code(), iso3, name, in.mirror(), cagr, trend, ci, in.years());
    }


    private static Figure withNote(Figure f, MessageText note) {
        List<MessageText> notes = new ArrayList<>(f.notes());
        if (f.defined()) {
            notes.add(note);
        }
        return new Figure(f.formula(), f.value(), notes);
    }
}
