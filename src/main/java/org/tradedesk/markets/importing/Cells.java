package org.tradedesk.markets.importing;

import java.math.BigDecimal;
import org.tradedesk.markets.TradeRow;

/** Cell parsing shared by the readers: trimmed, empty = null, bad numbers a {@link RowProblem} naming the column. */
final class Cells {

    private Cells() {
    }

    /** The years a trade row may fall in (a year outside is a typing error: 999年 would be 2910). */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    static String text(String cell) {
        if (cell == null) {
            return null;
        }
        String t = cell.strip();
        return t.isEmpty() ? null : t;
    }

    static BigDecimal decimal(String cell, String column) {
        String t = text(cell);
        if (t == null) {
            return null;
        }
        try {
            return bounded(new BigDecimal(t.replace(",", "")), column, t);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RowProblem("markets.reject.number", column + " = \"" + t + "\"");
        }
    }

    /**
     * {@code d} when it fits the store (at most {@link TradeRow#MAX_AMOUNT}, on the store's 0.001 grid, so rounding never
     * takes it over), else a
     * {@link RowProblem} {@code markets.reject.too-large} naming the column, the cell and the bound.
     */
    static BigDecimal bounded(BigDecimal d, String column, String cell) {
        if (d != null && d.abs().compareTo(TradeRow.MAX_AMOUNT) > 0) {
            throw new RowProblem("markets.reject.too-large", column + " = " + cell + " > " + TradeRow.MAX_AMOUNT.toPlainString());
        }
        return d;
    }

    /** The row when its value, quantity and net weight all fit the store (see {@link #bounded}); the one check every reader passes. */
    static TradeRow stored(TradeRow r) {
        bounded(r.valueUsd(), "value", r.valueUsd().toPlainString());
        if (r.quantity() != null) {
            bounded(BigDecimal.valueOf(r.quantity()), "quantity", BigDecimal.valueOf(r.quantity()).toPlainString());
        }
        if (r.netMassKg() != null) {
            bounded(BigDecimal.valueOf(r.netMassKg()), "net weight", BigDecimal.valueOf(r.netMassKg()).toPlainString());
        }
        return r;
    }

    /** A quantity or mass: null when empty or 0 (a 0 there means "not reported"; no unit value can be drawn from it). */
    static Double positive(String cell, String column) {
        BigDecimal d = decimal(cell, column);
        if (d == null || d.signum() == 0) {
            return null;
        }
        if (d.signum() < 0) {
            throw new RowProblem("markets.reject.negative", column + " = " + d.toPlainString());
        }
        return d.doubleValue();
    }

    static int year(String cell, String column) {
        String t = text(cell);
        if (t == null) {
            throw new RowProblem("markets.reject.missing", column);
        }
        try {
            int y = Integer.parseInt(t);
            if (y < FIRST_YEAR || y > LAST_YEAR) {
                throw new RowProblem("markets.reject.year", column + " = " + t);
            }
            return y;
        } catch (NumberFormatException e) {
            throw new RowProblem("markets.reject.year", column + " = \"" + t + "\"");
        }
    }

    /** The trade value: required, not negative. */
    static BigDecimal value(String cell, String column) {
        BigDecimal v = decimal(cell, column);
        if (v == null) {
            throw new RowProblem("markets.reject.value-missing", column);
        }
        if (v.signum() < 0) {
            throw new RowProblem("markets.reject.negative", column + " = " + v.toPlainString());
        }
        return v;
    }

    static String required(String cell, String column) {
        String t = text(cell);
        if (t == null) {
            throw new RowProblem("markets.reject.missing", column);
        }
        return t;
    }
}
