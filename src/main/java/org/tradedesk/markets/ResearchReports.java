package org.tradedesk.markets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.tradedesk.identity.CoordinatorSignature;
import org.tradedesk.markets.domain.stats.MarketAccess;
import org.tradedesk.markets.domain.stats.MarketScoring;
import org.tradedesk.markets.persistence.AnalysisStore;
import org.tradedesk.markets.reports.AnalysisPresenter;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.reporting.PdfRenderer;
import org.tradedesk.reporting.XlsxFormat;
import org.tradedesk.reporting.XlsxRow;
import org.tradedesk.reporting.XlsxSheet;
import org.tradedesk.reporting.XlsxWorkbook;
import org.tradedesk.shared.TradedeskException;

/**
 * The data analysis report of a research project (O2.3.1, P2.3.2) as PDF and XLSX in zh-TW or en: the questions, the
 * data sources with their provenance and data versions (file, SHA-256, import time, rows), each candidate market's
 * trend (chart with its bands), the shared analyses with comments, the cause-and-effect findings with their caveats,
 * the scoring with weights and sensitivity, the decision with its reasons and the decision check. Everything is
 * computed again from the datasets when the report is made. P2.3.3: sent by e-mail to named recipients, each in their
 * own language, and recorded on the project.
 */
@Service
public class ResearchReports {

    public static final int MAX_RECIPIENTS = 20;
    public static final List<Locale> LANGUAGES = List.of(Locale.TRADITIONAL_CHINESE, Locale.ENGLISH);

    private final ResearchProjects projects;
    private final ProjectAnalyses shared;
    private final MarketAnalyses analyses;
    private final MarketDatasets datasets;
    private final AnalysisPresenter presenter;
    private final MessageTexts texts;
    private final PdfRenderer pdf;
    private final AnalysisStore store;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final org.tradedesk.platform.Formats formats;
    private final String from;
    private final org.tradedesk.identity.UserNames users;
    private final CoordinatorSignature signature;

    public ResearchReports(ResearchProjects projects, ProjectAnalyses shared, MarketAnalyses analyses, MarketDatasets datasets,
                           AnalysisPresenter presenter, MessageTexts texts, PdfRenderer pdf, AnalysisStore store,
                           ObjectProvider<JavaMailSender> mail, Clock clock, org.tradedesk.platform.Formats formats,
                           @Value("${tradedesk.mail.from:tradedesk@localhost}") String from, org.tradedesk.identity.UserNames users,
                           CoordinatorSignature signature) {
        this.users = users;
        this.signature = signature;
        this.projects = projects;
        this.shared = shared;
        this.analyses = analyses;
        this.datasets = datasets;
        this.presenter = presenter;
        this.texts = texts;
        this.pdf = pdf;
        this.store = store;
        this.mail = mail;
        this.clock = clock;
        this.formats = formats;
        this.from = from;
    }

    /**
     * One market's trend in the report, or why there is none; {@code provenance} the data it was read from ({@link Provenance})
     * and, where it is not the first of the project's datasets, why that one.
     */
    public record MarketTrend(String market, AnalysisPresenter.Shown shown, String problem, String provenance) {
    }

    /** A shared analysis as the report prints it; {@code provenance} the dataset it is computed on ({@link Provenance}). */
    public record SharedShown(ProjectAnalyses.SharedAnalysis analysis, AnalysisPresenter.Shown shown, String problem, String provenance) {
    }

    public record FindingShown(String severity, String market, String text) {
    }

