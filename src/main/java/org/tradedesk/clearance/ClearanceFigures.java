package org.tradedesk.clearance;

import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.tradedesk.clearance.domain.MoneyCodes;
import org.tradedesk.platform.Formats;
import org.tradedesk.shared.Money;

/**
 * Amounts in clearance's pages, PDFs and worksheets as every clearance text prints them ({@link MoneyCodes#taxScale}, T4
 * review t4fixT 3: the declaration page showed 稅費 TWD 48,619.00): the one helper of the module (t4fixW: the history
 * lines, the issue reports, the summary and the dispute letter each had their own). {@code ${@clearanceFigures.tax(amount,
 * currency)}} gives the grouped figure, {@code ${@clearanceFigures.money(m)}} the currency and the figure: whole NT$ for a
 * TWD amount without cents, the currency's minor unit otherwise; {@link #decimals} the decimals of a worksheet's cell.
 */
@Component("clearanceFigures")
public class ClearanceFigures {

    /** Grouping only (no dates, no zone): the same in every language. */
    private static final Formats GROUPING = new Formats(Clock.systemUTC());

    ClearanceFigures() {
    }

    /** The grouped amount without its currency code (the page prints the code beside it); "" for none. */
    public String tax(BigDecimal amount, String currency) {
        return figure(amount, currency);
    }

    /** The currency and the grouped amount ("TWD 36,000", "AUD 1,234.50"); "" for none. */
    public String money(Money money) {
        return money == null ? "" : text(money.amount(), money.currency().value());
    }

    /** {@link #money(Money)} of an amount and its currency code. */
    public String money(BigDecimal amount, String currency) {
        return amount == null ? "" : text(amount, currency);
    }

    /** The grouped figure by the one rule ({@link MoneyCodes#taxScale}); "" for none. */
    public static String figure(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        int scale = MoneyCodes.taxScale(amount, currency);
        return scale < 0 ? GROUPING.number(amount) : GROUPING.amountAt(amount.setScale(scale, java.math.RoundingMode.HALF_UP), scale);
    }

    /** The currency code, a space and {@link #figure}. */
    public static String text(BigDecimal amount, String currency) {
        return (currency == null ? "" : currency.strip() + " ") + figure(amount, currency);
    }

    /**
     * The decimals of an amount's worksheet cell by the same rule (a TWD column whole, AUD two decimals; the cell keeps the
     * exact value): what {@link #figure} prints.
     */
    public static int decimals(BigDecimal amount, String currency) {
        int scale = MoneyCodes.taxScale(amount, currency);
        return scale >= 0 ? Math.min(scale, 10) : amount == null ? 0 : Math.min(Math.max(amount.stripTrailingZeros().scale(), 0), 10);
    }
}
