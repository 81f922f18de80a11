package org.tradedesk.taxes.definitions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.EffectivePeriod;
import org.tradedesk.shared.InvalidValueException;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.RoundingRule;
import org.tradedesk.shared.duty.DutyExpression;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.domain.ChainDefinition;
import org.tradedesk.taxes.domain.ChainDefinition.AlcoholRule;
import org.tradedesk.taxes.domain.ChainDefinition.Concession;
import org.tradedesk.taxes.domain.ChainDefinition.Dated;
import org.tradedesk.taxes.domain.ChainDefinition.Kind;
import org.tradedesk.taxes.domain.ChainDefinition.Level;
import org.tradedesk.taxes.domain.ChainDefinition.LowValueRule;
import org.tradedesk.taxes.domain.ChainDefinition.PenaltyRule;
import org.tradedesk.taxes.domain.ChainDefinition.StepDefinition;
import org.tradedesk.taxes.domain.ChainDefinition.Threshold;
import org.tradedesk.taxes.domain.ChainDefinition.ValuationBasis;
import org.tradedesk.taxes.domain.DraughtReliefRule;
import org.tradedesk.taxes.domain.SmallProducerReliefRule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * All chain definitions on the classpath: the files named in {@code taxes/chains/index.txt}.
 * Adding a jurisdiction means adding a file and a line there, not code. Every rate in a file is
 * parsed when it is loaded, so a bad definition fails at start-up, not in a customer's quotation.
 */
public final class ChainDefinitions {

    private static final String INDEX = "taxes/chains/index.txt";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, List<ChainDefinition>> byJurisdiction;

    public ChainDefinitions(List<ChainDefinition> chains) {
        Map<String, List<ChainDefinition>> map = new TreeMap<>();
        for (ChainDefinition c : chains) {
            map.computeIfAbsent(c.jurisdiction(), k -> new ArrayList<>()).add(c);
        }
        map.values().forEach(l -> l.sort(Comparator.comparing((ChainDefinition c) -> c.period().from())));
        this.byJurisdiction = map;
    }

    /**
     * The definitions shipped with the application, read once: the {@code ChainDefinitions} bean is this instance, and the
     * code that must name a chain's texts outside a bean (a field's label, a citation's message, a saved total's unit) reads
     * the same one, never the files again.
     */
    public static ChainDefinitions shipped() {
        return Shipped.ALL;
    }

    private static final class Shipped {
        static final ChainDefinitions ALL = fromClasspath();
    }

    /** The definitions shipped with the application, read anew from the files (tests; the application uses {@link #shipped}). */
    public static ChainDefinitions fromClasspath() {
        ClassLoader loader = ChainDefinitions.class.getClassLoader();
        List<ChainDefinition> chains = new ArrayList<>();
        String index = read(loader, INDEX);
        for (String line : index.split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            chains.add(parse(name, read(loader, "taxes/chains/" + name)));
        }
        return new ChainDefinitions(chains);
    }

    public List<String> jurisdictions() {
        return List.copyOf(byJurisdiction.keySet());
    }

    public List<ChainDefinition> all() {
        return byJurisdiction.values().stream().flatMap(List::stream).toList();
    }

    /** The chain of the jurisdiction in force on the date. */
    public ChainDefinition forJurisdiction(String jurisdiction, LocalDate date) {
        List<ChainDefinition> versions = byJurisdiction.get(jurisdiction);
        if (versions == null) {
            throw TaxInputInvalid.jurisdictionNotSupported(jurisdiction, jurisdictions());
        }
        return versions.stream().filter(c -> c.period().contains(date)).findFirst()
                .orElseThrow(() -> TaxInputInvalid.field("date", org.tradedesk.shared.MessageText.of("taxes.reason.chain.not-in-force",
                        org.tradedesk.shared.MessageText.Arg.literal(jurisdiction), org.tradedesk.shared.MessageText.Arg.date(date))));
    }

