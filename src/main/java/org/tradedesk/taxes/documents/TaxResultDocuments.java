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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.RegulationRef;
import org.tradedesk.shared.RoundingRule;
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
    private static final Pattern PERCENT = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*");

    /** One option compared: its code, name, what claiming it requires, and the engine's result with it. */
    record Scenario(String code, LocalizedText name, List<LocalizedText> requirements, TaxResult result) {
    }

    private TaxResultDocuments() {
    }

    static TaxDocument from(String reference, String clientName, Locale language, List<Scenario> scenarios,
            String recommended, Advice advice) {
        TaxResult first = scenarios.get(0).result();
        CurrencyCode currency = CurrencyCode.of(first.currency());
        int decimals = "TWD".equals(currency.value()) ? 0 : currency.isoFractionDigits();
        List<InputColumn> inputs = List.of(
                new InputColumn(CUSTOMS_VALUE, LocalizedText.of("完稅價格", "Customs value"), decimals),
                new InputColumn(TRANSPORT_INSURANCE, LocalizedText.of("運費及保險", "Transport and insurance"), decimals));
        List<Option> options = new ArrayList<>();
        for (Scenario s : scenarios) {
            options.add(option(s));
        }
        List<DataVersion> versions = new ArrayList<>();
        first.dataVersions().forEach((k, v) -> versions.add(dataVersion(k, v, first.date())));
        return new TaxDocument(reference, clientName, language, first.jurisdiction(), first.date(), currency, decimals,
                inputs, options, recommended, versions, advice);
    }

    private static final Pattern EFFECTIVE = Pattern.compile("effective (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern TARIFF_VERSION = Pattern.compile("tariff data version .*$");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)\\s*$");

    /**
     * One entry of the engine's data versions, split into the columns the documents print. The engine
     * writes them as text: "AU 2026.1 (effective 2024-07-01)" for the chain, "0.91 USD per AUD (given in
     * the request)" or "… (RBA, effective 2026-03-02)" for a rate, "AU 8703.23.19 … — tariff data version
     * 3 "…" imported …" for a catalogue line. A figure with no date of its own (a rate given in the
     * request, a catalogue line) is the one in force on the calculation date, so that date is shown.
     */
    static DataVersion dataVersion(String key, String text, LocalDate calculationDate) {
        Matcher effective = EFFECTIVE.matcher(text);
        LocalDate from = effective.find() ? LocalDate.parse(effective.group(1)) : calculationDate;
        String source;
        Matcher tariff = TARIFF_VERSION.matcher(text);
        Matcher parentheses = PARENTHESES.matcher(text);
        if (key.startsWith("tariff.")) {
            source = tariff.find() ? "tariff catalogue, " + tariff.group() : "tariff catalogue";
        } else if (key.equals("chain")) {
            source = "chain definition " + text.replaceFirst("\\s*\\(.*$", "");
        } else if (parentheses.find()) {
            String inside = parentheses.group(1).replaceAll(",?\\s*effective \\d{4}-\\d{2}-\\d{2}( to \\d{4}-\\d{2}-\\d{2})?", "").strip();
            source = inside.isEmpty() ? key : inside;
        } else {
            source = key;
        }
        return new DataVersion(LocalizedText.of(key, key), text, from, source);
    }

    private static Option option(Scenario scenario) {
        TaxResult r = scenario.result();
        List<Line> lines = new ArrayList<>();
        Set<String> lineColumns = new LinkedHashSet<>(List.of(CUSTOMS_VALUE, TRANSPORT_INSURANCE));
        Map<String, BigDecimal> lineSums = new HashMap<>();
        for (LineResult line : r.lines()) {
            Map<String, BigDecimal> values = new HashMap<>();
            values.put(CUSTOMS_VALUE, nz(line.customsValue()));
            values.put(TRANSPORT_INSURANCE, nz(line.transportAndInsurance()));
            List<Step> steps = new ArrayList<>();
            for (TaxStep s : r.steps()) {
                if (s.line() != null && s.line() == line.line()) {
                    steps.add(step(s, values));
                    if (s.collected()) {
                        values.put(s.code(), s.amount());
                    }
                    lineColumns.add(s.code());
                }
            }
            values.forEach((k, v) -> lineSums.merge(k, v, BigDecimal::add));
            Map<String, BigDecimal> inputs = Map.of(CUSTOMS_VALUE, values.get(CUSTOMS_VALUE),
                    TRANSPORT_INSURANCE, values.get(TRANSPORT_INSURANCE));
            lines.add(new Line(line.line(), line.description(), line.tariffCode(), line.origin(), inputs, steps));
        }
        List<Step> shipment = new ArrayList<>();
        Map<String, BigDecimal> shipmentValues = new HashMap<>(lineSums);
        for (TaxStep s : r.steps()) {
            if (s.line() == null) {
                if ("LOW_VALUE".equals(s.code())) {
                    shipment.add(new Step(s.code(), s.label(), List.of(), null, BigDecimal.ZERO, false, s.rate(), RoundingRule.NONE,
                            null, false, false, s.base(), s.amount(), reference(s.legalReference())));
                    continue;
                }
                shipment.add(step(s, shipmentValues));
                if (s.collected()) {
                    shipmentValues.put(s.code(), s.amount());
                }
            }
        }
        return new Option(scenario.code(), scenario.name(), scenario.requirements(), lines, shipment, r.total());
    }

    /** One engine step; {@code values} holds the figures its base may add (inputs and earlier collected steps). */
    private static Step step(TaxStep s, Map<String, BigDecimal> values) {
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
        Matcher percent = s.rate() == null ? null : PERCENT.matcher(s.rate());
        // "Free" is how tariffs write a nil rate (the engine's duty grammar reads it as 0 %)
        boolean free = s.rate() != null && s.rate().trim().equalsIgnoreCase("free");
        boolean adValorem = free || (percent != null && percent.matches());
        BigDecimal rate = adValorem && !free ? new BigDecimal(percent.group(1)).movePointLeft(2) : BigDecimal.ZERO;
        boolean exact = adValorem && !terms.isEmpty()
                && s.base() != null && sum.compareTo(s.base()) == 0
                && s.amountExact() != null && s.base().multiply(rate).compareTo(s.amountExact()) == 0
                && rounding.apply(s.amountExact()).compareTo(s.amount()) == 0;
        return new Step(s.code(), s.label(), terms, null, rate, adValorem, s.rate(), rounding, null, s.collected(), exact,
                s.base(), s.amount(), reference(s.legalReference()));
    }

    private static RegulationRef reference(String text) {
        return text == null || text.isBlank() ? null : RegulationRef.of(text);
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
