package org.tradedesk.markets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.markets.domain.stats.DecisionCheck;
import org.tradedesk.markets.domain.stats.MarketAccess;
import org.tradedesk.markets.domain.stats.MarketScoring;
import org.tradedesk.markets.domain.stats.TrendRegression;
import org.tradedesk.markets.persistence.ResearchStore;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.TradedeskException;

/**
 * Research projects (P2.1.1, P2.1.2), market scoring on a project's dataset and decision records (P2.3.1). The figures
 * come from {@link MarketDatasets} (series, concentration) and the statistics from {@code markets.domain.stats}
 * ({@link TrendRegression}, {@link MarketScoring}, {@link DecisionCheck}); nothing is re-computed here.
 */
@Service
public class ResearchProjects {

    public static final int MAX_MARKETS = 30;
    public static final int MAX_QUESTIONS = 30;
    public static final int MAX_HS_CODES = 20;
    public static final int MAX_DATASETS = 20;
    public static final int MAX_REASON = 1000;
    public static final double CONFIDENCE = 0.95;

    private final MarketDatasets datasets;
    private final ResearchStore store;
    private final ScheduleTariffs schedules;
    private final org.tradedesk.platform.BusinessCalendar calendar;
    private final MarketIndicators indicators;
    private final TariffDatasets tariffDatasets;

    public ResearchProjects(MarketDatasets datasets, ResearchStore store, ScheduleTariffs schedules, org.tradedesk.platform.BusinessCalendar calendar,
                            MarketIndicators indicators, TariffDatasets tariffDatasets) {
        this.tariffDatasets = tariffDatasets;
        this.calendar = calendar;
        this.indicators = indicators;
        this.datasets = datasets;
        this.store = store;
        this.schedules = schedules;
    }

    /** A project: the product (HS codes), candidate markets (ISO3), the questions to answer and the datasets used. */
    public record Project(long id, String name, List<String> hsCodes, List<String> markets, List<String> questions,
                          List<Long> datasets, String createdBy, Instant createdAt) {
    }

    /**
     * What to score: a dataset of the project, flow (M = the market's imports, its demand), product, years, weights, and
     * the tariffs. A market whose country has a loaded schedule (AUS, TWN) takes its rate from it: the line
     * {@code tariffCodes[market]} (else the product code), on {@code tariffDate} (else today), MFN and the preference
     * {@code origin} (ISO 3166 alpha-2, the exporter's country) may claim. {@code tariffs} are typed rates: for a market
     * without a loaded schedule, or as an override of the schedule's rate, which then needs {@code tariffReasons[market]}.
     * {@code tariffAverages} chooses, per market, the average a tariff-line dataset gives ({@link TariffDatasets}: market →
     * tariff dataset id), marked as the dataset's average (t2fixN).
     */
    /** A typed ad valorem rate above this (percent) is a typing mistake, not a tariff. */
    static final double MAX_TYPED_RATE = 1000;

    public record ScoringRequest(Long dataset, String flow, String product, Integer from, Integer to, Map<String, Double> weights,
                                 Map<String, Double> tariffs, Double sensitivity, String origin, java.time.LocalDate tariffDate,
                                 Map<String, String> tariffCodes, Map<String, String> tariffReasons, String partner,
                                 Map<String, String> directions, Map<String, Long> tariffAverages) {

        public ScoringRequest(Long dataset, String flow, String product, Integer from, Integer to, Map<String, Double> weights,
                              Map<String, Double> tariffs, Double sensitivity, String origin, java.time.LocalDate tariffDate,
                              Map<String, String> tariffCodes, Map<String, String> tariffReasons, String partner,
                              Map<String, String> directions) {
            this(dataset, flow, product, from, to, weights, tariffs, sensitivity, origin, tariffDate, tariffCodes, tariffReasons, partner,
                    directions, null);
        }

        public ScoringRequest(Long dataset, String flow, String product, Integer from, Integer to, Map<String, Double> weights,
                              Map<String, Double> tariffs, Double sensitivity, String origin, java.time.LocalDate tariffDate,
                              Map<String, String> tariffCodes, Map<String, String> tariffReasons) {
            this(dataset, flow, product, from, to, weights, tariffs, sensitivity, origin, tariffDate, tariffCodes, tariffReasons, null, null);
        }

        public ScoringRequest(Long dataset, String flow, String product, Integer from, Integer to, Map<String, Double> weights,
                              Map<String, Double> tariffs, Double sensitivity) {
            this(dataset, flow, product, from, to, weights, tariffs, sensitivity, null, null, null, null, null, null);
        }
    }

    /**
     * Where a market's tariff comes from when a loaded schedule answered: MFN and the claimed preference (scheme and rate),
     * the schedule line, the date, the origin, the tariff data version (id and label); {@code missing} the message code
     * ({@code markets.tariff.schedule.*}) when the country has a schedule that gave no rate, with its detail; {@code overriddenBy} the reason
     * when the user typed a rate over it. Null on a line whose rate was typed for a market without a schedule.
     */
    public record ScheduleTariff(String line, java.time.LocalDate date, String origin, Double mfnPercent, String preference,
                                 Double preferencePercent, Long dataVersion, String dataLabel, String missing, String missingDetail,
                                 String overriddenBy, String claimable, MessageText lists) {

        /**
         * {@code claimable} the preferences the origin may claim on the date ("RCEP 4%, KAFTA 0%"; empty: none; null: no origin
         * given, or a decision recorded before t2fixL), {@code lists} the country lists' version as a message (null likewise).
         */
        public ScheduleTariff(String line, java.time.LocalDate date, String origin, Double mfnPercent, String preference,
                              Double preferencePercent, Long dataVersion, String dataLabel, String missing, String missingDetail,
                              String overriddenBy) {
            this(line, date, origin, mfnPercent, preference, preferencePercent, dataVersion, dataLabel, missing, missingDetail,
                    overriddenBy, null, null);
        }
    }

