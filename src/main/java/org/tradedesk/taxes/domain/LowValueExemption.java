package org.tradedesk.taxes.domain;

import static org.tradedesk.shared.duty.DutyEvaluation.shown;

import java.math.BigDecimal;
import java.util.Optional;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.shared.RoundingRule;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxResult.TaxStep;
import org.tradedesk.taxes.domain.ChainDefinition.LowValueRule;

/**
 * The low-value (de minimis, 低價免稅) rule: goods whose shipment's customs value is at or below the
 * chain's threshold for the date are not taxed at the border by the steps the chain marks exempt,
 * except goods of the chapters the rule names (alcohol, tobacco). The threshold, the exceptions and
 * the provision (Australia: the A$1,000 low-value threshold; Taiwan: the NT$2,000 limit for postal and
 * express consignments under 關稅法 and its 免稅限額 rules) are the chain file's data with their
 * legal reference; a rule limited to a consignment kind applies to that kind only. Shown as a step
 * whenever the jurisdiction has a rule for the date, so a reader sees why a tax is or is not there.
 */
final class LowValueExemption {

    static final String STEP_CODE = "LOW_VALUE";

    /** Which lines are exempt, and the step that shows the test (null when the chain has no rule). */
    record Outcome(boolean[] lineLow, TaxStep step) {
        boolean low(int line) {
            return lineLow[line];
        }
    }

    private LowValueExemption() {
    }

    static Outcome apply(ChainDefinition chain, TaxRequest request, BigDecimal customsValue, String[] tariffDigits) {
        Optional<LowValueRule> rule = chain.lowValueRule(request.date())
                .filter(r -> r.consignment() == null || r.consignment().equals(request.consignment().name()));
        boolean[] lineLow = new boolean[tariffDigits.length];
        if (rule.isEmpty()) {
            return new Outcome(lineLow, null);
        }
        LowValueRule r = rule.get();
        boolean lowValue = customsValue.compareTo(r.threshold()) <= 0;
        for (int i = 0; i < tariffDigits.length; i++) {
            lineLow[i] = lowValue && !r.excepts(tariffDigits[i]);
        }
        return new Outcome(lineLow, step(r, customsValue, lowValue, chain));
    }

    private static TaxStep step(LowValueRule rule, BigDecimal customsValue, boolean lowValue, ChainDefinition chain) {
        Arg value = Texts.money(customsValue, chain.currency());
        Arg threshold = Texts.money(rule.threshold(), chain.currency());
        MessageText explanation;
        if (!lowValue) {
            explanation = MessageText.of("taxes.lowValue.above", value, threshold);
        } else if (rule.exceptChapters().isEmpty()) {
            explanation = MessageText.of("taxes.lowValue.below", value, threshold);
        } else {
            explanation = MessageText.of("taxes.lowValue.belowExcept", value, threshold,
                    Arg.literal(String.join(", ", rule.exceptChapters())));
        }
        MessageText source = MessageText.of("taxes.source.lowValue", Arg.literal(chain.version()), Arg.date(rule.period().from()));
        MessageText base = Texts.sum(java.util.List.of(Arg.code("taxes.value." + ChainDefinition.CUSTOMS_VALUE)));
        return new TaxStep(null, STEP_CODE, rule.label(), ChainDefinition.CUSTOMS_VALUE, shown(customsValue),
                "≤ " + rule.threshold().toPlainString() + " " + chain.currency(), source, BigDecimal.ZERO, BigDecimal.ZERO,
                RoundingRule.NONE.code(), false, rule.legalReference(), explanation, base);
    }
}
