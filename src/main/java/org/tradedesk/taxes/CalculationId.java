package org.tradedesk.taxes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.UUID;
import org.tradedesk.shared.InvalidValueException;

/**
 * A saved calculation (試算), as the facade, events and other modules refer to it. REST bodies and URLs keep
 * the plain UUID (written and read as one); inside the model it travels as this type, so a client id or an
 * audit subject cannot be passed where a calculation is meant.
 */
public record CalculationId(@JsonValue UUID value) {

    public CalculationId {
        if (value == null) {
            throw new InvalidValueException("taxes.calculation.id.invalid", "a calculation id is a UUID");
        }
    }

    @JsonCreator
    public static CalculationId of(UUID value) {
        return new CalculationId(value);
    }

    public static CalculationId random() {
        return new CalculationId(UUID.randomUUID());
    }

    /** For Spring's conversion of a path variable or request parameter; a malformed one is a 400 naming it. */
    public static CalculationId valueOf(String text) {
        return parse(text);
    }

    /** The calculation of a UUID given as text (a stored column, an audit subject); refuses anything else. */
    public static CalculationId parse(String text) {
        try {
            return new CalculationId(UUID.fromString(text == null ? "" : text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("taxes.calculation.id.invalid", "not a calculation id: " + text);
        }
    }

    /** The reference a client reads on every document of a calculation: T1- and the id's first eight digits. */
    public String reference() {
        return "T1-" + value.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
