package org.tradedesk.clients;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.tradedesk.shared.InvalidValueException;

/**
 * A client of the desk, as other modules and the clients facade refer to it: the number the clients
 * module gave it. REST bodies and URLs keep the plain number (it is written and read as one); inside
 * the model it travels as this type, so a contact id or a tax id cannot be passed where a client is meant.
 */
public record ClientId(@JsonValue long value) {

    public ClientId {
        if (value <= 0) {
            throw new InvalidValueException("clients.client.id.invalid", "a client id is a positive number: " + value);
        }
    }

    @JsonCreator
    public static ClientId of(long value) {
        return new ClientId(value);
    }

    /** The client of a number given as text (a form field, a stored column); refuses anything else. */
    public static ClientId parse(String text) {
        if (text == null || !text.strip().matches("\\d{1,18}")) {
            throw new InvalidValueException("clients.client.id.invalid", "not a client id: " + text);
        }
        return new ClientId(Long.parseLong(text.strip()));
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