    /** Everything the report prints, in one language. */
    public record Report(ResearchProjects.Project project, Locale locale, String generatedAt, List<DatasetView> sources,
                         String flow, String product, List<MarketTrend> trends, List<SharedShown> analyses,
                         List<SharedShown> causeAndEffect, ResearchProjects.Decision decision, List<FindingShown> findings,
                         List<String> scoringNotes, List<MarketDetail> details, java.util.function.UnaryOperator<String> words,
                         java.util.function.Function<java.time.Instant, String> times,
                         java.util.function.Function<org.tradedesk.shared.MessageText, String> render,
                         java.util.function.UnaryOperator<String> people) {

        /**
         * The criterion columns of the ranking table: each criterion the decision weighted, in the scoring's order (review
         * r-t2b: a fixed size/growth/tariff set left the supplier HHI of a four-criterion scoring out).
         */
        public List<String> rankingCriteria(ResearchProjects.Scoring f) {
            return ResearchReports.rankingCriteria(f);
        }

        /** A criterion's label for the flow scored (exports: "Export size (supply)"). */
        public String criterionLabel(String criterion, String flow) {
            return words.apply(criterionCode(criterion, flow));
        }

        /** A market's raw figure for one weighted criterion as the ranking table prints it ("—" when it has none). */
        public String rankingCell(ResearchProjects.MarketLine m, String criterion) {
            return switch (MarketScoring.Criterion.valueOf(criterion)) {
                case DEMAND_SIZE -> m.demandSize() == null ? "—" : num(m.demandSize(), 0) + " " + words.apply("markets.units.USD");
                case DEMAND_GROWTH -> pct(m.demandGrowth());
                case SUPPLIER_CONCENTRATION -> num(m.supplierHhi(), 4);
                case UNIT_VALUE -> m.unitValue() == null ? "—" : (num(m.unitValue(), 2) + " " + lineUnitValueUnit(m)).strip();
                case TARIFF -> m.tariffPercent() == null ? "—" : num(m.tariffPercent(), 2) + " %";
                case OUR_SHARE -> pct(m.ourShare());
            };
        }

        /**
         * The unit of a ranking line's unit value in the reader's language ("USD/kg", 「美元／公斤」): as the scoring stored it,
         * or, for a decision recorded before the unit was stored, as the market's figures read it for the same year; "" when
         * neither knows it (t2fixK).
         */
        public String lineUnitValueUnit(ResearchProjects.MarketLine m) {
            String unit = m.quantityUnit();
            if (unit == null && details != null) {
                unit = details.stream().filter(d -> d.market().equals(m.market()) && java.util.Objects.equals(d.year(), m.year()))
                        .map(MarketDetail::quantityUnit).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            }
            return unitValueUnit(unit);
        }

        /** A comment as the report prints it: who by display name, when, what. */
        public String comment(ProjectAnalyses.Comment c) {
            // the time's zone inside the one parenthesis (「coordinator（2026/12/08 03:52:52，臺北時間）：」; t2fixT)
            String t = time(c.createdAt());
            boolean zh = locale.getLanguage().equals("zh");
            int open = t.lastIndexOf(zh ? "（" : " (");
            if (open > 0 && t.endsWith(zh ? "）" : ")")) {
                t = t.substring(0, open) + (zh ? "，" : ", ") + t.substring(open + (zh ? 1 : 2), t.length() - 1);
            }
            return new java.text.MessageFormat(words.apply("markets.report.comment-line").replace("'", "''"), locale)
                    .format(new Object[] {person(c.author()), t, c.body()});
        }

        /** A user by their display name (the login only when the account has none), as the pages name who recorded what. */
        public String person(String username) {
            return username == null ? "" : people == null ? username : people.apply(username);
        }

        /** A candidate market by its name as the pages name it (中國, 南韓, 美國), never its ISO code alone (review F7). */
        public String market(String code) {
            return org.tradedesk.markets.importing.CountryNames.name(code, locale);
        }

        /**
         * The first and last year of the trends section 3 shows (t2fixP: its heading did not say which years), from the years of
         * the trends' series; null when no trend is shown.
         */
        public List<String> trendYears() {
            List<Integer> years = new ArrayList<>();
            for (MarketTrend t : trends) {
                if (t.shown() == null) {
                    continue;
                }
                Analysis.Chart chart = t.shown().analysis().chart();
                // the years with a value, not the periods the trend is carried forward to
                List<Double> values = chart.series().stream().filter(x -> x.name().equals("markets.series.value")).findFirst()
                        .map(Analysis.Series::values).orElse(null);
                for (int i = 0; i < chart.labels().size(); i++) {
                    String x = chart.labels().get(i);
                    if (x != null && x.matches("[0-9]{4}.*") && (values == null || i < values.size() && values.get(i) != null)) {
                        years.add(Integer.parseInt(x.substring(0, 4)));
                    }
                }
            }
            years.sort(null);
            return years.isEmpty() ? null : List.of(String.valueOf(years.get(0)), String.valueOf(years.get(years.size() - 1)));
        }

        /** The project's candidate markets by name, listed as the reader's language lists ("中國、南韓、美國", "China, Rep. of Korea, USA"). */
        public String markets() {
            return MessageTexts.joined(project.markets().stream().map(this::market).toList(), locale);
        }

        /** A dataset's format as the dataset page words it ("關務署 GA30"), never its code. */
        public String format(Object format) {
            String code = format == null ? "" : (format instanceof Enum<?> e ? e.name() : format.toString());
            return code.isBlank() ? "—" : label("markets.format." + code, code);
        }

        /** The value unit as the dataset page words it ("美元（來源以千元計，已精確乘以 1000）"). */
        public String units(String code) {
            return code == null || code.isBlank() ? "—" : label("markets.units." + code, code);
        }

        /** A quantity's unit as imported ({@code kg}, {@code u}); the net-weight stand-in worded ("kg (net weight)"); "" for none. */
        public String quantityUnit(String unit) {
            return unit == null ? "" : worded(QuantityUnits.quantity(unit));
        }

        /** The unit value's unit: {@code USD/kg}, or "USD per kg (net weight)" for the net-weight stand-in; "" for none. */
        public String unitValueUnit(String unit) {
            return unit == null ? "" : worded(QuantityUnits.unitValue(unit));
        }

        /** A dataset's encoding worded in the report's language, with the delimiter detected for a mapped CSV ({@link org.tradedesk.markets.FileEncoding}). */
        public String encoding(DatasetView d) {
            org.tradedesk.shared.MessageText e = d.encodingWorded();
            return e == null ? "—" : worded(e);
        }

        /**
         * A dataset's preliminary periods worded in the report's language ("2025 年 1–7 月（初步）"), or that there are none:
         * rendered here in Java, as every other part of the report, since the PDF's template engine resolves no Spring beans
         * (review r-t2b: {@code @messages} in the template failed every report of a GA30 dataset).
         */
        public String preliminary(DatasetView d) {
            org.tradedesk.shared.MessageText p = d.preliminaryWorded();
            return p == null ? words.apply("markets.report.preliminary.none") : worded(p);
        }

        /**
         * A message in the report's language, rendered as the API renders it ({@link MessageTexts#render}: countries by name,
         * numbers and dates as the reader reads them), so the report never prints a code the API names.
         */
        private String worded(org.tradedesk.shared.MessageText text) {
            if (render != null) {
                return render.apply(text);
            }
            // a label argument (a unit's name: "USD/{0}" of 公斤) worded too, a nested message in the same language
            Object[] args = text.args().stream().map(a -> a.kind() == org.tradedesk.shared.MessageText.Kind.CODE ? words.apply(a.value())
                    : a.kind() == org.tradedesk.shared.MessageText.Kind.MESSAGE ? worded(a.message()) : a.value()).toArray();
            return new java.text.MessageFormat(words.apply(text.code()), locale).format(args);
        }

        /**
         * The normalised HHI with 4 decimals, or — for one partner, where it is not defined — the note the API gives
         * ({@link ConcentrationView#normalizedHhiNote}) in the report's language, never a blank.
         */
        public String normalisedHhi(ConcentrationView c) {
            if (c == null) {
                return "—";
            }
            if (c.normalizedHhi() == null && c.normalizedHhiNote() != null) {
                return worded(c.normalizedHhiNote()); // printed inside the report's sentence and its cell, so no dash
            }
            return num(c.normalizedHhi(), 4);
        }

        /** A stored rank reversal worded in the report's language, its criterion labelled for the flow ({@link ResearchReports#reversal}). */
        public String reversal(String stored, String flow) {
            return worded(ResearchReports.reversal(stored, flow));
        }

        /** The valuation basis (CIF, FOB), or that the file does not state it. */
        public String basis(String basis) {
            return basis == null || basis.isBlank() ? words.apply("markets.report.basis.not-stated") : basis;
        }

        /** The report's title with the project's name, punctuated in the reader's language. */
        public String title(String title) {
            return AnalysisPresenter.titled(title, project.name(), locale);
        }

        /**
         * The contributions are printed rounded to 4 decimals, and so is the score: when the printed contributions do not add
         * up to the printed score (0.2550 + 0.3328 = 0.5878 against 0.5877) a note says so, instead of leaving the reader
         * to find an error; null when they add up.
         */
        public String roundingNote(MarketDetail m) {
            if (m.line() == null || m.criteria().isEmpty()) {
                return null;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (CriterionRow c : m.criteria()) {
                if (c.contribution() == null) {
                    return null;
                }
                sum = sum.add(new BigDecimal(c.contribution()).setScale(4, java.math.RoundingMode.HALF_EVEN));
            }
            BigDecimal score = new BigDecimal(m.line().score()).setScale(4, java.math.RoundingMode.HALF_EVEN);
            return sum.compareTo(score) == 0 ? null : words.apply("markets.report.detail.rounding-note");
        }

        private String label(String key, String code) {
            String w = words.apply(key);
            return w == null || w.equals(key) ? code : w;
        }

        /** A figure as the reader reads it: grouped thousands, up to {@code decimals} decimals, "—" when there is none. */
        public String num(Double v, int decimals) {
            return ResearchReports.num(v, decimals, locale);
        }

        /** A fraction as a percentage with two decimals (0.0802 → 8.02 %). */
        public String pct(Double v) {
            return AnalysisPresenter.format(v, "percent", locale);
        }

        /**
         * A time of the report (import, comment, decision) as the reader reads it: as every page and document of the product
         * prints a time, in the desk's zone named in the reader's language ("2026/12/07 14:32:21（臺北時間）",
         * "7 Dec 2026 14:32:21 (Taipei time)"; {@link org.tradedesk.platform.Formats#dateTimeZoned(java.time.temporal.TemporalAccessor, Locale)}),
         * never UTC.
         */
        public String time(java.time.Instant t) {
            return t == null ? "" : times.apply(t);
        }
    }

    /**
     * One year of a candidate market's series: value, quantity with its unit as imported, unit value and the growth on the year
     * before. {@code unitsNote}: the units that were not summed (several in the year), worded; {@code flag}: a preliminary or
     * partial year worded ("January–July (preliminary): not in the growth figures"), else null.
     */
    public record YearRow(String year, Double value, Double quantity, String quantityUnit, Double unitValue, Double yoy, boolean preliminary,
                          String flag, String unitsNote) {
    }

    /** One weighted criterion of a market's score: the raw figure, its normalised score (0–1), the weight used and the contribution. */
    public record CriterionRow(String criterion, String label, Double raw, String rawShown, Double normalised, Double weight,
                               Double contribution) {
    }

    /**
     * Everything behind one candidate market's figures (review M2): the values by year with YoY growth, CAGR and trend growth
     * (with its interval, or why there is none), the concentration with the partner shares behind it, the unit value with its
     * basis, the tariff with its provenance and each weighted criterion of the score.
     */
    public record MarketDetail(String market, List<YearRow> years, Double cagr, Double trendGrowth, Double trendLow, Double trendHigh,
                               int fullYears, String noTrend, Integer year, ConcentrationView concentration, String concentrationNote,
                               Double value, Double quantity, String quantityUnit, Double unitValue, String unitValueNote, String units,
                               String valuationBasis,
                               ResearchProjects.MarketLine line, String tariffProvenance, List<CriterionRow> criteria, String provenance) {

        public MarketDetail(String market, List<YearRow> years, Double cagr, Double trendGrowth, Double trendLow, Double trendHigh,
                            int fullYears, String noTrend, Integer year, ConcentrationView concentration, String concentrationNote,
                            Double value, Double quantity, String quantityUnit, Double unitValue, String unitValueNote, String units,
                            String valuationBasis, ResearchProjects.MarketLine line, String tariffProvenance, List<CriterionRow> criteria) {
            this(market, years, cagr, trendGrowth, trendLow, trendHigh, fullYears, noTrend, year, concentration, concentrationNote, value,
                    quantity, quantityUnit, unitValue, unitValueNote, units, valuationBasis, line, tariffProvenance, criteria, null);
        }
    }

    public record Recipient(String name, String email, String language) {
    }

    public Report report(long projectId, Locale locale) {
        Locale lang = language(locale);
        ResearchProjects.Project p = projects.project(projectId);
        // review M3: a dataset whose import failed (or is not finished) has no provenance to print; it is left out
        List<DatasetView> sources = p.datasets().stream().map(datasets::dataset).filter(d -> d.status() == DatasetStatus.SUCCEEDED)
                .toList();
        List<ResearchProjects.Decision> decisions = projects.decisions(projectId);
        ResearchProjects.Decision decision = decisions.isEmpty() ? null : decisions.get(0);
        long first = decision != null ? decision.dataset() : sources.isEmpty() ? p.datasets().get(0) : sources.get(0).id();
        // the datasets a market's figures may be read from: the decision's (or the first) one, then the project's others
        List<Long> order = new ArrayList<>(List.of(first));
        sources.stream().map(DatasetView::id).filter(id -> id != first).forEach(order::add);
        String product = decision == null ? p.hsCodes().get(0) : decision.figures().product();
        // before any decision: the flow the datasets hold (imports when any market's are held, else exports), never "no
        // series" of imports when the datasets hold the exports (review t2fixL 5)
        // each series read once for the report (t2fixN: heldFlow read with a throwaway cache, so the series it read for the
        // flow it settled on were read again), kept by dataset, market and flow; the same parameters throughout
        Map<String, SeriesView> series = new java.util.HashMap<>();
        String flow = decision == null ? heldFlow(order, p.markets(), product, series) : decision.figures().flow();
        Integer fromYear = decision == null ? null : decision.figures().from();
        Integer toYear = decision == null ? null : decision.figures().to();
        // acceptance review (t2fixE): each market read from the dataset that holds its series, never the first dataset's
        // absence asserted for a market another dataset holds; which one, and why when it is not the first, said with it
        Map<String, Long> read = new java.util.LinkedHashMap<>();
        Map<String, String> readFrom = new java.util.LinkedHashMap<>();
        java.util.Set<String> unheld = new java.util.HashSet<>();
        // each market's series read once for the report (code read R16: it was read for the holder, again for the trend
        // and again for the figures)
        for (String market : p.markets()) {
            Long holder = holder(order, market, flow, product, fromYear, toYear, series);
            if (holder == null) {
                unheld.add(market);
            }
            read.put(market, holder == null ? first : holder);
            readFrom.put(market, holder == null ? noneHolds(order, market, flow, product, lang)
                    : provenance(holder, lang) + (holder == first ? "" : " " + fmt("markets.report.read-from-other", lang,
                    org.tradedesk.markets.importing.CountryNames.name(market, lang), String.valueOf(holder), String.valueOf(first))));
        }
        List<MarketTrend> trends = new ArrayList<>();
        for (String market : p.markets()) {
            if (unheld.contains(market)) {
                // no dataset holds it: said once, naming every dataset looked in (not one dataset's "no full period")
                trends.add(new MarketTrend(market, null, readFrom.get(market), null));
                continue;
            }
            try {
                Analysis a = analyses.analyse(read.get(market), new AnalysisRequest("TREND", market, "0", flow, product, "A", fromYear, toYear,
                        null, null, null, null, 2, null, null, null), series.get(seriesKey(read.get(market), market, flow, fromYear, toYear)));
                trends.add(new MarketTrend(market, presenter.show(a, lang), null, readFrom.get(market)));
            } catch (TradedeskException e) {
                trends.add(new MarketTrend(market, null, problem(e, lang), readFrom.get(market)));
            }
        }
        List<SharedShown> others = new ArrayList<>();
        List<SharedShown> causal = new ArrayList<>();
        for (ProjectAnalyses.SharedAnalysis s : shared.shared(projectId)) {
            SharedShown shown;
            try {
                shown = new SharedShown(s, presenter.show(shared.compute(s), lang), null, provenance(s.dataset(), lang));
            } catch (TradedeskException e) {
                shown = new SharedShown(s, null, problem(e, lang), provenance(s.dataset(), lang));
            }
            (s.method().causeAndEffect() ? causal : others).add(shown);
        }
        List<FindingShown> findings = decision == null ? List.of() : decision.findings().stream()
                .map(f -> new FindingShown(f.severity(), f.market(), texts.render(f.text(), lang))).toList();
        List<String> notes = decision == null ? List.of()
                : texts.renderAll(decision.figures().notes(), lang);
        java.util.function.Function<java.time.Instant, String> times = t -> formats.dateTimeZoned(t, lang);
        String generated = times.apply(clock.instant());
        List<MarketDetail> details = new ArrayList<>();
        java.util.Set<String> stated = new java.util.HashSet<>();
        for (String market : p.markets()) {
            if (unheld.contains(market)) {
                continue; // no dataset holds its figures: section 3 says so; no table of dashes "for Chile in —"
            }
            MarketDetail m = detail(read.get(market), market, flow, product, fromYear, toYear, decision, lang, stated, readFrom.get(market),
                    series.get(seriesKey(read.get(market), market, flow, fromYear, toYear)));
            if (m != null) {
                details.add(m);
            }
        }
        return new Report(p, lang, generated, sources, flow, product, trends, others, causal, decision, findings, notes, details,
                key -> msg(key, lang), times, m -> texts.render(m, lang), this::displayName);
    }

    /** The figures behind one market (review M2), read again from the dataset; null when the dataset has no series for it. */
    private MarketDetail detail(long dataset, String market, String flow, String product, Integer from, Integer to,
                                ResearchProjects.Decision decision, Locale l, java.util.Set<String> stated, String readFrom,
                                SeriesView known) {
        SeriesView s = known;
        if (s == null) {
            try {
                s = datasets.series(dataset, market, "0", flow, product, "A", from, to);
            } catch (TradedeskException e) {
                return null;
            }
        }
        List<YearRow> years = new ArrayList<>();
        SeriesView.Point previous = null;
        SeriesView.Point lastFull = null;
        int full = 0;
        for (SeriesView.Point pt : s.points()) {
            boolean partial = pt.preliminary() || pt.partialToMonth() != null;
            Double yoy = null;
            if (previous != null && !partial && previous.value().signum() > 0
                    && Integer.parseInt(pt.period()) == Integer.parseInt(previous.period()) + 1) {
                yoy = pt.value().doubleValue() / previous.value().doubleValue() - 1;
            }
            years.add(new YearRow(pt.period(), pt.value().doubleValue(), pt.quantity(), pt.quantityUnit(), pt.unitValue(), yoy, partial,
                    pt.flag() == null ? null : texts.render(org.tradedesk.shared.MessageText.of("markets.report.detail.flag-note", org.tradedesk.shared.MessageText.Arg.message(pt.flag())), l),
                    pt.unitsNote() == null ? null : texts.render(pt.unitsNote(), l)));
            if (!partial) {
                previous = pt;
                if (pt.value().signum() > 0) {
                    full++;
                    lastFull = pt;
                }
            } else {
                previous = null;
            }
        }
        String noTrend = null;
        if (s.trendGrowth() == null) {
            noTrend = full < org.tradedesk.markets.domain.Growth.MIN_TREND_POINTS
                    ? fmt("markets.report.detail.no-trend-years", l, full, org.tradedesk.markets.domain.Growth.MIN_TREND_POINTS)
                    : msg("markets.report.detail.no-trend-values", l);
        }
        ResearchProjects.MarketLine line = decision == null ? null : decision.figures().ranking().stream()
                .filter(x -> x.market().equals(market)).findFirst().orElse(null);
        Integer year = line != null ? line.year() : lastFull == null ? null : Integer.valueOf(lastFull.period());
        ConcentrationView concentration = null;
        String concentrationNote = null;
        if (year != null) {
            try {
                concentration = datasets.concentration(dataset, year, flow, product, "partner", market, null).named(l);
            } catch (TradedeskException e) {
                concentrationNote = problem(e, l);
            }
        }
        if (concentrationNote == null && (concentration == null || concentration.hhi() == null || concentration.shares().isEmpty())) {
            // the market by its name inside the sentence (「中國於 2024 年無 HHI」, never 「CHN 於…」)
            concentrationNote = fmt("markets.report.detail.no-partners", l, org.tradedesk.markets.importing.CountryNames.name(market, l),
                    year == null ? "—" : String.valueOf(year));
            concentration = null;
        }
        SeriesView.Point at = null;
        for (SeriesView.Point pt : s.points()) {
            if (year != null && pt.period().equals(String.valueOf(year))) {
                at = pt;
            }
        }
        Double value = at == null ? null : at.value().doubleValue();
        Double quantity = at == null ? null : at.quantity();
        String quantityUnit = at == null ? null : at.quantityUnit();
        Double unitValue = at == null ? null : at.unitValue();
        String unitValueNote = unitValue == null ? at != null && at.unitsNote() != null
                ? texts.render(org.tradedesk.shared.MessageText.of("markets.report.detail.no-quantity-mixed", org.tradedesk.shared.MessageText.Arg.message(at.unitsNote())), l)
                : msg("markets.report.detail.no-quantity", l) : null;
        String provenance = line == null ? null : tariffProvenance(line, l, stated);
        // the unit value with its unit ("USD/kg"), as stored with the scoring or, for an older decision, as read here
        String uvUnit = line == null ? null : line.quantityUnit() != null ? line.quantityUnit() : quantityUnit;
        String uvUnitShown = uvUnit == null ? "" : texts.render(QuantityUnits.unitValue(uvUnit), l);
        List<CriterionRow> criteria = line == null ? List.of() : criteria(decision.figures(), market, l, uvUnitShown);
        return new MarketDetail(market, years, s.cagr(), s.trendGrowth(), s.trendGrowthCi() == null ? null : s.trendGrowthCi().get(0),
                s.trendGrowthCi() == null ? null : s.trendGrowthCi().get(1), full, noTrend, year, concentration, concentrationNote, value,
                quantity, quantityUnit, unitValue, unitValueNote, s.units(), s.valuationBasis(), line, provenance, criteria, readFrom);
    }

    /** The flow of the report before a decision: M when a dataset holds any market's imports, else X when one holds exports. */
    private String heldFlow(List<Long> order, List<String> markets, String product, Map<String, SeriesView> read) {
        for (String f : List.of("M", "X")) {
            for (String market : markets) {
                if (holder(order, market, f, product, null, null, read) != null) {
                    return f;
                }
            }
        }
        return "M";
    }

    /**
     * The first of the datasets (in order) holding a full, final year of the market's series (the market as reporter, with the
     * World), null when none does.
     */
    private Long holder(List<Long> order, String market, String flow, String product, Integer from, Integer to,
                        Map<String, SeriesView> read) {
        for (Long id : order) {
            try {
                String key = seriesKey(id, market, flow, from, to);
                SeriesView s = read.get(key);
                if (s == null) {
                    s = datasets.series(id, market, "0", flow, product, "A", from, to);
                    read.put(key, s);
                }
                if (s.points().stream().anyMatch(pt -> !pt.preliminary() && pt.partialToMonth() == null && pt.value().signum() > 0)) {
                    return id;
                }
            } catch (TradedeskException e) {
                // not in this dataset (another reporter, product or flow): the next one
            }
        }
        return null;
    }

    /** The key of a series read for a report: dataset, market, flow and years (the product and partner are the report's own). */
    private static String seriesKey(long dataset, String market, String flow, Integer from, Integer to) {
        return dataset + "/" + market + "/" + flow + "/" + from + "/" + to;
    }

    /** That none of the project's datasets holds the market's series, naming them: never "no data" of one dataset alone. */
    private String noneHolds(List<Long> order, String market, String flow, String product, Locale l) {
        return fmt("markets.report.read-none", l, org.tradedesk.markets.importing.CountryNames.name(market, l),
                String.join(", ", order.stream().map(String::valueOf).toList()), product, msg("markets.flow." + flow, l));
    }

    /** The data line of a dataset ({@link Provenance}) in the report's language. */
    private String provenance(long dataset, Locale l) {
        try {
            return texts.render(Provenance.of(datasets.dataset(dataset)), l);
        } catch (TradedeskException e) {
            return problem(e, l);
        }
    }

    /**
     * Each weighted criterion of one market: the raw figures stored with the decision, normalised and weighted again by
     * {@link MarketScoring} exactly as the decision was scored, so the contributions add up to the stored score.
     */
    private List<CriterionRow> criteria(ResearchProjects.Scoring f, String market, Locale l, String unitValueUnit) {
        List<MarketScoring.Candidate> candidates = new ArrayList<>();
        for (ResearchProjects.MarketLine m : f.ranking()) {
            Map<MarketScoring.Criterion, Double> v = new java.util.EnumMap<>(MarketScoring.Criterion.class);
            put(v, MarketScoring.Criterion.DEMAND_SIZE, m.demandSize());
            put(v, MarketScoring.Criterion.DEMAND_GROWTH, m.demandGrowth());
            put(v, MarketScoring.Criterion.SUPPLIER_CONCENTRATION, m.supplierHhi());
            put(v, MarketScoring.Criterion.UNIT_VALUE, m.unitValue());
            put(v, MarketScoring.Criterion.OUR_SHARE, m.ourShare());
            MarketAccess access = m.tariffPercent() == null ? null : new MarketAccess(m.tariffPercent(),
                    MarketAccess.Source.valueOf(m.tariffSource()), m.tariffReference());
            candidates.add(new MarketScoring.Candidate(m.market(), v, access));
        }
        List<MarketScoring.Weight> weights = new ArrayList<>();
        // each criterion in the direction it was scored in (our market share may be scored either way)
        f.statedWeights().forEach((c, w) -> weights.add(new MarketScoring.Weight(MarketScoring.Criterion.valueOf(c), w, f.direction(c))));
        MarketScoring.MarketScore score;
        try {
            score = MarketScoring.score(candidates, weights, MarketScoring.Normalisation.valueOf(f.normalisation())).of(market);
        } catch (RuntimeException e) {
            return List.of();
        }
        MarketScoring.Candidate own = candidates.stream().filter(c -> c.market().equals(market)).findFirst().orElseThrow();
        List<CriterionRow> rows = new ArrayList<>();
        for (Map.Entry<MarketScoring.Criterion, Double> e : score.normalised().entrySet()) {
            MarketScoring.Criterion c = e.getKey();
            Double raw = c == MarketScoring.Criterion.TARIFF ? (own.access() == null ? null : own.access().ratePercent()) : own.values().get(c);
            String shown = switch (c) {
                case DEMAND_SIZE -> num(raw, 0, l);
                case DEMAND_GROWTH, OUR_SHARE -> AnalysisPresenter.format(raw, "percent", l);
                case SUPPLIER_CONCENTRATION -> num(raw, 4, l);
                case UNIT_VALUE -> raw == null || unitValueUnit.isEmpty() ? num(raw, 2, l) : num(raw, 2, l) + " " + unitValueUnit;
                case TARIFF -> raw == null ? "—" : num(raw, 2, l) + " %";
            };
            rows.add(new CriterionRow(c.name(), criterion(c.name(), f.flow(), l), raw, shown, e.getValue(), f.weights().get(c.name()),
                    score.contributions().get(c)));
        }
        return rows;
    }

    private static void put(Map<MarketScoring.Criterion, Double> v, MarketScoring.Criterion c, Double x) {
        if (x != null) {
            v.put(c, x);
        }
    }

    /**
     * Where the tariff of a market's figure comes from, in words: the loaded schedule's line, version and date, or typed /
     * average, marked; the full statement on every market's row, also when an earlier market's said the same (t2fixP).
     */
    String tariffProvenance(ResearchProjects.MarketLine m, Locale l, java.util.Set<String> stated) {
        if (m.tariffSource() == null) {
            return msg("markets.report.detail.tariff-none", l);
        }
        String label = tariffSource(m.tariffSource(), l);
        ResearchProjects.ScheduleTariff t = m.schedule();
        if (m.tariffSource().equals("LOADED_SCHEDULE") && t != null && t.line() != null) {
            return fmt("markets.report.detail.tariff-schedule", l, label, scheduleReference(t, l));
        }
        String reference = m.average() != null ? averageReference(m.average(), l)
                : m.tariffReference() == null ? "" : m.tariffReference();
        // t2fixP: the whole source on every row ("as above" meant nothing once the XLSX rows are sorted or filtered)
        String out;
        if (m.tariffSource().equals("TYPED_BY_USER") && m.average() == null && !reference.isBlank()) {
            // t2fixS (review MINOR 9): "typed by coordinator", not "typed by the user, marked as such: coordinator"; the reference
            // is the user who typed it and, after ": ", the reason given (ResearchProjects)
            int colon = reference.indexOf(": ");
            // named by the user's display name, as the decision's 'recorded by' (ResearchReportReviewFixesTest: "by 陳志明", not "by chen")
            out = colon < 0 ? fmt("markets.report.detail.tariff-typed-by", l, displayName(reference))
                    : fmt("markets.report.detail.tariff-typed-by-reason", l, displayName(reference.substring(0, colon)), reference.substring(colon + 2));
        } else {
            out = fmt("markets.report.detail.tariff-marked", l, label, reference);
        }
        if (t != null && t.overriddenBy() != null) {
            out += " " + fmt("markets.report.detail.tariff-overrides", l, t.line() == null ? "—" : t.line(),
                    t.dataLabel() == null ? "—" : t.dataLabel());
        }
        return out;
    }

    /**
     * A loaded schedule's rate in words, in the reader's language and date format: the line, the schedule and its tariff data
     * version, the day, MFN and the preference claimed, what the origin may claim and the country lists' version. One wording
     * for the report, the project page and the scoring API (review t2fixL 1: page and API printed the English machine form).
     */
    public String scheduleReference(ResearchProjects.ScheduleTariff t, Locale l) {
        String preference = t.preference() == null ? msg("markets.report.detail.no-preference", l)
                : t.origin() == null || t.origin().isBlank() ? t.preference() + " " + num(t.preferencePercent(), 2, l) + " %"
                : fmt("markets.report.detail.preference-for", l, t.preference(), num(t.preferencePercent(), 2, l), origin(t.origin(), l));
        StringBuilder out = new StringBuilder(fmt("markets.tariff.reference.schedule", l, t.line(), t.dataLabel(),
                String.valueOf(t.dataVersion()), formats.date(t.date(), l), num(t.mfnPercent(), 2, l), preference));
        if (t.claimable() != null && t.origin() != null && !t.origin().isBlank()) {
            out.append(t.claimable().isBlank() ? fmt("markets.tariff.reference.claimable-none", l, origin(t.origin(), l))
                    : fmt("markets.tariff.reference.claimable", l, origin(t.origin(), l), listed(List.of(t.claimable().split(", ")), l)));
        }
        if (t.lists() != null) {
            out.append(fmt("markets.tariff.reference.lists", l, texts.render(t.lists(), l)));
        }
        return out.toString();
    }

    /**
     * The reference shown beside a market's tariff source on the page and in the API: a loaded schedule's in the reader's words
     * ({@link #scheduleReference}); a typed rate's (the user and the reason) and any other as stated.
     */
    public String tariffReference(ResearchProjects.MarketLine m, Locale l) {
        if ("LOADED_SCHEDULE".equals(m.tariffSource()) && m.schedule() != null && m.schedule().line() != null) {
            return scheduleReference(m.schedule(), l);
        }
        if ("DATASET_AVERAGE".equals(m.tariffSource()) && m.average() != null) {
            return averageReference(m.average(), l);
        }
        return m.tariffReference();
    }

    /**
     * A tariff dataset's average in the reader's words (t2fixN): "simple average of the MFN rates of 4 tariff lines of 8542,
     * file …, year 2024 (tariff dataset 3, SHA-256 …)", and, when the file held no line of the product in the scored year, that
     * the latest earlier year was taken.
     */
    public String averageReference(TariffAverage a, Locale l) {
        String out = fmt("markets.tariff.reference.average", l, a.lines(), a.product(), a.fileName(), a.year(), a.tariffDataset(),
                a.sha256() == null ? "" : a.sha256().substring(0, Math.min(12, a.sha256().length())),
                org.tradedesk.markets.importing.CountryNames.name(a.market(), l));
        if (a.askedYear() != null && a.askedYear() != a.year()) {
            out += fmt("markets.tariff.reference.average-earlier", l, a.askedYear(), a.year());
        }
        return out;
    }

    /** The scoring with each line's tariff reference in the reader's words ({@link #tariffReference}), for the API. */
    public ResearchProjects.Scoring worded(ResearchProjects.Scoring s, Locale l) {
        if (s == null) {
            return null;
        }
        List<ResearchProjects.MarketLine> lines = s.ranking().stream().map(m -> new ResearchProjects.MarketLine(m.market(), m.rank(),
                m.score(), m.year(), m.demandSize(), m.demandGrowth(), m.demandGrowthLow(), m.demandGrowthHigh(), m.trendYears(),
                m.supplierHhi(), m.unitValue(), m.tariffPercent(), m.tariffSource(), tariffReference(m, l), m.schedule(), m.ourShare(),
                m.quantityUnit(), m.average()))
                .toList();
        return new ResearchProjects.Scoring(s.dataset(), s.datasetSha256(), s.datasetFile(), s.flow(), s.product(), s.from(), s.to(),
                s.normalisation(), s.statedWeights(), s.weights(), lines, s.sensitivityChange(), s.reversals(), s.notes(), s.partner(),
                s.directions());
    }

    /**
     * The origin a preference is claimed for (ISO alpha-2, KR) by the name the report gives markets (南韓, Rep. of Korea: the
     * markets' country list through its alpha-3 code); the JDK's name for a code that list does not hold.
     */
    static String origin(String alpha2, Locale l) {
        try {
            String iso3 = new Locale("", alpha2).getISO3Country();
            if (org.tradedesk.markets.importing.CountryNames.known(iso3)) {
                return org.tradedesk.markets.importing.CountryNames.name(iso3, l);
            }
        } catch (java.util.MissingResourceException notIso) {
            // no alpha-3 for it: the JDK's name below
        }
        return org.tradedesk.shared.CountryCode.displayName(alpha2, l);
    }

    /** A figure for the reader: thousands grouped, at most {@code decimals} decimals; "—" when there is none. */
    static String num(Double v, int decimals, Locale l) {
        if (v == null || !Double.isFinite(v)) {
            return "—";
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                java.text.DecimalFormatSymbols.getInstance(l));
        return f.format(v);
    }

    /** Items joined with the reader's list separator ({@code markets.list.pair}: 「RCEP 4%、KAFTA 0%」, "RCEP 4%, KAFTA 0%"; t2fixT). */
    private String listed(List<String> items, Locale l) {
        if (items.isEmpty()) {
            return "";
        }
        String rest = items.get(items.size() - 1);
        for (int i = items.size() - 2; i >= 0; i--) {
            rest = new java.text.MessageFormat(msg("markets.list.pair", l).replace("'", "''"), l).format(new Object[] {items.get(i), rest});
        }
        return rest;
    }

    private String fmt(String code, Locale l, Object... args) {
        // years, ids and counts of years go in as whole numbers: never grouped ("2023", not "2,023")
        Object[] plain = java.util.Arrays.stream(args).map(a -> a instanceof Integer || a instanceof Long ? String.valueOf(a) : a).toArray();
        return new java.text.MessageFormat(msg(code, l).replace("'", "''"), l).format(plain);
    }

    public byte[] pdf(long projectId, Locale locale) {
        return pdf(report(projectId, locale));
    }

    /** The PDF of a report built already (the e-mail share builds each language's report once, t2fixN). */
    public byte[] pdf(Report r) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("r", r);
        model.put("lang", r.locale().toLanguageTag());
        return pdf.render("markets/report", model, r.locale());
    }

