package org.tradedesk.shared;

/**
 * Base of every business exception: unchecked, with a message code (looked up in the
 * message bundles for the page or problem detail) and an English fallback message.
 * Subclasses decide the HTTP status through {@link Kind}.
 */
public class TradedeskException extends RuntimeException {

    /** How the web edge should report the failure. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN }

    private final String messageCode;
    private final Kind kind;
    private final transient Object[] arguments;

    public TradedeskException(String messageCode, String message, Object... arguments) {
        this(Kind.INVALID, messageCode, message, arguments);
    }

    public TradedeskException(Kind kind, String messageCode, String message, Object... arguments) {
        super(message);
        this.kind = kind;
        this.messageCode = messageCode;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public String messageCode() {
        return messageCode;
    }

    public Kind kind() {
        return kind;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