    /** One market's figures as read from the dataset, the tariff with its provenance, and its score. */
    public record MarketLine(String market, int rank, double score, Integer year, Double demandSize, Double demandGrowth,
                             Double demandGrowthLow, Double demandGrowthHigh, Integer trendYears, Double supplierHhi,
                             Double unitValue, Double tariffPercent, String tariffSource, String tariffReference, ScheduleTariff schedule,
                             Double ourShare, String quantityUnit, TariffAverage average) {

        /** {@code average}: the tariff dataset's average the tariff was taken from (source DATASET_AVERAGE), else null (t2fixN). */
        public MarketLine(String market, int rank, double score, Integer year, Double demandSize, Double demandGrowth,
                          Double demandGrowthLow, Double demandGrowthHigh, Integer trendYears, Double supplierHhi,
                          Double unitValue, Double tariffPercent, String tariffSource, String tariffReference, ScheduleTariff schedule,
                          Double ourShare, String quantityUnit) {
            this(market, rank, score, year, demandSize, demandGrowth, demandGrowthLow, demandGrowthHigh, trendYears, supplierHhi,
                    unitValue, tariffPercent, tariffSource, tariffReference, schedule, ourShare, quantityUnit, null);
        }

        /**
         * {@code quantityUnit}: the unit of the quantity the unit value is per, as imported ({@code kg}, {@code 8}), so the unit
         * value is printed with its unit ("USD/kg"); null in decisions recorded before t2fixK (the report reads it from the data).
         */
        public MarketLine(String market, int rank, double score, Integer year, Double demandSize, Double demandGrowth,
                          Double demandGrowthLow, Double demandGrowthHigh, Integer trendYears, Double supplierHhi,
                          Double unitValue, Double tariffPercent, String tariffSource, String tariffReference, ScheduleTariff schedule,
                          Double ourShare) {
            this(market, rank, score, year, demandSize, demandGrowth, demandGrowthLow, demandGrowthHigh, trendYears, supplierHhi,
                    unitValue, tariffPercent, tariffSource, tariffReference, schedule, ourShare, null);
        }

        public MarketLine(String market, int rank, double score, Integer year, Double demandSize, Double demandGrowth,
                          Double demandGrowthLow, Double demandGrowthHigh, Integer trendYears, Double supplierHhi,
                          Double unitValue, Double tariffPercent, String tariffSource, String tariffReference, ScheduleTariff schedule) {
            this(market, rank, score, year, demandSize, demandGrowth, demandGrowthLow, demandGrowthHigh, trendYears, supplierHhi,
                    unitValue, tariffPercent, tariffSource, tariffReference, schedule, null);
        }

        public MarketLine(String market, int rank, double score, Integer year, Double demandSize, Double demandGrowth,
                          Double demandGrowthLow, Double demandGrowthHigh, Integer trendYears, Double supplierHhi,
                          Double unitValue, Double tariffPercent, String tariffSource, String tariffReference) {
            this(market, rank, score, year, demandSize, demandGrowth, demandGrowthLow, demandGrowthHigh, trendYears, supplierHhi,
                    unitValue, tariffPercent, tariffSource, tariffReference, null);
        }
    }

    /**
     * The scoring with the exact inputs: dataset id and SHA-256, weights (as stated and as used), lines, rank reversals;
     * {@code partner} the partner whose share of each market's imports is "our market share" (Comtrade code, 490 = Taiwan;
     * null when the criterion was not weighted), {@code directions} the direction each weighted criterion was scored in
     * ({@link MarketScoring.Direction}; null in decisions recorded before t2fixE: each criterion's usual one).
     */
    public record Scoring(long dataset, String datasetSha256, String datasetFile, String flow, String product, Integer from,
                          Integer to, String normalisation, Map<String, Double> statedWeights, Map<String, Double> weights,
                          List<MarketLine> ranking, double sensitivityChange, List<String> reversals, List<MessageText> notes,
                          String partner, Map<String, String> directions) {

        /** The direction a criterion was scored in: the stated one, else the criterion's usual one. */
        public MarketScoring.Direction direction(String criterion) {
            String d = directions == null ? null : directions.get(criterion);
            return d == null ? MarketScoring.Criterion.valueOf(criterion).usualDirection() : MarketScoring.Direction.valueOf(d);
        }
    }

    /** Our partner by default: Taiwan as UN Comtrade codes it (490, "Other Asia, nes"). */
    public static final String OUR_PARTNER = "490";

    public record Choice(String market, String reason) {
    }

    public record Finding(String severity, String market, MessageText text) {
    }

    public record Decision(long id, long project, long dataset, String datasetSha256, List<Choice> choices, Scoring figures,
                           List<Finding> findings, String createdBy, Instant createdAt) {
    }

    /** The message code of a project refused because one of its datasets is not (or not yet) imported. */
    public static final String NOT_READY = "markets.project.dataset-not-ready";

