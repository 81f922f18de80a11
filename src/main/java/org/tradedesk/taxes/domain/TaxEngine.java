package org.tradedesk.taxes.domain;

import static org.tradedesk.shared.duty.DutyEvaluation.show;
import static org.tradedesk.shared.duty.DutyEvaluation.shown;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.EffectivePeriod;
import org.tradedesk.shared.HsCode;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.shared.InvalidValueException;
import org.tradedesk.shared.RoundingRule;
import org.tradedesk.shared.UnitOfMeasure;
import org.tradedesk.shared.duty.DutyContext;
import org.tradedesk.shared.duty.DutyContextIncomplete;
import org.tradedesk.shared.duty.DutyEvaluation;
import org.tradedesk.shared.duty.DutyExpression;
import org.tradedesk.shared.duty.DutyExpressionInvalid;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.TaxResult.DutyOption;
import org.tradedesk.taxes.TaxResult.LineResult;
import org.tradedesk.taxes.TaxResult.TaxStep;
import org.tradedesk.taxes.TaxResult.TaxTotal;
import org.tradedesk.taxes.domain.ChainDefinition.Dated;
import org.tradedesk.taxes.domain.ChainDefinition.Level;
import org.tradedesk.taxes.domain.ChainDefinition.LowValueRule;
import org.tradedesk.taxes.domain.ChainDefinition.StepDefinition;
import org.tradedesk.taxes.domain.ChainDefinition.Threshold;
import org.tradedesk.taxes.domain.ChainDefinition.ValuationBasis;

/**
 * Values an invoice and runs a jurisdiction's chain over it. Everything country-specific comes
 * from the {@link ChainDefinition}; the same request with the same data gives the same result.
 * Amounts are exact until the step where the chain rounds them; the rounded amount is what later
 * bases add up, as customs assessments do.
 */
public final class TaxEngine {

    public static final String GENERAL = "GENERAL";
    private static final String DUTY_KEY = "duty";
    private static final int CACHE_LIMIT = 10_000;
    /** Cents: the unit a declaration states a line's share of the shipment costs in (see {@link #allocate}). */
    private static final int ALLOCATION_SCALE = 2;

    private final ExchangeRateTable rates;
    private final TariffMeasureSource tariff;
    private final Map<String, DutyExpression> parsed = new ConcurrentHashMap<>();

    /** {@code tariff} may be null while no tariff catalogue is connected: lines then carry their measures. */
    public TaxEngine(ExchangeRateTable rates, TariffMeasureSource tariff) {
        this.rates = rates == null ? ExchangeRateTable.EMPTY : rates;
        this.tariff = tariff;
    }

    public TaxResult calculate(TaxRequest request, ChainDefinition chain) {
        if (!chain.period().contains(request.date())) {
            throw TaxInputInvalid.field("date", "the " + chain.jurisdiction() + " chain " + chain.version()
                    + " is not in force on " + request.date());
        }
        Run main = run(request, chain);
        List<DutyOption> options = options(request, chain, main);
        return new TaxResult(chain.jurisdiction(), request.date(), chain.currency().value(), main.customsValue,
                main.transportAndInsurance, main.lines, main.totals, main.total,
                chain.displayRounding().apply(main.total), options, main.steps, main.dataVersions, main.notes, main.sources);
    }

    // ---------------------------------------------------------------- one run of the chain

    private static final class Run {
        BigDecimal customsValue = BigDecimal.ZERO;
        BigDecimal transportAndInsurance = BigDecimal.ZERO;
        final List<LineResult> lines = new ArrayList<>();
        final List<TaxTotal> totals = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        final List<TaxStep> steps = new ArrayList<>();
        final Map<String, String> dataVersions = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();
        /** The data versions again, as values for documents (TaxResult.DataSource). */
        final List<TaxResult.DataSource> sources = new ArrayList<>();
        final List<List<Candidate>> candidates = new ArrayList<>();
        // a step's dated rate and its description are the same for every line of the run: look them up once
        private final Map<StepDefinition, Optional<Dated<String>>> rates = new java.util.IdentityHashMap<>();
        private final Map<StepDefinition, String> rateSources = new java.util.IdentityHashMap<>();

        Dated<String> rateOn(StepDefinition step, LocalDate date) {
            return rates.computeIfAbsent(step, s -> Dated.on(s.rates(), date)).orElse(null);
        }

        String rateSource(StepDefinition step, Dated<String> rate, ChainDefinition chain) {
            return rateSources.computeIfAbsent(step, s -> "chain " + chain.version() + " rate effective " + rate.period().from());
        }
    }

    private record Candidate(String scheme, String label, String duty, String requires) {
    }

    private record Valued(BigDecimal customsValue, BigDecimal transportAndInsurance, BigDecimal freight, BigDecimal insurance,
            BigDecimal otherCosts) {
    }

