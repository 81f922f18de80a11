package org.tradedesk.taxes.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tradedesk.shared.InvalidValueException;
import org.tradedesk.shared.duty.DutyExpression;
import org.tradedesk.shared.duty.DutyExpressionInvalid;
import org.tradedesk.taxes.TaxInputInvalid;

/**
 * Duty expressions parsed once: a 1,000-line invoice repeats a handful of rate texts, and parsing
 * each line's again would cost more than evaluating it. A text that does not parse is the request's
 * mistake, reported on the field that carried it.
 */
final class DutyExpressions {

    private static final int CACHE_LIMIT = 10_000;

    private final Map<String, DutyExpression> parsed = new ConcurrentHashMap<>();

    DutyExpression parse(String text, String field) {
        DutyExpression e = parsed.get(text);
        if (e != null) {
            return e;
        }
        try {
            e = DutyExpression.parse(text);
        } catch (DutyExpressionInvalid | InvalidValueException invalid) {
            throw TaxInputInvalid.field(field, invalid);
        }
        if (parsed.size() > CACHE_LIMIT) {
            parsed.clear();
        }
        parsed.put(text, e);
        return e;
    }
}