    /**
     * The chain a calculation ran on: the version it recorded where that is still held (a saved calculation reprinted after a
     * rate change shows its own chain), else the one in force on its date; null when neither is held.
     */
    public ChainDefinition ranOn(String jurisdiction, String version, LocalDate date) {
        if (jurisdiction == null) {
            return null; // t2fixG: a saved total without its jurisdiction (the map's keys are never null: no lookup by null)
        }
        ChainDefinition chain = version == null ? null : byVersion(jurisdiction, version);
        if (chain != null || jurisdiction == null || date == null) {
            return chain;
        }
        return byJurisdiction.getOrDefault(jurisdiction, List.of()).stream().filter(c -> c.period().contains(date)).findFirst()
                .orElse(null);
    }

    /** The chain with this exact version, for re-running a saved calculation; null when none (or no jurisdiction). */
    public ChainDefinition byVersion(String jurisdiction, String version) {
        if (jurisdiction == null || version == null) {
            return null;
        }
        return byJurisdiction.getOrDefault(jurisdiction, List.of()).stream().filter(c -> c.version().equals(version)).findFirst()
                .orElse(null);
    }

    private static String read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one definition file; {@code name} is used in error messages. */
    public static ChainDefinition parse(String name, String json) {
        JsonNode root = JSON.readTree(json);
        try {
            List<StepDefinition> steps = list(root.path("steps"), ChainDefinitions::step);
            JsonNode alcohol = root.path("alcohol");
            ChainDefinition chain = new ChainDefinition(
                    text(root, "jurisdiction"),
                    text(root, "version"),
                    period(root),
                    CurrencyCode.of(text(root, "currency")),
                    ValuationBasis.valueOf(text(root, "valuationBasis")),
                    RoundingRule.parse(optText(root, "displayRounding")),
                    alcohol.isMissingNode() ? null : alcohol(alcohol),
                    list(root.path("lowValue"), ChainDefinitions::lowValue),
                    steps,
                    list(root.path("penalties"), ChainDefinitions::penalty),
                    dated(root.path("penaltyUnit"), n -> decimal(n, "amount")),
                    list(root.path("notes"), JsonNode::asString),
                    list(root.path("concessions"), ChainDefinitions::concession),
                    root.has("smallProducerRelief") ? smallProducerRelief(root.get("smallProducerRelief")) : null,
                    root.has("draughtRelief") ? draughtRelief(root.get("draughtRelief")) : null,
                    root.has("customsValue") ? new ChainDefinition.ValueRounding(RoundingRule.parse(optText(root.get("customsValue"), "rounding")),
                            optText(root.get("customsValue"), "roundingSource"), optText(root.get("customsValue"), "legalReference")) : null);
            for (StepDefinition step : chain.steps()) {
                step.rates().forEach(r -> DutyExpression.parse(r.value()));
                step.kinds().forEach(k -> k.rates().forEach(r -> DutyExpression.parse(r.value())));
            }
            chain.concessions().stream().filter(c -> c.duty() != null).forEach(c -> DutyExpression.parse(c.duty()));
            return chain;
        } catch (RuntimeException e) {
            throw new InvalidValueException("taxes.chain.invalid", "tax chain definition " + name + " is invalid: " + e.getMessage());
        }
    }

