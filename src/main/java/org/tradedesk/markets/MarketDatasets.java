package org.tradedesk.markets;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.tradedesk.markets.domain.Growth;
import org.tradedesk.markets.importing.ComtradeCountries;
import org.tradedesk.markets.importing.DatasetImporter;
import org.tradedesk.markets.persistence.DatasetStore;
import org.tradedesk.markets.persistence.TradeTable;
import org.tradedesk.shared.TradedeskException;

/**
 * The market-research module's facade: import trade-statistics files as datasets, list them with their provenance,
 * and read indicators from them (a series with its growth, the concentration over partners or reporters).
 */
@Service
public class MarketDatasets {

    /** At most this many datasets are listed. */
    public static final int LIST_LIMIT = 200;

    private final DatasetImporter importer;
    private final DatasetStore store;
    private final TradeTable table;

    public MarketDatasets(DatasetImporter importer, DatasetStore store, TradeTable table) {
        this.importer = importer;
        this.store = store;
        this.table = table;
    }

    /**
     * Imports a file. {@code inRequest}: a file up to {@link DatasetImporter#IN_REQUEST_LIMIT} is read before this
     * returns (and a refused file throws {@link TradeFileRefused}, leaving nothing); a larger one, or any when false,
     * is read by a background job whose progress the returned view shows.
     */
    public DatasetView importFile(String fileName, InputStream content, SourceFormat format, String user, boolean inRequest) {
        DatasetImporter.Upload upload = DatasetImporter.spool(fileName, content);
        DatasetImporter.Submitted submitted = importer.submit(upload, format, user, inRequest);
        DatasetView view = dataset(submitted.id());
        return submitted.duplicate() ? view.asDuplicate() : view;
    }

    public List<DatasetView> datasets() {
        return store.list(LIST_LIMIT);
    }

    public DatasetView dataset(long id) {
        return store.find(id).orElseThrow(() -> new TradedeskException(TradedeskException.Kind.NOT_FOUND, "markets.dataset.not-found",
                "no dataset " + id, String.valueOf(id)));
    }

    DatasetView ready(long id) {
        return ready(dataset(id));
    }

    /** The dataset as read once by the caller, checked ready for analysis and loaded (no second read of its record). */
    private DatasetView ready(DatasetView d) {
        long id = d.id();
        if (d.status() != DatasetStatus.SUCCEEDED) {
            throw new TradedeskException(TradedeskException.Kind.CONFLICT, "markets.dataset.not-ready",
                    "dataset " + id + " is " + d.status(), id, d.status().name());
        }
        importer.ensureLoaded(id);
        return d;
    }

    /** The series of one reporter, partner, flow and product, with CAGR and trend growth over its full, final periods. */
    public SeriesView series(long id, String reporter, String partner, String flow, String product, String frequency,
                             Integer from, Integer to) {
        return series(dataset(id), reporter, partner, flow, product, frequency, from, to);
    }

    /** As {@link #series(long, String, String, String, String, String, Integer, Integer)}, on a dataset the page has read already. */
    public SeriesView series(DatasetView dataset, String reporter, String partner, String flow, String product, String frequency,
                             Integer from, Integer to) {
        return series(dataset, reporter, partner, flow, product, frequency, from, to, List.of());
    }

