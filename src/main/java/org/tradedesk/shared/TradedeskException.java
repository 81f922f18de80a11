package org.tradedesk.shared;

/**
 * Base of every business exception: unchecked, with a message code (looked up in the
 * message bundles for the page or problem detail) and an English fallback message.
 * Subclasses decide the HTTP status through {@link Kind}.
 */
public class TradedeskException extends RuntimeException {

    /** How the web edge should report the failure. */
    /** {@code FAULT}: the product's own failure (a document that cannot be laid out), a 5xx, never the caller's input. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, FAULT }

    private final String messageCode;
    private final Kind kind;
    private final transient Object[] arguments;
    private final MessageText text;

    public TradedeskException(String messageCode, String message, Object... arguments) {
        this(Kind.INVALID, messageCode, message, arguments);
    }

    public TradedeskException(Kind kind, String messageCode, String message, Object... arguments) {
        super(message);
        this.kind = kind;
        this.messageCode = messageCode;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
        this.text = null;
    }

    /**
     * A failure whose text is data: the code and typed arguments of {@code text}, rendered in the reader's
     * language at the edge; {@code message} is the English of the log only.
     */
    public TradedeskException(Kind kind, MessageText text, String message) {
        this(kind, text.code(), text, message);
    }

    /** As above, with a problem {@code code} of its own (a kind of failure whose texts vary). */
    public TradedeskException(Kind kind, String messageCode, MessageText text, String message) {
        super(message);
        this.kind = kind;
        this.messageCode = messageCode;
        this.arguments = new Object[0];
        this.text = text;
    }

    public String messageCode() {
        return messageCode;
    }

    public Kind kind() {
        return kind;
    }

    /** The text as data, when the failure was raised with one; else the code and {@link #arguments()} are the text. */
    public MessageText messageText() {
        return text;
    }

    /** The text as data in every case: {@link #messageText()}, or the code with its arguments as they are. */
    public MessageText asText() {
        if (text != null) {
            return text;
        }
        return new MessageText(messageCode, java.util.Arrays.stream(arguments)
                .map(a -> a instanceof MessageText m ? MessageText.Arg.message(m)
                        // a date read in the reader's format, not ISO (「回應日期 2027-12-07 晚於…」)
                        : a instanceof java.time.LocalDate d ? MessageText.Arg.date(d) : MessageText.Arg.literal(a)).toList());
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /**
     * Further members of the API's problem detail (e.g. the open items of a gate as an array, so a client need not split
     * the sentence); a value that is a message-source resolvable, or a list of them, is rendered in the reader's language.
     */
    public java.util.Map<String, Object> problemProperties() {
        return java.util.Map.of();
    }
}