    @Transactional
    public Project create(String name, List<String> hsCodes, List<String> markets, List<String> questions, List<Long> datasetIds,
                          String user) {
        // every field that is not valid at once (errors[]), not only the first
        List<ParameterInvalid> problems = new ArrayList<>();
        String n = name == null ? "" : name.trim();
        if (n.isEmpty()) {
            problems.add(new ParameterInvalid("name", "", "markets.query.reason.required"));
        } else if (n.length() > 200) {
            problems.add(new ParameterInvalid("name", n.substring(0, 40) + "…", "markets.query.reason.too-long", "200"));
        }
        List<String> hs = ParameterInvalid.collect(problems, () -> clean("hsCodes", hsCodes, MAX_HS_CODES, "[0-9]{2,11}"));
        List<String> m = ParameterInvalid.collect(problems, () -> clean("markets", markets, MAX_MARKETS, "[A-Z]{3}"));
        if (m != null) {
            for (String market : m) {
                if (!ISO3.contains(market)) {
                    // "XXX", "ZZZ": three letters but no country; said with every other problem at once (review t2fixL 9)
                    problems.add(new ParameterInvalid("markets", market, "markets.query.reason.iso3-unknown"));
                }
            }
            if (m.size() < 2) {
                problems.add(new ParameterInvalid("markets", String.join(", ", markets), "markets.query.reason.markets-two"));
            }
        }
        List<String> q = new ArrayList<>();
        boolean questionTooLong = false;
        for (String s : questions == null ? List.<String>of() : questions) {
            if (s != null && !s.isBlank()) {
                if (s.length() > 250 && !questionTooLong) {
                    questionTooLong = true;
                    problems.add(new ParameterInvalid("questions", s.substring(0, 40) + "…", "markets.query.reason.too-long", "250"));
                }
                q.add(s.trim().replace('\n', ' '));
            }
        }
        if (!questionTooLong && (q.isEmpty() || q.size() > MAX_QUESTIONS)) {
            problems.add(new ParameterInvalid("questions", "", "markets.query.reason.count", "1", String.valueOf(MAX_QUESTIONS),
                    String.valueOf(q.size())));
        }
        List<Long> ds = new ArrayList<>(new LinkedHashSet<>(datasetIds == null ? List.of() : datasetIds));
        if (ds.isEmpty() || ds.size() > MAX_DATASETS) {
            problems.add(new ParameterInvalid("datasets", "", "markets.query.reason.count", "1", String.valueOf(MAX_DATASETS),
                    String.valueOf(ds.size())));
        }
        Map<Long, DatasetView> found = new LinkedHashMap<>();
        for (Long id : ds) {
            if (id == null) {
                // "datasets":[null] was a 500 (issue 11, found by the fuzz suite)
                problems.add(new ParameterInvalid("datasets", "null", "markets.query.reason.no-such-id"));
                continue;
            }
            try {
                found.put(id, datasets.dataset(id));
            } catch (TradedeskException e) {
                if (e.kind() != TradedeskException.Kind.NOT_FOUND) {
                    throw e;
                }
                // a dataset that does not exist is one more problem of the request, said with the others (review t2fixL 9)
                problems.add(new ParameterInvalid("datasets", String.valueOf(id), "markets.query.reason.no-such-id"));
            }
        }
        ParameterInvalid.throwAll(problems);
        for (Long id : ds) {
            DatasetView d = found.get(id); // read once above
            if (d.status() != DatasetStatus.SUCCEEDED) {
                // review M3: a project on a failed import printed "null (null, null)" in its report
                throw new TradedeskException(NOT_READY, "dataset " + id + " is " + d.status() + ", not imported", "datasets", id,
                        d.fileName());
            }
        }
        return store.createProject(n, hs, m, q, ds, user, Instant.now());
    }

    public Project project(long id) {
        return store.project(id).orElseThrow(() -> new TradedeskException(TradedeskException.Kind.NOT_FOUND,
                "markets.project.not-found", "no research project " + id, String.valueOf(id)));
    }

    public List<Project> projects() {
        return store.projects(200);
    }

    /** Scores the project's candidate markets on one of its datasets. */
    public Scoring score(long projectId, ScoringRequest request) {
        return compute(project(projectId), request).scoring();
    }

    /**
     * Records a decision: scores again on the given figures, checks the choice against them and stores all of it (one insert).
     * No transaction around it (t2fixG): scoring may first load the dataset into this instance's DuckDB file, waiting for the
     * import turn, and must not hold a database connection meanwhile.
     */
    public Decision decide(long projectId, ScoringRequest request, List<Choice> choices, String user) {
        return decide(projectId, request, choices, user, List.of());
    }

    /**
     * As {@link #decide(long, ScoringRequest, List, String)}, with the problems the caller's form found already (a typed
     * rate, the tariff date: left out of {@code request}), named with the choices' and the scoring's at once (t2fixO); a
     * field the form refused is not refused a second time by the scoring (a rate left out is not "no rate").
     */
    public Decision decide(long projectId, ScoringRequest request, List<Choice> choices, String user, List<ParameterInvalid> earlier) {
        Project p = project(projectId);
        List<Choice> chosen = new ArrayList<>();
        // every problem of the request at once (errors[]), each naming its value and the bound it breaks
        List<ParameterInvalid> problems = new ArrayList<>(earlier == null ? List.of() : earlier);
        java.util.Set<String> refused = new java.util.HashSet<>();
        problems.forEach(x -> x.all().forEach(y -> refused.add(y.field())));
        if (choices == null || choices.isEmpty()) {
            problems.add(new ParameterInvalid("choices", "", "markets.query.reason.choose-one", String.join(", ", p.markets())));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Choice c : choices == null ? List.<Choice>of() : choices) {
            String market = c == null || c.market() == null ? "" : c.market().trim().toUpperCase(Locale.ROOT);
            if (market.isEmpty()) {
                problems.add(new ParameterInvalid("choices.market", "", "markets.query.reason.required"));
            } else if (!p.markets().contains(market)) {
                problems.add(new ParameterInvalid("choices.market", market, "markets.query.reason.not-a-candidate", listArg(p.markets())));
            } else if (!seen.add(market)) {
                problems.add(new ParameterInvalid("choices.market", market, "markets.query.reason.chosen-twice"));
            }
            String reason = c == null || c.reason() == null ? "" : c.reason().trim();
            if (reason.length() > MAX_REASON) {
                // the start of the text only, never 20,000 characters echoed back
                problems.add(new ParameterInvalid("choices.reason", reason.substring(0, 20) + "…", "markets.query.reason.too-long-count",
                        reason.length(), MAX_REASON));
            }
            chosen.add(new Choice(market, reason));
        }
        Computed computed;
        try {
            computed = compute(p, request);
        } catch (ParameterInvalid e) {
            if (problems.isEmpty()) {
                throw e;
            }
            e.all().stream().filter(x -> !refused.contains(x.field())).forEach(problems::add);
            computed = null;
        } catch (TradedeskException e) {
            if (problems.isEmpty()) {
                throw e;
            }
            computed = null; // the scoring's own refusal (no data) comes once the request's problems are put right
        }
        ParameterInvalid.throwAll(problems);
        List<DecisionCheck.Finding> raw = DecisionCheck.check(chosen.stream().map(c -> new DecisionCheck.Choice(c.market(), c.reason())).toList(),
                computed.result(), computed.trends(), computed.sensitivity());
        List<Finding> findings = raw.stream().map(f -> new Finding(f.severity().name(), f.market(), f.text())).toList();
        return store.createDecision(p.id(), chosen, computed.scoring(), findings, user, Instant.now());
    }

    public Decision decision(long projectId, long decisionId) {
        return store.decision(decisionId).filter(d -> d.project() == projectId).orElseThrow(() -> new TradedeskException(
                TradedeskException.Kind.NOT_FOUND, "markets.decision.not-found", "no decision " + decisionId, String.valueOf(decisionId)));
    }

