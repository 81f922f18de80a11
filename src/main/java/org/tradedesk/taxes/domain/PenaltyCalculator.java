package org.tradedesk.taxes.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.taxes.PenaltyExposure;
import org.tradedesk.taxes.PenaltyExposure.Item;
import org.tradedesk.taxes.PenaltyRequest;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.domain.ChainDefinition.Dated;
import org.tradedesk.taxes.domain.ChainDefinition.PenaltyRule;

/** Applies a chain's penalty rules (滯報費, 滯納金, 罰鍰; s243T) to what went wrong. */
public final class PenaltyCalculator {

    private PenaltyCalculator() {
    }

    public static PenaltyExposure exposure(PenaltyRequest request, ChainDefinition chain) {
        unknownMultiples(request, chain);
        List<TaxInputInvalid> errors = inputErrors(request, chain);
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        List<Item> items = new ArrayList<>();
        BigDecimal shortfall = nz(request.shortfall());
        for (PenaltyRule rule : chain.penalties()) {
            switch (rule.kind()) {
                case "PER_DAY" -> {
                    int days = capped(request.daysLateDeclaration(), rule.maxDays());
                    if (days > 0) {
                        BigDecimal amount = rule.amount().multiply(BigDecimal.valueOf(days));
                        items.add(new Item(rule.code(), rule.label(), amount, amount, rule.legalReference(),
                                perDay("taxes.penalty.reckoning.perDay", request.daysLateDeclaration(), rule,
                                        Texts.payable(rule.amount(), chain), Arg.number(days))));
                    }
                }
                case "PER_DAY_PERCENT" -> {
                    int days = capped(request.daysLatePayment(), rule.maxDays());
                    BigDecimal unpaid = nz(request.unpaidTax());
                    if (days > 0 && unpaid.signum() > 0) {
                        BigDecimal amount = unpaid.multiply(rule.amount()).movePointLeft(2).multiply(BigDecimal.valueOf(days));
                        items.add(new Item(rule.code(), rule.label(), amount, amount, rule.legalReference(),
                                perDay("taxes.penalty.reckoning.perDayPercent", request.daysLatePayment(), rule,
                                        Texts.payable(minorUnits(unpaid, chain), chain), Arg.percent(rule.amount()),
                                        Arg.number(days))));
                    }
                }
                case "MULTIPLE" -> multiple(rule, request, chain).ifPresent(items::add);
                case "GREATER_OF_UNITS_OR_MULTIPLE" -> {
                    if (shortfall.signum() > 0) {
                        Dated<BigDecimal> unit = Dated.on(chain.penaltyUnit(), request.date()).orElseThrow(() ->
                                TaxInputInvalid.field("date", MessageText.of("taxes.reason.penalty.no-unit", Arg.literal(chain.jurisdiction()), Arg.date(request.date()))));
                        BigDecimal units = rule.units().multiply(unit.value());
                        BigDecimal multiple = shortfall.multiply(rule.high());
                        BigDecimal high = units.max(multiple);
                        String currency = chain.currency().value();
                        items.add(request.voluntaryDisclosure()
                                ? new Item(rule.code(), rule.label(), BigDecimal.ZERO, BigDecimal.ZERO,
                                        rule.legalReference(), voluntary(rule, chain))
                                : new Item(rule.code(), rule.label(), BigDecimal.ZERO, high, rule.legalReference(),
                                        MessageText.of("taxes.penalty.reckoning.units", Arg.number(rule.units()),
                                                Texts.payable(unit.value(), chain), Arg.date(unit.period().from()),
                                                Texts.payable(units, chain), Texts.payable(multiple, chain))));
                    }
                }
                default -> throw new IllegalStateException("unknown penalty kind " + rule.kind() + " in " + chain.version());
            }
        }
        // A surcharge or fine is assessed in the currency's payable unit: the chain's display rounding
        // (TW: whole NT$, the fraction dropped as on every customs assessment; AU: to the cent).
        // Each citation is a message code with the rule's own figures, rendered in the reader's language.
        items.replaceAll(i -> new Item(i.code(), i.label(), chain.displayRounding().apply(i.low()),
                chain.displayRounding().apply(i.high()), i.legalReference(), i.reckoning(),
                legalBasis(ruleOf(chain, i.code()), chain)));
        // Fines (罰鍰) for one act are not added up: 行政罰法 §24(1) — one act breaching several administrative obligations is fined
        // under the provision with the highest statutory fine. Whether tax laws let the customs and the business-tax fine for the
        // same evasion be combined is not settled here (to confirm), so the fines are alternatives: the totals count the
        // heaviest, and a note says so. Surcharges and late-payment charges (滯報費, 滯納金) are not fines and add up.
        List<Item> fines = items.stream().filter(i -> isFine(ruleOf(chain, i.code())) && i.high().signum() > 0).toList();
        List<Item> added = fines.size() < 2 ? items : items.stream().filter(i -> !fines.contains(i)).toList();
        BigDecimal low = added.stream().map(Item::low).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal high = added.stream().map(Item::high).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<MessageText> notes = new ArrayList<>();
        if (fines.size() >= 2) {
            Item heaviest = fines.stream().max(java.util.Comparator.comparing(Item::high)).orElseThrow();
            // 行政罰法 §24(1) proviso: the fine under the heaviest provision is not below the lowest of any other provision that
            // applies, so the low total takes the highest of the fines' lows (review r-t1b 13: the §36 fine's 0 dropped §37's usual 2×)
            low = low.add(fines.stream().map(Item::low).max(java.util.Comparator.naturalOrder()).orElseThrow());
            high = high.add(heaviest.high());
            notes.add(MessageText.of("taxes.penalty.fines.alternatives." + chain.jurisdiction(),
                    Arg.message(Texts.of(heaviest.label()))));
        }
        return new PenaltyExposure(chain.jurisdiction(), chain.currency().value(), items, low, high, notes);
    }

