package org.tradedesk.platform.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tradedesk.shared.TradedeskException;
import org.tradedesk.shared.duty.DutyExpression;

/**
 * The one set of input bounds of the product: the invoice form, the tax API and the batch upload read every limit here
 * (directly or through {@link Amount}, {@link Percent}, {@link DateWindow}, {@link DutyRate}), and the README table
 * "Limits of a request" states them. Also for code that checks outside an annotation (a rate inside a duty expression,
 * a row of an uploaded file).
 */
public final class Bounds {

    /**
     * Amounts are stored as NUMERIC(24,6): 18 digits before the point would fit, 15 leave room for
     * sums and conversions of such amounts (a total of many lines, a rate of 30 local per unit).
     */
    public static final int AMOUNT_INTEGER_DIGITS = 15;
    public static final int AMOUNT_FRACTION_DIGITS = 6;

    /**
     * The highest ad valorem rate anyone may type: the highest rates published (Australian and
     * Taiwanese tariffs stay under 200 %, even the ad valorem equivalents of specific rates under
     * 1,000 %) — beyond that it is a typing error.
     */
    public static final BigDecimal MAX_PERCENT = new BigDecimal("1000");

    /** Calculation and invoice dates: no tariff or exchange rate goes back further or forward as far (ISO, for annotations). */
    public static final String EARLIEST = "1900-01-01";
    public static final String LATEST = "2100-12-31";
    public static final LocalDate EARLIEST_DATE = LocalDate.parse(EARLIEST);
    public static final LocalDate LATEST_DATE = LocalDate.parse(LATEST);

    /** A share of the goods in percent (alcohol by volume, sucrose, total soluble solids): 0 to 100. */
    public static final String MAX_SHARE_PERCENT = "100";

    /** The most lines one invoice form takes (a larger invoice goes through the batch upload). */
    public static final int MAX_FORM_LINES = 200;

    /** The most lines one tax API request takes (issue 11: above it, 413 naming {@code lines}). */
    public static final int MAX_API_LINES = 5_000;

    /** The most rows one batch upload takes. */
    public static final int MAX_BATCH_ROWS = 5_000;

    private Bounds() {
    }

    /**
     * Digits before the decimal point ({@code 1e308} has 309, {@code 0.5} none). Worked out in {@code long}: for
     * {@code 1e2147483647} the {@code int} difference overflowed to a negative count, so the number "fitted" and was stored
     * (code read R2); the count is capped at {@code Integer.MAX_VALUE}.
     */
    public static int integerDigits(BigDecimal value) {
        long digits = (long) value.precision() - value.scale();
        return (int) Math.min(Math.max(digits, 0L), Integer.MAX_VALUE);
    }

    /**
     * Digits after the decimal point, trailing zeros not counted ({@code 1.500000000} has 1). A scale beyond 1,000 is far
     * out of any bound: it is returned as it is, without stripping zeros off a number that long.
     */
    public static int fractionDigits(BigDecimal value) {
        if (value.scale() > 1_000) {
            return value.scale();
        }
        return Math.max(value.stripTrailingZeros().scale(), 0);
    }

    public static boolean amountFits(BigDecimal value) {
        return value == null || (integerDigits(value) <= AMOUNT_INTEGER_DIGITS && fractionDigits(value) <= AMOUNT_FRACTION_DIGITS);
    }

    public static boolean percentFits(BigDecimal percent) {
        return percent == null || percent.abs().compareTo(MAX_PERCENT) <= 0;
    }

    /** True for a blank or unparsable text (reported elsewhere) and for one within the bounds. */
    public static boolean dutyFits(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        try {
            return dutyFits(DutyExpression.parse(text));
        } catch (TradedeskException malformed) {
            return true;
        }
    }

    private static boolean dutyFits(DutyExpression e) {
        if (e instanceof DutyExpression.AdValorem a) {
            return Bounds.percentFits(a.percent());
        }
        if (e instanceof DutyExpression.Specific s) {
            return Bounds.amountFits(s.amount());
        }
        if (e instanceof DutyExpression.Fixed f) {
            return Bounds.amountFits(f.amount());
        }
        if (e instanceof DutyExpression.Sum s) {
            return s.terms().stream().allMatch(Bounds::dutyFits);
        }
        if (e instanceof DutyExpression.Bounded b) {
            return dutyFits(b.value()) && dutyFits(b.limit());
        }
        return !(e instanceof DutyExpression.Extreme x) || x.alternatives().stream().allMatch(Bounds::dutyFits);
    }
}