    public byte[] xlsx(long projectId, Locale locale) {
        return xlsx(report(projectId, locale));
    }

    /** The XLSX of a report built already (the e-mail share builds each language's report once, t2fixN). */
    public byte[] xlsx(Report r) {
        Locale l = r.locale();
        XlsxWorkbook w = XlsxWorkbook.create().properties(msg("markets.report.title", l) + " " + r.project().name(), l);
        XlsxSheet project = w.sheet(msg("markets.report.sheet.project", l));
        project.title(AnalysisPresenter.titled(msg("markets.report.title", l), r.project().name(), l));
        project.row().text(msg("markets.project.hs-codes", l)).text(String.join(", ", r.project().hsCodes()));
        project.row().text(msg("markets.project.markets", l)).text(r.markets());
        project.row().text(msg("markets.report.generated", l)).text(r.generatedAt());
        project.skip();
        project.header(msg("markets.project.questions", l));
        r.project().questions().forEach(q -> project.row().wrappedText(q));
        project.columnWidths(28, 80);

        XlsxSheet sources = w.sheet(msg("markets.report.sheet.sources", l));
        sources.header(msg("markets.report.dataset", l), msg("markets.report.file", l), msg("markets.report.source", l), "SHA-256",
                msg("markets.report.imported", l), msg("markets.report.rows-read", l), msg("markets.report.rows-kept", l),
                msg("markets.report.rows-rejected", l), msg("markets.report.units", l), msg("markets.report.basis", l),
                msg("markets.report.years", l), msg("markets.report.preliminary", l));
        for (DatasetView d : r.sources()) {
            sources.row().number(BigDecimal.valueOf(d.id()), XlsxFormat.number(0)).text(d.fileName()).text(r.format(d.format()) + (d.encoding() == null ? "" : " " + fmt("markets.report.encoding", l, r.encoding(d))))
                    .text(d.sha256())
                    .text(r.time(d.finishedAt()))
                    .number(d.rowsRead() == null ? null : BigDecimal.valueOf(d.rowsRead()), XlsxFormat.number(0))
                    .number(d.rowsKept() == null ? null : BigDecimal.valueOf(d.rowsKept()), XlsxFormat.number(0))
                    .number(d.rowsRejected() == null ? null : BigDecimal.valueOf(d.rowsRejected()), XlsxFormat.number(0))
                    .text(r.units(d.units())).text(r.basis(d.valuationBasis())).text(d.firstYear() + "–" + d.lastYear())
                    .text(r.preliminary(d));
        }
        sources.columnWidths(8, 40, 20, 66, 24, 10, 10, 10, 16, 10, 12, 24);

        XlsxSheet trends = w.sheet(msg("markets.report.sheet.trends", l));
        trends.header(msg("markets.project.market", l), msg("markets.series.trend", l), msg("markets.analysis.growth-low", l),
                msg("markets.analysis.growth-high", l), msg("markets.analysis.p-value", l), msg("markets.analysis.points", l),
                msg("markets.report.market-code", l), msg("markets.dataset.source", l));
        for (MarketTrend t : r.trends()) {
            XlsxRow row = trends.row().text(r.market(t.market()));
            if (t.shown() == null) {
                row.text(t.problem()).at(6).text(t.market()).text(t.provenance() == null ? "" : t.provenance());
                continue;
            }
            for (String code : List.of("markets.series.trend", "markets.analysis.growth-low", "markets.analysis.growth-high")) {
                row.number(summary(t.shown().analysis(), code), XlsxFormat.percent(2));
            }
            // the trend's p-value as the PDF prints it, "< 0.0001" or a number shown with 4 decimals, found by its format (t2fixR)
            AnalysisPresenter.summaryCell(row, t.shown().analysis().summary().stream().filter(x -> Analysis.P_VALUE.equals(x.format()))
                    .findFirst().orElse(null), l);
            row.number(summary(t.shown().analysis(), "markets.analysis.points"), XlsxFormat.number(0)).text(t.market())
                    .text(t.provenance() == null ? "" : t.provenance());
        }
        trends.columnWidths(24, 16, 16, 16, 12, 10, 10, 80);
        java.util.Set<String> trendSheets = new java.util.HashSet<>();
        int n = 1;
        for (MarketTrend t : r.trends()) {
            if (t.shown() != null) {
                presenter.sheet(w, trendSheet(msg("markets.report.sheet.trend", l), r.market(t.market()), t.market(), trendSheets), t.shown(), l,
                        t.provenance());
            }
        }
        for (SharedShown s : concat(r.causeAndEffect(), r.analyses())) {
            if (s.shown() != null) {
                presenter.sheet(w, msg("markets.report.sheet.analysis", l) + " " + n++, s.shown(), l, s.provenance());
            }
        }
        XlsxSheet comments = w.sheet(msg("markets.report.sheet.comments", l));
        comments.header(msg("markets.report.analysis", l), msg("markets.report.finding", l), msg("markets.report.author", l),
                msg("markets.report.time", l), msg("markets.report.comment", l));
        for (SharedShown s : concat(r.causeAndEffect(), r.analyses())) {
            comments.row().text(s.analysis().title()).wrappedText(s.analysis().finding()).text(r.person(s.analysis().sharedBy()))
                    .text(r.time(s.analysis().sharedAt())).text("");
            for (ProjectAnalyses.Comment c : s.analysis().comments()) {
                comments.row().text(s.analysis().title()).text("").text(r.person(c.author())).text(r.time(c.createdAt())).wrappedText(c.body());
            }
        }
        comments.columnWidths(30, 40, 14, 24, 60);

        XlsxSheet scoring = w.sheet(msg("markets.report.sheet.scoring", l));
        XlsxSheet decision = w.sheet(msg("markets.report.sheet.decision", l));
        if (r.decision() == null) {
            scoring.row().text(msg("markets.project.no-decisions", l));
            decision.row().text(msg("markets.project.no-decisions", l));
        } else {
            ResearchProjects.Scoring f = r.decision().figures();
            scoring.row().text(msg("markets.project.figures-from", l).replace("{0}", String.valueOf(f.dataset())).replace("{1}", f.datasetSha256()));
            scoring.header(msg("markets.report.criterion", l), msg("markets.report.weight-stated", l), msg("markets.report.weight-used", l));
            for (Map.Entry<String, Double> e : f.weights().entrySet()) {
                scoring.row().text(criterion(e.getKey(), f.flow(), l)).number(big(f.statedWeights().get(e.getKey())), XlsxFormat.number(2))
                        .number(big(e.getValue()), XlsxFormat.number(4));
            }
            scoring.skip();
            // a column for each weighted criterion (review r-t2b: the supplier HHI of a four-criterion scoring was missing)
            List<String> weighted = rankingCriteria(f);
            List<String> heads = new ArrayList<>(List.of(msg("markets.project.rank", l), msg("markets.project.market", l),
                    msg("markets.project.score-value", l)));
            weighted.forEach(c -> {
                heads.add(criterion(c, f.flow(), l));
                if (c.equals("UNIT_VALUE")) {
                    heads.add(msg("markets.report.unit-value-unit", l)); // t2fixK: the unit value's unit beside it, per market
                }
            });
            heads.add(msg("markets.project.tariff-source", l));
            heads.add(msg("markets.report.market-code", l));
            scoring.header(heads.toArray(String[]::new));
            for (ResearchProjects.MarketLine m : f.ranking()) {
                XlsxRow row = scoring.row().number(BigDecimal.valueOf(m.rank()), XlsxFormat.number(0)).text(r.market(m.market()))
                        .number(BigDecimal.valueOf(m.score()), XlsxFormat.number(6));
                for (String c : weighted) {
                    switch (MarketScoring.Criterion.valueOf(c)) {
                        case DEMAND_SIZE -> row.number(big(m.demandSize()), XlsxFormat.number(0));
                        case DEMAND_GROWTH -> row.number(big(m.demandGrowth()), XlsxFormat.percent(2));
                        case SUPPLIER_CONCENTRATION -> row.number(big(m.supplierHhi()), XlsxFormat.number(4));
                        case UNIT_VALUE -> row.number(big(m.unitValue()), XlsxFormat.number(2))
                                .text(m.unitValue() == null ? "" : r.lineUnitValueUnit(m));
                        case TARIFF -> row.number(big(m.tariffPercent()), XlsxFormat.number(2));
                        case OUR_SHARE -> row.number(big(m.ourShare()), XlsxFormat.percent(2)); // t2fixI: as the PDF prints it
                    }
                }
                row.text(m.tariffSource() == null ? "" : tariffSource(m.tariffSource(), l)).text(m.market());
            }
            scoring.skip();
            scoring.row().text(msg("markets.report.sensitivity", l)).number(BigDecimal.valueOf(f.sensitivityChange()), XlsxFormat.percent(0));
            if (f.reversals().isEmpty()) {
                scoring.row().text(msg("markets.project.no-reversals", l));
            }
            f.reversals().forEach(x -> scoring.row().text(r.reversal(x, f.flow())));
            r.scoringNotes().forEach(x -> scoring.row().wrappedText(x));
            int columns = weighted.size() + (weighted.contains("UNIT_VALUE") ? 1 : 0);
            int[] widths = new int[columns + 5];
            widths[0] = 30;
            widths[1] = 24;
            widths[2] = 16;
            for (int i = 0; i < columns; i++) {
                widths[3 + i] = 20;
            }
            widths[columns + 3] = 26;
            widths[columns + 4] = 10;
            scoring.columnWidths(widths);

            XlsxSheet criteria = w.sheet(msg("markets.report.sheet.criteria", l));
            criteria.header(msg("markets.project.market", l), msg("markets.report.criterion", l), msg("markets.report.detail.raw", l),
                    msg("markets.report.detail.normalised", l), msg("markets.report.detail.weight", l),
                    msg("markets.report.detail.contribution", l), msg("markets.report.market-code", l));
            for (MarketDetail m : r.details()) {
                double total = 0;
                for (CriterionRow c : m.criteria()) {
                    XlsxFormat rawFormat = switch (c.criterion()) {
                        case "DEMAND_SIZE" -> XlsxFormat.number(0);
                        case "DEMAND_GROWTH", "OUR_SHARE" -> XlsxFormat.percent(2);
                        case "UNIT_VALUE", "TARIFF" -> XlsxFormat.number(2);
                        default -> XlsxFormat.number(4);
                    };
                    // the unit value's label with its unit ("Unit value (USD/kg)"), the figure a number beside it (t2fixK)
                    String uvUnit = r.unitValueUnit(m.line() != null && m.line().quantityUnit() != null ? m.line().quantityUnit() : m.quantityUnit());
                    String label = c.criterion().equals("UNIT_VALUE") && !uvUnit.isEmpty() ? fmt("markets.report.criterion-with-unit", l, c.label(), uvUnit) : c.label();
                    criteria.row().text(r.market(m.market())).text(label).number(big(c.raw()), rawFormat).number(big(c.normalised()), XlsxFormat.number(6))
                            .number(big(c.weight()), XlsxFormat.number(4)).number(big(c.contribution()), XlsxFormat.number(6)).text(m.market());
                    total += c.contribution() == null ? 0 : c.contribution();
                }
                if (!m.criteria().isEmpty()) {
                    criteria.row().text(r.market(m.market())).text(msg("markets.report.detail.total", l)).text("").text("").text("")
                            .number(BigDecimal.valueOf(total), XlsxFormat.number(6)).text(m.market());
                }
            }
            criteria.columnWidths(24, 30, 20, 18, 14, 14, 10);

            decision.row().text(msg("markets.report.decided-at", l)).text(r.time(r.decision().createdAt()));
            decision.row().text(msg("markets.report.decided-by", l)).text(r.person(r.decision().createdBy()));
            decision.skip();
            decision.header(msg("markets.project.market", l), msg("markets.report.reason", l), msg("markets.report.market-code", l));
            for (ResearchProjects.Choice c : r.decision().choices()) {
                decision.row().text(r.market(c.market())).wrappedText(c.reason().isEmpty() ? msg("markets.project.no-reason", l) : c.reason())
                        .text(c.market());
            }
            decision.skip();
            decision.header(msg("markets.report.check", l), msg("markets.project.market", l), msg("markets.report.finding", l), msg("markets.report.market-code", l));
            for (FindingShown fs : r.findings()) {
                decision.row().text(msg("markets.project.severity." + fs.severity(), l)).text(fs.market() == null ? "" : r.market(fs.market()))
                        .wrappedText(fs.text()).text(fs.market() == null ? "" : fs.market());
            }
            decision.columnWidths(16, 12, 90);
        }
        marketSheets(w, r);
        return w.toBytes();
    }

