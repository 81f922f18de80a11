package org.tradedesk.taxes.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.RegulationRef;
import org.tradedesk.shared.RoundingRule;
import org.tradedesk.shared.UnitOfMeasure;
import org.tradedesk.shared.duty.DutyContext;
import org.tradedesk.shared.duty.DutyExpression;
import org.tradedesk.taxes.domain.ChainDefinition;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.TaxResult.LineResult;
import org.tradedesk.taxes.TaxResult.TaxStep;
import org.tradedesk.taxes.documents.TaxDocument.Advice;
import org.tradedesk.taxes.documents.TaxDocument.DataVersion;
import org.tradedesk.taxes.documents.TaxDocument.InputColumn;
import org.tradedesk.taxes.documents.TaxDocument.Line;
import org.tradedesk.taxes.documents.TaxDocument.Option;
import org.tradedesk.taxes.documents.TaxDocument.Step;
import org.tradedesk.taxes.documents.TaxDocument.Term;
import org.tradedesk.taxes.documents.TaxDocument.Valuation;

/**
 * Turns the engine's results — one per option compared — into the documents' view model. A step
 * becomes a live formula only when the spreadsheet can rebuild it exactly: an ad valorem rate on a
 * base that is the sum the engine says it is, rounded by the step's rule and collected in full.
 * Anything else (a specific or compound duty, a threshold, an amount not collected below a
 * minimum) is shown as the engine's value with its expression, never as a formula that might
 * disagree with the calculation of record.
 */
final class TaxResultDocuments {

    static final String CUSTOMS_VALUE = "CUSTOMS_VALUE";
    static final String TRANSPORT_INSURANCE = "TRANSPORT_INSURANCE";
    static final String INVOICE_VALUE = "INVOICE_VALUE";
    static final String FREIGHT = "FREIGHT";
    static final String INSURANCE = "INSURANCE";
    static final String OTHER_COSTS = "OTHER_COSTS";
    private static final Pattern RATE_TEXT = Pattern.compile("^(\\d+(?:\\.\\d+)?) ([A-Z]{3}) per ([A-Z]{3})");

    /** One option compared: its code, name, what claiming it requires, and the engine's result with it. */
    record Scenario(String code, LocalizedText name, List<LocalizedText> requirements, TaxResult result) {
    }

    private TaxResultDocuments() {
    }

    static TaxDocument from(String reference, String clientName, Locale language, List<Scenario> scenarios,
            String recommended, Advice advice) {
        return from(reference, clientName, language, scenarios, recommended, advice, null);
    }

    /** With {@code valuation} (may be null), the worksheet derives the customs value from the invoice by formula. */
    static TaxDocument from(String reference, String clientName, Locale language, List<Scenario> scenarios,
            String recommended, Advice advice, Valuation valuation) {
        return from(reference, clientName, language, scenarios, recommended, advice, valuation, null);
    }