    /**
     * What the request gives that the chain cannot take, every one at once (acceptance review t1fixG 3: a bad goods value on the
     * form hid the out-of-range multiple 7): a chosen multiple outside the law's range, whatever its base; an amount for a penalty
     * the jurisdiction does not have (Australia has no business tax: its {@code businessTaxShortfall} was ignored silently; nor a
     * smuggling fine on the goods' value).
     */
    public static List<TaxInputInvalid> inputErrors(PenaltyRequest request, ChainDefinition chain) {
        List<TaxInputInvalid> errors = new ArrayList<>();
        for (PenaltyRule rule : chain.penalties()) {
            BigDecimal chosen = "MULTIPLE".equals(rule.kind()) ? request.multiples().get(rule.code()) : null;
            if (chosen != null && (chosen.compareTo(rule.legalMinimum()) < 0 || chosen.compareTo(rule.high()) > 0)) {
                errors.add(TaxInputInvalid.field("multiples." + rule.code(), MessageText.of("taxes.reason.penalty.multiple",
                        Arg.number(chosen), Arg.number(rule.legalMinimum()), Arg.number(rule.high()),
                        Arg.message(legalBasis(rule, chain)))));
            }
        }
        java.util.Set<String> triggers = new java.util.HashSet<>();
        chain.penalties().forEach(r -> triggers.add(r.trigger() == null ? "UNDERSTATEMENT" : r.trigger()));
        if (request.businessTaxShortfall() != null && request.businessTaxShortfall().signum() > 0
                && !triggers.contains("BUSINESS_TAX_SHORTFALL")) {
            errors.add(TaxInputInvalid.field("businessTaxShortfall", MessageText.of("taxes.reason.penalty.not-applicable",
                    Arg.literal(chain.jurisdiction()))));
        }
        if (request.goodsValue() != null && request.goodsValue().signum() > 0 && !triggers.contains("SMUGGLING")) {
            errors.add(TaxInputInvalid.field("goodsValue", MessageText.of("taxes.reason.penalty.not-applicable",
                    Arg.literal(chain.jurisdiction()))));
        }
        return errors;
    }

