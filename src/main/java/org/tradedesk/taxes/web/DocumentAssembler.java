package org.tradedesk.taxes.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.RegulationRef;
import org.tradedesk.shared.RoundingRule;
import org.tradedesk.taxes.TaxCalculations;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.TaxResult.DutyOption;
import org.tradedesk.taxes.TaxResult.LineResult;
import org.tradedesk.taxes.TaxResult.TaxStep;
import org.tradedesk.taxes.documents.TaxDocument;
import org.tradedesk.taxes.documents.TaxDocument.Line;
import org.tradedesk.taxes.documents.TaxDocument.Option;
import org.tradedesk.taxes.documents.TaxDocument.Step;
import org.tradedesk.taxes.documents.TaxDocument.Term;

/**
 * Turns an engine result into the documents' view model. Each duty scheme offered on any line
 * becomes one option (the whole request re-run with that scheme wherever a line offers it), so
 * the worksheet has one sheet per option. A step is written as a live formula only when the
 * spreadsheet can rebuild the engine's figure exactly — its base is the sum of the named figures,
 * its rate a plain percentage, and rounding that product gives the engine's amount; otherwise the
 * worksheet shows the engine's amount as a value and says so, rather than a formula that differs.
 */
@Component
class DocumentAssembler {

    private static final Pattern PERCENT = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%\\s*");
    private static final String GENERAL = "GENERAL";
    private static final Set<String> INPUTS = Set.of("CUSTOMS_VALUE", "TRANSPORT_INSURANCE");

    private final TaxCalculations calculations;
    private final MessageSource messages;

    DocumentAssembler(TaxCalculations calculations, MessageSource messages) {
        this.calculations = calculations;
        this.messages = messages;
    }

    TaxDocument assemble(String reference, String clientName, Locale language, TaxRequest request, TaxResult result) {
        int decimals = "TW".equals(result.jurisdiction()) ? 0 : Math.min(4, CurrencyCode.of(result.currency()).isoFractionDigits());
        List<Option> options = new ArrayList<>();
        Map<String, List<DutyOption>> byScheme = new LinkedHashMap<>();
        for (DutyOption o : result.options()) {
            byScheme.computeIfAbsent(o.scheme(), k -> new ArrayList<>()).add(o);
        }
        if (byScheme.isEmpty()) {
            options.add(option(GENERAL, text("taxes.page.option.general"), List.of(), result));
        } else {
            for (Map.Entry<String, List<DutyOption>> e : byScheme.entrySet()) {
                String scheme = e.getKey();
                Set<Integer> offering = new LinkedHashSet<>();
                Set<String> requires = new LinkedHashSet<>();
                e.getValue().forEach(o -> {
                    offering.add(o.line());
                    if (o.requires() != null && !o.requires().isBlank()) {
                        requires.add(o.requires());
                    }
                });
                List<TaxRequestLine> lines = new ArrayList<>();
                for (int i = 0; i < request.lines().size(); i++) {
                    TaxRequestLine l = request.lines().get(i);
                    lines.add(offering.contains(i + 1) ? l.withScheme(scheme) : l.withScheme(null));
                }
                TaxResult run = calculations.calculate(request.withLines(lines));
                String label = e.getValue().get(0).label() == null ? scheme : e.getValue().get(0).label();
                options.add(option(scheme, LocalizedText.of(label, label),
                        requires.stream().map(r -> LocalizedText.of(r, r)).toList(), run));
            }
        }
        Option cheapest = options.stream().min((a, b) -> a.engineTotal().compareTo(b.engineTotal())).orElseThrow();
        List<TaxDocument.InputColumn> inputs = List.of(
                new TaxDocument.InputColumn("CUSTOMS_VALUE", text("taxes.page.input.customsValue"), decimals),
                new TaxDocument.InputColumn("TRANSPORT_INSURANCE", text("taxes.page.input.transportInsurance"), decimals));
        List<TaxDocument.DataVersion> versions = result.dataVersions().entrySet().stream()
                .map(v -> new TaxDocument.DataVersion(LocalizedText.of(v.getKey(), v.getKey()), v.getValue(), null, null)).toList();
        TaxDocument.Advice advice = new TaxDocument.Advice(
                options.size() > 1 ? cheapestReason(cheapest, options.size()) : text("taxes.page.advice.only"),
                List.of(text("taxes.page.advice.condition")), List.of(text("taxes.page.advice.risk")));
        return new TaxDocument(reference, clientName, language, result.jurisdiction(), result.date(),
                CurrencyCode.of(result.currency()), decimals, inputs, options, cheapest.code(), versions, advice);
    }

