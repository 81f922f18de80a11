package org.tradedesk.taxes.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.tradedesk.platform.Formats;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.RoundingRule;
import org.springframework.stereotype.Component;
import org.tradedesk.taxes.documents.TaxDocuments;

/**
 * Figures on the T1 pages exactly as the worksheet and the letter print them ({@link TaxDocuments#amount}):
 * {@code ${@taxFigures.amount(value, currency)}}, so a figure reads the same on screen and on paper.
 */
@Component("taxFigures")
class TaxFigures {

    public String amount(BigDecimal value, String currency) {
        return TaxDocuments.amount(value, currency);
    }

    /**
     * A step's amount before its legal rounding: at least the currency's minor units (31,608.00, not 31,608.0), an exact
     * quotient as {@link org.tradedesk.taxes.ShownQuotient} rules, with "≈" (32,934.7727, not 32,934.7727272727).
     */
    public String exact(BigDecimal value, String currency) {
        if (value == null) {
            return "";
        }
        boolean approximate = org.tradedesk.taxes.ShownQuotient.approximate(value);
        BigDecimal v = org.tradedesk.taxes.ShownQuotient.shown(value).stripTrailingZeros();
        return (approximate ? "≈ " : "") + FORMATS.exactAmount(v.scale() < 0 ? v.setScale(0) : v, CurrencyCode.of(currency));
    }

    /**
     * A step's amount after its legal rounding, in the rounding's unit where the law rounds to whole dollars (31,608, 4,950),
     * else in the currency's minor units.
     */
    public String rounded(BigDecimal value, String currency, String rounding) {
        if (value == null) {
            return "";
        }
        RoundingRule rule = RoundingRule.parse(rounding);
        if (rule.scale() >= 0 && rule.scale() < CurrencyCode.of(currency).isoFractionDigits()) {
            return FORMATS.number(value.setScale(rule.scale(), RoundingMode.HALF_UP));
        }
        return amount(value, currency);
    }

    /**
     * A tax's total as its steps round it: whole NT$ where every step of the tax is truncated to whole dollars (Taiwan's
     * duty, 129,069, not 129,069.00), else in the currency's minor units (issue 6: one figure, one form, everywhere).
     */
    public String tax(org.tradedesk.taxes.TaxResult result, String code, BigDecimal value) {
        java.util.Set<String> roundings = new java.util.HashSet<>();
        result.steps().stream().filter(s -> s.code().equals(code)).forEach(s -> roundings.add(String.valueOf(s.rounding())));
        return roundings.size() == 1 ? rounded(value, result.currency(), roundings.iterator().next()) : amount(value, result.currency());
    }


    private static final Formats FORMATS = new Formats(java.time.Clock.systemUTC());
}