    /**
     * A multiple is chosen for a fine of the chain by its code; any other key is refused naming it and the chain's fines
     * (acceptance review r-t1 F2: {@code "NO_SUCH_FINE"} was ignored and the fine reckoned on its default range).
     */
    private static void unknownMultiples(PenaltyRequest request, ChainDefinition chain) {
        List<String> known = chain.penalties().stream().filter(r -> "MULTIPLE".equals(r.kind())).map(PenaltyRule::code).sorted().toList();
        for (String key : new java.util.TreeSet<>(request.multiples().keySet())) {
            if (!known.contains(key)) {
                throw TaxInputInvalid.field("multiples." + key, known.isEmpty()
                        ? MessageText.of("taxes.reason.penalty.multiple.none", Arg.literal(chain.jurisdiction()))
                        : MessageText.of("taxes.reason.penalty.multiple.unknown", Arg.literal(key), Arg.message(fines(known))));
            }
        }
    }

    /**
     * The fines whose multiple may be chosen, each by its name in the reader's language with the key the request gives it
     * (「所漏營業稅額之罰鍰倍數（BUSINESS_TAX_FINE）、…」), joined with the language's separator (acceptance review t1fixG 2).
     */
    private static MessageText fines(List<String> codes) {
        MessageText joined = null;
        for (String code : codes) {
            MessageText one = MessageText.of("taxes.list.named", Arg.message(MessageText.of("taxes.field.multiple." + code)),
                    Arg.literal(code));
            joined = joined == null ? one : MessageText.of("taxes.list.more", Arg.message(joined), Arg.message(one));
        }
        return joined;
    }

    /** A fine (罰鍰, a penalty), as against a surcharge or a charge a day late (滯報費, 滯納金). */
    private static boolean isFine(PenaltyRule rule) {
        return rule.kind().equals("MULTIPLE") || rule.kind().equals("GREATER_OF_UNITS_OR_MULTIPLE");
    }

    /**
     * A fine of a multiple of what its trigger names: the evaded duty (海關緝私條例 §37), the evaded business tax
     * (營業稅法 §51), the value of smuggled goods (海關緝私條例 §36). Without a chosen multiple it spans the usual to
     * the legal maximum; a chosen one must lie inside the legal range and gives that one amount.
     */
    private static java.util.Optional<Item> multiple(PenaltyRule rule, PenaltyRequest request, ChainDefinition chain) {
        BigDecimal base;
        String baseName;
        switch (rule.trigger() == null ? "UNDERSTATEMENT" : rule.trigger()) {
            case "BUSINESS_TAX_SHORTFALL" -> {
                base = nz(request.businessTaxShortfall());
                baseName = "taxes.penalty.base.businessTax";
            }
            case "SMUGGLING" -> {
                base = nz(request.goodsValue());
                baseName = "taxes.penalty.base.goodsValue";
            }
            default -> {
                base = nz(request.shortfall());
                baseName = "taxes.penalty.base.shortfall";
            }
        }
        if (base.signum() <= 0) {
            return java.util.Optional.empty();
        }
        BigDecimal chosen = request.multiples().get(rule.code());
        if (request.voluntaryDisclosure() && rule.voluntaryDisclosure() != null) {
            return java.util.Optional.of(new Item(rule.code(), rule.label(), BigDecimal.ZERO, BigDecimal.ZERO,
                    rule.legalReference(), voluntary(rule, chain)));
        }
        String currency = chain.currency().value();
        if (chosen != null) {
            BigDecimal amount = base.multiply(chosen);
            // the legal range as the law states it: "五倍以下" (up to 5 ×) where it sets no minimum, "二倍至五倍" where it does
            String chosenCode = rule.legalMinimum().signum() == 0 ? "taxes.penalty.reckoning.chosen" : "taxes.penalty.reckoning.chosenBetween";
            return java.util.Optional.of(new Item(rule.code(), rule.label(), amount, amount, rule.legalReference(),
                    MessageText.of(chosenCode, Arg.number(chosen), Arg.code(baseName), Texts.payable(base, chain),
                            Arg.number(rule.legalMinimum()), Arg.number(rule.high()))));
        }
        // without a chosen multiple: the law's range, and where the low figure is a usual multiple above the law's
        // minimum (海關緝私條例 §37: 五倍以下, usually 2 ×), that multiple named as such
        String code;
        if (rule.legalMinimum().compareTo(rule.low()) < 0) {
            code = rule.legalMinimum().signum() == 0 ? "taxes.penalty.reckoning.usual" : "taxes.penalty.reckoning.usualBetween";
        } else {
            code = rule.legalMinimum().signum() == 0 ? "taxes.penalty.reckoning.range" : "taxes.penalty.reckoning.between";
        }
        return java.util.Optional.of(new Item(rule.code(), rule.label(), base.multiply(rule.low()), base.multiply(rule.high()),
                rule.legalReference(), MessageText.of(code, Arg.number(rule.low()), Arg.number(rule.high()),
                        Arg.code(baseName), Texts.payable(base, chain), Arg.number(rule.legalMinimum()))));
    }