    private Option option(String code, LocalizedText name, List<LocalizedText> requires, TaxResult result) {
        List<Line> lines = new ArrayList<>();
        List<Map<String, BigDecimal>> lineValues = new ArrayList<>();
        boolean anyLowValue = false;
        for (LineResult l : result.lines()) {
            Map<String, BigDecimal> inputs = new HashMap<>();
            inputs.put("CUSTOMS_VALUE", l.customsValue());
            inputs.put("TRANSPORT_INSURANCE", l.transportAndInsurance() == null ? BigDecimal.ZERO : l.transportAndInsurance());
            Map<String, BigDecimal> values = new HashMap<>(inputs);
            List<Step> steps = new ArrayList<>();
            for (TaxStep s : result.steps()) {
                if (s.line() != null && s.line() == l.line()) {
                    steps.add(step(s, values, values.keySet()));
                    if (s.collected()) {
                        values.put(s.code(), s.amount());
                    }
                }
            }
            anyLowValue |= l.lowValue();
            lineValues.add(values);
            lines.add(new Line(l.line(), l.description(), l.tariffCode(), l.origin(), inputs, steps));
        }
        // a shipment step's terms are line columns summed over the lines, or earlier shipment steps
        Map<String, BigDecimal> shipment = new HashMap<>();
        Set<String> lineCodes = new LinkedHashSet<>(INPUTS);
        lines.forEach(l -> l.steps().forEach(s -> lineCodes.add(s.code())));
        for (String c : lineCodes) {
            shipment.put(c, lineValues.stream().map(v -> v.getOrDefault(c, BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        List<Step> shipmentSteps = new ArrayList<>();
        for (TaxStep s : result.steps()) {
            if (s.line() == null) {
                Set<String> known = new LinkedHashSet<>(lineCodes);
                shipmentSteps.forEach(x -> known.add(x.code()));
                Step step = step(s, shipment, known);
                // low-value lines drop out of some bases: the sheet's column sums would not match
                shipmentSteps.add(anyLowValue ? asValue(step) : step);
                if (s.collected()) {
                    shipment.put(s.code(), s.amount());
                }
            }
        }
        return new Option(code, name, requires, lines, shipmentSteps, result.total());
    }

    /** One engine step; {@code values} holds the figures its base may name, {@code known} the codes a term may use. */
    private static Step step(TaxStep s, Map<String, BigDecimal> values, Set<String> known) {
        RoundingRule rounding = rounding(s.rounding());
        RegulationRef reference = s.legalReference() == null || s.legalReference().isBlank() ? null : RegulationRef.of(s.legalReference());
        List<Term> terms = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        if (s.baseFormula() != null && !"LOW_VALUE".equals(s.code())) {
            for (String part : s.baseFormula().split("\\+")) {
                String c = part.trim();
                if (!c.isEmpty() && known.contains(c) && values.containsKey(c)) {
                    terms.add(Term.plus(c));
                    sum = sum.add(values.get(c));
                }
            }
        }
        Matcher m = PERCENT.matcher(s.rate() == null ? "" : s.rate());
        boolean percent = m.matches();
        BigDecimal rate = percent ? new BigDecimal(m.group(1)).movePointLeft(2) : BigDecimal.ZERO;
        boolean rebuildable = percent && !terms.isEmpty() && s.base() != null && sum.compareTo(s.base()) == 0
                && s.amountExact() != null && sum.multiply(rate).compareTo(s.amountExact()) == 0
                && rounding.apply(s.amountExact()).compareTo(s.amount()) == 0;
        return new Step(s.code(), s.label(), terms, null, rate, percent, s.rate(), rounding, null, s.collected(),
                rebuildable, s.base(), s.amount(), reference);
    }

    private static Step asValue(Step s) {
        return new Step(s.code(), s.label(), s.terms(), s.adjustment(), s.rate(), s.ratePercent(), s.rateText(), s.rounding(),
                s.notCollectedAtOrBelow(), s.payable(), false, s.engineBase(), s.engineAmount(), s.legalReference());
    }

    private static RoundingRule rounding(String code) {
        try {
            return code == null ? RoundingRule.NONE : RoundingRule.parse(code);
        } catch (RuntimeException e) {
            return RoundingRule.NONE;
        }
    }

    private LocalizedText cheapestReason(Option cheapest, int count) {
        return LocalizedText.of(
                messages.getMessage("taxes.documents.advice.cheapest", new Object[] {cheapest.name().in(Locale.TRADITIONAL_CHINESE), count},
                        Locale.TRADITIONAL_CHINESE),
                messages.getMessage("taxes.documents.advice.cheapest", new Object[] {cheapest.name().in(Locale.ENGLISH), count}, Locale.ENGLISH));
    }

    private LocalizedText text(String key, Object... args) {
        return LocalizedText.of(messages.getMessage(key, args, Locale.TRADITIONAL_CHINESE),
                messages.getMessage(key, args, Locale.ENGLISH));
    }
}