    private SeriesView series(DatasetView dataset, String reporter, String partner, String flow, String product, String frequency,
                              Integer from, Integer to, List<ParameterInvalid> earlier) {
        long id = dataset.id();
        // every parameter problem at once (issue 9 review), with those the caller found already (t2fixO)
        List<ParameterInvalid> problems = new ArrayList<>(earlier);
        Flow f = ParameterInvalid.collect(problems, () -> flow(flow));
        Frequency freq = ParameterInvalid.collect(problems, () -> frequency == null || frequency.isBlank() ? Frequency.A
                : switch (frequency.trim().toUpperCase(Locale.ROOT)) {
                    case "A" -> Frequency.A;
                    case "M" -> Frequency.M;
                    default -> throw invalid("frequency", frequency);
                });
        String r = ParameterInvalid.collect(problems, () -> code("reporter", reporter, true));
        String p = ParameterInvalid.collect(problems, () -> partner(partner));
        String prod = ParameterInvalid.collect(problems, () -> product(product));
        Integer fromYear = ParameterInvalid.collect(problems, () -> year("from", from, 1900));
        Integer toYear = ParameterInvalid.collect(problems, () -> year("to", to, 2100));
        if (fromYear != null && toYear != null && fromYear > toYear) {
            // t2fixS (review MINOR 5): why, not 「起始年 不正確：「2024 > 2013」」
            problems.add(new ParameterInvalid("from", String.valueOf(from), "markets.query.reason.from-after-to", String.valueOf(to)));
        }
        DatasetView d = ready(dataset);
        // t2fixN: a code of the right shape that the Comtrade country list does not know (ZZZ, 999) is a 400 naming it, unless
        // the dataset holds it (a mapped table or WITS file may name a country the list lacks)
        if (r != null && !ComtradeCountries.known(r) && !table.hasReporter(id, r)) {
            problems.add(unknownCountry("reporter", reporter));
        }
        if (p != null && !ComtradeCountries.known(p) && !table.hasPartner(id, p)) {
            problems.add(unknownCountry("partner", partner));
        }
        ParameterInvalid.throwAll(problems);
        List<SeriesView.Point> points = new ArrayList<>();
        List<Growth.Point> growth = new ArrayList<>();
        for (TradeTable.PeriodTotal t : table.series(id, r, p, f.name(), prod, freq.name(), fromYear, toYear)) {
            String period = t.month() == null ? Integer.toString(t.year()) : "%d-%02d".formatted(t.year(), t.month());
            Double unitValue = t.quantity() == null || t.quantity() == 0 ? null : t.value().doubleValue() / t.quantity();
            String unit = t.quantity() == null ? null : t.quantityUnit();
            points.add(new SeriesView.Point(period, t.value(), t.quantity(), unit, unitValue,
                    unitValue == null || unit == null ? null : "USD/" + unit, t.mixedUnits(), t.preliminary(), t.partialToMonth()));
            if (!t.preliminary() && t.partialToMonth() == null && t.value().signum() > 0) {
                growth.add(new Growth.Point(t.month() == null ? t.year() : t.year() + (t.month() - 1) / 12.0, t.value().doubleValue()));
            }
        }
        Double cagr = Growth.cagr(growth);
        long years = growth.stream().mapToInt(g -> (int) Math.floor(g.time())).distinct().count();
        Growth.Trend trend = years >= Growth.MIN_TREND_POINTS ? Growth.trend(growth) : null;
        List<String> codes = table.productCodes(id, prod, 6);
        org.tradedesk.shared.MessageText productNote = codes.isEmpty() || codes.contains(prod) ? null : productSummed(prod, codes);
        return new SeriesView(id, r, p, f, prod, freq, points, cagr, trend == null ? null : trend.growth(),
                trend == null ? null : List.of(trend.low(), trend.high()), d.valuationBasis(), d.units(), d.source(), productNote);
    }

    /**
     * The note of a product the file does not hold itself: its code and the codes beneath it summed, and — where the HS titles
     * of the tariff catalogue hold it, whether or not a schedule is loaded — its name, both languages kept in the note so it is
     * read in the reader's ({@code markets.series.product-summed.named}: the English bundle prints argument 2, the Chinese 3).
     */
    static org.tradedesk.shared.MessageText productSummed(String prod, List<String> codes) {
        org.tradedesk.shared.MessageText.Arg code = org.tradedesk.shared.MessageText.Arg.literal(prod);
        org.tradedesk.shared.MessageText.Arg beneath = org.tradedesk.shared.MessageText.Arg.literal(
                String.join(", ", codes.subList(0, Math.min(5, codes.size()))) + (codes.size() > 5 ? ", …" : ""));
        return org.tradedesk.tariff.TariffCatalogue.hsTitle(prod)
                .filter(t -> !t.en().isBlank() && !t.zh().isBlank())
                .map(t -> org.tradedesk.shared.MessageText.of("markets.series.product-summed.named", code, beneath,
                        org.tradedesk.shared.MessageText.Arg.literal(t.en()), org.tradedesk.shared.MessageText.Arg.literal(t.zh())))
                .orElseGet(() -> org.tradedesk.shared.MessageText.of("markets.series.product-summed", code, beneath));
    }

    /**
     * As {@link #series}, for the REST call: an empty series whose product or reporter is not in the dataset at all is a 404
     * naming what is missing (a known reporter and product with no rows for the partner, flow or years stays a 200 with no points).
     */
    public SeriesView seriesInDataset(long id, String reporter, String partner, String flow, String product, String frequency,
                                      Integer from, Integer to) {
        return seriesInDataset(id, reporter, partner, flow, product, frequency, from, to, List.of());
    }

    /** As above, with the problems the caller found already in the request (a year that is no number), named with the others. */
    public SeriesView seriesInDataset(long id, String reporter, String partner, String flow, String product, String frequency,
                                      Integer from, Integer to, List<ParameterInvalid> earlier) {
        SeriesView s = series(dataset(id), reporter, partner, flow, product, frequency, from, to, earlier);
        explainEmpty(id, s, from, to);
        return s;
    }