    /** Review M2: the figures behind each market as sheets (market figures, values by year, partner shares). */
    private void marketSheets(XlsxWorkbook w, Report r) {
        Locale l = r.locale();
        XlsxSheet markets = w.sheet(msg("markets.report.sheet.markets", l));
        markets.header(msg("markets.project.market", l), msg("markets.report.detail.year-of-figures", l), msg("markets.report.detail.hhi", l),
                msg("markets.report.detail.hhi-normalised", l), msg("markets.report.detail.partners", l), msg("markets.report.detail.value", l),
                msg("markets.report.detail.quantity", l), msg("markets.report.detail.unit-value", l), msg("markets.report.detail.value-units", l),
                msg("markets.report.detail.valuation", l), msg("markets.report.detail.tariff-rate", l), msg("markets.report.detail.tariff", l),
                msg("markets.report.detail.cagr", l), msg("markets.series.trend", l), msg("markets.analysis.growth-low", l),
                msg("markets.analysis.growth-high", l), msg("markets.report.detail.full-years", l), msg("markets.report.detail.notes", l),
                msg("markets.series.quantity-unit", l), msg("markets.report.market-code", l));
        for (MarketDetail m : r.details()) {
            List<String> notes = new ArrayList<>();
            if (m.concentrationNote() != null) {
                notes.add(m.concentrationNote());
            }
            if (m.unitValueNote() != null) {
                notes.add(m.unitValueNote());
            }
            if (m.noTrend() != null) {
                notes.add(m.noTrend());
            }
            org.tradedesk.reporting.XlsxRow marketRow = markets.row().text(r.market(m.market())).number(m.year() == null ? null : BigDecimal.valueOf(m.year()), XlsxFormat.number(0))
                    .number(m.concentration() == null ? null : big(m.concentration().hhi()), XlsxFormat.number(4));
            // one partner: the note saying why the normalised HHI is not defined, never a blank cell
            if (m.concentration() != null && m.concentration().normalizedHhi() == null && m.concentration().normalizedHhiNote() != null) {
                marketRow.text(r.normalisedHhi(m.concentration()));
            } else {
                marketRow.number(m.concentration() == null ? null : big(m.concentration().normalizedHhi()), XlsxFormat.number(4));
            }
            marketRow.number(m.concentration() == null ? null : BigDecimal.valueOf(m.concentration().shares().size()), XlsxFormat.number(0))
                    .number(big(m.value()), XlsxFormat.amount(0)).number(big(m.quantity()), XlsxFormat.amount(0))
                    .number(big(m.unitValue()), XlsxFormat.amount(2)).text(r.units(m.units())).text(r.basis(m.valuationBasis()))
                    .number(m.line() == null ? null : big(m.line().tariffPercent()), XlsxFormat.number(2))
                    .wrappedText(m.tariffProvenance() == null ? "" : m.tariffProvenance())
                    .number(big(m.cagr()), XlsxFormat.percent(2)).number(big(m.trendGrowth()), XlsxFormat.percent(2))
                    .number(big(m.trendLow()), XlsxFormat.percent(2)).number(big(m.trendHigh()), XlsxFormat.percent(2))
                    .number(BigDecimal.valueOf(m.fullYears()), XlsxFormat.number(0)).wrappedText(String.join(" ", notes))
                    .text(m.quantity() == null || m.quantityUnit() == null ? "" : r.quantityUnit(m.quantityUnit())).text(m.market());
        }
        markets.columnWidths(24, 10, 10, 10, 10, 20, 16, 14, 12, 12, 10, 60, 12, 12, 12, 12, 10, 60, 10, 10);

        XlsxSheet years = w.sheet(msg("markets.report.sheet.years", l));
        years.header(msg("markets.project.market", l), msg("markets.report.detail.year", l), msg("markets.report.detail.value", l),
                msg("markets.report.detail.quantity", l), msg("markets.series.quantity-unit", l), msg("markets.series.unit-value-per", l),
                msg("markets.report.detail.yoy", l), msg("markets.report.detail.preliminary-flag", l), msg("markets.report.market-code", l));
        for (MarketDetail m : r.details()) {
            for (YearRow y : m.years()) {
                // a year is a number as on the other sheets (a month "2023-01" stays text); money and quantities grouped
                org.tradedesk.reporting.XlsxRow row = years.row().text(r.market(m.market()));
                row = y.year().matches("[0-9]{4}") ? row.number(new BigDecimal(y.year()), XlsxFormat.number(0)) : row.text(y.year());
                row.number(big(y.value()), XlsxFormat.amount(0))
                        .number(big(y.quantity()), XlsxFormat.amount(0))
                        .text(y.unitsNote() != null ? y.unitsNote() : r.quantityUnit(y.quantityUnit()))
                        .number(big(y.unitValue()), XlsxFormat.amount(2))
                        .number(big(y.yoy()), XlsxFormat.percent(2)).text(y.flag() == null ? "" : y.flag()).text(m.market());
            }
        }
        years.columnWidths(24, 10, 20, 16, 24, 14, 12, 44, 10);

        XlsxSheet partners = w.sheet(msg("markets.report.sheet.partners", l));
        partners.header(msg("markets.project.market", l), msg("markets.report.detail.year", l), msg("markets.report.detail.partner", l),
                msg("markets.report.detail.partner-name", l), msg("markets.report.detail.value", l), msg("markets.report.detail.share", l),
                msg("markets.report.market-code", l));
        for (MarketDetail m : r.details()) {
            if (m.concentration() == null) {
                partners.row().text(r.market(m.market())).number(m.year() == null ? null : BigDecimal.valueOf(m.year()), XlsxFormat.number(0))
                        .wrappedText(m.concentrationNote()).at(6).text(m.market());
                continue;
            }
            for (ConcentrationView.Share sh : m.concentration().shares()) {
                partners.row().text(r.market(m.market())).number(BigDecimal.valueOf(m.year()), XlsxFormat.number(0)).text(sh.code()).text(sh.name())
                        .number(sh.value(), XlsxFormat.amount(0)).number(BigDecimal.valueOf(sh.share()), XlsxFormat.percent(2)).text(m.market());
            }
        }
        partners.columnWidths(24, 10, 60, 30, 20, 12, 10);
    }