    private static StepDefinition step(JsonNode n) {
        List<Dated<Threshold>> thresholds = dated(n.path("thresholds"),
                t -> new Threshold(decimal(t, "amount"), optDecimal(t, "fuelEfficientAmount"),
                        optText(t, "note") != null && optText(t, "note").startsWith("to confirm")));
        return new StepDefinition(
                text(n, "code"),
                label(n),
                n.has("level") ? Level.valueOf(text(n, "level")) : Level.LINE,
                list(n.path("base"), JsonNode::asString),
                optText(n, "measure"),
                dated(n.path("rates"), r -> text(r, "expression")),
                list(n.path("hsPrefixes"), JsonNode::asString),
                RoundingRule.parse(optText(n, "rounding")),
                optDecimal(n, "notCollectedAtOrBelow"),
                n.path("required").asBoolean(false),
                n.path("lowValueExempt").asBoolean(false),
                n.path("onlyWhenLowValue").asBoolean(false),
                n.path("collected").asBoolean(true),
                thresholds,
                optDecimal(n, "factorNumerator"),
                optDecimal(n, "factorDenominator"),
                optText(n, "legalReference"),
                list(n.path("kinds"), k -> new Kind(text(k, "name"), list(k.path("hsPrefixes"), JsonNode::asString),
                        dated(k.path("rates"), r -> text(r, "expression")), optLocalized(k, "note"), optText(k, "legalReference"),
                        optText(k, "en") == null && optText(k, "zhTw") == null ? null : label(k), optText(k, "legalReferenceEn"))),
                list(n.path("goodsReferences"), g -> new ChainDefinition.GoodsReference(text(g, "name"),
                        list(g.path("hsPrefixes"), JsonNode::asString), text(g, "legalReference"))),
                // a rounding the file has no source for says so wherever the rule is shown (review r-t1b 5)
                optText(n, "roundingSource") != null && optText(n, "roundingSource").startsWith("to confirm"),
                gapChapters(n));
    }

    /*
     * The chapters whose goods attract the step, for a line whose tariff item the bundled schedule lacks (AU excise-equivalent
     * duty: chapters 22, 24, 27): the file must say where the list comes from.
     */
    private static List<String> gapChapters(JsonNode n) {
        List<String> chapters = list(n.path("gapChapters"), JsonNode::asString);
        String source = optText(n, "gapChaptersSource");
        if (!chapters.isEmpty() && (source == null || source.isBlank())) {
            throw new IllegalStateException("step " + optText(n, "code") + ": gapChapters needs its gapChaptersSource");
        }
        return chapters;
    }

    private static Concession concession(JsonNode n) {
        return new Concession(text(n, "scheme"), label(n), period(n), optText(n, "duty"), optLocalized(n, "referenceName"),
                optText(n, "referencePattern"), optLocalized(n, "requires"), text(n, "legalReference"));
    }

    /*
     * A rounding of the litres of alcohol goes beyond the rate texts, so the file must say which published rule
     * it follows; a deduction from the strength is written in the rate itself (ABOVE n %vol), never here.
     */
    private static AlcoholRule alcohol(JsonNode n) {
        if (n.has("thresholds")) {
            throw new IllegalStateException("alcohol.thresholds is not read: write the deduction into the rate the text states it for"
                    + " (e.g. 43.39 AUD/LAL ABOVE 1.15 %vol)");
        }
        RoundingRule rounding = RoundingRule.parse(optText(n, "lalRounding"));
        String source = optText(n, "legalReference");
        if (rounding != RoundingRule.NONE && !rounding.code().equals("NONE") && (source == null || source.isBlank())) {
            throw new IllegalStateException("alcohol.lalRounding " + rounding.code() + " needs its legalReference");
        }
        RoundingRule perLal = n.has("perLalAmountRounding") ? RoundingRule.parse(optText(n, "perLalAmountRounding")) : null;
        String perLalSource = optText(n, "perLalAmountRoundingSource");
        if (perLal != null && (perLalSource == null || perLalSource.isBlank())) {
            throw new IllegalStateException("alcohol.perLalAmountRounding " + perLal.code() + " needs its perLalAmountRoundingSource");
        }
        return new AlcoholRule(rounding, source, optText(n, "legalReferenceMessage"), perLal, perLalSource);
    }

