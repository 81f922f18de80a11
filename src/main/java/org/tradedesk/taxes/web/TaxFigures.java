package org.tradedesk.taxes.web;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import org.tradedesk.taxes.documents.TaxDocuments;

/**
 * Figures on the T1 pages exactly as the worksheet and the letter print them ({@link TaxDocuments#amount}):
 * {@code ${@taxFigures.amount(value, currency)}}, so a figure reads the same on screen and on paper.
 */
@Component("taxFigures")
class TaxFigures {

    public String amount(BigDecimal value, String currency) {
        return TaxDocuments.amount(value, currency);
    }
}