    /**
     * Why a series has no points, thrown as the API's 404 (product, reporter or partner not in the dataset) or 400 (the other
     * frequency holds it); nothing for a series with points or none of these reasons. The series page says the same (t2fixS,
     * review MINOR 3: the page showed an empty table and "no trend: fewer than 4 full years").
     */
    public void explainEmpty(long id, SeriesView s, Integer from, Integer to) {
        if (s.points().isEmpty()) {
            if (table.productCodes(id, s.product(), 1).isEmpty()) {
                throw new TradedeskException(TradedeskException.Kind.NOT_FOUND, "markets.series.no-product",
                        "product " + s.product() + " is not in dataset " + id, s.product());
            }
            if (!table.hasReporter(id, s.reporter())) {
                throw new TradedeskException(TradedeskException.Kind.NOT_FOUND, "markets.series.no-reporter",
                        "reporter " + s.reporter() + " is not in dataset " + id, s.reporter());
            }
            if (!table.hasPartner(id, s.partner())) {
                // a partner no row has (ZZZ) is a 404 as a reporter no row has, not 200 with no points (review t2fixL 8)
                throw new TradedeskException(TradedeskException.Kind.NOT_FOUND, "markets.series.no-partner",
                        "partner " + s.partner() + " is not in dataset " + id, s.partner());
            }
            // monthly asked of a yearly file (or the reverse): say so, not 200 with no points (review F8)
            Frequency other = s.frequency() == Frequency.M ? Frequency.A : Frequency.M;
            if (!table.series(id, s.reporter(), s.partner(), s.flow().name(), s.product(), other.name(), from, to).isEmpty()) {
                throw new ParameterInvalid("frequency", s.frequency().name(), "markets.query.reason.frequency-not-held." + s.frequency().name());
            }
        }
    }