    public List<Decision> decisions(long projectId) {
        project(projectId);
        return store.decisions(projectId, 100);
    }

    private record Computed(Scoring scoring, MarketScoring.Result result, Map<String, TrendRegression.Result> trends,
                            MarketScoring.Sensitivity sensitivity) {
    }

    private Computed compute(Project p, ScoringRequest r) {
        if (r == null || r.dataset() == null) {
            throw new ParameterInvalid("dataset", "", "markets.query.reason.required");
        }
        if (!p.datasets().contains(r.dataset())) {
            throw new ParameterInvalid("dataset", String.valueOf(r.dataset()), "markets.query.reason.not-a-project-dataset",
                    String.join(", ", p.datasets().stream().map(String::valueOf).toList()));
        }
        if (p.hsCodes().isEmpty()) {
            throw noProducts(); // t2fixM R9: never created so, but a record without a product is refused in words, not a 500
        }
        String product = r.product() == null || r.product().isBlank() ? p.hsCodes().get(0) : r.product().trim();
        String flow = r.flow() == null || r.flow().isBlank() ? "M" : r.flow().trim().toUpperCase(Locale.ROOT);
        Map<String, Double> stated = r.weights() == null || r.weights().isEmpty()
                ? Map.of("DEMAND_SIZE", 40.0, "DEMAND_GROWTH", 40.0, "TARIFF", 20.0) : r.weights();
        List<MarketScoring.Weight> weights = new ArrayList<>();
        Map<String, Double> statedOut = new LinkedHashMap<>();
        // every problem of the request's figures at once (t2fixJ): weights, directions, partner, sensitivity and typed tariffs,
        // each at its field (errors[]), rather than the first one alone
        List<ParameterInvalid> problems = new ArrayList<>();
        String criteria = String.join(", ", java.util.Arrays.stream(MarketScoring.Criterion.values()).map(Enum::name).toList());
        // t2fixO: the flow and the years with the other problems, not only after them (the series read refused them alone)
        if (r.flow() != null && !r.flow().isBlank()) {
            ParameterInvalid.collect(problems, () -> MarketDatasets.flow(r.flow()));
        }
        Integer fromYear = ParameterInvalid.collect(problems, () -> MarketDatasets.year("from", r.from(), 1900));
        Integer toYear = ParameterInvalid.collect(problems, () -> MarketDatasets.year("to", r.to(), 2100));
        if (fromYear != null && toYear != null && fromYear > toYear) {
            problems.add(new ParameterInvalid("from", r.from() + " > " + r.to()));
        }
        for (Map.Entry<String, Double> w : stated.entrySet()) {
            MarketScoring.Criterion c = criterion(w.getKey());
            if (c == null) {
                // the field is the weight's own path (weights.PRICE), so the label names the criterion given: "Weight of PRICE"
                problems.add(new ParameterInvalid("weights." + String.valueOf(w.getKey()).trim(), w.getKey(),
                        "markets.query.reason.not-a-criterion", criteria));
                continue;
            }
            Double value = w.getValue();
            if (value == null) {
                problems.add(ParameterInvalid.weight(c.name(), flow, "", "markets.query.reason.required"));
                continue;
            }
            if (!Double.isFinite(value) || value < 0) {
                problems.add(ParameterInvalid.weight(c.name(), flow, plain(value), "markets.query.reason.weight-negative"));
                continue;
            }
            if (value > MarketScoring.MAX_WEIGHT) {
                problems.add(ParameterInvalid.weight(c.name(), flow, plain(value), "markets.query.reason.weight-range", "1,000,000"));
                continue;
            }
            MarketScoring.Direction direction = ParameterInvalid.collect(problems, () -> directionOf(c, r.directions(), flow));
            weights.add(new MarketScoring.Weight(c, w.getValue(), direction == null ? c.usualDirection() : direction));
            statedOut.put(c.name(), w.getValue());
        }
        for (String k : r.directions() == null ? java.util.Set.<String>of() : r.directions().keySet()) {
            MarketScoring.Criterion c = criterion(k);
            if (c == null) {
                // a direction of something that is no criterion (directions.PRICE): said so, naming the criteria (t2fixJ)
                problems.add(new ParameterInvalid("directions." + k, k, "markets.query.reason.not-a-criterion", criteria));
            } else if (!statedOut.containsKey(c.name()) && problems.stream().noneMatch(x -> x.field().equals("weights." + c.name()))) {
                // a direction of a criterion not weighted is a mistake in the request, not something to drop in silence
                problems.add(new ParameterInvalid("directions." + k, String.valueOf(r.directions().get(k)), "markets.query.reason.direction-not-weighted"));
            }
        }
        Map<String, String> directionsOut = new LinkedHashMap<>();
        weights.forEach(w -> directionsOut.put(w.criterion().name(), w.direction().name()));
        boolean ourShareWeighted = weights.stream().anyMatch(w -> w.criterion() == MarketScoring.Criterion.OUR_SHARE && w.weight() > 0);
        // a partner given is checked whether or not our share is weighted: XYZ or a candidate market is never taken in silence
        String given = ParameterInvalid.collect(problems, () -> ourPartner(r.partner(), p.markets()));
        String partner = ourShareWeighted ? given : null;
        double change = r.sensitivity() == null ? 0.2 : r.sensitivity();
        if (!(change > 0 && change <= 1)) {
            problems.add(new ParameterInvalid("sensitivity", plain(change), "markets.query.reason.sensitivity-range"));
        }
        Map<String, Double> tariffs = new LinkedHashMap<>();
        if (r.tariffs() != null) {
            r.tariffs().forEach((k, v) -> tariffs.put(k.trim().toUpperCase(Locale.ROOT), v));
        }
        // review t2fixF: a negative rate, or a rate for a market that is not a candidate, was a bare 400 or silently ignored;
        // t2fixJ: a rate above 1000 % (2000, 1e308) and a market left with no rate at all are refused at their fields too
        boolean tariffWeighted = weights.stream().anyMatch(w -> w.criterion() == MarketScoring.Criterion.TARIFF && w.weight() > 0);
        for (Map.Entry<String, Double> t : tariffs.entrySet()) {
            if (!p.markets().contains(t.getKey())) {
                problems.add(new ParameterInvalid("tariffs." + t.getKey(), t.getKey(), "markets.query.reason.not-a-candidate",
                        listArg(p.markets())));
            } else if (t.getValue() != null && typedRateProblem(t.getKey(), t.getValue()) != null) {
                problems.add(typedRateProblem(t.getKey(), t.getValue()));
            }
        }
        // t2fixN: a market may take the average a tariff-line dataset gives (market -> tariff dataset id), marked as such
        Map<String, TariffDatasetView> averages = new LinkedHashMap<>();
        java.util.Set<String> averageAsked = new java.util.HashSet<>();
        if (r.tariffAverages() != null) {
            for (Map.Entry<String, Long> a : r.tariffAverages().entrySet()) {
                String market = a.getKey() == null ? "" : a.getKey().trim().toUpperCase(Locale.ROOT);
                averageAsked.add(market);
                String field = "tariffAverages." + market;
                if (!p.markets().contains(market)) {
                    problems.add(new ParameterInvalid(field, market, "markets.query.reason.not-a-candidate", listArg(p.markets())));
                } else if (a.getValue() == null) {
                    problems.add(new ParameterInvalid(field, "", "markets.query.reason.required"));
                } else if (tariffs.get(market) != null) {
                    problems.add(new ParameterInvalid(field, String.valueOf(a.getValue()), "markets.query.reason.tariff-average-and-typed"));
                } else {
                    try {
                        TariffDatasetView t = tariffDatasets.dataset(a.getValue());
                        if (!t.market().equals(market)) {
                            problems.add(new ParameterInvalid(field, String.valueOf(a.getValue()), "markets.query.reason.tariff-average-other-market",
                                    t.market()));
                        } else {
                            averages.put(market, t);
                        }
                    } catch (TradedeskException e) {
                        if (e.kind() != TradedeskException.Kind.NOT_FOUND) {
                            throw e;
                        }
                        problems.add(new ParameterInvalid(field, String.valueOf(a.getValue()), "markets.query.reason.no-such-id"));
                    }
                }
            }
        }
        for (String market : p.markets()) {
            if (tariffWeighted && tariffs.get(market) == null && ScheduleTariffs.jurisdiction(market).isEmpty()
                    && !averageAsked.contains(market)) {
                // no schedule of the market's country, no rate typed: the issue allows the dataset's average, but the trade
                // datasets (Comtrade, GA30, WITS trade statistics) hold values only, no tariff data, so none can stand in: said
                // at the market's tariff field, with the criterion named for the flow
                problems.add(new ParameterInvalid("tariffs." + market, "", "markets.query.reason.tariff-none",
                        new org.springframework.context.support.DefaultMessageSourceResolvable(
                                new String[] {ResearchReports.criterionCode("TARIFF", flow)}, "TARIFF")));
            }
        }
        ParameterInvalid.throwAll(problems);
        Map<String, String> reasons = upperKeys(r.tariffReasons());
        Map<String, String> tariffCodes = upperKeys(r.tariffCodes());
        String origin = r.origin() == null || r.origin().isBlank() ? null : r.origin().trim().toUpperCase(Locale.ROOT);
        if (origin != null && !java.util.Set.of(Locale.getISOCountries()).contains(origin)) {
            // worded: "XX" is not an ISO 3166 alpha-2 country code
            throw new TradedeskException("markets.tariff.origin-invalid", "origin " + r.origin() + " is not a country code", r.origin());
        }
        DatasetView d = datasets.dataset(r.dataset());
        // our share: the partner's share of each market's imports of the product (MarketIndicators, the same figure as
        // /indicators?partner=…), read for the year of the market's other figures
        Map<String, org.tradedesk.markets.domain.stats.Figure> shares = new java.util.HashMap<>();
        List<MessageText> shareNotes = new ArrayList<>();
        if (partner != null) {
            for (IndicatorsView.Row row : indicators.indicators(r.dataset(), product, flow, partner, r.from(), r.to()).rows()) {
                if (!row.mirror() && row.iso3() != null) {
                    shares.put(row.iso3() + "/" + row.year(), row.shareOfPartner());
                }
            }
        }
        List<MarketScoring.Candidate> candidates = new ArrayList<>();
        Map<String, TrendRegression.Result> trends = new LinkedHashMap<>();
        Map<String, MarketLine> lines = new LinkedHashMap<>();
        for (String market : p.markets()) {
            SeriesView s = datasets.series(r.dataset(), market, "0", flow, product, "A", r.from(), r.to());
            List<SeriesView.Point> full = s.points().stream()
                    .filter(pt -> !pt.preliminary() && pt.partialToMonth() == null && pt.value().signum() > 0).toList();
            if (full.isEmpty()) {
                // the market by its name in the reader's language, the code beside (「澳洲（AUS）」)
                throw new TradedeskException(TradedeskException.Kind.INVALID, MessageText.of("markets.scoring.no-data",
                        marketArg(market), MessageText.Arg.literal(product),
                        MessageText.Arg.literal(flow)), "no full year for " + market);
            }
            double[] years = full.stream().mapToDouble(pt -> Integer.parseInt(pt.period())).toArray();
            double[] values = full.stream().mapToDouble(pt -> pt.value().doubleValue()).toArray();
            TrendRegression.Result trend = TrendRegression.logLinear(years, values, CONFIDENCE);
            trends.put(market, trend);
            SeriesView.Point last = full.get(full.size() - 1);
            int year = Integer.parseInt(last.period());
            Double hhi = datasets.concentration(r.dataset(), year, flow, product, "partner", market, null).hhi();
            Map<MarketScoring.Criterion, Double> v = new EnumMap<>(MarketScoring.Criterion.class);
            v.put(MarketScoring.Criterion.DEMAND_SIZE, last.value().doubleValue());
            if (trend.hasTrend()) {
                v.put(MarketScoring.Criterion.DEMAND_GROWTH, trend.trend().growth());
            }
            if (hhi != null) {
                v.put(MarketScoring.Criterion.SUPPLIER_CONCENTRATION, hhi);
            }
            if (last.unitValue() != null) {
                v.put(MarketScoring.Criterion.UNIT_VALUE, last.unitValue());
            }
            Double ourShare = null;
            if (partner != null) {
                org.tradedesk.markets.domain.stats.Figure share = shares.get(market + "/" + year);
                boolean anyShare = shares.values().stream().anyMatch(x -> x.value() != null);
                if (share != null && share.value() == null && anyShare && !share.notes().isEmpty()
                        && "markets.indicators.partner.no-row".equals(share.notes().get(0).code())) {
                    // the market's World row is there and the dataset has a partner breakdown, but no row with the partner
                    // that year: no recorded trade, scored as a share of 0 and said so (review t2fixH R9)
                    share = new org.tradedesk.markets.domain.stats.Figure(share.formula(), 0.0, List.of());
                    shareNotes.add(MessageText.of("markets.scoring.our-share.no-recorded-trade", marketArg(market), marketArg(partner),
                            MessageText.Arg.literal(String.valueOf(year))));
                }
                if (share == null || share.value() == null) {
                    // why, for this market: the dataset has no partner breakdown (no World rows), no row of the partner that
                    // year, or no row of the market at all
                    MessageText why = !anyShare && (share == null || share.notes().isEmpty()
                            || "markets.indicators.partner.no-row".equals(share.notes().get(0).code()))
                            ? MessageText.of("markets.scoring.our-share.no-breakdown", marketArg(partner))
                            : share == null || share.notes().isEmpty() || "markets.indicators.partner.no-row".equals(share.notes().get(0).code())
                            ? MessageText.of("markets.scoring.our-share.no-row", marketArg(market), marketArg(partner),
                            MessageText.Arg.literal(String.valueOf(year)))
                            : share.notes().get(0);
                    // the criterion named for the flow scored ("Our share of its exports" on exports), as every other text names it
                    throw new TradedeskException(TradedeskException.Kind.INVALID, forFlow(MessageText.of("markets.scoring.our-share.missing",
                            marketArg(market), marketArg(partner), MessageText.Arg.literal(String.valueOf(year)), MessageText.Arg.message(why),
                            MessageText.Arg.code("markets.stats.criterion.our-share")), flow),
                            "no share of " + partner + " for " + market + " in " + year);
                }
                ourShare = share.value();
                v.put(MarketScoring.Criterion.OUR_SHARE, ourShare);
            }
            Double typed = tariffs.get(market);
            // the tariff dataset's average chosen for the market: its product's lines in the market's scored year (or the
            // latest earlier year the file holds them), t2fixN
            TariffAverage average = averages.containsKey(market) ? tariffDatasets.average(averages.get(market).id(), product, year) : null;
            String code = tariffCodes.getOrDefault(market, product);
            // the line as the tariff module prints it may carry Taiwan's check digit: 2204.21.00.10-0
            if (!code.matches("[0-9][0-9.]{1,13}(-[0-9])?")) {
                throw new TradedeskException("markets.tariff.code-invalid", "tariff line " + code + " of " + market + " is not an HS line",
                        market, code);
            }
            if (!sameProduct(code, product, p.hsCodes())) {
                // a line of another heading would score the market on another product's duty (review): refused, naming the field
                throw new ParameterInvalid("tariffCodes." + market, code, "markets.query.reason.tariff-line-other-product",
                        String.join(", ", productCodes(product, p.hsCodes())));
            }
            java.time.LocalDate tariffDate = tariffDay(market, r.tariffDate(), calendar);
            ScheduleTariffs.Outcome scheduled = schedules.find(market, code, origin, tariffDate);
            String reason = reasons.get(market);
            if (reason != null && reason.length() > MAX_REASON) {
                throw new ParameterInvalid("tariffReasons." + market, reason.substring(0, 40) + "…", "markets.query.reason.too-long",
                        String.valueOf(MAX_REASON));
            }
            boolean fromSchedule = scheduled != null && scheduled.found() != null;
            if ((typed != null || average != null) && fromSchedule && (reason == null || reason.isBlank())) {
                // a typed rate over the loaded schedule's is an override: it must say why
                throw new ParameterInvalid("tariffReasons." + market, "", "markets.query.reason.tariff-reason-required");
            }
            MarketAccess access;
            ScheduleTariff schedule = null;
            if (scheduled != null) {
                ScheduleTariffs.Found f = scheduled.found();
                schedule = f == null
                        ? new ScheduleTariff(null, tariffDate, origin, null, null, null, null, null, scheduled.missing().code(),
                                scheduled.missing().detail(), typed == null && average == null ? null : reason)
                        : new ScheduleTariff(f.line(), f.date(), f.origin(), f.mfnPercent().doubleValue(), f.preference(),
                                f.preferencePercent() == null ? null : f.preferencePercent().doubleValue(), f.dataVersion(), f.dataLabel(),
                                null, null, typed == null && average == null ? null : reason, f.claimable(), f.lists());
            }
            if (typed != null) {
                access = new MarketAccess(typed, MarketAccess.Source.TYPED_BY_USER,
                        p.createdBy() + (reason == null || reason.isBlank() ? "" : ": " + reason.trim()));
            } else if (average != null) {
                access = new MarketAccess(average.ratePercent(), MarketAccess.Source.DATASET_AVERAGE, average.reference());
            } else if (fromSchedule) {
                access = new MarketAccess(scheduled.found().appliedPercent(), MarketAccess.Source.LOADED_SCHEDULE,
                        scheduled.found().reference());
            } else {
                access = null;
            }
            if (access == null && scheduled != null && scheduled.missing() != null && tariffWeighted) {
                // the schedule gave no rate and none was typed: say why, naming the market and the line
                // at the field that puts it right (errors[]): the market's tariff line when the line is not in the schedule or
                // has no rate at its level, else its typed rate (t2fixO)
                String code2 = scheduled.missing().code().replace("markets.tariff.schedule.", "markets.tariff.market.");
                String field = code2.endsWith(".no-line") || code2.endsWith(".no-rate-at-level") ? "tariffCodes." + market : "tariffs." + market;
                throw new FieldRefused(field, MessageText.of(code2, MessageText.Arg.literal(scheduled.missing().detail()),
                        marketArg(market)), market + ": " + scheduled.missing().detail());
            }
            Double rate = access == null ? null : access.ratePercent();
            candidates.add(new MarketScoring.Candidate(market, v, access));
            lines.put(market, new MarketLine(market, 0, 0, year, last.value().doubleValue(),
                    trend.hasTrend() ? trend.trend().growth() : null, trend.hasTrend() ? trend.trend().growthLow() : null,
                    trend.hasTrend() ? trend.trend().growthHigh() : null, trend.hasTrend() ? trend.trend().points() : null, hhi,
                    last.unitValue(), rate, access == null ? null : access.source().name(), access == null ? null : access.reference(),
                    schedule, ourShare, last.unitValue() == null ? null : last.quantityUnit(), average));
        }
        MarketScoring.Result result;
        MarketScoring.Sensitivity sensitivity;
        try {
            result = MarketScoring.score(candidates, weights, MarketScoring.Normalisation.MIN_MAX);
            sensitivity = MarketScoring.sensitivity(candidates, weights, MarketScoring.Normalisation.MIN_MAX, change);
        } catch (org.tradedesk.markets.domain.stats.StatisticsInputException e) {
            // a criterion named in the problem follows the flow: a market's exports are supply, not demand
            // and a market stays named, "United States (USA)", never its bare code (review t2fixF)
            Object[] plain = e.arguments();
            Object[] args = new Object[plain.length];
            for (int i = 0; i < plain.length; i++) {
                MessageText.Arg a = i < e.text().args().size() ? e.text().args().get(i) : null;
                boolean market = a != null && a.message() != null
                        && org.tradedesk.markets.domain.stats.MarketName.CODE.equals(a.message().code());
                args[i] = market ? a.message() : forFlow(String.valueOf(plain[i]), flow);
            }
            throw new org.tradedesk.markets.domain.stats.StatisticsInputException(e.code(), args);
        }
        List<MarketLine> ranking = new ArrayList<>();
        for (MarketScoring.MarketScore s : result.ranking()) {
            MarketLine l = lines.get(s.market());
            ranking.add(new MarketLine(l.market(), s.rank(), s.score(), l.year(), l.demandSize(), l.demandGrowth(), l.demandGrowthLow(),
                    l.demandGrowthHigh(), l.trendYears(), l.supplierHhi(), l.unitValue(), l.tariffPercent(), l.tariffSource(),
                    l.tariffReference(), l.schedule(), l.ourShare(), l.quantityUnit(), l.average()));
        }
        Map<String, Double> used = new LinkedHashMap<>();
        result.weights().forEach((c, w) -> used.put(c.name(), w));
        List<String> reversals = new ArrayList<>();
        for (MarketScoring.SensitivityCase k : sensitivity.cases()) {
            for (MarketScoring.Reversal rev : k.reversals()) {
                reversals.add(k.criterion().name() + " ×" + k.weightFactor() + ": " + rev.nowAbove() + " > " + rev.nowBelow());
            }
        }
        List<MessageText> notes = new ArrayList<>(result.notes().stream().map(n -> forFlow(n, flow)).toList());
        if (partner != null) {
            // which partner "our" is, which year, and which way the criterion was scored: said with the figures
            notes.add(MessageText.of("markets.scoring.our-share.note", marketArg(partner),
                    MessageText.Arg.code("markets.scoring.direction." + directionsOut.get("OUR_SHARE"))));
            notes.addAll(shareNotes);
        }
        Scoring scoring = new Scoring(d.id(), d.sha256(), d.fileName(), flow, product, r.from(), r.to(), result.normalisation().name(),
                statedOut, used, ranking, change, reversals, notes, partner, directionsOut);
        return new Computed(scoring, result, trends, sensitivity);
    }

