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
     * <p>Spreadsheets compute in binary doubles, where 0.29 × 100 is 28.999999999999996. Excel's
     * rounding functions, and POI's evaluator that mimics them, work on the value's 15-significant-digit
     * decimal form, so {@code ROUNDDOWN(0.29*100,0)} is 29 as the law (and our BigDecimal engine) says;
     * {@code XlsxWorkbookTest.agreesWithBigDecimalTruncationOnManyProducts} checks that agreement.
     * {@code HALF_EVEN} has no spreadsheet function: a tie goes to the even neighbour by test on MOD.
     */
    public static String rounded(String expression, RoundingRule rule) {
        if (rule.scale() < 0) {
            return expression;
        }
        String x = expression;
        int s = rule.scale();
        RoundingMode mode = rule.mode();
        return switch (mode) {
            case DOWN -> "ROUNDDOWN(" + x + "," + s + ")";
            case UP -> "ROUNDUP(" + x + "," + s + ")";
            case HALF_UP -> "ROUND(" + x + "," + s + ")";
            // INT rounds towards minus infinity in every spreadsheet program, whatever the sign
            case FLOOR -> "INT((" + x + ")*10^" + s + ")/10^" + s;
            case CEILING -> "-INT(-(" + x + ")*10^" + s + ")/10^" + s;
            case HALF_EVEN -> "IF(MOD(ABS(" + x + ")*10^" + s + ",2)=0.5,ROUNDDOWN(" + x + "," + s + "),"
                    + "IF(MOD(ABS(" + x + ")*10^" + s + ",2)=1.5,ROUNDUP(" + x + "," + s + "),ROUND(" + x + "," + s + ")))";
            default -> throw ReportingException.invalidWorkbook("rounding rule " + rule.code(),
                    "no spreadsheet form for rounding mode " + mode);
        };
    }
}