    /**
     * With {@code chain} (may be null) the worksheet also rebuilds what the chain adds to a rate: the
     * minimum below which a fee is not collected and the threshold a tax applies above (LCT).
     */
    static TaxDocument from(String reference, String clientName, Locale language, List<Scenario> scenarios,
            String recommended, Advice advice, Valuation valuation, ChainDefinition chain) {
        TaxResult first = scenarios.get(0).result();
        CurrencyCode currency = CurrencyCode.of(first.currency());
        int decimals = TaxDocuments.decimals(currency.value());
        List<InputColumn> inputs = new ArrayList<>();
        if (valuation != null) {
            int d = CurrencyCode.of(valuation.invoiceCurrency()).isoFractionDigits();
            // the currency in brackets of each language: 「發票價格（USD）」, "Invoice value (USD)" (review r-t1b 7)
            String c = valuation.invoiceCurrency();
            String local = currency.value();
            int cents = currency.isoFractionDigits();
            inputs.add(new InputColumn(INVOICE_VALUE, LocalizedText.of("發票價格（" + c + "）", "Invoice value (" + c + ")"), d));
            inputs.add(new InputColumn(FREIGHT, LocalizedText.of("分攤運費（" + local + "）", "Freight share (" + local + ")"), cents));
            inputs.add(new InputColumn(INSURANCE, LocalizedText.of("分攤保險費（" + local + "）", "Insurance share (" + local + ")"), cents));
            inputs.add(new InputColumn(OTHER_COSTS, LocalizedText.of("分攤其他費用（" + local + "）", "Other costs share (" + local + ")"), cents));
        }
        inputs.add(new InputColumn(CUSTOMS_VALUE, LocalizedText.of("完稅價格", "Customs value"), decimals));
        inputs.add(new InputColumn(TRANSPORT_INSURANCE, LocalizedText.of("運費及保險", "Transport and insurance"), decimals));
        if (valuation != null) {
            Set<UnitOfMeasure.Dimension> measured = EnumSet.noneOf(UnitOfMeasure.Dimension.class);
            valuation.lines().forEach(l -> measured.addAll(l.quantities().keySet()));
            if (valuation.lines().stream().anyMatch(l -> l.alcoholByVolume() != null)) {
                // the strength is an input of the sheet: the litres of alcohol are counted from it and the volume by formula
                inputs.add(new InputColumn(ALCOHOL_BY_VOLUME, LocalizedText.of("酒精濃度（%vol）", "Alcohol by volume (%vol)"), 2));
            }
            for (UnitOfMeasure.Dimension d : measured) {
                inputs.add(new InputColumn(quantityCode(d), QUANTITY_LABELS.get(d), 4,
                        d == UnitOfMeasure.Dimension.ALCOHOL && chain != null ? chain.alcohol().lalRounding() : null));
            }
        }
        List<Option> options = new ArrayList<>();
        for (Scenario s : scenarios) {
            options.add(option(s, valuation, chain, currency));
        }
        List<DataVersion> versions = new ArrayList<>();
        if (first.sources().isEmpty()) {
            // a result saved before the sources were recorded as values: read its texts
            first.dataVersions().forEach((k, v) -> versions.add(dataVersion(k, v, first.date())));
        } else {
            first.sources().forEach(source -> versions.add(dataVersion(source, first.currency())));
            // the draught rates and Small Producer Relief tables a line used are data versions with no source of their own
            first.dataVersions().forEach((k, v) -> {
                if (k.startsWith("draught.line") || k.startsWith("spr.line")) {
                    versions.add(dataVersion(k, v, first.date()));
                }
            });
        }
        return new TaxDocument(reference, clientName, language, first.jurisdiction(), first.date(), currency, decimals,
                inputs, options, recommended, versions, advice, TaxDocument.Letter.DRAFT, valuation, null);
    }

