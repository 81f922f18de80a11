package org.tradedesk.tariff.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One effective-dated rate read from a published rate text: the canonical duty expression
 * (checked by {@code DutyExpression.parse}) and the text it came from.
 * {@code validFrom == null} means "in force before the first staged date of the text".
 */
public record RateMeasure(MeasureType type, String preference, LocalDate validFrom, LocalDate validTo,
                          String expression, String originalText) {

    public RateMeasure {
        Objects.requireNonNull(type, "measure type");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(originalText, "original text");
        if (type == MeasureType.PREFERENTIAL && (preference == null || preference.isBlank())) {
            throw new IllegalArgumentException("a preferential rate names its preference code or scheme");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("rate ends " + validTo + " before it starts " + validFrom);
        }
    }
}
