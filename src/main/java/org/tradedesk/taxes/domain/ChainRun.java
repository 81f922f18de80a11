package org.tradedesk.taxes.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.taxes.TaxResult.LineResult;
import org.tradedesk.taxes.TaxResult.TaxStep;
import org.tradedesk.taxes.TaxResult.TaxTotal;
import org.tradedesk.taxes.domain.ChainDefinition.Dated;
import org.tradedesk.taxes.domain.ChainDefinition.StepDefinition;

/**
 * What one run of a chain over a request has found so far: the valuation, the steps, the notes, the
 * data versions used, each line's duty candidates; then the totals per tax and the reviewer's checks.
 */
final class ChainRun {

    BigDecimal customsValue = BigDecimal.ZERO;
    BigDecimal transportAndInsurance = BigDecimal.ZERO;
    final List<LineResult> lines = new ArrayList<>();
    final List<TaxTotal> totals = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    final List<TaxStep> steps = new ArrayList<>();
    final Map<String, MessageText> dataVersions = new LinkedHashMap<>();
    final List<MessageText> notes = new ArrayList<>();
    /** The data versions again, as values for documents (TaxResult.DataSource). */
    final List<org.tradedesk.taxes.TaxResult.DataSource> sources = new ArrayList<>();
    final List<List<DutyCandidate>> candidates = new ArrayList<>();
    // a step's dated rate, its source and its base's names are the same for every line of the run: look them up once
    private final Map<StepDefinition, Optional<Dated<String>>> rates = new IdentityHashMap<>();
    private final Map<StepDefinition, MessageText> rateSources = new IdentityHashMap<>();
    private final Map<StepDefinition, MessageText> baseTerms = new IdentityHashMap<>();
    private final Map<StepDefinition, MessageText> roundings = new IdentityHashMap<>();

    Dated<String> rateOn(StepDefinition step, LocalDate date) {
        return rates.computeIfAbsent(step, s -> Dated.on(s.rates(), date)).orElse(null);
    }

    MessageText rateSource(StepDefinition step, Dated<String> rate, ChainDefinition chain) {
        return rateSources.computeIfAbsent(step,
                s -> MessageText.of("taxes.source.chain", Arg.literal(chain.version()), Arg.date(rate.period().from())));
    }

    /**
     * What a step's base adds up, by name: a value of the valuation by its message, an earlier step by its
     * label in the chain (so a step that did not apply to the line is still named, never shown as its code).
     */
    MessageText baseTerms(StepDefinition step, ChainDefinition chain) {
        return baseTerms.computeIfAbsent(step, s -> {
            List<Arg> terms = new ArrayList<>(s.base().size());
            for (String name : s.base()) {
                Optional<StepDefinition> earlier = chain.steps().stream().filter(e -> e.code().equals(name)).findFirst();
                terms.add(earlier.map(e -> Texts.text(e.label())).orElseGet(() -> Arg.code("taxes.value." + name)));
            }
            return Texts.sum(terms);
        });
    }

    /** The step's rounding rule in words. */
    MessageText rounding(StepDefinition step) {
        return roundings.computeIfAbsent(step, s -> s.roundingToConfirm()
                ? org.tradedesk.taxes.TaxResult.TaxStep.roundingToConfirm(org.tradedesk.taxes.TaxResult.TaxStep.roundingText(s.rounding().code()))
                : org.tradedesk.taxes.TaxResult.TaxStep.roundingText(s.rounding().code()));
    }

    /** The amount of each tax over the lines and the shipment, in chain order; the total of those collected. */
    void total(ChainDefinition chain) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        Map<String, BigDecimal> bases = new HashMap<>();
        Map<String, Set<String>> rateTexts = new HashMap<>();
        Map<String, Set<Boolean>> baseKinds = new HashMap<>();
        // whether a rate is of the retail price, read once per rate text (every line of a tax shares a few rates), not per step
        Map<String, Boolean> onRetailPrice = new HashMap<>();
        // the provision each line's step cites (the goods' own: 貨物稅條例 §12、§13 for a car), so the table cites what the
        // steps and the letter cite, not the step's general provision beside them (acceptance review t1fixG 6)
        Map<String, Set<String>> references = new HashMap<>();
        for (TaxStep s : steps) {
            if (s.code().equals(LowValueExemption.STEP_CODE)) {
                continue;
            }
            amounts.merge(s.code(), s.amount(), BigDecimal::add);
            bases.merge(s.code(), s.base(), BigDecimal::add);
            baseKinds.computeIfAbsent(s.code(), k -> new java.util.HashSet<>()).add(s.rate() != null && onRetailPrice.computeIfAbsent(s.rate(), BaseKinds::onRetailPrice));
            rateTexts.computeIfAbsent(s.code(), k -> new LinkedHashSet<>()).add(s.rate());
            references.computeIfAbsent(s.code(), k -> new LinkedHashSet<>()).add(s.legalReference());
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (StepDefinition step : chain.steps()) {
            BigDecimal amount = amounts.get(step.code());
            if (amount == null) {
                continue;
            }
            // several lines at different rates: the rates themselves, which read the same in every language
            String rate = String.join("; ", rateTexts.get(step.code()));
            // a customs value on one line and a retail price on another (UK wine and cigarettes) add up to nothing: no one
            // base, as documents show no one rate (review of T1 R6); each line's step keeps its own
            BigDecimal base = baseKinds.get(step.code()).size() > 1 ? null : bases.get(step.code());
            totals.add(new TaxTotal(step.code(), step.label(), base, rate, amount,
                    chain.displayRounding().apply(amount), step.collected(), oneReference(references.get(step.code()), step.legalReference())));
            if (step.collected()) {
                sum = sum.add(amount);
            }
        }
        total = sum;
    }

    /** The one provision all the lines' steps cite, else the step's own. */
    private static String oneReference(Set<String> cited, String own) {
        return cited != null && cited.size() == 1 && cited.iterator().next() != null && !cited.iterator().next().isBlank()
                ? cited.iterator().next() : own;
    }

    /** Cross-checks for the reviewer (P1.2.3): results that are possible but unusual enough to look at twice. */
    void check(ChainDefinition chain) {
        if (customsValue.signum() > 0 && total.compareTo(customsValue) > 0) {
            notes.add(MessageText.of("taxes.note.exceedsCustomsValue", Texts.money(total, chain.currency()),
                    Texts.money(customsValue, chain.currency())));
        }
        for (LineResult line : lines) {
            if (line.customsValue().signum() == 0) {
                notes.add(MessageText.of("taxes.note.noCustomsValue", Arg.literal(line.line()) /* a line number, never grouped */));
            }
        }
    }
}