    /** Shares, HHI and normalised HHI of one year's trade in a product by partner or by reporter. */
    public ConcentrationView concentration(long id, Integer year, String flow, String product, String by, String reporter,
                                           String partner) {
        Flow f = flow(flow);
        String prod = product(product);
        if (year == null) {
            throw invalid("year", "");
        }
        int y = year("year", year, 0);
        String dimension = by == null || by.isBlank() ? "partner" : by.trim().toLowerCase(Locale.ROOT);
        if (!dimension.equals("partner") && !dimension.equals("reporter")) {
            throw invalid("by", by);
        }
        boolean byPartner = dimension.equals("partner");
        String other = byPartner ? code("reporter", reporter, false) : partner(partner);
        DatasetView dataset = ready(id);
        if (other != null && !ComtradeCountries.known(other)
                && !(byPartner ? table.hasReporter(id, other) : table.hasPartner(id, other))) {
            throw unknownCountry(byPartner ? "reporter" : "partner", byPartner ? reporter : partner);
        }
        List<TradeTable.CodeValue> values = table.byCode(id, y, f.name(), prod, byPartner, other).stream()
                .filter(v -> !ComtradeCountries.aggregate(v.code()) && v.value().signum() > 0)
                // a market's trade with itself is no partner of it (re-imports), nor a partner's with itself a reporter
                .filter(v -> other == null || !sameCountry(v.code(), other)).toList();
        BigDecimal total = values.stream().map(TradeTable.CodeValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ConcentrationView.Share> shares = new ArrayList<>();
        double hhi = 0;
        for (TradeTable.CodeValue v : values) {
            double share = v.value().doubleValue() / total.doubleValue();
            hhi += share * share;
            shares.add(new ConcentrationView.Share(v.code(), ComtradeCountries.name(v.code()), v.value(), share));
        }
        int n = shares.size();
        Double h = n == 0 ? null : hhi;
        // (H − 1/N)/(1 − 1/N) divides by 0 for one partner: undefined, and said so (it was shown as 1.0)
        Double normalized = n < 2 ? null : (hhi - 1.0 / n) / (1 - 1.0 / n);
        // the shares are of what the file holds: one partner gives HHI 1.0, which says nothing of the market (review F3)
        List<org.tradedesk.shared.MessageText> notes = List.of(n == 0
                ? org.tradedesk.shared.MessageText.of(ConcentrationView.NONE_HELD + dimension)
                : org.tradedesk.shared.MessageText.of(ConcentrationView.HELD + dimension, org.tradedesk.shared.MessageText.Arg.number(n)));
        return new ConcentrationView(id, y, f, prod, dimension, h, normalized, shares,
                n == 1 ? org.tradedesk.shared.MessageText.of(ConcentrationView.ONE_PARTNER) : null, notes, Provenance.of(dataset));
    }

    /** How many of a dataset's latest years a reference unit value is drawn from ({@link #importUnitValue}). */
    public static final int UNIT_VALUE_YEARS = 3;

    /**
     * The reference unit value of imports of an HS6 product ({@code hs6}, its code exactly) into {@code reporter} (a Comtrade
     * code or ISO alpha-3: 36 / AUS, 490 Taiwan): of the imported datasets holding that reporter's annual imports of it with a
     * quantity, the one whose latest year is newest (the later import on a tie); in it, each of the latest
     * {@link #UNIT_VALUE_YEARS} years' unit value (the World partner's rows where the dataset has them, else the partners'
     * summed) in the unit most of those years use; their median and mean. When no dataset holds the reporter's imports of
     * the product, every reporter's imports of it stand in ({@link ImportUnitValue#ownReporter()} false), each reporter-year
     * one value. Empty when no dataset holds any.
     */
    public java.util.Optional<ImportUnitValue> importUnitValue(String hs6, String reporter) {
        if (hs6 == null || !hs6.matches("\\d{6}")) {
            return java.util.Optional.empty();
        }
        java.util.Optional<ImportUnitValue> own = reporter == null ? java.util.Optional.empty() : unitValue(hs6, reporter);
        return own.isPresent() ? own : unitValue(hs6, null);
    }

    private java.util.Optional<ImportUnitValue> unitValue(String hs6, String reporter) {
        DatasetView best = null;
        List<TradeTable.ImportQuantity> bestRows = List.of();
        for (long id : store.succeededIds()) {
            DatasetView d = store.find(id).orElse(null);
            if (d == null || d.status() != DatasetStatus.SUCCEEDED) {
                continue;
            }
            importer.ensureLoaded(id);
            List<TradeTable.ImportQuantity> rows = table.importQuantities(id, hs6, reporter);
            if (rows.isEmpty()) {
                continue;
            }
            int last = rows.stream().mapToInt(TradeTable.ImportQuantity::year).max().orElseThrow();
            int bestLast = bestRows.stream().mapToInt(TradeTable.ImportQuantity::year).max().orElse(Integer.MIN_VALUE);
            if (best == null || last > bestLast || (last == bestLast && id > best.id())) {
                best = d;
                bestRows = rows;
            }
        }
        if (best == null) {
            return java.util.Optional.empty();
        }
        // the unit most reporter-years use (kg and items never mix)
        java.util.Map<String, Long> units = bestRows.stream().collect(java.util.stream.Collectors.groupingBy(
                TradeTable.ImportQuantity::unit, java.util.TreeMap::new, java.util.stream.Collectors.mapping(
                        r -> r.reporterCode() + "/" + r.year(), java.util.stream.Collectors.collectingAndThen(
                                java.util.stream.Collectors.toSet(), s -> (long) s.size()))));
        String unit = units.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<TradeTable.ImportQuantity> inUnit = bestRows.stream().filter(r -> r.unit().equals(unit)).toList();
        List<Integer> years = inUnit.stream().map(TradeTable.ImportQuantity::year).distinct().sorted(java.util.Comparator.reverseOrder())
                .limit(UNIT_VALUE_YEARS).sorted().toList();
        // one value per reporter and year: the World partner's rows where held, else the partners' (not aggregates) summed
        java.util.Map<String, List<TradeTable.ImportQuantity>> byReporterYear = new java.util.TreeMap<>();
        for (TradeTable.ImportQuantity r : inUnit) {
            if (years.contains(r.year())) {
                byReporterYear.computeIfAbsent(r.reporterCode() + "/" + r.year(), k -> new ArrayList<>()).add(r);
            }
        }
        List<BigDecimal> values = new ArrayList<>();
        java.util.Set<String> reporters = new java.util.LinkedHashSet<>();
        for (List<TradeTable.ImportQuantity> group : byReporterYear.values()) {
            List<TradeTable.ImportQuantity> world = group.stream().filter(r -> ComtradeCountries.WORLD.equals(r.partnerCode())).toList();
            List<TradeTable.ImportQuantity> used = !world.isEmpty() ? world
                    : group.stream().filter(r -> !ComtradeCountries.aggregate(r.partnerCode())).toList();
            BigDecimal value = used.stream().map(TradeTable.ImportQuantity::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            double quantity = used.stream().mapToDouble(TradeTable.ImportQuantity::quantity).sum();
            if (quantity <= 0 || value.signum() <= 0) {
                continue;
            }
            values.add(value.divide(BigDecimal.valueOf(quantity), java.math.MathContext.DECIMAL64));
            TradeTable.ImportQuantity first = used.get(0);
            reporters.add(ComtradeCountries.name(first.reporterCode()) + " (" + first.reporterCode() + ")");
        }
        if (values.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), java.math.MathContext.DECIMAL64);
        BigDecimal mean = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(n), java.math.MathContext.DECIMAL64);
        return java.util.Optional.of(new ImportUnitValue(hs6, unit, median, mean, n, years.get(0), years.get(years.size() - 1),
                List.copyOf(reporters), reporter != null, best.id(), best.source(), best.fileName()));
    }