    /**
     * A trend sheet's name: "趨勢 中國" / "Trend China", by the market's name as its rows give it; the code ("Trend CHN") when the
     * name would not make a valid sheet name (over Excel's 31 characters, a character a sheet name cannot hold) or is taken.
     */
    static String trendSheet(String prefix, String name, String code, java.util.Set<String> taken) {
        String named = prefix + " " + name;
        String chosen = named.length() <= 31 && !named.matches(".*[\\[\\]:*?/\\\\].*") && !taken.contains(named.toLowerCase(Locale.ROOT))
                ? named : prefix + " " + code;
        taken.add(chosen.toLowerCase(Locale.ROOT));
        return chosen;
    }

    /** Each criterion the decision weighted, in the order {@link MarketScoring.Criterion} lists them. */
    static List<String> rankingCriteria(ResearchProjects.Scoring f) {
        return java.util.Arrays.stream(MarketScoring.Criterion.values()).map(Enum::name).filter(f.weights()::containsKey).toList();
    }

    /** A user's display name, the login when the account has none (an API token's user). */
    private String displayName(String username) {
        return username == null ? "" : users.displayName(username).orElse(username);
    }

    /** Sends the report to each recipient in their language (PDF and XLSX attached) and records each sending on the project. */
    public List<ProjectAnalyses.ReportSent> send(long projectId, List<Recipient> recipients, String user) {
        ResearchProjects.Project p = projects.project(projectId);
        if (recipients == null || recipients.isEmpty() || recipients.size() > MAX_RECIPIENTS) {
            throw new ParameterInvalid("recipients", "", "markets.query.reason.count",
                    "1", String.valueOf(MAX_RECIPIENTS), String.valueOf(recipients == null ? 0 : recipients.size()));
        }
        List<Recipient> checked = new ArrayList<>();
        // every problem of every recipient at once (review t2fixL 9: a blank name hid the bad address and the language)
        List<ParameterInvalid> problems = new ArrayList<>();
        for (Recipient r : recipients) {
            String name = r.name() == null ? "" : r.name().trim();
            String email = r.email() == null ? "" : r.email().trim();
            if (name.isEmpty()) {
                problems.add(new ParameterInvalid("recipients.name", "", "markets.query.reason.required"));
            } else if (name.length() > 200) {
                problems.add(new ParameterInvalid("recipients.name", name.substring(0, 40) + "…", "markets.query.reason.too-long", "200"));
            }
            try {
                InternetAddress a = new InternetAddress(email, true);
                if (!email.contains("@") || email.length() > 320 || a.getAddress().contains(" ")) {
                    throw new AddressException(email);
                }
            } catch (AddressException e) {
                problems.add(email.isEmpty() ? new ParameterInvalid("recipients.email", "", "markets.query.reason.required")
                        : new ParameterInvalid("recipients.email", email, "markets.query.reason.email"));
            }
            Locale language = ParameterInvalid.collect(problems, () -> language(r.language(), "recipients.language"));
            if (language != null) {
                checked.add(new Recipient(name, email, language.toLanguageTag()));
            }
        }
        ParameterInvalid.throwAll(problems);
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new TradedeskException(TradedeskException.Kind.CONFLICT, "markets.report.mail-not-configured", "no mail server configured");
        }
        List<ProjectAnalyses.ReportSent> sent = new ArrayList<>();
        // t2fixN: the report is built once per language and its PDF and XLSX reused for every recipient of that language
        // (it was built twice per recipient: once for the PDF, once for the XLSX)
        Map<Locale, byte[][]> built = new java.util.HashMap<>();
        for (Recipient r : checked) {
            Locale l = Locale.forLanguageTag(r.language());
            // signed as the desk's other mails are (CoordinatorSignature): the sender's display name, answers to them
            CoordinatorSignature.Signed signed = signature.of(user, l);
            String signer = signed.name();
            String replyTo = signed.replyTo().orElse(null);
            byte[][] files = built.computeIfAbsent(language(l), x -> {
                Report report = report(projectId, x);
                return new byte[][] {pdf(report), xlsx(report)};
            });
            byte[] pdfBytes = files[0];
            byte[] xlsxBytes = files[1];
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(new InternetAddress(r.email(), r.name(), StandardCharsets.UTF_8.name()));
                if (replyTo != null) {
                    helper.setReplyTo(new InternetAddress(replyTo, signer, StandardCharsets.UTF_8.name()));
                }
                helper.setSubject(msg("markets.report.mail.subject", l).replace("{0}", p.name()));
                // closed as the clearance mails are (t2fixG): the signature's lines, name and office, in the reader's language
                helper.setText(msg("markets.report.mail.body", l).replace("{0}", r.name()).replace("{1}", p.name())
                        .replace("{2}", signed.lines()), false);
                helper.addAttachment("research-" + p.id() + "-" + r.language() + ".pdf", new ByteArrayResource(pdfBytes), "application/pdf");
                helper.addAttachment("research-" + p.id() + "-" + r.language() + ".xlsx", new ByteArrayResource(xlsxBytes),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                sender.send(message);
            } catch (MessagingException | MailException | java.io.UnsupportedEncodingException e) {
                throw new TradedeskException(TradedeskException.Kind.CONFLICT, "markets.report.mail-failed", "mail failed: " + e.getMessage(),
                        r.email(), String.valueOf(e.getMessage()));
            }
            store.reportSent(projectId, r.name(), r.email(), r.language(), "pdf,xlsx", user, clock.instant());
            sent.add(new ProjectAnalyses.ReportSent(r.name(), r.email(), r.language(), "pdf,xlsx", user, clock.instant()));
        }
        return sent;
    }

    /** zh-TW or en; any other language the report falls back to English. */
    public static Locale language(Locale locale) {
        return locale != null && locale.getLanguage().equals("zh") ? Locale.TRADITIONAL_CHINESE : Locale.ENGLISH;
    }

    /** A language named in a request: zh-TW or en, else 400. */
    public static Locale language(String tag, String field) {
        if (tag == null || tag.isBlank()) {
            throw new ParameterInvalid(field, "", "markets.query.reason.required");
        }
        String t = tag.trim().replace('_', '-');
        if (t.equalsIgnoreCase("zh-TW")) {
            return Locale.TRADITIONAL_CHINESE;
        }
        if (t.equalsIgnoreCase("en")) {
            return Locale.ENGLISH;
        }
        throw new ParameterInvalid(field, tag, "markets.query.reason.language");
    }

    private String problem(TradedeskException e, Locale l) {
        return texts.render(ParameterInvalid.text(e), l);
    }

    private static BigDecimal summary(Analysis a, String code) {
        return a.summary().stream().filter(s -> s.code().equals(code) && s.value() != null).findFirst()
                .map(s -> BigDecimal.valueOf(s.value())).orElse(null);
    }

    private static BigDecimal big(Double d) {
        return d == null || !Double.isFinite(d) ? null : BigDecimal.valueOf(d);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** A criterion's label; for exports (flow X) the market's own exports, worded as supply, never as demand. */
    public String criterion(String name, String flow, Locale l) {
        return msg(criterionCode(name, flow), l);
    }

    /**
     * The bundle key of a criterion's label for the flow scored: {@code markets.stats.criterion.demand-size}, and for exports
     * (X) {@code markets.stats.criterion.demand-size.exports} ("Export size (supply)"): a market's exports are no demand.
     */
    private static final java.util.regex.Pattern REVERSAL = java.util.regex.Pattern.compile("([A-Z_]+) ×([0-9.Ee-]+): (.+) > (.+)");

    /**
     * A rank reversal as stored with the scoring ({@code DEMAND_SIZE ×1.2: KOR > CHN}, the criterion's enum name) worded when
     * read: the criterion by its label for the flow scored (exports: "Export size (supply)"), "KOR now ranks above CHN".
     * A text of another shape is printed as stored.
     */
    public static org.tradedesk.shared.MessageText reversal(String stored, String flow) {
        java.util.regex.Matcher m = REVERSAL.matcher(stored == null ? "" : stored.strip());
        if (!m.matches()) {
            return org.tradedesk.shared.MessageText.of("markets.text.as-given", org.tradedesk.shared.MessageText.Arg.literal(stored));
        }
        return org.tradedesk.shared.MessageText.of("markets.project.reversal",
                org.tradedesk.shared.MessageText.Arg.code(criterionCode(m.group(1), flow)), org.tradedesk.shared.MessageText.Arg.literal(m.group(2)),
                org.tradedesk.shared.MessageText.Arg.country(m.group(3)), org.tradedesk.shared.MessageText.Arg.country(m.group(4)));
    }

    public static String criterionCode(String name, String flow) {
        return "markets.stats.criterion." + name.toLowerCase(Locale.ROOT).replace('_', '-')
                + ("X".equalsIgnoreCase(flow == null ? null : flow.strip()) ? ".exports" : "");
    }

    public String tariffSource(String name, Locale l) {
        return msg("markets.stats.tariff-source." + name.toLowerCase(Locale.ROOT).replace('_', '-'), l);
    }

    private String msg(String code, Locale l) {
        return presenter.msg(code, l);
    }
}
