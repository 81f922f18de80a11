package org.tradedesk.taxes;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tradedesk.shared.MessageText;

/**
 * A customs exchange rate of the taxes module's effective-dated table, as another module may read it: local currency
 * per one unit of the foreign currency (an Australian rate published as foreign per A$1 is turned round), the
 * publisher's source and the period it is in force (to null: open); {@code sourceText} the source and the rate-table row as
 * a message for the reader's language.
 */
public record CustomsRate(String jurisdiction, String currency, String localCurrency, BigDecimal localPerForeign, String source,
        LocalDate effectiveFrom, LocalDate effectiveTo, MessageText sourceText) {

    /**
     * {@code sourceText} for a Spring message argument (a form error's), resolved in the reader's language; its arguments
     * are literals (the source, the row).
     */
    public org.springframework.context.MessageSourceResolvable sourceResolvable() {
        Object[] args = sourceText.args().stream().map(MessageText.Arg::value).toArray();
        return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {sourceText.code()}, args,
                source == null ? "-" : source);
    }
}
