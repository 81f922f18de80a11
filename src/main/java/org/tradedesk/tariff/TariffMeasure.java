package org.tradedesk.tariff;

import java.time.LocalDate;

/**
 * A duty measure on a tariff line: {@code type} GENERAL, PREFERENTIAL or NON_MFN; {@code scheme} the
 * preference code or FTA (CA, DCS, AUSFTA…) or the Taiwan column; {@code expression} in the
 * duty-expression notation ({@code org.tradedesk.shared.duty.DutyExpression}); {@code originalText}
 * as published. {@code validFrom == null}: in force since before this schedule version.
 */
public record TariffMeasure(String type, String scheme, String partner, LocalDate validFrom, LocalDate validTo,
                            String expression, String originalText, String source) {

    public boolean inForceOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
