package org.tradedesk.clearance.messages;

import org.tradedesk.shared.MessageText;

/**
 * A file that could not be read as the message it claims to be (or as any message the desk knows),
 * with where it went wrong — a line, a segment and element position, an XML path — so the user can
 * find the fault. Thrown before anything is stored.
 */
public class UnreadableMessage extends RuntimeException {

    private final transient MessageText reason;
    private final String location;

    public UnreadableMessage(MessageText reason, String location, String logDetail) {
        super(logDetail);
        this.reason = reason;
        this.location = location;
    }

    /** What is wrong, as a message code with arguments (rendered in the reader's language). */
    public MessageText reason() {
        return reason;
    }

    /** Where: e.g. {@code line 12}, {@code segment UNT (position 41), element 1}, {@code /Invoice/cac:InvoiceLine[3]}. */
    public String location() {
        return location;
    }
}
