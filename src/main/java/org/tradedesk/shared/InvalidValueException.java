package org.tradedesk.shared;

/**
 * A value failed its own validation (a wrong code, a negative amount...). Carries a message code
 * for the UI and a plain-English message naming the value, so errors say what and where.
 */
public class InvalidValueException extends TradedeskException {

    public InvalidValueException(String messageCode, String message) {
        super(messageCode, message);
    }

    /** With the text as data (a code and its arguments) for the reader; {@code message} is for the log. */
    public InvalidValueException(MessageText text, String message) {
        super(Kind.INVALID, text, message);
    }

    /** As above, under a problem {@code messageCode} shared by several texts (e.g. every wrong unit). */
    public InvalidValueException(String messageCode, MessageText text, String message) {
        super(Kind.INVALID, messageCode, text, message);
    }
}
