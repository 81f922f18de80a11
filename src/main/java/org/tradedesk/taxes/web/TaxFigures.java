package org.tradedesk.taxes.web;

import java.math.BigDecimal;
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

    /** The bundles naming a rate's unit and the retail price ({@link org.tradedesk.taxes.documents.RateTexts}); none: as stored. */
    private final org.springframework.context.MessageSource messages;

    TaxFigures() {
        this(null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    TaxFigures(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    /** A step's or a tax's rate text in the reader's language (20 TWD/個, 零售價格之 16.5%), as the letter prints it. */
    public String rate(String rate) {
        return messages == null ? rate
                : org.tradedesk.taxes.documents.RateTexts.render(rate, messages, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** A tariff code in the letter's dotted form (8703.23.90), as the worksheet prints it. */
    public String tariffCode(String code) {
        return TaxDocuments.tariffCode(code);
    }

    /** A saved calculation's total in the list, in the unit the law pays it (TWD 604,104; AUD 1,234.50). */
    public String saved(org.tradedesk.taxes.SavedCalculation.Summary r) {
        return TaxDocuments.payableText(r.total(), r.jurisdiction(), r.chainVersion(), r.date(), r.currency());
    }

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
        return TaxDocuments.rounded(value, currency, RoundingRule.parse(rounding));
    }

    /**
     * A tax's total as its steps round it: whole NT$ where every step of the tax is truncated to whole dollars (Taiwan's
     * duty, 129,069, not 129,069.00), else in the currency's minor units (issue 6: one figure, one form, everywhere).
     */
    public String tax(org.tradedesk.taxes.TaxResult result, String code, BigDecimal value) {
        return TaxDocuments.rounded(value, result.currency(), roundings(result, java.util.Set.of(code)));
    }

    /** A total of the result's taxes (the calculation's, an option's): whole NT$ where every tax in it is. */
    public String total(org.tradedesk.taxes.TaxResult result, BigDecimal value) {
        java.util.Set<String> taxes = new java.util.HashSet<>();
        result.taxes().forEach(t -> taxes.add(t.code()));
        return TaxDocuments.rounded(value, result.currency(), roundings(result, taxes));
    }

    private static java.util.List<RoundingRule> roundings(org.tradedesk.taxes.TaxResult result, java.util.Set<String> codes) {
        return result.steps().stream().filter(s -> codes.contains(s.code())).map(s -> RoundingRule.parse(s.rounding())).toList();
    }

    private static final Formats FORMATS = new Formats(java.time.Clock.systemUTC());
}