    private static final Pattern EFFECTIVE = Pattern.compile("effective (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern FROM_DATE = Pattern.compile("from (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)\\s*$");

    /**
     * One entry of the data versions of a result saved before its sources were recorded as values, in the columns the
     * documents print: the set it names ({@code chain}, {@code exchangeRate.USD}, {@code tariff.line1}) as the reader
     * reads it, the version as its message (a text the engine wrote in English then is printed as it was written) and the
     * date it is in force from (a figure with no date of its own is the one in force on the calculation date).
     */
    static DataVersion dataVersion(String key, MessageText text, LocalDate calculationDate) {
        String stored = storedText(text);
        LocalDate from = calculationDate;
        if (stored != null) {
            Matcher effective = EFFECTIVE.matcher(stored);
            if (effective.find()) {
                from = LocalDate.parse(effective.group(1));
            }
        } else if ("taxes.dataVersion.chain".equals(text.code()) && text.args().size() > 2) {
            from = LocalDate.parse(text.args().get(2).value());
        }
        MessageText label;
        MessageText source;
        if (key.equals("chain")) {
            String version = stored == null && text.args().size() > 1 ? text.args().get(1).value() : key;
            label = MessageText.of("taxes.documents.dataset.CHAIN", MessageText.Arg.literal(
                    stored == null && !text.args().isEmpty() ? text.args().get(0).value() : ""));
            source = MessageText.of("taxes.documents.source.chain", MessageText.Arg.literal(version));
        } else if (key.startsWith("exchangeRate.") && stored == null && "taxes.dataVersion.rate.request".equals(text.code())) {
            label = MessageText.of("taxes.documents.dataset.EXCHANGE_RATE", MessageText.Arg.literal(key.substring("exchangeRate.".length())));
            source = MessageText.of("taxes.documents.source.request");
        } else if (key.startsWith("exchangeRate.") && stored == null && "taxes.dataVersion.rate".equals(text.code())
                && text.args().size() > 1 && text.args().get(1).message() != null) {
            // a rate of a table: where it comes from and the day it is in force from, out of the message the text became
            label = MessageText.of("taxes.documents.dataset.EXCHANGE_RATE", MessageText.Arg.literal(key.substring("exchangeRate.".length())));
            MessageText where = text.args().get(1).message();
            MessageText publisher = where;
            if (("taxes.dataVersion.rate.from".equals(where.code()) || "taxes.dataVersion.rate.between".equals(where.code()))
                    && where.args().size() > 1 && where.args().get(0).message() != null) {
                publisher = where.args().get(0).message();
                from = LocalDate.parse(where.args().get(1).value());
            }
            source = MessageText.of("taxes.documents.source.publisher", MessageText.Arg.message(publisher));
        } else if (key.startsWith("exchangeRate.")) {
            label = MessageText.of("taxes.documents.dataset.EXCHANGE_RATE", MessageText.Arg.literal(key.substring("exchangeRate.".length())));
            Matcher parentheses = stored == null ? null : PARENTHESES.matcher(stored);
            String inside = parentheses != null && parentheses.find()
                    ? parentheses.group(1).replaceAll(",?\\s*effective \\d{4}-\\d{2}-\\d{2}( to \\d{4}-\\d{2}-\\d{2})?", "").strip() : "";
            source = inside.isEmpty() ? MessageText.of("taxes.text.asGiven", MessageText.Arg.literal("—"))
                    : MessageText.of("taxes.text.asGiven", MessageText.Arg.literal(inside));
        } else if ((key.startsWith("draught.line") || key.startsWith("spr.line")) && stored == null && text.args().size() > 2) {
            boolean draught = key.startsWith("draught.line");
            label = MessageText.of("taxes.documents.dataset." + (draught ? "DRAUGHT" : "SPR"),
                    MessageText.Arg.literal(key.substring((draught ? "draught.line" : "spr.line").length())));
            from = LocalDate.parse(text.args().get(1).value());
            source = MessageText.of("taxes.documents.source.chain", MessageText.Arg.literal(text.args().get(2).value()));
        } else if (key.startsWith("draught.line") || key.startsWith("spr.line")) {
            // a text in a form no longer read: named by its line all the same, the text printed as it was written
            boolean draught = key.startsWith("draught.line");
            label = MessageText.of("taxes.documents.dataset." + (draught ? "DRAUGHT" : "SPR"),
                    MessageText.Arg.literal(key.substring((draught ? "draught.line" : "spr.line").length())));
            Matcher since = stored == null ? null : FROM_DATE.matcher(stored);
            if (since != null && since.find()) {
                from = LocalDate.parse(since.group(1));
            }
            source = MessageText.of("taxes.text.asGiven", MessageText.Arg.literal("—"));
        } else if (key.startsWith("tariff.line")) {
            label = MessageText.of("taxes.documents.dataset.TARIFF_LINE", MessageText.Arg.literal(key.substring("tariff.line".length())));
            source = MessageText.of("taxes.documents.source.tariff");
        } else {
            label = MessageText.of("taxes.text.asGiven", MessageText.Arg.literal(key));
            source = MessageText.of("taxes.text.asGiven", MessageText.Arg.literal("—"));
        }
        return new DataVersion(LocalizedText.of(key, key), stored == null ? key : stored, from, null, label, source, text);
    }

    /**
     * The rate, its currency and the currency it is per of a rate saved before rates were recorded as values: from the
     * English text ("32.15 TWD per USD (…)") or from the {@code taxes.dataVersion.quote} the text was read into; null for
     * neither.
     */
    static String[] savedQuote(MessageText text) {
        String stored = storedText(text);
        if (stored != null) {
            Matcher m = RATE_TEXT.matcher(stored);
            return m.find() ? new String[] {m.group(1), m.group(2), m.group(3)} : null;
        }
        if (text == null || text.args().isEmpty()
                || !("taxes.dataVersion.rate".equals(text.code()) || "taxes.dataVersion.rate.request".equals(text.code()))) {
            return null;
        }
        MessageText quote = text.args().get(0).message();
        if (quote == null || !"taxes.dataVersion.quote".equals(quote.code()) || quote.args().size() < 3) {
            return null;
        }
        return new String[] {quote.args().get(0).value(), quote.args().get(1).value(), quote.args().get(2).value()};
    }

    /** The text of a message that prints a stored text as it was written ({@code taxes.text.asGiven}); null for any other. */
    static String storedText(MessageText text) {
        return text != null && "taxes.text.asGiven".equals(text.code()) && !text.args().isEmpty() ? text.args().get(0).value() : null;
    }

    /**
     * One data source of the result as the documents print it: its name and where it comes from as messages
     * in the reader's language, the version (a rate as "1 USD = 32.15 TWD", the same in both languages)
     * and the date it is in force from (a figure given in the request: the calculation date).
     */
    static DataVersion dataVersion(TaxResult.DataSource source, String localCurrency) {
        String kind = source.kind();
        String version;
        MessageText from;
        if (TaxResult.DataSource.EXCHANGE_RATE.equals(kind)) {
            boolean localPerForeign = !"FOREIGN_PER_LOCAL".equals(source.quotation());
            String rate = source.rate() == null ? "" : source.rate().stripTrailingZeros().toPlainString();
            version = localPerForeign ? "1 " + source.subject() + " = " + rate + " " + localCurrency
                    : "1 " + localCurrency + " = " + rate + " " + source.subject();
            from = source.fromRequest() ? MessageText.of("taxes.documents.source.request")
                    : MessageText.of("taxes.documents.source.publisher", MessageText.Arg.message(source.publisherMessage()));
        } else if (TaxResult.DataSource.CHAIN.equals(kind)) {
            version = source.version();
            from = MessageText.of("taxes.documents.source.chain", MessageText.Arg.literal(source.version()));
        } else if (TaxResult.DataSource.THRESHOLD.equals(kind)) {
            // the threshold a line was charged over, said in the versionText (節能車門檻 A$91,387…), published by the ATO (t1fixH 4)
            version = source.rate() == null ? "" : source.rate().toPlainString();
            from = source.publisherMessage();
        } else {
            version = source.version();
            from = MessageText.of("taxes.documents.source.tariff");
        }
        return new DataVersion(LocalizedText.of(kind, kind), version == null || version.isBlank() ? "—" : version,
                source.effectiveFrom(), null, MessageText.of("taxes.documents.dataset." + kind, MessageText.Arg.literal(source.subject())),
                from, source.versionText());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Option option(Scenario scenario, Valuation valuation, ChainDefinition chain, CurrencyCode local) {
        TaxResult r = scenario.result();
        List<Line> lines = new ArrayList<>();
        Set<String> lineColumns = new LinkedHashSet<>(List.of(CUSTOMS_VALUE, TRANSPORT_INSURANCE));
        Map<String, BigDecimal> lineSums = new HashMap<>();
        for (LineResult line : r.lines()) {
            Map<String, BigDecimal> values = new HashMap<>();
            values.put(CUSTOMS_VALUE, nz(line.customsValue()));
            values.put(TRANSPORT_INSURANCE, nz(line.transportAndInsurance()));
            List<Step> steps = new ArrayList<>();
            Valuation.LineValue lineValue = valuation == null ? null : valuation.lines().get(line.line() - 1);
            Map<UnitOfMeasure.Dimension, BigDecimal> quantities = lineValue == null ? Map.of() : lineValue.quantities();
            for (TaxStep s : r.steps()) {
                if (s.line() != null && s.line() == line.line()) {
                    steps.add(step(s, values, quantities, rules(chain, s.code(), r.date(), lineValue != null && lineValue.fuelEfficient()),
                            local));
                    if (s.collected()) {
                        values.put(s.code(), s.amount());
                    }
                    lineColumns.add(s.code());
                }
            }
            values.forEach((k, v) -> lineSums.merge(k, v, BigDecimal::add));
            Map<String, BigDecimal> inputs = new HashMap<>(Map.of(CUSTOMS_VALUE, values.get(CUSTOMS_VALUE),
                    TRANSPORT_INSURANCE, values.get(TRANSPORT_INSURANCE)));
            if (valuation != null) {
                Valuation.LineValue v = valuation.lines().get(line.line() - 1);
                inputs.put(INVOICE_VALUE, v.value());
                inputs.put(FREIGHT, v.freight());
                inputs.put(INSURANCE, v.insurance());
                inputs.put(OTHER_COSTS, v.otherCosts());
                v.quantities().forEach((d, q) -> inputs.put(quantityCode(d), q));
                if (v.alcoholByVolume() != null) {
                    inputs.put(ALCOHOL_BY_VOLUME, v.alcoholByVolume());
                }
            }
            lines.add(new Line(line.line(), line.description(), line.tariffCode(), line.origin(), inputs, steps));
        }
        List<Step> shipment = new ArrayList<>();
        Map<String, BigDecimal> shipmentValues = new HashMap<>(lineSums);
        for (TaxStep s : r.steps()) {
            if (s.line() == null) {
                if ("LOW_VALUE".equals(s.code())) {
                    // the threshold as a figure, so the worksheet tests the lines' customs value against it by formula
                    BigDecimal threshold = chain == null ? null
                            : chain.lowValueRule(r.date()).map(ChainDefinition.LowValueRule::threshold).orElse(null);
                    shipment.add(new Step(s.code(), s.label(), List.of(), null, BigDecimal.ZERO, false, s.rate(), RoundingRule.NONE,
                            null, false, false, s.base(), s.amount(), reference(s.legalReference()), null, threshold, null, null));
                    continue;
                }
                shipment.add(step(s, shipmentValues, Map.of(), rules(chain, s.code(), r.date(), false), local));
                if (s.collected()) {
                    shipmentValues.put(s.code(), s.amount());
                }
            }
        }
        return new Option(scenario.code(), scenario.name(), scenario.requirements(), lines, shipment, r.total());
    }

    /** What the chain adds to a step's rate: a minimum not collected, a threshold and the factor on the excess. */
    private record StepRules(BigDecimal notCollectedAtOrBelow, BigDecimal threshold, BigDecimal factorNumerator,
            BigDecimal factorDenominator, boolean thresholdToConfirm) {
        static final StepRules NONE = new StepRules(null, null, null, null, false);
    }

    private static StepRules rules(ChainDefinition chain, String code, LocalDate date, boolean fuelEfficient) {
        if (chain == null) {
            return StepRules.NONE;
        }
        for (ChainDefinition.StepDefinition def : chain.steps()) {
            if (def.code().equals(code)) {
                BigDecimal threshold = ChainDefinition.Dated.on(def.thresholds(), date).map(t -> fuelEfficient
                        && t.value().fuelEfficientAmount() != null ? t.value().fuelEfficientAmount() : t.value().amount()).orElse(null);
                // a threshold the chain repeats until the year's is published says so in the letter and worksheet too (t1fixD 7)
                boolean toConfirm = ChainDefinition.Dated.on(def.thresholds(), date).map(t -> t.value().toConfirm()).orElse(false);
                return new StepRules(def.notCollectedAtOrBelow(), threshold, def.factorNumerator(), def.factorDenominator(), toConfirm);
            }
        }
        return StepRules.NONE;
    }

    /**
     * One engine step; {@code values} holds the figures its base may add (inputs and earlier collected
     * steps), {@code quantities} what a specific rate may be charged on. The step is rebuilt by formula
     * when the document's own reading of it — the base added up from its terms, the rate's expression on
     * the line's quantities, the chain's threshold, rounding and minimum — lands exactly on the engine's
     * amount; otherwise the worksheet shows the engine's figure, so it never disagrees with the calculation
     * of record.
     */
    private static Step step(TaxStep s, Map<String, BigDecimal> values, Map<UnitOfMeasure.Dimension, BigDecimal> quantities,
            StepRules rules, CurrencyCode local) {
        List<Term> terms = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (String code : s.baseFormula() == null ? new String[0] : s.baseFormula().split("\\s*\\+\\s*")) {
            String c = code.trim();
            if (!c.isEmpty() && values.containsKey(c)) {
                terms.add(Term.plus(c));
                sum = sum.add(values.get(c));
            }
        }
        RoundingRule rounding = RoundingRule.parse(s.rounding());
        DutyExpression expression = expression(s.rate());
        boolean adValorem = expression instanceof DutyExpression.AdValorem;
        BigDecimal rate = adValorem ? ((DutyExpression.AdValorem) expression).fraction() : BigDecimal.ZERO;
        boolean baseAgrees = s.base() != null && sum.compareTo(s.base()) == 0;
        boolean exact = expression != null && baseAgrees && (!terms.isEmpty() || expression instanceof DutyExpression.Specific)
                && WorksheetFormulas.writable(expression, local, quantities.keySet())
                && s.amount().compareTo(recomputed(expression, sum, quantities, rules, rounding, local)) == 0;
        return new Step(s.code(), s.label(), terms, null, rate, adValorem, s.rate(), rounding, rules.notCollectedAtOrBelow(),
                s.collected(), exact, s.base(), s.amount(), reference(s.legalReference()), adValorem ? null : expression,
                rules.threshold(), rules.factorNumerator(), rules.factorDenominator(), Boolean.TRUE.equals(s.roundingToConfirm()),
                rules.thresholdToConfirm());
    }

    /** The engine's canonical rate text read back as the expression it printed, or null when it is none (a low-value test). */
    private static DutyExpression expression(String rate) {
        if (rate == null || rate.isBlank()) {
            return null;
        }
        try {
            return DutyExpression.parse(rate);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The amount as the worksheet's formula computes it, in exact decimals: what it must agree with. */
    private static BigDecimal recomputed(DutyExpression expression, BigDecimal base, Map<UnitOfMeasure.Dimension, BigDecimal> quantities,
            StepRules rules, RoundingRule rounding, CurrencyCode local) {
        BigDecimal taxable = base;
        if (rules.threshold() != null) {
            if (base.compareTo(rules.threshold()) <= 0) {
                return BigDecimal.ZERO;
            }
            taxable = base.subtract(rules.threshold()).multiply(rules.factorNumerator())
                    .divide(rules.factorDenominator(), MathContext.DECIMAL128);
        }
        BigDecimal amount;
        try {
            amount = rounding.apply(expression.evaluate(new DutyContext(local, taxable, quantities, null, null, null, Map.of(), Map.of()))
                    .amount());
        } catch (RuntimeException e) {
            return null;
        }
        if (rules.notCollectedAtOrBelow() != null && amount.compareTo(rules.notCollectedAtOrBelow()) <= 0) {
            return BigDecimal.ZERO;
        }
        return amount;
    }

    /**
     * How the engine valued the request's lines, for the worksheet to rebuild: each line's price (invoice
     * currency), its shares of the shipment costs as the engine allocated them (local currency, recorded
     * on the result's lines), whether the Incoterm's price includes freight and insurance, and the rate
     * the engine used (given in the request, else the table's, as the result records it). Null when the
     * rate or the shares cannot be read back (a result saved before the shares were recorded): the
     * worksheet then shows the customs values as figures.
     */
    static Valuation valuation(TaxRequest request, TaxResult result, boolean cif) {
        BigDecimal rate;
        boolean foreignPerLocal;
        if (request.currency().equals(result.currency())) {
            rate = BigDecimal.ONE;
            foreignPerLocal = false;
        } else if (request.exchangeRate() != null) {
            rate = request.exchangeRate();
            foreignPerLocal = false;
        } else if (request.foreignPerLocalRate() != null) {
            rate = request.foreignPerLocalRate();
            foreignPerLocal = true;
        } else if (recordedRate(result, request.currency()) != null) {
            TaxResult.DataSource recorded = recordedRate(result, request.currency());
            rate = recorded.rate();
            foreignPerLocal = "FOREIGN_PER_LOCAL".equals(recorded.quotation());
        } else {
            // a result saved before its rate was recorded as a value: read the rate back from its text
            String[] quote = savedQuote(result.dataVersions().get("exchangeRate." + request.currency()));
            if (quote == null) {
                return null;
            }
            rate = new BigDecimal(quote[0]);
            foreignPerLocal = !quote[1].equals(result.currency());
        }
        List<TaxRequestLine> lines = request.lines();
        List<Valuation.LineValue> values = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TaxResult.LineResult valued = result.lines().get(i);
            if (valued.freightShare() == null || valued.insuranceShare() == null || valued.otherCostsShare() == null) {
                return null;
            }
            TaxRequestLine line = lines.get(i);
            BigDecimal abv = countedFromStrength(line, valued) ? line.alcoholByVolume() : null;
            values.add(new Valuation.LineValue(line.value(), valued.freightShare(), valued.insuranceShare(),
                    valued.otherCostsShare(), quantities(line, valued), Boolean.TRUE.equals(line.fuelEfficient()), abv));
        }
        return new Valuation(request.currency(), rate, foreignPerLocal, cif, request.incoterm().includesMainCarriage(),
                request.incoterm().includesInsurance(), values, new Valuation.ShipmentCosts(nz(request.freight()), nz(request.insurance()),
                        nz(request.otherCosts()), request.allocation() == TaxRequest.AllocationBasis.VALUE),
                result.customsValueRounding());
    }

    /**
     * Whether the engine counted the line's litres of alcohol from its volume and strength (TaxEngine.context), not
     * from a quantity given in litres of alcohol.
     */
    private static boolean countedFromStrength(TaxRequestLine line, TaxResult.LineResult valued) {
        if (line.litres() == null || line.alcoholByVolume() == null || valued.litresOfAlcohol() == null) {
            return false;
        }
        try {
            return line.quantity() == null || line.unit() == null
                    || UnitOfMeasure.parse(line.unit()).dimension() != UnitOfMeasure.Dimension.ALCOHOL;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The rate the result records for {@code currency}, or null. */
    private static TaxResult.DataSource recordedRate(TaxResult result, String currency) {
        return result.sources().stream().filter(d -> TaxResult.DataSource.EXCHANGE_RATE.equals(d.kind())
                && currency.equals(d.subject()) && d.rate() != null).findFirst().orElse(null);
    }

    /**
     * The quantities of a line as the engine charges specific rates on them (TaxEngine.context): the
     * quantity in its unit, the net mass and the litres given explicitly winning over it, and the litres
     * of alcohol the engine counted (after the ABV threshold and rounding the chain applies to them).
     */
    static Map<UnitOfMeasure.Dimension, BigDecimal> quantities(TaxRequestLine line, TaxResult.LineResult valued) {
        Map<UnitOfMeasure.Dimension, BigDecimal> q = new EnumMap<>(UnitOfMeasure.Dimension.class);
        if (line.quantity() != null) {
            try {
                UnitOfMeasure unit = line.unit() == null ? UnitOfMeasure.PIECE : UnitOfMeasure.parse(line.unit());
                q.put(unit.dimension(), line.quantity().multiply(unit.toBase()));
            } catch (RuntimeException e) {
                // a unit the engine could not read has failed the calculation already; nothing to rebuild on
            }
        }
        if (line.netMassKg() != null) {
            q.put(UnitOfMeasure.Dimension.MASS, line.netMassKg());
        }
        if (line.litres() != null) {
            q.put(UnitOfMeasure.Dimension.VOLUME, line.litres());
        }
        if (valued.litresOfAlcohol() != null) {
            q.put(UnitOfMeasure.Dimension.ALCOHOL, valued.litresOfAlcohol());
        }
        return q;
    }

    /** The input column of a line's strength (%vol). */
    static final String ALCOHOL_BY_VOLUME = "ALCOHOL_BY_VOLUME";

    static String quantityCode(UnitOfMeasure.Dimension dimension) {
        return "QUANTITY_" + dimension.name();
    }

    /*
     * Each column holds the lines' quantities in their dimension's base unit (quantities(): the line's quantity × its
     * unit's toBase), and each cell says its unit after the figure as the tariff names it (taxes.rate.unit.*: PIECE 個,
     * KG 公斤: WorksheetXlsxWriter.quantityFormat). The count column is headed 數量 only: 數量（個） was read as the unit of
     * every line, whatever a line was counted in (t1fixH 2); the other columns are headed by the one unit they are in.
     */
    private static final Map<UnitOfMeasure.Dimension, LocalizedText> QUANTITY_LABELS = Map.of(
            UnitOfMeasure.Dimension.MASS, LocalizedText.of("淨重（kg）", "Net mass (kg)"),
            UnitOfMeasure.Dimension.VOLUME, LocalizedText.of("容量（L）", "Volume (L)"),
            UnitOfMeasure.Dimension.ALCOHOL, LocalizedText.of("純酒精公升（LAL）", "Litres of alcohol (LAL)"),
            UnitOfMeasure.Dimension.COUNT, LocalizedText.of("數量", "Quantity"),
            UnitOfMeasure.Dimension.PAIRS, LocalizedText.of("數量（雙）", "Quantity (pairs)"),
            UnitOfMeasure.Dimension.LENGTH, LocalizedText.of("長度（m）", "Length (m)"),
            UnitOfMeasure.Dimension.AREA, LocalizedText.of("面積（m²）", "Area (m²)"));

    private static RegulationRef reference(String text) {
        return text == null || text.isBlank() ? null : RegulationRef.of(text);
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
