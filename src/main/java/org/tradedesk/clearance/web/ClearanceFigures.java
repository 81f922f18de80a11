package org.tradedesk.clearance.web;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import org.tradedesk.clearance.domain.MoneyCodes;
import org.tradedesk.platform.Formats;

/**
 * Tax amounts on the clearance pages as every clearance text prints them ({@link MoneyCodes#taxScale}, T4 review t4fixT 3:
 * the declaration page showed 稅費 TWD 48,619.00): {@code ${@clearanceFigures.tax(amount, currency)}} gives the grouped
 * figure, whole NT$ for Taiwan's duties and taxes, the currency's minor unit otherwise.
 */
@Component("clearanceFigures")
public class ClearanceFigures {

    private final Formats formats;

    ClearanceFigures(Formats formats) {
        this.formats = formats;
    }

    /** The grouped amount without its currency code (the page prints the code beside it). */
    public String tax(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        int scale = MoneyCodes.taxScale(amount, currency);
        return scale < 0 ? formats.number(amount) : formats.amountAt(amount.setScale(scale, java.math.RoundingMode.HALF_UP), scale);
    }
}
