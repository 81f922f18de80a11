package org.tradedesk.markets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.tradedesk.markets.domain.stats.Coefficient;
import org.tradedesk.markets.domain.stats.ExponentialSmoothing;
import org.tradedesk.markets.domain.stats.InterventionAnalysis;
import org.tradedesk.markets.domain.stats.LaggedAssociation;
import org.tradedesk.markets.domain.stats.SeasonalDecomposition;
import org.tradedesk.markets.domain.stats.Seasonality;
import org.tradedesk.markets.domain.stats.StructuralBreak;
import org.tradedesk.markets.domain.stats.TrendRegression;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.TradedeskException;

/**
 * The analysis methods (O2.2.1, P2.2.5) on a dataset's series, as tables and charts: trend with confidence and
 * prediction bands, seasonal decomposition, Holt-Winters forecast, Chow break, interrupted time series,
 * difference-in-differences, lagged association with Granger's test, concentration. The statistics are those of
 * {@code markets.domain.stats}; this only reads the series from {@link MarketDatasets} and lays the results out. Break,
 * before/after, DiD and lagged association work on ln values (growth rates), as the reference scripts do.
 */
@Service
public class MarketAnalyses {

    public static final double CONFIDENCE = 0.95;
    public static final int MAX_HORIZON = 36;
    public static final int MAX_COMPARISON = 10;
    public static final int MAX_LAGS = 5;

    private final MarketDatasets datasets;

    public MarketAnalyses(MarketDatasets datasets) {
        this.datasets = datasets;
    }

    public Analysis analyse(long dataset, AnalysisRequest r) {
        return analyse(dataset, r, false);
    }

    /**
     * A request stored with a shared analysis, computed again: one shared before the explanatory series had to be named,
     * sourced and given its unit (2026-12-07) is computed with a note saying so instead of failing (review t2fixH).
     */
    public Analysis analyseStored(long dataset, AnalysisRequest r) {
        return analyse(dataset, r, true);
    }

    /**
     * As {@link #analyse(long, AnalysisRequest)}, on the request's own series already read ({@code known}: the series of the
     * request's reporter with its partner, flow, product, frequency and years, as {@link MarketDatasets#series} gives it), so
     * a caller that has read it does not have it read again (the report, code read R16); null reads it.
     */
    public Analysis analyse(long dataset, AnalysisRequest r, SeriesView known) {
        return analyse(dataset, r, false, known);
    }

    private Analysis analyse(long dataset, AnalysisRequest r, boolean stored) {
        return analyse(dataset, r, stored, null);
    }

    private Analysis analyse(long dataset, AnalysisRequest r, boolean stored, SeriesView known) {
        AnalysisMethod method = method(r.method());
        DatasetView d = datasets.dataset(dataset);
        Builder b = new Builder(method, r, d);
        b.stored = stored;
        b.known = known;
        switch (method) {
            case TREND -> trend(b);
            case SEASONAL -> seasonal(b);
            case FORECAST -> forecast(b);
            case BREAK -> chow(b);
            case INTERVENTION -> its(b);
            case DID -> did(b);
            case LAGGED -> lagged(b);
            case CONCENTRATION -> concentration(b);
            default -> throw invalid("method", r.method());
        }
        return b.build();
    }

