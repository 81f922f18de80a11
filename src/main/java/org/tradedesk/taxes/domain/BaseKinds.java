package org.tradedesk.taxes.domain;

import java.util.ArrayList;
import java.util.List;
import org.tradedesk.shared.duty.DutyExpression;

/**
 * What a step's base is (review of T1 R6): the step's own base (the customs value and what the chain adds to it), or
 * the retail price where every value part of the rate is a % of the retail price (UK tobacco: acceptance review r-t1
 * F10). Bases of different kinds do not add up: a total over a wine line (customs value) and a cigarettes line (retail
 * price) has no one base.
 */
public final class BaseKinds {

    private BaseKinds() {
    }

    /** Whether the rate's value parts are all a % of the retail price (there is at least one). */
    public static boolean onRetailPrice(DutyExpression expression) {
        List<DutyExpression.AdValorem> parts = new ArrayList<>();
        adValoremParts(expression, parts);
        return !parts.isEmpty() && parts.stream().allMatch(DutyExpression.AdValorem::ofRetailPrice);
    }

    /** As above for a step's canonical rate text; false for a text that is no duty expression. */
    public static boolean onRetailPrice(String rate) {
        if (rate == null || rate.isBlank() || !rate.contains("retail")) {
            return false;
        }
        try {
            return onRetailPrice(DutyExpression.parse(rate));
        } catch (RuntimeException notAnExpression) {
            return false;
        }
    }

    static void adValoremParts(DutyExpression e, List<DutyExpression.AdValorem> out) {
        if (e instanceof DutyExpression.AdValorem a) {
            out.add(a);
        } else if (e instanceof DutyExpression.Sum sum) {
            sum.terms().forEach(t -> adValoremParts(t, out));
        } else if (e instanceof DutyExpression.Difference d) {
            adValoremParts(d.minuend(), out);
            adValoremParts(d.subtrahend(), out);
        } else if (e instanceof DutyExpression.Bounded b) {
            adValoremParts(b.value(), out);
            adValoremParts(b.limit(), out);
        } else if (e instanceof DutyExpression.Extreme x) {
            x.alternatives().forEach(t -> adValoremParts(t, out));
        }
    }
}