    /**
     * An amount as the reader reads money, in the currency's minor units (TWD 473,432.00, not 473,432.000000 as typed): only
     * trailing zeros are dropped, so a figure with more digits than the minor unit still shows them all.
     */
    static BigDecimal minorUnits(BigDecimal amount, ChainDefinition chain) {
        int digits = java.util.Currency.getInstance(chain.currency().value()).getDefaultFractionDigits();
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() <= digits ? stripped.setScale(Math.max(digits, 0)) : stripped;
    }

    private static int capped(Integer days, Integer max) {
        if (days == null) {
            return 0;
        }
        return max == null ? days : Math.min(days, max);
    }

    /** A per-day reckoning; where the days given pass the legal cap, the capped variant names the cap. */
    private static MessageText perDay(String code, Integer daysGiven, PenaltyRule rule, Arg... args) {
        if (rule.maxDays() != null && daysGiven != null && daysGiven > rule.maxDays()) {
            Arg[] withCap = java.util.Arrays.copyOf(args, args.length + 1);
            withCap[args.length] = Arg.number(rule.maxDays());
            return MessageText.of(code + ".capped", withCap);
        }
        return MessageText.of(code, args);
    }

    /**
     * The legal basis of a penalty as a message: {@code taxes.penalty.law.<jurisdiction>.<code>}, with the rule's
     * figures as arguments ({0} the amount or rate a day, or the legal maximum multiple; {1} the usual multiple; {2}
     * the legal minimum), so a changed figure in the chain file shows without a changed sentence.
     */
    static MessageText legalBasis(PenaltyRule rule, ChainDefinition chain) {
        String currency = chain.currency().value();
        Arg first = switch (rule.kind()) {
            case "PER_DAY" -> Texts.payable(rule.amount(), chain);
            case "PER_DAY_PERCENT" -> Arg.percent(rule.amount());
            case "GREATER_OF_UNITS_OR_MULTIPLE" -> Arg.number(rule.units() == null ? BigDecimal.ZERO : rule.units());
            default -> Arg.number(rule.high() == null ? BigDecimal.ZERO : rule.high());
        };
        return MessageText.of("taxes.penalty.law." + chain.jurisdiction() + "." + rule.code(), first,
                Arg.number(rule.low() == null ? BigDecimal.ZERO : rule.low()), Arg.number(rule.legalMinimum()));
    }

    /** What a voluntary disclosure does to a penalty, as the law says it: {@code taxes.penalty.voluntary.<jurisdiction>.<code>}. */
    static MessageText voluntary(PenaltyRule rule, ChainDefinition chain) {
        return MessageText.of("taxes.penalty.voluntary." + chain.jurisdiction() + "." + rule.code());
    }

    private static PenaltyRule ruleOf(ChainDefinition chain, String code) {
        return chain.penalties().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