    private Run run(TaxRequest request, ChainDefinition chain) {
        Run run = new Run();
        LocalDate date = request.date();
        CurrencyCode local = chain.currency();
        CurrencyCode invoiceCurrency = currency(request.currency(), "currency");
        run.dataVersions.put("chain", chain.jurisdiction() + " " + chain.version() + " (effective " + chain.period().from() + ")");
        run.sources.add(new TaxResult.DataSource(TaxResult.DataSource.CHAIN, chain.jurisdiction(), chain.version(),
                chain.period().from(), chain.period().to(), null, null, null, false));

        ExchangeRate invoiceRate = invoiceRate(request, chain, invoiceCurrency, run);
        Map<CurrencyCode, BigDecimal> fx = new HashMap<>();
        request.exchangeRates().forEach((code, rate) -> {
            fx.put(currency(code, "exchangeRates." + code), rate);
            run.dataVersions.put("exchangeRate." + code, rate.toPlainString() + " " + local + " per " + code + " (given in the request)");
            run.sources.add(new TaxResult.DataSource(TaxResult.DataSource.EXCHANGE_RATE, code, null, request.date(), request.date(),
                    null, rate, ExchangeRate.Quotation.LOCAL_PER_FOREIGN.name(), true));
        });
        if (invoiceRate != null) {
            fx.putIfAbsent(invoiceCurrency, invoiceRate.localPerForeign());
        }
        incotermNotes(request.incoterm(), run.notes);
        cifNote(request, chain, run.notes);

        List<TaxRequestLine> lines = request.lines();
        int n = lines.size();
        List<Valued> valued = value(request, chain, invoiceRate, run);

        // low-value (de minimis) rule: shown as a step whenever the jurisdiction has one for the date
        Optional<LowValueRule> lowRule = chain.lowValueRule(date)
                .filter(r -> r.consignment() == null || r.consignment().equals(request.consignment().name()));
        boolean lowValue = lowRule.isPresent() && run.customsValue.compareTo(lowRule.get().threshold()) <= 0;
        String[] digits = new String[n];
        boolean[] lineLow = new boolean[n];
        for (int i = 0; i < n; i++) {
            digits[i] = tariffDigits(lines.get(i), i);
            lineLow[i] = lowValue && !lowRule.get().excepts(digits[i]);
        }
        lowRule.ifPresent(rule -> run.steps.add(lowValueStep(rule, run.customsValue, lowValue, chain)));

        List<Map<String, BigDecimal>> lineValues = new ArrayList<>(n);
        List<Map<String, BigDecimal>> lineTaxes = new ArrayList<>(n);
        BigDecimal[] lal = new BigDecimal[n];
        String[] schemes = new String[n];
        for (int i = 0; i < n; i++) {
            TaxRequestLine line = lines.get(i);
            Map<String, BigDecimal> values = new HashMap<>();
            values.put(ChainDefinition.CUSTOMS_VALUE, valued.get(i).customsValue());
            values.put(ChainDefinition.TRANSPORT_INSURANCE,
                    chain.valuationBasis() == ValuationBasis.FOB ? valued.get(i).transportAndInsurance() : BigDecimal.ZERO);
            Map<String, BigDecimal> taxes = new LinkedHashMap<>();
            Measures measures = measures(request, chain, line, i, digits[i], run);
            schemes[i] = measures.scheme;
            DutyContext context = context(line, i, chain, digits[i], local, fx);
            if (context.quantity(UnitOfMeasure.Dimension.ALCOHOL) != null) {
                lal[i] = context.litresOfAlcohol();
            }
            for (StepDefinition step : chain.steps()) {
                if (step.level() != Level.LINE
                        || (step.onlyWhenLowValue() && !lineLow[i])
                        || (step.lowValueExempt() && lineLow[i])) {
                    continue;
                }
                lineStep(step, i, line, digits[i], measures, values, taxes, context, chain, date, run);
            }
            lineValues.add(values);
            lineTaxes.add(taxes);
        }

        Map<String, BigDecimal> shipmentTaxes = new LinkedHashMap<>();
        for (StepDefinition step : chain.steps()) {
            if (step.level() == Level.SHIPMENT) {
                shipmentStep(step, lineValues, lineLow, shipmentTaxes, chain, date, local, fx, run);
            }
        }

        for (int i = 0; i < n; i++) {
            TaxRequestLine line = lines.get(i);
            BigDecimal lineTotal = BigDecimal.ZERO;
            for (StepDefinition step : chain.steps()) {
                BigDecimal a = lineTaxes.get(i).get(step.code());
                if (a != null && step.collected()) {
                    lineTotal = lineTotal.add(a);
                }
            }
            run.lines.add(new LineResult(i + 1, line.description(), digits[i], line.origin(), schemes[i],
                    valued.get(i).customsValue(), valued.get(i).transportAndInsurance(), lal[i], lineLow[i],
                    java.util.Collections.unmodifiableMap(lineTaxes.get(i)), lineTotal,
                    valued.get(i).freight(), valued.get(i).insurance(), valued.get(i).otherCosts()));
        }
        totals(chain, run, shipmentTaxes);
        warnings(run);
        return run;
    }

    // ---------------------------------------------------------------- valuation