    /**
     * What {@link #importUnitValue} depends on: the ids of the datasets imported successfully (a cache of the answers is
     * stale when they change).
     */
    public List<Long> importedDatasets() {
        return store.succeededIds();
    }

    /** Taiwan's ISO 3166 numeric code, read as Comtrade's 490 (Taiwan as Comtrade numbers it). */
    static final String TAIWAN_ISO_NUMERIC = "158";

    static Flow flow(String flow) {
        if (flow == null || flow.isBlank()) {
            throw required("flow");
        }
        return switch (flow.trim().toUpperCase(Locale.ROOT)) {
            case "M", "1", "IMPORT" -> Flow.M;
            case "X", "2", "EXPORT" -> Flow.X;
            default -> throw invalid("flow", flow);
        };
    }

    private static String partner(String partner) {
        if (partner == null || partner.isBlank() || partner.equalsIgnoreCase("World") || partner.equalsIgnoreCase("WLD")
                || partner.equalsIgnoreCase("W00")) {
            return ComtradeCountries.WORLD;
        }
        String p = code("partner", partner, true);
        String numeric = p.matches("[A-Z]{3}") ? ComtradeCountries.code(p) : null;
        return numeric == null ? p : numeric;
    }

    /**
     * The partner of the market indicators' share of partner, trade intensity and complementarity: blank for none, a
     * numeric code or ISO alpha-3 otherwise (as stored: 490 for Taiwan); the World is no partner of its own.
     */
    public static String comparisonPartner(String partner) {
        if (partner == null || partner.isBlank()) {
            return null;
        }
        String p = partner(partner);
        if (ComtradeCountries.WORLD.equals(p)) {
            throw new ParameterInvalid("partner", partner, "markets.query.reason.partner-world");
        }
        if (!ComtradeCountries.known(p)) {
            throw unknownCountry("partner", partner); // t2fixN: checked against the Comtrade country list, not by shape only
        }
        return p;
    }

    /** The same country whether named by ISO alpha-3 or by Comtrade's numeric code. */
    private static boolean sameCountry(String a, String b) {
        String x = a.strip().toUpperCase(Locale.ROOT);
        String y = b.strip().toUpperCase(Locale.ROOT);
        if (x.equals(y)) {
            return true;
        }
        String xn = x.matches("[A-Z]{3}") ? ComtradeCountries.code(x) : x;
        String yn = y.matches("[A-Z]{3}") ? ComtradeCountries.code(y) : y;
        return xn != null && xn.equals(yn);
    }

    private static String code(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw required(field);
            }
            return null;
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (!v.matches("[A-Z0-9]{1,6}")) {
            throw invalid(field, value);
        }
        // t2fixO: 158, Taiwan's ISO numeric code, is Taiwan: Comtrade (and so every dataset here) numbers it 490 "Other Asia, nes"
        return v.equals(TAIWAN_ISO_NUMERIC) ? ComtradeCountries.TAIWAN : v;
    }

    static String product(String product) {
        if (product == null || product.isBlank()) {
            throw required("product");
        }
        String p = product.trim().replace(".", "");
        if (!p.matches("[A-Za-z0-9_-]{1,20}")) {
            throw invalid("product", product);
        }
        return p;
    }

    static int year(String field, Integer year, int otherwise) {
        if (year == null) {
            return otherwise;
        }
        if (year < 1900 || year > 2100) {
            throw invalid(field, String.valueOf(year));
        }
        return year;
    }

    /** A reporter or partner code the Comtrade country list does not know, named with the value received (t2fixN). */
    static ParameterInvalid unknownCountry(String field, String value) {
        return new ParameterInvalid(field, value == null ? "" : value.strip(),
                field.equals("partner") ? "markets.query.reason.partner-unknown" : "markets.query.reason.country-unknown");
    }

    /** A parameter not given: says it is required, not that an empty value is not valid. */
    static ParameterInvalid required(String field) {
        return new ParameterInvalid(field, "", "markets.query.reason.required");
    }

    private static TradedeskException invalid(String field, String value) {
        return new ParameterInvalid(field, value);
    }
}
