package org.tradedesk.clearance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.tradedesk.shared.InvalidValueException;

/** A clearance transaction (the file of one shipment) as the module and other modules refer to it; REST keeps the plain number. */
public record TransactionId(@JsonValue long value) {

    public TransactionId {
        if (value <= 0) {
            throw new InvalidValueException("clearance.transaction.id.invalid", "a transaction id is a positive number: " + value);
        }
    }

    @JsonCreator
    public static TransactionId of(long value) {
        return new TransactionId(value);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
