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
 * With a partner asked for ({@code partner}, e.g. 490 for Taiwan), per reporter and year:
 * <ul>
 * <li>share of partner = m_rp,k ÷ m_rW,k: the market's (reporter r's) imports of the product from the partner over its
 * imports of the product from the World (exports: r's exports to the partner over its exports to the World) — the
 * "import (export) partner share" of WITS (country profile metadata, "Partner share": the share of a partner in the
 * reporter's total imports/exports; computed on one product as the ESCAP/WITS handbook "Trade Statistics in
 * Policymaking", import share: "the percentage of the destination's imports bought from the source … on the basis of
 * total trade, or an individual commodity"). Needs World rows (the market's total) and the reporter's row with the
 * partner; a missing row is not read as zero;</li>
 * <li>trade intensity index (WITS Trade Outcomes help, "Trade Intensity Index"): T_ij = (x_ij ÷ X_it) ÷ (x_wj ÷ X_wt), x
 * the trade in the product, w the reporters of the dataset holding both the partner row and the World row that year
 * (at least 2). Exports: i = the reporter, j = the partner. Imports: i = the partner, j = the market, read from the
 * importers' own declarations (mirror): (m_rp ÷ Σ_w m_wp) ÷ (m_rW ÷ Σ_w m_wW), which is the same quotient as
 * (m_rp ÷ m_rW) ÷ (Σ_w m_wp ÷ Σ_w m_wW) — the share of partner over the world's share of partner;</li>
 * <li>trade complementarity index (WITS Trade Outcomes help, "Trade Complementarity Index"; Michaely 1996):
 * TC = 100 · (1 − Σ_k |m_k − x_k| ÷ 2) over the products k of the dataset's shallowest code level (World rows), m_k the
 * share of k in the importer's imports, x_k in the exporter's exports: imports, the market imports and the partner
 * exports (the partner must report its exports by product); exports, the reporter exports and the partner imports. Not
 * computable when the dataset holds only one code at its top level or no World rows.</li>
 * </ul>
 * Mirror rows have none of the three (their trade with a partner is not declared by them).
 */
@Service
public class MarketIndicators {

    public static final String CAGR = "markets.indicators.formula.cagr";
    public static final String SHARE_OF_REPORTERS = "markets.indicators.formula.share-of-reporters";
    public static final String RCA_IMPORTS = "markets.indicators.formula.rca-imports";
    public static final String INTENSITY_IMPORTS = "markets.indicators.formula.trade-intensity-imports";

    private final MarketDatasets datasets;
    private final TradeTable table;

    public MarketIndicators(MarketDatasets datasets, TradeTable table) {
        this.datasets = datasets;
        this.table = table;
    }

    public IndicatorsView indicators(long id, String product, String flow, Integer from, Integer to) {
        return indicators(id, product, flow, null, from, to);
    }

    /** {@code partner}: the partner of the share of partner, trade intensity and complementarity (blank: none). */
    public IndicatorsView indicators(long id, String product, String flow, String partner, Integer from, Integer to) {
        // no such dataset first (404), then every parameter problem at once (issue 9 review)
        DatasetView d = datasets.ready(id);
        List<ParameterInvalid> problems = new java.util.ArrayList<>();
        String prod = ParameterInvalid.collect(problems, () -> MarketDatasets.product(product));
        Flow f = ParameterInvalid.collect(problems, () -> MarketDatasets.flow(flow));
        Integer fromYear = ParameterInvalid.collect(problems, () -> MarketDatasets.year("from", from, 1900));
        Integer toYear = ParameterInvalid.collect(problems, () -> MarketDatasets.year("to", to, 2100));
        String partnerCode = ParameterInvalid.collect(problems, () -> MarketDatasets.comparisonPartner(partner));
        if (fromYear != null && toYear != null && fromYear > toYear) {
            // t2fixS (review MINOR 5): why, not 「起始年 不正確：「2024 > 2013」」
            problems.add(new ParameterInvalid("from", String.valueOf(from), "markets.query.reason.from-after-to", String.valueOf(to)));
        }
        ParameterInvalid.throwAll(problems);
        List<TradeTable.IndicatorInput> input = table.indicators(id, f.name(), prod, partnerCode, fromYear, toYear);
        return view(id, prod, f, partnerCode, from == null ? null : fromYear, to == null ? null : toYear, input, table.coverage(id),
                d.valuationBasis(), d.units(), d.source()).withProvenance(Provenance.of(d));
    }

    /** {@link #view(long, String, Flow, String, Integer, Integer, List, TradeTable.Coverage, String, String, String)} without a partner. */
    public static IndicatorsView view(long id, String prod, Flow f, Integer from, Integer to, List<TradeTable.IndicatorInput> input,
                                      TradeTable.Coverage cover, String valuationBasis, String units, String source) {
        return view(id, prod, f, null, from, to, input, cover, valuationBasis, units, source);
    }

    /**
     * The figures of DuckDB's rows ({@link TradeTable#indicators}); {@code from}/{@code to} null: the years the rows span.
     * Public for the benchmark, which times the product's whole path without the application context.
     */
    public static IndicatorsView view(long id, String prod, Flow f, String partner, Integer from, Integer to,
                                      List<TradeTable.IndicatorInput> input, TradeTable.Coverage cover, String valuationBasis,
                                      String units, String source) {
        int fromYear = from == null ? 1900 : from;
        int toYear = to == null ? 2100 : to;
        MessageText basis = MessageText.of(cover.world() ? "markets.indicators.basis.world" : "markets.indicators.basis.partners");
        boolean rcaComputable = cover.total() || cover.topCodes() > 1;
        // review t2fixF: a WITS file of one reporter with 29 product groups and a Total series was said to hold "only this
        // product and no TOTAL row"; with one reporter the world would be that reporter itself, whatever the products
        java.util.Set<String> reporterCodes = new java.util.LinkedHashSet<>();
        for (TradeTable.IndicatorInput in : input) {
            if (!in.mirror()) {
                String iso3 = in.iso3() != null && !in.iso3().isBlank() ? in.iso3() : ComtradeCountries.iso3(in.code());
                reporterCodes.add(iso3 != null ? iso3 : in.code());
            }
        }
        MessageText oneReporter = !rcaComputable && reporterCodes.size() == 1
                ? MessageText.of("markets.indicators.rca.one-reporter-dataset", ResearchProjects.marketArg(reporterCodes.iterator().next()))
                : null;
        MessageText rcaBasis = cover.total() ? MessageText.of("markets.indicators.rca.basis-total")
                : cover.topCodes() > 1 ? MessageText.of("markets.indicators.rca.basis-level", MessageText.Arg.number(cover.topCodes()),
                MessageText.Arg.number(cover.topLength()))
                : oneReporter != null ? oneReporter : MessageText.of("markets.indicators.rca.no-total");
        String rcaFormula = f == Flow.X ? TradeIndicators.RCA : RCA_IMPORTS;

        List<IndicatorsView.Row> rows = new ArrayList<>();
        Map<String, IndicatorsView.Market> markets = new LinkedHashMap<>();
        MessageText partnerBasis = partner == null ? MessageText.of("markets.indicators.partner.basis-none")
                : MessageText.of("markets.indicators.partner.basis", ResearchProjects.marketArg(partner),
                MessageText.Arg.number(cover.topCodes()), MessageText.Arg.number(cover.topLength()));
        for (TradeTable.IndicatorInput in : input) {
            if (in.mirror() && ComtradeCountries.aggregate(in.code())) {
                continue; // areas and "nes" groups are no market of their own
            }
            String iso3 = in.iso3() != null && !in.iso3().isBlank() ? in.iso3() : ComtradeCountries.iso3(in.code());
            String name = ComtradeCountries.name(in.code());
            double v = in.value().doubleValue();
            Figure unitValue = TradeIndicators.unitValue(v, in.quantity());
            // the months the year and the previous row cover (12: a full year; SQL's lag gives the previous row, which is
            // the previous calendar year whenever a growth rate is computed), to compare only like periods
            int covered = in.partialToMonth() == null ? 12 : in.partialToMonth();
            int coveredBefore = in.previousPartialToMonth() == null ? 12 : in.previousPartialToMonth();
            Figure yoy;
            if (in.previous() != null && in.previousYear() != null && in.previousYear() != in.year() - 1) {
                yoy = Figure.undefined(TradeIndicators.YOY_GROWTH, "markets.stats.yoy.no-previous");
            } else if (in.previous() != null && covered != coveredBefore) {
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
            Figure partnerShare;
            Figure intensity;
            Figure complementarity;
            String intensityFormula = f == Flow.X ? TradeIndicators.TRADE_INTENSITY : INTENSITY_IMPORTS;
            List<MessageText> notes = new ArrayList<>();
            if (in.mirror()) {
                partnerShare = Figure.undefined(TradeIndicators.SHARE_OF_PARTNER, "markets.indicators.mirror.no-partner");
                intensity = Figure.undefined(intensityFormula, "markets.indicators.mirror.no-partner");
                complementarity = Figure.undefined(TradeIndicators.TRADE_COMPLEMENTARITY, "markets.indicators.mirror.no-partner");
            } else {
                Figure[] p = partnerFigures(in, f, partner, cover, intensityFormula);
                partnerShare = p[0];
                intensity = p[1];
                complementarity = p[2];
            }
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
                    rca = oneReporter != null ? new Figure(rcaFormula, null, List.of(oneReporter))
                            : Figure.undefined(rcaFormula, "markets.indicators.rca.no-total");
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
                    in.preliminary(), in.partialToMonth(), unitValue, yoy, share, rca, balance, partnerShare, intensity, complementarity,
                    List.copyOf(notes)));
            markets.computeIfAbsent((in.mirror() ? "m" : "r") + in.code(), k -> market(in, iso3, name));
        }
        return new IndicatorsView(id, prod, f, from == null && !rows.isEmpty() ? rows.stream().mapToInt(IndicatorsView.Row::year).min()
                .orElse(fromYear) : fromYear, to == null && !rows.isEmpty() ? rows.stream().mapToInt(IndicatorsView.Row::year).max()
                .orElse(toYear) : toYear, partner, basis, rcaBasis, partnerBasis, List.copyOf(markets.values()), rows, valuationBasis, units,
                source);
    }

    /** A reporter or partner as a note names it: its ISO3 (from its Comtrade number) as the market's name, else the code. */
    private static MessageText.Arg country(String code, String iso3) {
        String iso = iso3 != null && !iso3.isBlank() ? iso3 : code == null ? null
                : code.matches("[A-Za-z]{3}") ? code.toUpperCase(java.util.Locale.ROOT) : ComtradeCountries.iso3(code);
        return ResearchProjects.marketArg(iso != null ? iso : code);
    }

    /** Share of partner, trade intensity and complementarity of a reporter's row, or why each is not computable. */
    private static Figure[] partnerFigures(TradeTable.IndicatorInput in, Flow f, String partner, TradeTable.Coverage cover,
                                           String intensityFormula) {
        String share = TradeIndicators.SHARE_OF_PARTNER;
        String tc = TradeIndicators.TRADE_COMPLEMENTARITY;
        if (partner == null) {
            return new Figure[] {Figure.undefined(share, "markets.indicators.partner.none"),
                    Figure.undefined(intensityFormula, "markets.indicators.partner.none"), Figure.undefined(tc, "markets.indicators.partner.none")};
        }
        if (!cover.world()) {
            return new Figure[] {Figure.undefined(share, "markets.indicators.partner.no-world"),
                    Figure.undefined(intensityFormula, "markets.indicators.partner.no-world"),
                    Figure.undefined(tc, "markets.indicators.partner.no-world")};
        }
        double v = in.value().doubleValue();
        Figure partnerShare;
        Figure intensity;
        if (in.partnerValue() == null) {
            // the reporter and the partner by their names in the reader's language, "China (CHN)", never "156" (t2fixO)
            MessageText noRow = MessageText.of("markets.indicators.partner.no-row", country(in.code(), in.iso3()), country(partner, null),
                    MessageText.Arg.literal(in.year()));
            partnerShare = new Figure(share, null, List.of(noRow));
            intensity = new Figure(intensityFormula, null, List.of(noRow));
        } else {
            partnerShare = TradeIndicators.shareOfPartner(in.partnerValue().doubleValue(), v);
            if (in.partnerReporters() < 2) {
                intensity = Figure.undefined(intensityFormula, "markets.indicators.intensity.one-reporter", partner);
            } else {
                Figure t = TradeIndicators.tradeIntensity(in.partnerValue().doubleValue(), v, in.worldPartnerValue().doubleValue(),
                        in.worldValue().doubleValue());
                intensity = withNote(new Figure(intensityFormula, t.value(), t.notes()), MessageText.of("markets.indicators.intensity.world",
                        MessageText.Arg.number(in.reporters()), MessageText.Arg.number(in.partnerReporters())));
            }
        }
        Figure complementarity;
        if (cover.topCodes() < 2) {
            complementarity = Figure.undefined(tc, "markets.indicators.complementarity.one-product");
        } else if (!cover.total()) {
            // WITS shares are over all products: without TOTAL rows nothing says the top-level codes are all of them
            complementarity = Figure.undefined(tc, "markets.indicators.complementarity.no-total");
        } else if (in.partnerProducts() == 0) {
            complementarity = Figure.undefined(tc, f == Flow.M ? "markets.indicators.complementarity.no-partner-exports"
                    : "markets.indicators.complementarity.no-partner-imports", partner, in.year());
        } else if (!in.marketProducts() || in.complementarity() == null) {
            complementarity = Figure.undefined(tc, "markets.indicators.complementarity.no-market-products", in.code(), in.year());
        } else if (!in.complementarityCovered()) {
            complementarity = Figure.undefined(tc, "markets.indicators.complementarity.partial-products", in.code(), partner, in.year());
        } else {
            complementarity = withNote(new Figure(tc, in.complementarity(), List.of()), MessageText.of(
                    "markets.indicators.complementarity.products", MessageText.Arg.number(in.partnerProducts())));
        }
        return new Figure[] {partnerShare, intensity, complementarity};
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