    /*
     * HMRC's Small Producer Relief lookup tables, one per product category and production year: each band
     * [start, end, marginal discount, cumulative discount] as the guidance prints them; "partial": true when only the
     * first bands could be read from the source (a production above them is refused as not held).
     */
    private static SmallProducerReliefRule smallProducerRelief(JsonNode n) {
        return new SmallProducerReliefRule(text(n, "measure"), decimal(n, "abvBelow"), text(n, "legalReference"),
                list(n.path("tables"), t -> new SmallProducerReliefRule.Table(text(t, "category"), label(t), period(t),
                        t.path("draught").asBoolean(false),
                        decimal(t, "abvFrom"), decimal(t, "abvBelow"), list(t.path("hsPrefixes"), JsonNode::asString),
                        list(t.path("exceptHsPrefixes"), JsonNode::asString), text(t, "source"),
                        new org.tradedesk.shared.duty.SmallProducerRelief(list(t.path("bands"), b -> new org.tradedesk.shared.duty.SmallProducerRelief.Band(
                                new BigDecimal(b.get(0).asString()), new BigDecimal(b.get(1).asString()),
                                new BigDecimal(b.get(2).asString()), new BigDecimal(b.get(3).asString())))),
                        t.path("partial").asBoolean(false))));
    }

    /*
     * HMRC's draught rates (Finance (No. 2) Act 2023 Sch 8), one per category, strength range and period, each with
     * the page it was read from.
     */
    private static DraughtReliefRule draughtRelief(JsonNode n) {
        return new DraughtReliefRule(text(n, "measure"), decimal(n, "abvBelow"), decimal(n, "minContainerLitres"),
                text(n, "legalReference"), list(n.path("rates"), r -> new DraughtReliefRule.Rate(text(r, "category"), label(r),
                        period(r), optDecimal(r, "abvOver"), optDecimal(r, "abvFrom"), optDecimal(r, "abvBelow"),
                        optDecimal(r, "abvUpTo"), list(r.path("hsPrefixes"), JsonNode::asString),
                        list(r.path("exceptHsPrefixes"), JsonNode::asString), decimal(r, "amount"), text(r, "source"))));
    }

    private static LowValueRule lowValue(JsonNode n) {
        return new LowValueRule(period(n), decimal(n, "threshold"), list(n.path("exceptChapters"), JsonNode::asString),
                optText(n, "consignment"), label(n), optText(n, "legalReference"));
    }

    private static PenaltyRule penalty(JsonNode n) {
        return new PenaltyRule(text(n, "code"), label(n), text(n, "kind"), text(n, "trigger"), optDecimal(n, "amount"),
                optDecimal(n, "low"), optDecimal(n, "high"), optDecimal(n, "units"),
                n.has("maxDays") ? n.get("maxDays").asInt() : null, optText(n, "legalReference"), optText(n, "voluntaryDisclosure"),
                optDecimal(n, "legalMin"));
    }

    private static <T> List<Dated<T>> dated(JsonNode array, Function<JsonNode, T> value) {
        return list(array, n -> new Dated<>(period(n), value.apply(n), optText(n, "note")));
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> result = new ArrayList<>();
        if (array == null || array.isMissingNode() || array.isNull()) {
            return result;
        }
        for (JsonNode n : array.values()) {
            result.add(item.apply(n));
        }
        return result;
    }

    private static EffectivePeriod period(JsonNode n) {
        String from = optText(n, "from");
        String to = optText(n, "to");
        return new EffectivePeriod(from == null ? LocalDate.of(1900, 1, 1) : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    /** A text of the chain file in English ({@code field}) and Chinese ({@code fieldZhTw}); null when neither is given. */
    private static LocalizedText optLocalized(JsonNode n, String field) {
        String en = optText(n, field);
        String zh = optText(n, field + "ZhTw");
        return en == null && zh == null ? null : LocalizedText.of(zh, en);
    }

    private static LocalizedText label(JsonNode n) {
        return LocalizedText.of(optText(n, "zhTw"), optText(n, "en"));
    }

    private static String text(JsonNode n, String field) {
        String v = optText(n, field);
        if (v == null) {
            throw new InvalidValueException("taxes.chain.invalid", "missing '" + field + "'");
        }
        return v;
    }

    private static String optText(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static BigDecimal decimal(JsonNode n, String field) {
        return new BigDecimal(text(n, field));
    }

    private static BigDecimal optDecimal(JsonNode n, String field) {
        String v = optText(n, field);
        return v == null ? null : new BigDecimal(v);
    }
}
