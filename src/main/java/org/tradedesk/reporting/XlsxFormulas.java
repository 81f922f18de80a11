package org.tradedesk.reporting;

import java.math.RoundingMode;
import org.tradedesk.shared.RoundingRule;

/** Formula fragments that keep a worksheet's arithmetic faithful to the law's rounding. */
public final class XlsxFormulas {

    private XlsxFormulas() {
    }

    /**
     * Wraps {@code expression} in the spreadsheet form of a legal rounding rule.
     *
     * <p>Spreadsheets compute in binary doubles, so 0.29 × 100 gives 28.999999999999996 and a
     * plain {@code ROUNDDOWN(…, 0)} would truncate it to 28 where the law (and our BigDecimal
     * engine) says 29. The value is therefore first rounded to 12 significant digits, which drops
     * that noise while keeping every digit a customs amount really has (a double carries 15–17).
     * Only a figure with more than 12 significant digits lying within half a unit of its 12th digit
     * below a rounding boundary could step differently — beyond the precision of any amount in a
     * duty and tax worksheet.
     */
    public static String rounded(String expression, RoundingRule rule) {
        if (rule.scale() < 0) {
            return expression;
        }
        String clean = clean(expression);
        int s = rule.scale();
        RoundingMode mode = rule.mode();
        return switch (mode) {
            case DOWN -> "ROUNDDOWN(" + clean + "," + s + ")";
            case UP -> "ROUNDUP(" + clean + "," + s + ")";
            case HALF_UP -> "ROUND(" + clean + "," + s + ")";
            // INT rounds towards minus infinity in every spreadsheet program, whatever the sign
            case FLOOR -> "INT(" + clean + "*10^" + s + ")/10^" + s;
            case CEILING -> "-INT(-" + clean + "*10^" + s + ")/10^" + s;
            // no spreadsheet function rounds half to even: a tie (…5 exactly after cleaning) goes to the even neighbour
            case HALF_EVEN -> "IF(MOD(ABS(" + clean + ")*10^" + s + ",2)=0.5,ROUNDDOWN(" + clean + "," + s + "),"
                    + "IF(MOD(ABS(" + clean + ")*10^" + s + ",2)=1.5,ROUNDUP(" + clean + "," + s + "),ROUND(" + clean + "," + s + ")))";
            default -> throw ReportingException.invalidWorkbook("rounding rule " + rule.code(),
                    "no spreadsheet form for rounding mode " + mode);
        };
    }

    /** {@code expression} rounded to 12 significant digits (zero stays zero). */
    static String clean(String expression) {
        return "ROUND(" + expression + ",11-INT(LOG10(ABS(" + expression + ")+1E-300)))";
    }
}
