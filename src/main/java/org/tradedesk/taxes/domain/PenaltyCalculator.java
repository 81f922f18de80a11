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
        List<Item> items = new ArrayList<>();
        BigDecimal shortfall = nz(request.shortfall());
        for (PenaltyRule rule : chain.penalties()) {
            switch (rule.kind()) {
                case "PER_DAY" -> {
                    int days = capped(request.daysLateDeclaration(), rule.maxDays());
                    if (days > 0) {
                        BigDecimal amount = rule.amount().multiply(BigDecimal.valueOf(days));
                        items.add(new Item(rule.code(), rule.label(), amount, amount,
                                rule.amount().toPlainString() + " × " + days + " days" + capNote(request.daysLateDeclaration(), rule),
                                rule.legalReference(), MessageText.of("taxes.penalty.reckoning.perDay",
                                        Arg.money(rule.amount(), chain.currency().value()), Arg.number(BigDecimal.valueOf(days)),
                                        capped(request.daysLateDeclaration(), rule))));
                    }
                }
                case "PER_DAY_PERCENT" -> {
                    int days = capped(request.daysLatePayment(), rule.maxDays());
                    BigDecimal unpaid = nz(request.unpaidTax());
                    if (days > 0 && unpaid.signum() > 0) {
                        BigDecimal amount = unpaid.multiply(rule.amount()).movePointLeft(2).multiply(BigDecimal.valueOf(days));
                        items.add(new Item(rule.code(), rule.label(), amount, amount,
                                unpaid.toPlainString() + " × " + rule.amount().toPlainString() + " % × " + days + " days"
                                        + capNote(request.daysLatePayment(), rule), rule.legalReference(),
                                MessageText.of("taxes.penalty.reckoning.perDayPercent", Arg.money(unpaid, chain.currency().value()),
                                        Arg.percent(rule.amount()), Arg.number(BigDecimal.valueOf(days)),
                                        capped(request.daysLatePayment(), rule))));
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
                        items.add(request.voluntaryDisclosure()
                                ? new Item(rule.code(), rule.label(), BigDecimal.ZERO, BigDecimal.ZERO, rule.voluntaryDisclosure(),
                                        rule.legalReference())
                                : new Item(rule.code(), rule.label(), BigDecimal.ZERO, high,
                                        "up to the greater of " + rule.units().toPlainString() + " penalty units × "
                                                + unit.value().toPlainString() + " (effective " + unit.period().from() + ") = "
                                                + units.toPlainString() + " and the shortfall " + multiple.toPlainString(),
                                        rule.legalReference(), MessageText.of("taxes.penalty.reckoning.greaterOfUnits",
                                                Arg.number(rule.units()), Arg.money(unit.value(), chain.currency().value()),
                                                Arg.date(unit.period().from()), Arg.money(units, chain.currency().value()),
                                                Arg.number(rule.high()), Arg.money(shortfall, chain.currency().value()))));
                    }
                }
                default -> throw new IllegalStateException("unknown penalty kind " + rule.kind() + " in " + chain.version());
            }
        }
        // A surcharge or fine is assessed in the currency's payable unit: the chain's display rounding
        // (TW: whole NT$, the fraction dropped as on every customs assessment; AU: to the cent).
        items.replaceAll(i -> new Item(i.code(), i.label(), chain.displayRounding().apply(i.low()),
                chain.displayRounding().apply(i.high()), i.explanation(), i.legalReference(), i.reckoning()));
        BigDecimal low = items.stream().map(Item::low).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal high = items.stream().map(Item::high).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PenaltyExposure(chain.jurisdiction(), chain.currency().value(), items, low, high);
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
        if (chosen != null && (chosen.compareTo(rule.legalMinimum()) < 0 || chosen.compareTo(rule.high()) > 0)) {
            throw TaxInputInvalid.field("multiples." + rule.code(), MessageText.of("taxes.reason.penalty.multiple",
                    Arg.number(chosen), Arg.number(rule.legalMinimum()), Arg.number(rule.high()),
                    Arg.literal(rule.legalReference() == null ? "" : rule.legalReference())));
        }
        if (request.voluntaryDisclosure() && rule.voluntaryDisclosure() != null) {
            return java.util.Optional.of(new Item(rule.code(), rule.label(), BigDecimal.ZERO, BigDecimal.ZERO, rule.voluntaryDisclosure(),
                    rule.legalReference()));
        }
        String currency = chain.currency().value();
        if (chosen != null) {
            BigDecimal amount = base.multiply(chosen);
            // the legal range as the law states it: "五倍以下" (up to 5 ×) where it sets no minimum, "二倍至五倍" where it does
            String chosenCode = rule.legalMinimum().signum() == 0 ? "taxes.penalty.reckoning.chosen" : "taxes.penalty.reckoning.chosenBetween";
            return java.util.Optional.of(new Item(rule.code(), rule.label(), amount, amount, null, rule.legalReference(),
                    MessageText.of(chosenCode, Arg.number(chosen), Arg.code(baseName), Arg.money(base, currency),
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
        return java.util.Optional.of(new Item(rule.code(), rule.label(), base.multiply(rule.low()), base.multiply(rule.high()), null,
                rule.legalReference(), MessageText.of(code, Arg.number(rule.low()), Arg.number(rule.high()),
                        Arg.code(baseName), Arg.money(base, currency), Arg.number(rule.legalMinimum()))));
    }

    private static int capped(Integer days, Integer max) {
        if (days == null) {
            return 0;
        }
        return max == null ? days : Math.min(days, max);
    }

    /** The cap on the days, as a message (empty when the days are within it). */
    private static Arg capped(Integer days, PenaltyRule rule) {
        return rule.maxDays() != null && days != null && days > rule.maxDays()
                ? Arg.message(MessageText.of("taxes.penalty.reckoning.capped", Arg.number(BigDecimal.valueOf(rule.maxDays()))))
                : Arg.literal("");
    }

    private static String capNote(Integer days, PenaltyRule rule) {
        return rule.maxDays() != null && days != null && days > rule.maxDays()
                ? " (capped at " + rule.maxDays() + " days; after that the law's next measure applies)" : "";
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