    public static AnalysisMethod method(String method) {
        try {
            return AnalysisMethod.valueOf(method == null ? "" : method.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("method", method);
        }
    }

    // --- methods ---

    private void trend(Builder b) {
        Points p = b.points(b.request.reporter());
        TrendRegression.Result result = TrendRegression.logLinear(p.t, p.values, CONFIDENCE);
        b.notes.addAll(result.notes());
        b.columns("markets.series.period", "markets.series.value", "markets.analysis.fitted", "markets.analysis.ci-low",
                "markets.analysis.ci-high", "markets.analysis.pi-low", "markets.analysis.pi-high", "markets.series.preliminary");
        int horizon = horizon(b.request.horizon(), 2);
        // preliminary and partial periods are left out of the fit, flagged as on the series page, and said so in a note
        Map<String, String> leftOut = new java.util.LinkedHashMap<>();
        MessageText leftOutWorded = null; // "2025 January–July (preliminary)", not a bare year (issue 9 minor)
        for (SeriesView.Point pt : p.view.points()) {
            if (pt.preliminary() || pt.partialToMonth() != null) {
                leftOut.put(pt.period(), PeriodFlags.code(pt.preliminary(), pt.partialToMonth()));
                MessageText one = PeriodFlags.ofPeriod(pt.period(), pt.preliminary(), pt.partialToMonth());
                leftOutWorded = leftOutWorded == null ? one
                        : MessageText.of("markets.list.and", MessageText.Arg.message(leftOutWorded), MessageText.Arg.message(one));
            }
        }
        List<String> labels = new ArrayList<>(p.labels);
        List<Double> value = new ArrayList<>();
        List<Double> fitted = new ArrayList<>();
        List<Double> ciLow = new ArrayList<>();
        List<Double> ciHigh = new ArrayList<>();
        List<Double> piLow = new ArrayList<>();
        List<Double> piHigh = new ArrayList<>();
        double step = p.monthly ? 1.0 / 12 : 1;
        for (int i = 0; i < p.t.length + (result.hasTrend() ? horizon : 0); i++) {
            boolean observed = i < p.t.length;
            double t = observed ? p.t[i] : p.t[p.t.length - 1] + (i - p.t.length + 1) * step;
            if (!observed) {
                labels.add(label(t, p.monthly));
            }
            Double v = observed ? p.values[i] : null;
            value.add(v);
            if (result.hasTrend()) {
                TrendRegression.Band band = result.trend().at(t);
                fitted.add(band.fitted());
                ciLow.add(band.confidenceLow());
                ciHigh.add(band.confidenceHigh());
                piLow.add(band.predictionLow());
                piHigh.add(band.predictionHigh());
                b.row(labels.get(i), v, band.fitted(), band.confidenceLow(), band.confidenceHigh(), band.predictionLow(),
                        band.predictionHigh(), leftOut.getOrDefault(labels.get(i), ""));
            } else {
                b.row(labels.get(i), v, null, null, null, null, null, leftOut.getOrDefault(labels.get(i), ""));
            }
        }
        if (!leftOut.isEmpty()) {
            b.notes.add(MessageText.of("markets.analysis.trend.left-out", MessageText.Arg.message(leftOutWorded)));
        }
        if (result.hasTrend()) {
            TrendRegression.Trend t = result.trend();
            b.summary("markets.series.trend", t.growth(), "percent");
            b.summary("markets.analysis.growth-low", t.growthLow(), "percent");
            b.summary("markets.analysis.growth-high", t.growthHigh(), "percent");
            b.summary("markets.analysis.p-value", t.pValue(), Analysis.P_VALUE);
            b.summary("markets.analysis.r-squared", t.rSquared(), "number");
            b.summary("markets.analysis.points", (double) t.points(), "integer");
            b.series("markets.analysis.pi", "band-low", piLow).series("markets.analysis.pi", "band-high", piHigh);
            b.series("markets.analysis.ci", "band-low", ciLow).series("markets.analysis.ci", "band-high", ciHigh);
            b.series("markets.series.trend-line", "dashed", fitted);
        }
        b.series("markets.series.value", "line", value);
        b.labels = labels;
        b.notes.add(MessageText.of("markets.analysis.trend.note"));
    }

    private void seasonal(Builder b) {
        Points p = b.monthlyPoints();
        SeasonalDecomposition.Components c = SeasonalDecomposition.decompose(p.values, 12, seasonality(b.request.seasonality()));
        b.columns("markets.series.period", "markets.analysis.observed", "markets.analysis.trend-component",
                "markets.analysis.seasonal-component", "markets.analysis.residual");
        double[] trend = c.trend();
        double[] seasonal = c.seasonal();
        double[] residual = c.residual();
        for (int i = 0; i < p.values.length; i++) {
            b.row(p.labels.get(i), p.values[i], nan(trend[i]), seasonal[i], nan(residual[i]));
        }
        double[] figures = c.seasonalFigures();
        for (int m = 0; m < figures.length; m++) {
            b.summary("markets.analysis.season-month." + (m + 1), figures[m], "number");
        }
        b.labels = p.labels;
        b.series("markets.analysis.observed", "line", list(p.values));
        b.series("markets.analysis.trend-component", "dashed", list(trend));
        b.notes.add(MessageText.of(SeasonalDecomposition.FORMULA));
    }

    private void forecast(Builder b) {
        Points p = b.monthlyPoints();
        int horizon = horizon(b.request.horizon(), 12);
        ExponentialSmoothing.Model model;
        MessageText chosenNote = null;
        if (b.request.seasonality() == null || b.request.seasonality().isBlank()) {
            // no form asked for: the one that fits better (review F2), and the reader told which and why
            ExponentialSmoothing.Chosen chosen = ExponentialSmoothing.fitChoosingSeason(p.values, 12);
            model = chosen.model();
            chosenNote = Double.isNaN(chosen.multiplicativeSse())
                    ? MessageText.of("markets.analysis.forecast.season-additive-only")
                    : MessageText.of("markets.analysis.forecast.season-chosen." + model.seasonality().name(),
                    // plain numbers with grouping, six significant digits (t2fixS, review MINOR 5: 「加法 7.06878e+09」)
                    MessageText.Arg.number(new java.math.BigDecimal(chosen.additiveSse()).round(new java.math.MathContext(6))),
                    MessageText.Arg.number(new java.math.BigDecimal(chosen.multiplicativeSse()).round(new java.math.MathContext(6))));
        } else {
            model = ExponentialSmoothing.fit(p.values, 12, seasonality(b.request.seasonality()));
        }
        List<ExponentialSmoothing.ForecastPoint> f = model.forecast(horizon, CONFIDENCE);
        b.columns("markets.series.period", "markets.analysis.observed", "markets.analysis.fitted", "markets.analysis.forecast",
                "markets.analysis.pi-low", "markets.analysis.pi-high");
        double[] fitted = model.fittedValues();
        List<String> labels = new ArrayList<>(p.labels);
        List<Double> obs = new ArrayList<>(list(p.values));
        List<Double> fit = new ArrayList<>(list(fitted));
        List<Double> mean = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        for (int i = 0; i < p.values.length; i++) {
            b.row(p.labels.get(i), p.values[i], fitted[i], null, null, null);
            mean.add(null);
            low.add(null);
            high.add(null);
        }
        double last = p.t[p.t.length - 1];
        for (ExponentialSmoothing.ForecastPoint fp : f) {
            String label = label(last + fp.step() / 12.0, true);
            labels.add(label);
            obs.add(null);
            fit.add(null);
            mean.add(fp.mean());
            low.add(fp.low());
            high.add(fp.high());
            b.row(label, null, null, fp.mean(), fp.low(), fp.high());
        }
        b.summary("markets.analysis.alpha", model.parameters().alpha(), "number");
        b.summary("markets.analysis.beta", model.parameters().beta(), "number");
        b.summary("markets.analysis.gamma", model.parameters().gamma(), "number");
        b.summary("markets.analysis.sse", model.sse(), "number");
        b.labels = labels;
        b.series("markets.analysis.pi", "band-low", low).series("markets.analysis.pi", "band-high", high);
        b.series("markets.analysis.observed", "line", obs).series("markets.analysis.fitted", "dashed", fit);
        b.series("markets.analysis.forecast", "line", mean);
        b.notes.add(MessageText.of(model.formula()));
        if (chosenNote != null) {
            b.notes.add(chosenNote);
        }
        if (!model.atBounds().isEmpty()) {
            // a factor at its bound: the form does not suit the series; said, not hidden (review F2)
            b.notes.add(MessageText.of("markets.analysis.forecast.at-bounds",
                    MessageText.Arg.literal(String.join(", ", model.atBounds().stream().map(n -> switch (n) {
                        case "alpha" -> "α";
                        case "beta" -> "β";
                        default -> "γ";
                    }).toList()))));
        }
    }

    private void chow(Builder b) {
        Points p = b.points(b.request.reporter());
        double at = at(b.request.at(), p);
        StructuralBreak.ChowTest c = StructuralBreak.chow(p.t, ln(p.values), at, 1 - CONFIDENCE);
        b.notes.addAll(c.notes());
        b.columns("markets.analysis.statistic", "markets.analysis.value");
        b.row("F", c.fStatistic());
        b.row("df1", c.dfNumerator()); // degrees of freedom: whole numbers (zh showed "df1 2.0000")
        b.row("df2", c.dfDenominator());
        b.row("p", Analysis.pValue(c.pValue()));
        b.summary("markets.analysis.f", c.fStatistic(), "number");
        b.summary("markets.analysis.p-value", c.pValue(), Analysis.P_VALUE);
        b.summary("markets.analysis.points-before", (double) c.pointsBefore(), "integer");
        b.summary("markets.analysis.points-after", (double) c.pointsAfter(), "integer");
        b.labels = p.labels;
        b.series("markets.analysis.ln-value", "line", list(ln(p.values)));
        b.lnAxisWithChangeAt(p.labels, p.t, at);
        b.logScale = false;
        b.notes.add(MessageText.of("markets.analysis.break.caveat"));
    }

    private void its(Builder b) {
        Points p = b.points(b.request.reporter());
        double at = at(b.request.at(), p);
        double[] y = ln(p.values);
        InterventionAnalysis.SegmentedRegression r = InterventionAnalysis.interruptedTimeSeries(p.t, y, at, CONFIDENCE);
        b.notes.addAll(r.notes());
        coefficients(b, List.of(r.baselineLevel(), r.baselineSlope(), r.levelChange(), r.slopeChange()));
        b.summary("markets.stats.its.level-change", r.levelChange().estimate(), "number");
        b.summary("markets.stats.its.level-change-percent", Math.exp(r.levelChange().estimate()) - 1, "percent"); // t2fixP: as DiD
        b.summary("markets.stats.its.slope-change", r.slopeChange().estimate(), "number");
        b.summary("markets.stats.its.slope-change-percent", Math.exp(r.slopeChange().estimate()) - 1, "percent");
        b.summary("markets.analysis.points-before", (double) r.pointsBefore(), "integer");
        b.summary("markets.analysis.points-after", (double) r.pointsAfter(), "integer");
        List<Double> fitted = new ArrayList<>();
        List<Double> counterfactual = new ArrayList<>();
        for (double t : p.t) {
            double d = t >= at ? 1 : 0;
            double base = r.baselineLevel().estimate() + r.baselineSlope().estimate() * (t - at); // time centred on the change
            fitted.add(base + r.levelChange().estimate() * d + r.slopeChange().estimate() * (t - at) * d);
            counterfactual.add(t >= at ? base : null);
        }
        b.labels = p.labels;
        b.lnAxisWithChangeAt(p.labels, p.t, at);
        b.series("markets.analysis.ln-value", "line", list(y)).series("markets.analysis.fitted", "dashed", fitted)
                .series("markets.analysis.counterfactual", "dashed", counterfactual);
    }

    /** The country a market code names: the ISO3 of a numeric Comtrade (M49) code, the code itself otherwise (t2fixI). */
    private static String country(String code) {
        String iso3 = org.tradedesk.markets.importing.ComtradeCountries.iso3(code);
        return iso3 != null ? iso3 : code;
    }

    private void did(Builder b) {
        AnalysisRequest r = b.request;
        // one market named twice, by ISO3 and by number (KOR, 410), is one market: de-duplicated by the country the code names
        // (review t2fixL 4: it was counted twice, 36 observations for 24)
        java.util.LinkedHashMap<String, String> byCountry = new java.util.LinkedHashMap<>();
        (r.comparison() == null ? List.<String>of() : r.comparison()).stream().filter(c -> c != null && !c.isBlank())
                .map(c -> c.trim().toUpperCase(Locale.ROOT)).forEach(c -> byCountry.putIfAbsent(country(c), c));
        List<String> comparison = List.copyOf(byCountry.values());
        if (comparison.isEmpty()) {
            throw new ParameterInvalid("comparison", "", "markets.query.reason.required");
        }
        if (comparison.size() > MAX_COMPARISON) {
            throw new ParameterInvalid("comparison", String.join(",", comparison), "markets.query.reason.count", "1",
                    String.valueOf(MAX_COMPARISON), String.valueOf(comparison.size()));
        }
        String treated = b.reporterCode();
        String asked = r.reporter() == null ? "" : r.reporter().trim().toUpperCase(Locale.ROOT);
        // t2fixI: compared by the country the code names (numeric M49 156 and ISO3 CHN are one market), both directions
        String identity = country(treated);
        if (comparison.contains(treated) || comparison.contains(asked)
                || comparison.stream().anyMatch(c -> country(c).equals(identity))) {
            // the treated market compared with itself gave "cells: 0, 0, 10, 14" (review t2fixF): refused, naming the field
            throw new ParameterInvalid("comparison", String.join(",", comparison), "markets.query.reason.comparison-is-treated", asked);
        }
        double at = at(r.at(), b.points(b.reporterCode()));
        // t2fixO: a comparison market without data (XXX) is named at the comparison field (errors[]), every such market at once
        List<ParameterInvalid> problems = new ArrayList<>();
        for (String m : comparison) {
            try {
                b.points(m);
            } catch (ParameterInvalid e) {
                // the market is read as the series' reporter: its problem (a code the country list does not know) is the
                // comparison field's
                for (ParameterInvalid x : e.all()) {
                    ParameterInvalid.Reason reason = x.arguments().length > 2 && x.arguments()[2] instanceof ParameterInvalid.Reason why ? why : null;
                    problems.add(!x.field().equals("reporter") ? x : reason == null
                            ? new ParameterInvalid("comparison", m, "markets.query.reason.comparison-no-data")
                            : new ParameterInvalid("comparison", m, reason.code(), reason.args() == null ? new Object[0] : reason.args()));
                }
            } catch (TradedeskException e) {
                if (!"markets.analysis.no-data".equals(e.messageCode())) {
                    throw e;
                }
                problems.add(new ParameterInvalid("comparison", m, "markets.query.reason.comparison-no-data"));
            }
        }
        ParameterInvalid.throwAll(problems);
        List<InterventionAnalysis.PanelPoint> panel = new ArrayList<>();
        TreeMap<String, Map<String, Double>> byMarket = new TreeMap<>();
        List<String> markets = new ArrayList<>();
        markets.add(b.reporterCode());
        markets.addAll(comparison);
        TreeMap<String, Double> periods = new TreeMap<>();
        for (String m : markets) {
            Points p = b.points(m);
            Map<String, Double> values = new java.util.LinkedHashMap<>();
            for (int i = 0; i < p.t.length; i++) {
                panel.add(new InterventionAnalysis.PanelPoint(m, p.t[i], Math.log(p.values[i]), m.equals(markets.get(0))));
                values.put(p.labels.get(i), Math.log(p.values[i]));
                periods.put(p.labels.get(i), p.t[i]);
            }
            byMarket.put(m, values);
        }
        InterventionAnalysis.DifferenceInDifferences d = InterventionAnalysis.differenceInDifferences(panel, at, CONFIDENCE);
        // d.notes() already carry "association, not proof of cause": added here as well, it was printed twice (review)
        b.notes.addAll(d.notes());
        coefficients(b, List.of(d.effect(), d.treatedDifference(), d.periodDifference()));
        b.summary("markets.stats.did.effect", d.effect().estimate(), "number");
        b.summary("markets.analysis.did.effect-percent", Math.exp(d.effect().estimate()) - 1, "percent");
        b.summary("markets.analysis.observations", (double) d.observations(), "integer");
        b.labels = new ArrayList<>(periods.keySet());
        b.lnAxisWithChangeAt(b.labels, b.labels.stream().mapToDouble(periods::get).toArray(), at);
        for (String m : markets) {
            List<Double> v = new ArrayList<>();
            for (String period : b.labels) {
                v.add(byMarket.get(m).get(period));
            }
            b.literalSeries(m, "line", v);
        }
    }

    private void lagged(Builder b) {
        Points p = b.points(b.request.reporter());
        Map<Integer, Double> x = explanatory(b.request.explanatory());
        b.notes.add(b.stored && undescribed(b.request) ? MessageText.of("markets.analysis.explanatory.undescribed",
                MessageText.Arg.literal(EXPLANATORY_DESCRIBED_SINCE)) : explanatoryNamed(b.request));
        boolean levels = levels(b.request.explanatoryScale(), x);
        if (levels) {
            // a tariff of 0 or a negative growth rate has no logarithm: the series in levels, said so with the figures
            b.notes.add(MessageText.of(blank(b.request.explanatoryScale()) ? "markets.analysis.explanatory.levels-auto"
                    : "markets.analysis.explanatory.levels-asked"));
        }
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < p.t.length; i++) {
            Double v = x.get((int) p.t[i]);
            if (v != null && !p.monthly) {
                xs.add(levels ? v : Math.log(v));
                ys.add(Math.log(p.values[i]));
                labels.add(p.labels.get(i));
            }
        }
        if (xs.size() < 6) {
            throw new TradedeskException("markets.analysis.explanatory.too-few", "too few common years", xs.size(), 6);
        }
        double[] xa = xs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] ya = ys.stream().mapToDouble(Double::doubleValue).toArray();
        int lags = b.request.lags() == null ? 2 : b.request.lags();
        if (lags < 1 || lags > MAX_LAGS) {
            throw invalid("lags", String.valueOf(lags));
        }
        LaggedAssociation.CrossCorrelation c = LaggedAssociation.crossCorrelation(xa, ya, lags);
        b.columns("markets.analysis.lag", "markets.analysis.pairs", "markets.analysis.correlation", "markets.analysis.p-value");
        List<String> lagLabels = new ArrayList<>();
        List<Double> correlations = new ArrayList<>();
        for (LaggedAssociation.LagCorrelation l : c.lags()) {
            // a lag and a count of pairs are integers and print as such ("-2", "10"), never "-2.0000" (review t2fixF)
            b.row(l.lag(), l.pairs(), l.correlation(), Analysis.pValue(nan(l.pValue())));
            lagLabels.add(Integer.toString(l.lag()));
            correlations.add(l.correlation());
        }
        b.notes.add(c.label());
        try {
            LaggedAssociation.GrangerTest g = LaggedAssociation.granger(ya, xa, 1);
            b.summary("markets.analysis.granger-f", g.fStatistic(), "number");
            b.summary("markets.analysis.granger-p", g.pValue(), Analysis.P_VALUE);
            b.summary("markets.analysis.granger-df2", (double) g.dfDenominator(), "integer");
            b.notes.add(g.label());
        } catch (TradedeskException e) {
            b.notes.add(e.asText()); // the text as carried (as data, or its code with the arguments typed)
        }
        b.summary("markets.analysis.points", (double) xa.length, "integer");
        b.labels = lagLabels;
        b.series("markets.analysis.correlation", "bar", correlations);
        b.notes.add(MessageText.of(levels ? "markets.analysis.lagged.note-levels" : "markets.analysis.lagged.note", MessageText.Arg.literal(labels.get(0)),
                MessageText.Arg.literal(labels.get(labels.size() - 1))));
    }

    private void concentration(Builder b) {
        AnalysisRequest r = b.request;
        ConcentrationView c = datasets.concentration(b.d.id(), r.year(), r.flow(), r.product(), r.by(), r.reporter(), r.partner());
        b.subject = c.product() + ", " + c.year() + ", " + c.flow() + ", " + c.by();
        b.columns("markets.concentration.code", "markets.concentration.name", "markets.series.value", "markets.concentration.share");
        List<String> labels = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (ConcentrationView.Share s : c.shares()) {
            b.row(s.code(), s.name(), s.value().doubleValue(), s.share());
            if (labels.size() < 15) {
                labels.add(s.code());
                shares.add(s.share());
            }
        }
        b.summary("markets.concentration.hhi", c.hhi(), "number");
        // one partner: the note the API gives (not defined for a single partner) in place of a blank figure
        b.summary.add(new Analysis.Summary("markets.concentration.normalized", c.normalizedHhi(), "number",
                c.normalizedHhi() == null ? c.normalizedHhiNote() : null));
        b.labels = labels;
        b.series("markets.concentration.share", "bar", shares);
        b.notes.add(MessageText.of("markets.concentration.note"));
    }

    // --- helpers ---

    private static void coefficients(Builder b, List<Coefficient> cs) {
        b.columns("markets.analysis.coefficient", "markets.analysis.estimate", "markets.analysis.standard-error", "markets.analysis.p-value",
                "markets.analysis.ci-low", "markets.analysis.ci-high");
        for (Coefficient c : cs) {
            b.row(c.name(), c.estimate(), c.standardError(), Analysis.pValue(c.pValue()), c.confidenceLow(), c.confidenceHigh());
        }
    }

    /**
     * The typed explanatory series named, sourced and with its unit, as a note printed with the figures (page, PDF, XLSX);
     * each of the three is required with a typed series (400 naming every field missing at once).
     */
    static MessageText explanatoryNamed(AnalysisRequest r) {
        List<ParameterInvalid> problems = new ArrayList<>();
        String name = describing(problems, "explanatoryName", r.explanatoryName());
        String source = describing(problems, "explanatorySource", r.explanatorySource());
        String unit = describing(problems, "explanatoryUnit", r.explanatoryUnit());
        ParameterInvalid.throwAll(problems);
        return MessageText.of("markets.analysis.explanatory.named", MessageText.Arg.literal(name), MessageText.Arg.literal(unit),
                MessageText.Arg.literal(source));
    }

    /** The day a typed explanatory series first had to be named, sourced and given its unit. */
    static final String EXPLANATORY_DESCRIBED_SINCE = "2026-12-07";

    private static boolean undescribed(AnalysisRequest r) {
        return blank(r.explanatoryName()) || blank(r.explanatorySource()) || blank(r.explanatoryUnit());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String describing(List<ParameterInvalid> problems, String field, String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            problems.add(new ParameterInvalid(field, "", "markets.query.reason.explanatory-required"));
        } else if (t.length() > AnalysisRequest.MAX_EXPLANATORY_TEXT) {
            problems.add(new ParameterInvalid(field, t.substring(0, 40) + "…", "markets.query.reason.too-long",
                    String.valueOf(AnalysisRequest.MAX_EXPLANATORY_TEXT)));
        }
        return t;
    }

    /** Digits before the point an explanatory value may have: 18, as every number the API reads (a GDP in rupiah has 17). */
    static final int MAX_EXPLANATORY_DIGITS = 18;
    private static final double MAX_EXPLANATORY = 1e18;

    /**
     * Whether the explanatory series enters in levels: as asked ({@code LOG} / {@code LEVEL}), else when a value is 0 or below
     * (no logarithm). Logarithms asked of such a series are refused, saying why.
     */
    static boolean levels(String scale, Map<Integer, Double> x) {
        boolean nonPositive = x.values().stream().anyMatch(v -> v <= 0);
        if (blank(scale)) {
            return nonPositive;
        }
        String s = scale.strip().toUpperCase(java.util.Locale.ROOT);
        if (s.equals("LEVEL")) {
            return true;
        }
        if (!s.equals("LOG")) {
            throw new ParameterInvalid("explanatoryScale", scale, "markets.query.reason.explanatory-scale");
        }
        if (nonPositive) {
            throw new ParameterInvalid("explanatoryScale", scale, "markets.query.reason.explanatory-log-non-positive");
        }
        return false;
    }

    /**
     * The typed series, {@code year=value} pairs; any finite value (0 and negative ones too: a tariff rate, a growth rate).
     * Every pair that is not valid is named with its reason, all at once.
     */
    static Map<Integer, Double> explanatory(String text) {
        Map<Integer, Double> out = new TreeMap<>();
        if (text == null || text.isBlank()) {
            throw new ParameterInvalid("explanatory", "", "markets.query.reason.required");
        }
        List<ParameterInvalid> problems = new ArrayList<>();
        for (String pair : text.split("[;\\n,]+")) {
            if (pair.isBlank()) {
                continue;
            }
            String p = pair.trim();
            String[] kv = p.split("\\s*[=:]\\s*");
            if (kv.length != 2) {
                problems.add(new ParameterInvalid("explanatory", p, "markets.query.reason.explanatory-pair"));
                continue;
            }
            int year;
            try {
                year = Integer.parseInt(kv[0].trim());
            } catch (NumberFormatException e) {
                problems.add(new ParameterInvalid("explanatory", p, "markets.query.reason.explanatory-pair"));
                continue;
            }
            if (year < 1900 || year > 2100) {
                problems.add(new ParameterInvalid("explanatory", p, "markets.query.reason.year-range", "1900", "2100"));
                continue;
            }
            double v;
            try {
                v = Double.parseDouble(kv[1].trim());
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
            if (!Double.isFinite(v)) {
                problems.add(new ParameterInvalid("explanatory", p, "markets.query.reason.not-a-number"));
                continue;
            }
            if (Math.abs(v) >= MAX_EXPLANATORY) {
                // 1e308 is a typing mistake, not a GDP: refused with the bound, the pair echoed short (t2fixJ)
                problems.add(new ParameterInvalid("explanatory", p.length() <= 40 ? p : p.substring(0, 37) + "…",
                        "markets.query.reason.explanatory-range", String.valueOf(MAX_EXPLANATORY_DIGITS)));
                continue;
            }
            if (out.put(year, v) != null) {
                problems.add(new ParameterInvalid("explanatory", p, "markets.query.reason.explanatory-year-twice"));
            }
            if (out.size() > 200) {
                throw new ParameterInvalid("explanatory", String.valueOf(out.size()), "markets.query.reason.count", "6", "200",
                        String.valueOf(out.size()));
            }
        }
        ParameterInvalid.throwAll(problems);
        return out;
    }

    private static int horizon(Integer h, int fallback) {
        int v = h == null ? fallback : h;
        if (v < 1 || v > MAX_HORIZON) {
            throw new ParameterInvalid("horizon", String.valueOf(v), "markets.query.reason.whole-range", "1", String.valueOf(MAX_HORIZON));
        }
        return v;
    }

    /**
     * The change or break period: given, and within the years of the analysed series (its full, final periods); the value
     * echoed as typed in whole years (3000, not 3000.0).
     */
    private static double at(Double at, Points p) {
        if (at == null) {
            throw new ParameterInvalid("at", null, "markets.query.reason.required");
        }
        int first = (int) Math.floor(p.t[0]);
        int last = (int) Math.floor(p.t[p.t.length - 1]);
        if (!Double.isFinite(at) || at < first || at >= last + 1) {
            String shown = at == Math.rint(at) && Math.abs(at) < 1e15 ? Long.toString(at.longValue()) : at.toString();
            throw new ParameterInvalid("at", shown, "markets.query.reason.outside-series", String.valueOf(first), String.valueOf(last));
        }
        return at;
    }

    private static Seasonality seasonality(String s) {
        if (s == null || s.isBlank()) {
            return Seasonality.ADDITIVE;
        }
        try {
            return Seasonality.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("seasonality", s);
        }
    }

    private static String label(double t, boolean monthly) {
        if (!monthly) {
            return Long.toString(Math.round(t));
        }
        long months = Math.round(t * 12);
        return "%d-%02d".formatted(Math.floorDiv(months, 12), Math.floorMod(months, 12) + 1);
    }

    private static double[] ln(double[] v) {
        return Arrays.stream(v).map(Math::log).toArray();
    }

    private static List<Double> list(double[] v) {
        List<Double> out = new ArrayList<>();
        for (double x : v) {
            out.add(nan(x));
        }
        return out;
    }

    private static Double nan(double v) {
        return Double.isFinite(v) ? v : null;
    }

    static TradedeskException invalid(String field, String value) {
        return new ParameterInvalid(field, value);
    }

    /** The full, final periods of one series (preliminary and partial ones are left out, as for growth). */
    private record Points(List<String> labels, double[] t, double[] values, boolean monthly, SeriesView view) {
    }

    private final class Builder {
        final AnalysisMethod method;
        final AnalysisRequest request;
        final DatasetView d;
        final List<String> columns = new ArrayList<>();
        final List<List<Object>> rows = new ArrayList<>();
        final List<Analysis.Summary> summary = new ArrayList<>();
        final List<Analysis.Series> series = new ArrayList<>();
        final List<MessageText> notes = new ArrayList<>();
        List<String> labels = List.of();
        boolean logScale;
        MessageText yAxis;
        String marker;
        String subject;
        SeriesView first;
        boolean stored;
        SeriesView known;

        Builder(AnalysisMethod method, AnalysisRequest request, DatasetView d) {
            this.method = method;
            this.request = request;
            this.d = d;
        }

        String reporterCode() {
            String r = request.reporter();
            if (r == null || r.isBlank()) {
                throw invalid("reporter", "");
            }
            return r.trim().toUpperCase(Locale.ROOT);
        }

        Points points(String reporter) {
            SeriesView s = known != null && reporter != null && reporter.equals(request.reporter()) ? known
                    : datasets.series(d.id(), reporter, request.partner(), request.flow(), request.product(), request.frequency(),
                    request.from(), request.to());
            if (first == null) {
                first = s;
                subject = s.reporter() + " → " + s.partner() + ", " + s.flow() + ", " + s.product() + ", " + s.frequency();
                if (s.productNote() != null) {
                    notes.add(s.productNote());
                }
            }
            List<String> labels = new ArrayList<>();
            List<Double> t = new ArrayList<>();
            List<Double> v = new ArrayList<>();
            boolean monthly = s.frequency() == Frequency.M;
            for (SeriesView.Point pt : s.points()) {
                if (pt.preliminary() || pt.partialToMonth() != null || pt.value().signum() <= 0) {
                    continue;
                }
                labels.add(pt.period());
                v.add(pt.value().doubleValue());
                if (monthly) {
                    String[] ym = pt.period().split("-");
                    t.add(Integer.parseInt(ym[0]) + (Integer.parseInt(ym[1]) - 1) / 12.0);
                } else {
                    t.add(Double.parseDouble(pt.period()));
                }
            }
            if (v.isEmpty()) {
                throw new TradedeskException("markets.analysis.no-data", "no data for " + reporter, reporter == null ? "" : reporter);
            }
            return new Points(labels, t.stream().mapToDouble(Double::doubleValue).toArray(),
                    v.stream().mapToDouble(Double::doubleValue).toArray(), monthly, s);
        }

        Points monthlyPoints() {
            Points p = points(request.reporter());
            if (!p.monthly) {
                throw new TradedeskException("markets.analysis.monthly-only", "monthly data needed");
            }
            return p;
        }

        void columns(String... codes) {
            columns.clear();
            columns.addAll(List.of(codes));
        }

        void row(Object... cells) {
            rows.add(Arrays.asList(cells));
        }

        void summary(String code, Double value, String format) {
            summary.add(new Analysis.Summary(code, value, format));
        }

        /** The y axis of ln values named (ln of value, USD) and the change period marked on the chart (review t2fixL 7). */
        void lnAxisWithChangeAt(List<String> periods, double[] t, double at) {
            yAxis = MessageText.of("markets.analysis.axis.ln-value", MessageText.Arg.code("markets.units.USD"));
            for (int i = 0; i < t.length && i < periods.size(); i++) {
                if (t[i] >= at) {
                    marker = periods.get(i);
                    break;
                }
            }
        }

        Builder series(String code, String kind, List<Double> values) {
            series.add(new Analysis.Series(code, false, kind, values));
            return this;
        }

        void literalSeries(String name, String kind, List<Double> values) {
            series.add(new Analysis.Series(name, true, kind, values));
        }

        Analysis build() {
            return new Analysis(method, request, d.id(), d.fileName(), d.sha256(), d.source(), d.valuationBasis(),
                    subject == null ? "" : subject, columns, rows, summary, new Analysis.Chart(labels, series, logScale, yAxis, marker), notes);
        }
    }
}
