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

    /**
     * The reason already names the place — a line list's cell ({@code clearance.linelist.value.*}: "line 2, column 'Unit
     * Price (USD)' (unit price): …") — so a text shown to a reader does not put the location before it again (re-review F10:
     * "line 2, column 6: line 2, column 'Unit Price (USD)' …"). The location stays for programs.
     */
    public boolean reasonSaysWhere() {
        return reason != null && reason.code() != null && reason.code().startsWith("clearance.linelist.value.");
    }

    private static final java.util.regex.Pattern WHERE = java.util.regex.Pattern.compile(
            "line (\\d+)(?:, segment ([A-Z0-9]{1,6}) \\(position (\\d+)\\))?(?:, element (\\d+))?(?:, component (\\d+))?");
    private static final java.util.regex.Pattern PAGE = java.util.regex.Pattern.compile("page (\\d+)");
    private static final java.util.regex.Pattern LINE_THEN = java.util.regex.Pattern.compile("line (\\d+), (column (\\d+)|(/.*))(, column (\\d+))?");
    private static final java.util.regex.Pattern SHEET = java.util.regex.Pattern.compile("sheet (.{1,100}?)(?:, row (\\d+))?(?:, column (\\d+))?");

    /**
     * Where, as a message of its own with arguments, for the reader's language ({@code clearance.location.*}): a line,
     * a segment at its position, an element and component, a page; an XML path is shown as it is (it is no English).
     * Null when the message does not say where.
     */
    public MessageText locationText() {
        return locationText(location);
    }

    static MessageText locationText(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        java.util.regex.Matcher m = WHERE.matcher(location);
        if (m.matches()) {
            MessageText where = m.group(2) == null ? MessageText.of("clearance.location.line", MessageText.Arg.literal(m.group(1)))
                    : MessageText.of("clearance.location.segment", MessageText.Arg.literal(m.group(1)), MessageText.Arg.literal(m.group(2)),
                            MessageText.Arg.literal(m.group(3)));
            if (m.group(4) != null) {
                where = MessageText.of("clearance.location.element", MessageText.Arg.message(where), MessageText.Arg.literal(m.group(4)));
            }
            if (m.group(5) != null) {
                where = MessageText.of("clearance.location.component", MessageText.Arg.message(where), MessageText.Arg.literal(m.group(5)));
            }
            return where;
        }
        java.util.regex.Matcher then = LINE_THEN.matcher(location);
        if (then.matches()) {
            MessageText line = MessageText.of("clearance.location.line", MessageText.Arg.literal(then.group(1)));
            MessageText where = then.group(3) != null
                    ? MessageText.of("clearance.location.column", MessageText.Arg.message(line), MessageText.Arg.literal(then.group(3)))
                    : MessageText.of("clearance.location.path", MessageText.Arg.message(line), MessageText.Arg.literal(then.group(4)));
            return then.group(6) == null ? where
                    : MessageText.of("clearance.location.column", MessageText.Arg.message(where), MessageText.Arg.literal(then.group(6)));
        }
        java.util.regex.Matcher sheet = SHEET.matcher(location);
        if (sheet.matches()) {
            MessageText where = MessageText.of("clearance.location.sheet", MessageText.Arg.literal(sheet.group(1)));
            if (sheet.group(2) != null) {
                where = MessageText.of("clearance.location.row", MessageText.Arg.message(where), MessageText.Arg.literal(sheet.group(2)));
            }
            if (sheet.group(3) != null) {
                where = MessageText.of("clearance.location.column", MessageText.Arg.message(where), MessageText.Arg.literal(sheet.group(3)));
            }
            return where;
        }
        java.util.regex.Matcher page = PAGE.matcher(location);
        if (page.matches()) {
            return MessageText.of("clearance.location.page", MessageText.Arg.literal(page.group(1)));
        }
        return MessageText.of("clearance.location.other", MessageText.Arg.literal(location));
    }

    /** Where: e.g. {@code line 12}, {@code segment UNT (position 41), element 1}, {@code /Invoice/cac:InvoiceLine[3]}. */
    public String location() {
        return location;
    }
}