    private ExchangeRate invoiceRate(TaxRequest request, ChainDefinition chain, CurrencyCode invoiceCurrency, Run run) {
        CurrencyCode local = chain.currency();
        if (invoiceCurrency.equals(local)) {
            return null;
        }
        EffectivePeriod day = new EffectivePeriod(request.date(), request.date());
        ExchangeRate rate;
        if (request.exchangeRate() != null) {
            rate = new ExchangeRate(chain.jurisdiction(), invoiceCurrency, local, request.exchangeRate(),
                    ExchangeRate.Quotation.LOCAL_PER_FOREIGN, day, "given in the request");
        } else if (request.foreignPerLocalRate() != null) {
            rate = new ExchangeRate(chain.jurisdiction(), invoiceCurrency, local, request.foreignPerLocalRate(),
                    ExchangeRate.Quotation.FOREIGN_PER_LOCAL, day, "given in the request");
        } else {
            rate = rates.find(chain.jurisdiction(), invoiceCurrency, request.date())
                    .orElseThrow(() -> TaxInputInvalid.exchangeRateMissing(invoiceCurrency.value(), chain.jurisdiction(), request.date()));
        }
        run.dataVersions.put("exchangeRate." + invoiceCurrency, rate.describe());
        boolean given = request.exchangeRate() != null || request.foreignPerLocalRate() != null;
        run.sources.add(new TaxResult.DataSource(TaxResult.DataSource.EXCHANGE_RATE, invoiceCurrency.value(), null,
                rate.period().from(), rate.period().to(), given ? null : rate.source(), rate.rate(), rate.quotation().name(), given));
        return rate;
    }

