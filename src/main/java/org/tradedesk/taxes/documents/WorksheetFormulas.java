package org.tradedesk.taxes.documents;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.UnitOfMeasure;
import org.tradedesk.shared.duty.DutyExpression;

/**
 * A duty expression written as spreadsheet arithmetic over the worksheet's cells, with the meaning
 * {@link DutyExpression} gives it: an ad valorem rate times the base, a specific rate times the
 * line's quantity in the rate's unit, a compound duty as the sum, "whichever is higher/lower" as
 * MAX/MIN, a floor ({@code a MIN b}) as MAX and a cap ({@code a MAX b}) as MIN. Only rates in the
 * local currency and not per % of a content are written: another currency's rate depends on a
 * conversion the sheet does not hold.
 */
final class WorksheetFormulas {

    private WorksheetFormulas() {
    }

    /** Whether {@link #amount} can write the expression with the quantities the line has. */
    static boolean writable(DutyExpression e, CurrencyCode local, Set<UnitOfMeasure.Dimension> quantities) {
        if (e instanceof DutyExpression.AdValorem a) {
            // a % of the retail price has no cell of its own on the worksheet (the base is the customs value)
            return !a.ofRetailPrice();
        }
        if (e instanceof DutyExpression.Specific s) {
            return s.currency().equals(local) && s.perPercentOf() == null && quantities.contains(s.unit().dimension());
        }
        if (e instanceof DutyExpression.Difference d) {
            return writable(d.minuend(), local, quantities) && writable(d.subtrahend(), local, quantities);
        }
        if (e instanceof DutyExpression.Fixed f) {
            return f.currency().equals(local);
        }
        if (e instanceof DutyExpression.Sum sum) {
            return sum.terms().stream().allMatch(t -> writable(t, local, quantities));
        }
        if (e instanceof DutyExpression.Bounded b) {
            return writable(b.value(), local, quantities) && writable(b.limit(), local, quantities);
        }
        DutyExpression.Extreme x = (DutyExpression.Extreme) e;
        return x.alternatives().stream().allMatch(t -> writable(t, local, quantities));
    }

    /** The unrounded amount: {@code base} is the cell (or expression) the ad valorem parts apply to. */
    static String amount(DutyExpression e, String base, Map<UnitOfMeasure.Dimension, String> quantities) {
        if (e instanceof DutyExpression.AdValorem a) {
            return base + "*" + a.fraction().toPlainString();
        }
        if (e instanceof DutyExpression.Specific s) {
            return quantities.get(s.unit().dimension()) + "*" + perBaseUnit(s).toPlainString();
        }
        if (e instanceof DutyExpression.Fixed f) {
            return f.amount().toPlainString();
        }
        if (e instanceof DutyExpression.Difference d) {
            // never below zero, as DutyExpression.Difference evaluates it
            return "MAX(0," + amount(d.minuend(), base, quantities) + "-" + amount(d.subtrahend(), base, quantities) + ")";
        }
        if (e instanceof DutyExpression.Sum sum) {
            return "(" + sum.terms().stream().map(t -> amount(t, base, quantities)).collect(Collectors.joining("+")) + ")";
        }
        if (e instanceof DutyExpression.Bounded b) {
            // a floor keeps the higher of the two, a cap the lower
            return (b.bound() == DutyExpression.Bound.MIN ? "MAX(" : "MIN(")
                    + amount(b.value(), base, quantities) + "," + amount(b.limit(), base, quantities) + ")";
        }
        DutyExpression.Extreme x = (DutyExpression.Extreme) e;
        return x.which().name() + "(" + x.alternatives().stream().map(t -> amount(t, base, quantities))
                .collect(Collectors.joining(",")) + ")";
    }

    /**
     * A specific rate per base unit of its dimension (35.10 per 100 kg → 0.351 per kg): the rate cell of a
     * step charged on a quantity. Exact for the units tariffs use (powers of ten, litres, kg); a rate per a
     * quantity whose quotient does not terminate is carried to 34 digits, past what a spreadsheet holds.
     */
    static BigDecimal perBaseUnit(DutyExpression.Specific s) {
        BigDecimal per = s.per().multiply(s.unit().toBase());
        return per.compareTo(BigDecimal.ONE) == 0 ? s.amount()
                : s.amount().divide(per, java.math.MathContext.DECIMAL128).stripTrailingZeros();
    }
}