    /** The criterion a request names (weights, directions), any case; null when it names none. */
    private static MarketScoring.Criterion criterion(String key) {
        try {
            return key == null ? null : MarketScoring.Criterion.valueOf(key.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * "Our" partner of the market share criterion: Taiwan (490) when none is given; else a country the Comtrade list knows
     * ({@code XYZ} is refused, t2fixJ) that is not one of the candidate markets (a market does not import from itself: its
     * share would be read as 0 or missing, without a word).
     */
    static String ourPartner(String given, List<String> markets) {
        if (given == null || given.isBlank()) {
            return OUR_PARTNER;
        }
        String code = MarketDatasets.comparisonPartner(given);
        String iso3 = org.tradedesk.markets.importing.ComtradeCountries.iso3(code);
        if (iso3 == null) {
            throw new ParameterInvalid("partner", given.strip(), "markets.query.reason.partner-unknown");
        }
        if (markets.contains(iso3)) {
            throw new ParameterInvalid("partner", given.strip(), "markets.query.reason.partner-is-candidate", String.join(", ", markets));
        }
        return code;
    }

    /**
     * The direction a criterion is scored in: the one stated in {@code directions} (HIGHER_IS_BETTER / LOWER_IS_BETTER), else
     * the criterion's usual one. Our market share is HIGHER_IS_BETTER by default (an established foothold: buyers, a
     * distributor, a record); a user who reads a high share as less headroom states LOWER_IS_BETTER.
     */
    static MarketScoring.Direction directionOf(MarketScoring.Criterion c, Map<String, String> directions, String flow) {
        if (directions != null) {
            for (Map.Entry<String, String> e : directions.entrySet()) {
                if (e.getKey() != null && e.getKey().trim().equalsIgnoreCase(c.name())) {
                    String v = e.getValue() == null ? "" : e.getValue().trim().toUpperCase(Locale.ROOT);
                    try {
                        return MarketScoring.Direction.valueOf(v);
                    } catch (IllegalArgumentException ex) {
                        throw new ParameterInvalid("directions." + c.name(), e.getValue() == null ? "" : e.getValue(),
                                "markets.query.reason.not-a-direction", "HIGHER_IS_BETTER, LOWER_IS_BETTER");
                    }
                }
            }
        }
        return c.usualDirection();
    }

    /**
     * The day a market's tariff is read on: the one asked for, else today in the zone of the market's jurisdiction when a
     * schedule of it is loaded (AUS: Australia/Sydney, TWN: Asia/Taipei — a tariff line takes its jurisdiction's day), else
     * today in the product's zone.
     */
    static java.time.LocalDate tariffDay(String market, java.time.LocalDate asked, org.tradedesk.platform.BusinessCalendar calendar) {
        if (asked != null) {
            return asked;
        }
        return ScheduleTariffs.jurisdiction(market).map(j -> calendar.today(j.zone())).orElseGet(calendar::today);
    }

    /**
     * A tariff line is of the product scored when its digits (dots and Taiwan's printed check digit "-0" left out) begin with
     * the code scored or one of the project's HS codes above or below it, or that code begins with the line's (a heading
     * above a subheading): {@code 8542.31.00} is of {@code 8542}; {@code 8541.10} is not, even in a project that also
     * names 8541 (a line of another of the project's products).
     */
    static boolean sameProduct(String line, String product, List<String> hsCodes) {
        String digits = line.replaceFirst("-[0-9]$", "").replaceAll("[^0-9]", "");
        return productCodes(product, hsCodes).stream().anyMatch(c -> digits.startsWith(c) || c.startsWith(digits));
    }

    /** The code scored and the project's codes on its line (above it or below it); all the project's codes when none is scored. */
    private static List<String> productCodes(String product, List<String> hsCodes) {
        String scored = product == null ? "" : product.replaceAll("[^0-9]", "");
        java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
        codes.add(scored);
        hsCodes.stream().map(c -> c.replaceAll("[^0-9]", ""))
                .filter(c -> scored.isEmpty() || c.startsWith(scored) || scored.startsWith(c))
                .forEach(codes::add);
        codes.remove("");
        return List.copyOf(codes);
    }

    /** A criterion's label code for the flow scored ({@link ResearchReports#criterionCode}); any other text as it is. */
    private static String forFlow(String code, String flow) {
        String prefix = "markets.stats.criterion.";
        return code.startsWith(prefix) && !code.endsWith(".exports")
                ? ResearchReports.criterionCode(code.substring(prefix.length()).toUpperCase(Locale.ROOT).replace('-', '_'), flow) : code;
    }

    private static org.tradedesk.shared.MessageText forFlow(org.tradedesk.shared.MessageText text, String flow) {
        return new org.tradedesk.shared.MessageText(text.code(), text.args().stream().map(a -> a.kind() == org.tradedesk.shared.MessageText.Kind.CODE
                ? org.tradedesk.shared.MessageText.Arg.code(forFlow(a.value(), flow)) : a).toList());
    }

    private static Map<String, String> upperKeys(Map<String, String> map) {
        Map<String, String> out = new LinkedHashMap<>();
        if (map != null) {
            map.forEach((k, v) -> {
                if (k != null && v != null) {
                    out.put(k.trim().toUpperCase(Locale.ROOT), v.trim());
                }
            });
        }
        return out;
    }

    private static final java.util.Set<String> ISO3 = java.util.Arrays.stream(Locale.getISOCountries())
            .map(c -> new Locale("", c).getISO3Country()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static List<String> clean(String field, List<String> values, int max, String pattern) {
        List<String> out = new ArrayList<>();
        for (String v : values == null ? List.<String>of() : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            String c = v.trim().replace(".", "").toUpperCase(Locale.ROOT);
            if (!c.matches(pattern)) {
                throw new ParameterInvalid(field, v, field.equals("markets") ? "markets.query.reason.iso3" : "markets.query.reason.hs-code");
            }
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        if (out.isEmpty() || out.size() > max) {
            throw new ParameterInvalid(field, "", "markets.query.reason.count", "1", String.valueOf(max), String.valueOf(out.size()));
        }
        return out;
    }

    /** A number as the user typed it: -5, 0.25, 1E+308 — not -5.0. */
    /**
     * The one check of a typed rate's bounds (t2fixR: the decision form checked them again before the scoring did): a rate below
     * 0 (-1e999, read as -Infinity, too) or above {@value #MAX_TYPED_RATE} % is refused at {@code tariffs.<market>}; null: within.
     */
    public static ParameterInvalid typedRateProblem(String market, double rate) {
        if (rate < 0) {
            // t2fixM R5: -1e999 (read as -Infinity) is negative too, refused here with the others, not by MarketAccess alone
            return new ParameterInvalid("tariffs." + market, plain(rate), "markets.query.reason.tariff-negative");
        }
        if (!(rate <= MAX_TYPED_RATE)) {
            return new ParameterInvalid("tariffs." + market, plain(rate), "markets.query.reason.tariff-range", plain(MAX_TYPED_RATE));
        }
        return null;
    }

    private static String plain(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return Math.abs(v) < 1e15 ? java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : String.valueOf(v);
    }

    /** A project record holding no product (HS code) to score: a worded refusal (t2fixM R9). */
    public static TradedeskException noProducts() {
        return new TradedeskException(TradedeskException.Kind.CONFLICT, "markets.project.no-products", "the project holds no HS code");
    }

    private static TradedeskException invalid(String field, String value) {
        return new TradedeskException("markets.project.invalid", field + " = \"" + value + "\" is not valid", field, value);
    }

    /**
     * A market or partner code as an argument of a problem or note: its name in the reader's language with the code in
     * brackets ("Australia (AUS)", 「澳洲（AUS）」) when the markets country list knows it, else the code as typed. The one
     * piece for notes, problems and the project page ({@code ResearchProjectPageController.MarketNames}).
     */
    public static MessageText.Arg marketArg(String code) {
        return org.tradedesk.markets.importing.CountryNames.known(code)
                ? org.tradedesk.markets.domain.stats.MarketName.arg(code) : MessageText.Arg.literal(code);
    }

    /**
     * A list as a message argument joined with the reader's separator (t2fixS, review MINOR 8): "CHN, KOR, USA" in English,
     * 「CHN、KOR、USA」 in Chinese ({@code markets.list.pair}, nested), never a comma fixed in the code.
     */
    static Object listArg(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        Object rest = items.get(items.size() - 1);
        for (int i = items.size() - 2; i >= 0; i--) {
            rest = new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {"markets.list.pair"},
                    new Object[] {items.get(i), rest}, items.get(i) + ", " + rest);
        }
        return rest;
    }
}