    /**
     * Customs value and transport of each line in the local currency. The shipment's freight, insurance
     * and other costs are converted first and then shared out, so a line's share is a local amount a
     * declaration can state (see {@link #allocate}); sharing foreign amounts and converting the shares
     * would carry a 10-decimal division into every later base (1675.24999999995 instead of 1675.25).
     */
    private List<Valued> value(TaxRequest request, ChainDefinition chain, ExchangeRate rate, Run run) {
        List<TaxRequestLine> lines = request.lines();
        int n = lines.size();
        BigDecimal[] freight = allocate(request, inCents(toLocal(nz(request.freight()), rate)), "freight");
        BigDecimal[] insurance = allocate(request, inCents(toLocal(nz(request.insurance()), rate)), "insurance");
        BigDecimal[] other = allocate(request, inCents(toLocal(nz(request.otherCosts()), rate)), "otherCosts");
        Incoterm incoterm = request.incoterm();
        List<Valued> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BigDecimal price = lines.get(i).value();
            BigDecimal fob = toLocal(price, rate);
            if (incoterm.includesMainCarriage()) {
                fob = fob.subtract(freight[i]);
            }
            if (incoterm.includesInsurance()) {
                fob = fob.subtract(insurance[i]);
            }
            if (fob.signum() < 0) {
                throw TaxInputInvalid.field("lines[" + i + "].value", "the price " + price.toPlainString()
                        + " is smaller than its share of the freight and insurance an " + incoterm + " price includes");
            }
            BigDecimal ti = freight[i].add(insurance[i]);
            BigDecimal cv = chain.valuationBasis() == ValuationBasis.CIF ? fob.add(ti).add(other[i]) : fob.add(other[i]);
            run.customsValue = run.customsValue.add(cv);
            run.transportAndInsurance = run.transportAndInsurance.add(ti);
            result.add(new Valued(cv, ti, freight[i], insurance[i], other[i]));
        }
        return result;
    }

    /**
     * Spreads a shipment cost (already in the local currency) over the lines by the chosen basis.
     * A customs declaration states each line's values in cents, so a share that does not come out
     * exact to the cent is rounded half up to the cent and the last line takes the remainder: the
     * shares add up exactly to the cost. A share that is exact to the cent is unchanged by this.
     */
    private static BigDecimal[] allocate(TaxRequest request, BigDecimal cost, String field) {
        List<TaxRequestLine> lines = request.lines();
        int n = lines.size();
        BigDecimal[] parts = new BigDecimal[n];
        if (cost.signum() == 0) {
            java.util.Arrays.fill(parts, BigDecimal.ZERO);
            return parts;
        }
        if (n == 1) {
            parts[0] = cost;
            return parts;
        }
        BigDecimal[] weights = new BigDecimal[n];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            TaxRequestLine line = lines.get(i);
            BigDecimal w = switch (request.allocation()) {
                case VALUE -> line.value();
                case WEIGHT -> line.netMassKg();
                case QUANTITY -> line.quantity();
            };
            if (w == null) {
                throw TaxInputInvalid.field("lines[" + i + "]." + (request.allocation() == TaxRequest.AllocationBasis.WEIGHT ? "netMassKg" : "quantity"),
                        "needed to allocate " + field + " by " + request.allocation().name().toLowerCase(java.util.Locale.ROOT));
            }
            weights[i] = w;
            sum = sum.add(w);
        }
        if (sum.signum() == 0) {
            throw TaxInputInvalid.field("allocation", "the lines' " + request.allocation().name().toLowerCase(java.util.Locale.ROOT)
                    + " adds up to zero, so " + field + " cannot be allocated by it");
        }
        BigDecimal allocated = BigDecimal.ZERO;
        for (int i = 0; i < n - 1; i++) {
            parts[i] = cost.multiply(weights[i]).divide(sum, ALLOCATION_SCALE, java.math.RoundingMode.HALF_UP);
            allocated = allocated.add(parts[i]);
        }
        parts[n - 1] = cost.subtract(allocated);
        return parts;
    }

    /**
     * A converted shipment cost as the declaration states it: in cents, half up (US$34.19 at 1.5 is
     * A$51.285 → 51.29), so that every line's share, the last one's remainder included, is in cents.
     * A cost already in cents is unchanged.
     */
    private static BigDecimal inCents(BigDecimal amount) {
        return amount.scale() <= ALLOCATION_SCALE ? amount : amount.setScale(ALLOCATION_SCALE, java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal toLocal(BigDecimal amount, ExchangeRate rate) {
        return rate == null ? amount : rate.toLocal(amount);
    }

    private static void incotermNotes(Incoterm incoterm, List<String> notes) {
        if (incoterm == Incoterm.DDP) {
            notes.add("DDP: the price includes the import duties and taxes; enter the price net of them, they are not deducted here.");
        }
        if (incoterm == Incoterm.EXW || incoterm == Incoterm.FCA) {
            notes.add(incoterm + ": costs to bring the goods to the port of export are not in the price; add them as otherCosts.");
        }
    }

    /** Incoterms whose price stops short of the port of import: a CIF valuation must add to it. */
    private static final Set<Incoterm> BEFORE_MAIN_CARRIAGE_OR_INSURANCE =
            java.util.EnumSet.of(Incoterm.EXW, Incoterm.FCA, Incoterm.FAS, Incoterm.FOB, Incoterm.CFR, Incoterm.CPT);

    /**
     * A CIF basis (Taiwan 關稅法 §29: 完稅價格 includes the freight and insurance to the port of import)
     * needs the costs an E, F or CFR/CPT price leaves out. Without them the customs value is the bare
     * price and every tax on it is understated; no statutory default is assumed, the note asks for them.
     */
    private static void cifNote(TaxRequest request, ChainDefinition chain, List<String> notes) {
        Incoterm incoterm = request.incoterm();
        if (chain.valuationBasis() != ValuationBasis.CIF || !BEFORE_MAIN_CARRIAGE_OR_INSURANCE.contains(incoterm)) {
            return;
        }
        boolean noFreight = !incoterm.includesMainCarriage() && nz(request.freight()).signum() == 0;
        boolean noInsurance = !incoterm.includesInsurance() && nz(request.insurance()).signum() == 0;
        if (!noFreight && !noInsurance) {
            return;
        }
        String missing = noFreight && noInsurance ? "freight and insurance" : noFreight ? "freight" : "insurance";
        String missingZh = noFreight && noInsurance ? "運費及保險費" : noFreight ? "運費" : "保險費";
        notes.add("Risk: the customs value lacks the " + missing + " that the " + chain.jurisdiction()
                + " CIF basis needs — an " + incoterm + " price without " + (noFreight && noInsurance ? "them" : "it")
                + " is taxed on the bare price, so the duties and taxes are understated; give the " + missing
                + " to the port of import. 完稅價格未含" + missingZh + "（" + chain.jurisdiction() + " 以起岸價格 CIF 核估），稅額偏低，請補列"
                + missingZh + "。");
    }

    // ---------------------------------------------------------------- measures and options

    private static final class Measures {
        final Map<String, String> texts = new HashMap<>();
        final Map<String, String> sources = new HashMap<>();
        String scheme = GENERAL;
    }

    private Measures measures(TaxRequest request, ChainDefinition chain, TaxRequestLine line, int i, String digits, Run run) {
        Measures m = new Measures();
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(new Candidate(GENERAL, "General (MFN) rate", null, "nothing"));
        if (tariff != null && digits != null) {
            CountryCode origin = line.origin() == null ? null : CountryCode.of(line.origin());
            tariff.find(chain.jurisdiction(), HsCode.of(digits), origin, request.date()).ifPresent(found -> {
                found.measures().forEach((k, v) -> {
                    m.texts.put(k, v);
                    m.sources.put(k, "tariff catalogue " + found.reference());
                });
                found.options().forEach(o -> candidates.add(new Candidate(o.scheme(), o.label(), o.duty(), o.requires())));
                run.dataVersions.put("tariff.line" + (i + 1), found.reference());
                run.sources.add(new TaxResult.DataSource(TaxResult.DataSource.TARIFF_LINE, String.valueOf(i + 1), found.reference(),
                        request.date(), null, null, null, null, false));
            });
        }
        line.measures().forEach((k, v) -> {
            if (!chain.measureKeys().contains(k)) {
                // a misspelt key would otherwise be ignored silently and the quotation would look right
                throw TaxInputInvalid.field("lines[" + i + "].measures." + k, "the " + chain.jurisdiction()
                        + " chain has no measure '" + k + "'; it takes " + chain.measureKeys());
            }
            // read every given measure now, whether or not a step uses it in this run: a low-value
            // shipment skips its exempt steps, and a typing error must not pass because of that
            if (!switchedOff(v)) {
                parse(v, "lines[" + i + "].measures." + k);
            }
            m.texts.put(k, v);
            m.sources.put(k, "measure given in the request");
        });
        for (int k = 0; k < line.options().size(); k++) {
            candidates.add(candidate(chain, request.date(), line.options().get(k), "lines[" + i + "].options[" + k + "]"));
        }
        run.candidates.add(candidates);
        String scheme = line.scheme() == null || line.scheme().isBlank() ? GENERAL : line.scheme();
        m.scheme = scheme;
        if (!scheme.equals(GENERAL)) {
            Candidate chosen = candidates.stream().filter(c -> c.scheme().equals(scheme)).findFirst()
                    .orElseThrow(() -> TaxInputInvalid.field("lines[" + i + "].scheme", "no duty option '" + scheme + "' for this line; options: "
                            + candidates.stream().map(Candidate::scheme).toList()));
            m.texts.put(DUTY_KEY, chosen.duty());
            m.sources.put(DUTY_KEY, "option " + scheme + " (" + chosen.label() + "; requires " + chosen.requires() + ")");
        }
        return m;
    }

    /** The measure text "none": the request switches the step off for the line. */
    private static boolean switchedOff(String measure) {
        return measure.length() <= 6 && measure.trim().equalsIgnoreCase("none");
    }

    /**
     * An option of the request. One that names a concession of the chain takes the chain's rate,
     * requirement and legal reference, so a TCO is quoted at the rate the law gives it, not at a rate
     * typed by hand; one the chain does not know is taken as given and needs its duty.
     */
    private Candidate candidate(ChainDefinition chain, LocalDate date, TaxRequestLine.DutyOptionRequest o, String field) {
        Optional<ChainDefinition.Concession> concession = chain.concession(o.scheme(), date);
        if (concession.isEmpty()) {
            if (o.duty() == null || o.duty().isBlank()) {
                throw TaxInputInvalid.field(field + ".duty", "option '" + o.scheme() + "' needs its duty: the "
                        + chain.jurisdiction() + " chain has no concession of that name on " + date
                        + (chain.concessions().isEmpty() ? "" : " (it knows " + chain.concessions().stream()
                                .map(ChainDefinition.Concession::scheme).distinct().toList() + ")"));
            }
            return new Candidate(o.scheme(), o.label() == null ? o.scheme() : o.label(), o.duty(), o.requires() == null ? "" : o.requires());
        }
        ChainDefinition.Concession c = concession.get();
        if (o.reference() == null || !o.reference().strip().matches(c.referencePattern())) {
            throw TaxInputInvalid.field(field + ".reference", "a " + c.scheme() + " claim needs the " + c.referenceName()
                    + (o.reference() == null ? "" : "; '" + o.reference() + "' is not one"));
        }
        String duty = c.duty();
        if (duty == null) {
            if (o.duty() == null || o.duty().isBlank()) {
                throw TaxInputInvalid.field(field + ".duty", "a " + c.scheme() + " claim needs the rate of its "
                        + c.referenceName());
            }
            duty = o.duty();
        } else if (o.duty() != null && !o.duty().isBlank()
                && !parse(o.duty(), field + ".duty").toString().equals(parse(duty, "chain." + c.scheme()).toString())) {
            throw TaxInputInvalid.field(field + ".duty", "the " + c.scheme() + " rate is " + duty + " (" + c.legalReference()
                    + "); leave the duty out or give that rate");
        }
        String label = c.label().en() == null ? c.scheme() : c.label().en();
        return new Candidate(c.scheme(), label + " " + o.reference().strip(), duty,
                c.referenceName() + " " + o.reference().strip() + ": " + c.requires() + " (" + c.legalReference() + ")");
    }

    private List<DutyOption> options(TaxRequest request, ChainDefinition chain, Run main) {
        List<DutyOption> result = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            List<Candidate> candidates = main.candidates.get(i);
            if (candidates.size() < 2) {
                continue;
            }
            String selected = main.lines.get(i).scheme();
            List<DutyOption> forLine = new ArrayList<>();
            BigDecimal generalTotal = null;
            BigDecimal cheapest = null;
            List<BigDecimal> totals = new ArrayList<>();
            List<BigDecimal> duties = new ArrayList<>();
            List<String> dutyTexts = new ArrayList<>();
            for (Candidate c : candidates) {
                List<TaxRequestLine> lines = new ArrayList<>(request.lines());
                lines.set(i, lines.get(i).withScheme(c.scheme()));
                Run r = c.scheme().equals(selected) ? main : run(request.withLines(lines), chain);
                BigDecimal duty = r.lines.get(i).taxes().getOrDefault("DUTY", BigDecimal.ZERO);
                totals.add(r.total);
                duties.add(duty);
                dutyTexts.add(rateOf(r, i + 1, "DUTY"));
                if (c.scheme().equals(GENERAL)) {
                    generalTotal = r.total;
                }
                if (cheapest == null || r.total.compareTo(cheapest) < 0) {
                    cheapest = r.total;
                }
            }
            boolean cheapestFlagged = false;
            for (int k = 0; k < candidates.size(); k++) {
                Candidate c = candidates.get(k);
                boolean isCheapest = !cheapestFlagged && totals.get(k).compareTo(cheapest) == 0;
                cheapestFlagged |= isCheapest;
                forLine.add(new DutyOption(i + 1, c.scheme(), c.label(), dutyTexts.get(k), duties.get(k), totals.get(k), generalTotal == null ? null : generalTotal.subtract(totals.get(k)),
                        c.requires(), isCheapest, c.scheme().equals(selected)));
            }
            result.addAll(forLine);
        }
        return result;
    }

    private static String rateOf(Run run, int line, String code) {
        return run.steps.stream().filter(s -> s.line() != null && s.line() == line && s.code().equals(code))
                .map(TaxStep::rate).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- steps

    private DutyContext context(TaxRequestLine line, int i, ChainDefinition chain, String digits, CurrencyCode local,
            Map<CurrencyCode, BigDecimal> fx) {
        Map<UnitOfMeasure.Dimension, BigDecimal> quantities = new java.util.EnumMap<>(UnitOfMeasure.Dimension.class);
        if (line.quantity() != null) {
            UnitOfMeasure unit;
            try {
                unit = line.unit() == null ? UnitOfMeasure.PIECE : UnitOfMeasure.parse(line.unit());
            } catch (InvalidValueException e) {
                throw TaxInputInvalid.field("lines[" + i + "].unit", e.getMessage());
            }
            quantities.put(unit.dimension(), line.quantity().multiply(unit.toBase()));
        }
        // the explicit mass and volume win over a quantity given in kg or litres
        if (line.netMassKg() != null) {
            quantities.put(UnitOfMeasure.Dimension.MASS, line.netMassKg());
        }
        if (line.litres() != null) {
            quantities.put(UnitOfMeasure.Dimension.VOLUME, line.litres());
        }
        return new DutyContext(local, BigDecimal.ZERO, quantities, line.alcoholByVolume(),
                chain.alcohol().thresholdFor(digits), chain.alcohol().lalRounding(), fx,
                contents(line));
    }

    /** The goods' contents a rate may be per % of, by the names the duty expressions use. */
    private static Map<String, BigDecimal> contents(TaxRequestLine line) {
        Map<String, BigDecimal> contents = new HashMap<>();
        if (line.sucrosePercent() != null) {
            contents.put("sucrose", line.sucrosePercent());
        }
        if (line.totalSolubleSolidsPercent() != null) {
            contents.put("TSS", line.totalSolubleSolidsPercent());
        }
        return contents;
    }

    private void lineStep(StepDefinition step, int i, TaxRequestLine line, String digits, Measures measures,
            Map<String, BigDecimal> values, Map<String, BigDecimal> taxes, DutyContext context,
            ChainDefinition chain, LocalDate date, Run run) {
        String text = null;
        String source = null;
        String field = "lines[" + i + "].measures." + (step.measureKey() == null ? step.code() : step.measureKey());
        if (step.measureKey() != null && measures.texts.containsKey(step.measureKey())) {
            text = measures.texts.get(step.measureKey());
            source = measures.sources.get(step.measureKey());
            if (switchedOff(text)) {
                return;
            }
        } else if (step.kindOf(digits).isPresent()) {
            ChainDefinition.Kind kind = step.kindOf(digits).get();
            Optional<Dated<String>> rate = Dated.on(kind.rates(), date);
            if (rate.isEmpty()) {
                if (kind.note() != null) {
                    run.notes.add("Line " + (i + 1) + " (" + kind.name() + "): " + step.code() + " not computed: " + kind.note());
                }
                return;
            }
            text = rate.get().value();
            source = "chain " + chain.version() + " rate for " + kind.name() + " effective " + rate.get().period().from()
                    + " (recognised from tariff code " + digits + (kind.legalReference() == null ? "" : "; " + kind.legalReference()) + ")";
        } else if (!step.recognises(digits)) {
            return;
        } else if (!step.rates().isEmpty()) {
            Dated<String> rate = run.rateOn(step, date);
            if (rate == null) {
                if (step.required()) {
                    throw TaxInputInvalid.field(field, "the " + chain.jurisdiction() + " chain has no " + step.code() + " rate on " + date);
                }
                return;
            }
            text = rate.value();
            source = run.rateSource(step, rate, chain)
                    + (step.hsPrefixes().isEmpty() ? "" : " (recognised from tariff code " + digits + ")");
        }
        if (text == null) {
            if (step.required()) {
                if (tariff != null && digits != null) {
                    // a subheading or an unknown code is the line's mistake, not a missing measure
                    Optional<String> why = tariff.whyNoMeasures(chain.jurisdiction(), HsCode.of(digits), date);
                    if (why.isPresent()) {
                        throw TaxInputInvalid.field("lines[" + i + "].tariffCode", line.tariffCode().strip() + " is " + why.get());
                    }
                }
                throw TaxInputInvalid.field(field, "no " + step.code() + " rate for this line: give it in measures"
                        + (tariff == null ? " (no tariff catalogue is connected)" : " (the tariff catalogue has none)"));
            }
            return;
        }
        DutyExpression expression = parse(text, field);
        BigDecimal base = sum(step.base(), values);
        String baseFormula = step.baseFormula();
        String thresholdText = "";
        BigDecimal taxable = base;
        if (!step.thresholds().isEmpty()) {
            Optional<Dated<Threshold>> threshold = Dated.on(step.thresholds(), date);
            if (threshold.isEmpty()) {
                run.notes.add("Line " + (i + 1) + ": no " + step.code() + " threshold on " + date + "; step not applied.");
                return;
            }
            Threshold t = threshold.get().value();
            boolean fuelEfficient = Boolean.TRUE.equals(line.fuelEfficient()) && t.fuelEfficientAmount() != null;
            BigDecimal limit = fuelEfficient ? t.fuelEfficientAmount() : t.amount();
            thresholdText = (fuelEfficient ? "fuel-efficient threshold " : "threshold ") + limit.toPlainString()
                    + " effective " + threshold.get().period().from();
            if (base.compareTo(limit) <= 0) {
                run.steps.add(new TaxStep(i + 1, step.code(), step.label(), baseFormula, shown(base), expression.toString(), source,
                        BigDecimal.ZERO, BigDecimal.ZERO, step.rounding().code(), step.collected(), step.legalReference(),
                        "base " + show(base) + " ≤ " + thresholdText + ": not payable"));
                taxes.put(step.code(), BigDecimal.ZERO);
                values.put(step.code(), BigDecimal.ZERO);
                return;
            }
            taxable = divide(base.subtract(limit).multiply(step.factorNumerator()), step.factorDenominator());
            thresholdText = "(" + show(base) + " − " + thresholdText + ")"
                    + (step.factorDenominator().compareTo(BigDecimal.ONE) == 0 && step.factorNumerator().compareTo(BigDecimal.ONE) == 0
                    ? "" : " × " + step.factorNumerator().toPlainString() + "/" + step.factorDenominator().toPlainString())
                    + " = " + show(taxable) + "; ";
        }
        DutyEvaluation evaluation;
        try {
            evaluation = expression.evaluate(context.withBase(taxable));
        } catch (DutyContextIncomplete e) {
            throw TaxInputInvalid.field("lines[" + i + "]", step.code() + ": " + e.getMessage());
        }
        record(step, i + 1, baseFormula, base, expression, source, evaluation, thresholdText, values, taxes, run);
    }

    private void shipmentStep(StepDefinition step, List<Map<String, BigDecimal>> lineValues, boolean[] lineLow,
            Map<String, BigDecimal> shipment, ChainDefinition chain, LocalDate date, CurrencyCode local,
            Map<CurrencyCode, BigDecimal> fx, Run run) {
        BigDecimal base = BigDecimal.ZERO;
        boolean any = false;
        for (int i = 0; i < lineValues.size(); i++) {
            if ((step.lowValueExempt() && lineLow[i]) || (step.onlyWhenLowValue() && !lineLow[i])) {
                continue;
            }
            any = true;
            base = base.add(sum(step.base(), lineValues.get(i)));
        }
        if (!any) {
            return;
        }
        base = base.add(sum(step.base(), shipment));
        Optional<Dated<String>> rate = Dated.on(step.rates(), date);
        if (rate.isEmpty()) {
            if (step.required()) {
                throw TaxInputInvalid.field("date", "the " + chain.jurisdiction() + " chain has no " + step.code() + " rate on " + date);
            }
            return;
        }
        DutyExpression expression = parse(rate.get().value(), "chain." + step.code());
        DutyContext context = new DutyContext(local, base, Map.of(), null, null, null, fx, Map.of());
        DutyEvaluation evaluation = expression.evaluate(context);
        String source = "chain " + chain.version() + " rate effective " + rate.get().period().from();
        record(step, null, step.baseFormula(), base, expression, source, evaluation, "", shipment, shipment, run);
    }

    private static void record(StepDefinition step, Integer line, String baseFormula, BigDecimal base, DutyExpression expression,
            String source, DutyEvaluation evaluation, String prefix, Map<String, BigDecimal> values, Map<String, BigDecimal> taxes, Run run) {
        BigDecimal exact = evaluation.amount();
        BigDecimal amount = step.rounding().apply(exact);
        String explanation = prefix + evaluation.explanation();
        if (step.rounding() != RoundingRule.NONE && !step.rounding().code().equals("NONE")) {
            explanation += " → " + amount.toPlainString() + " (" + step.rounding().code() + ")";
        }
        if (step.notCollectedAtOrBelow() != null && amount.compareTo(step.notCollectedAtOrBelow()) <= 0) {
            explanation += "; " + amount.toPlainString() + " ≤ " + step.notCollectedAtOrBelow().toPlainString() + ": not collected";
            amount = BigDecimal.ZERO;
        }
        // base and exact amount shown to at most 10 decimals; the amount was rounded on the full value
        run.steps.add(new TaxStep(line, step.code(), step.label(), baseFormula, shown(base), expression.toString(), source, shown(exact), amount,
                step.rounding().code(), step.collected(), step.legalReference(), explanation));
        taxes.put(step.code(), amount);
        if (step.collected()) {
            values.put(step.code(), amount);
        }
    }

    private static TaxStep lowValueStep(LowValueRule rule, BigDecimal customsValue, boolean lowValue, ChainDefinition chain) {
        String explanation = lowValue
                ? "customs value " + show(customsValue) + " ≤ " + rule.threshold().toPlainString() + " " + chain.currency()
                + ": low-value goods, the exempt duties and taxes are not collected at the border"
                + (rule.exceptChapters().isEmpty() ? "" : " (except goods of chapters " + rule.exceptChapters() + ")")
                : "customs value " + show(customsValue) + " > " + rule.threshold().toPlainString() + " " + chain.currency()
                + ": duties and taxes are collected at the border";
        return new TaxStep(null, "LOW_VALUE", rule.label(), ChainDefinition.CUSTOMS_VALUE, shown(customsValue),
                "≤ " + rule.threshold().toPlainString() + " " + chain.currency() + " (effective " + rule.period().from() + ")",
                "chain " + chain.version(), BigDecimal.ZERO, BigDecimal.ZERO, RoundingRule.NONE.code(), false,
                rule.legalReference(), explanation);
    }

    private static void totals(ChainDefinition chain, Run run, Map<String, BigDecimal> shipmentTaxes) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        Map<String, BigDecimal> bases = new HashMap<>();
        Map<String, Set<String>> rateTexts = new HashMap<>();
        for (TaxStep s : run.steps) {
            if (s.code().equals("LOW_VALUE")) {
                continue;
            }
            amounts.merge(s.code(), s.amount(), BigDecimal::add);
            bases.merge(s.code(), s.base(), BigDecimal::add);
            rateTexts.computeIfAbsent(s.code(), k -> new LinkedHashSet<>()).add(s.rate());
        }
        BigDecimal total = BigDecimal.ZERO;
        for (StepDefinition step : chain.steps()) {
            BigDecimal amount = amounts.get(step.code());
            if (amount == null) {
                continue;
            }
            Set<String> texts = rateTexts.get(step.code());
            String rate = texts.size() == 1 ? texts.iterator().next() : "various: " + String.join("; ", texts);
            run.totals.add(new TaxTotal(step.code(), step.label(), bases.get(step.code()), rate, amount,
                    chain.displayRounding().apply(amount), step.collected(), step.legalReference()));
            if (step.collected()) {
                total = total.add(amount);
            }
        }
        run.total = total;
    }

    /** Cross-checks for the reviewer (P1.2.3): results that are possible but unusual enough to look at twice. */
    private static void warnings(Run run) {
        if (run.customsValue.signum() > 0 && run.total.compareTo(run.customsValue) > 0) {
            run.notes.add("Check: the duties and taxes (" + show(run.total) + ") exceed the customs value ("
                    + show(run.customsValue) + "); confirm the rates and units of the specific measures.");
        }
        for (LineResult line : run.lines) {
            if (line.customsValue().signum() == 0) {
                run.notes.add("Check: line " + line.line() + " has no customs value; ad valorem duties on it are zero.");
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private DutyExpression parse(String text, String field) {
        DutyExpression e = parsed.get(text);
        if (e != null) {
            return e;
        }
        try {
            e = DutyExpression.parse(text);
        } catch (DutyExpressionInvalid invalid) {
            throw TaxInputInvalid.field(field, invalid.getMessage());
        } catch (InvalidValueException invalid) {
            throw TaxInputInvalid.field(field, invalid.getMessage());
        }
        if (parsed.size() > CACHE_LIMIT) {
            parsed.clear();
        }
        parsed.put(text, e);
        return e;
    }

    private static String tariffDigits(TaxRequestLine line, int i) {
        String code = line.tariffCode();
        if (code == null || code.isBlank()) {
            return null;
        }
        if (code.length() >= 2 && code.length() <= 11 && code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return code; // already plain digits: skip the general parser on the hot path
        }
        try {
            return HsCode.of(line.tariffCode()).digits();
        } catch (InvalidValueException e) {
            throw TaxInputInvalid.field("lines[" + i + "].tariffCode", e.getMessage());
        }
    }

    private static CurrencyCode currency(String code, String field) {
        try {
            return CurrencyCode.of(code);
        } catch (InvalidValueException e) {
            throw TaxInputInvalid.field(field, e.getMessage());
        }
    }

    private static BigDecimal sum(List<String> names, Map<String, BigDecimal> values) {
        BigDecimal s = BigDecimal.ZERO;
        for (String name : names) {
            BigDecimal v = values.get(name);
            if (v != null) {
                s = s.add(v);
            }
        }
        return s;
    }

    /** Exact when the quotient has at most 34 significant digits (DECIMAL128 keeps an exact quotient exact). */
    private static BigDecimal divide(BigDecimal a, BigDecimal b) {
        if (b.compareTo(BigDecimal.ONE) == 0) {
            return a;
        }
        return a.divide(b, MathContext.DECIMAL128);
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
