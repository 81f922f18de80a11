package org.tradedesk.clearance;

import java.time.Instant;
import org.tradedesk.shared.MessageText;

/** One line of a file's history: when, who, and what, as a message rendered in the reader's language. */
public record HistoryEntry(long id, Instant at, String username, MessageText what) {

    public HistoryEntry {
        what = shown(what);
    }

    static final String RESPONSE = "clearance.history.response";
    static final String SOURCE = "clearance.response.source.";
    static final String SENDER = "clearance.response.sender.";

    /**
     * A customs response line as written now, whenever it was written (read-time upgrade; the stored line is not changed):
     * <ul>
     *   <li>it names the message by its sender and number only ("臺灣 N5110"), then what it says ("稅費繳納通知"): lines
     *       written before (review of issue 8: "臺灣 N5110 稅費繳納通知：稅費繳納通知", the label twice) named it by its full
     *       name ({@code clearance.response.source.*}), which already holds the kind, and the first ones by the raw
     *       message name as text ({@code CUSRES_D99B}, {@code TW_N5107}); both are read as the sender;</li>
     *   <li>lines written before the acceptance review of issue 8 have five arguments, without the N5107 補辦期限 (the
     *       sixth): they are read with none (their codes were stored without text and are shown as stored).</li>
     * </ul>
     */
    static MessageText shown(MessageText what) {
        if (what == null || !RESPONSE.equals(what.code()) || what.args().isEmpty()) {
            return what;
        }
        java.util.List<MessageText.Arg> args = new java.util.ArrayList<>(what.args());
        MessageText.Arg source = args.get(0);
        if (source.kind() == MessageText.Kind.CODE && source.value().startsWith(SOURCE)) {
            args.set(0, MessageText.Arg.code(SENDER + source.value().substring(SOURCE.length())));
        } else if (source.kind() == MessageText.Kind.LITERAL && source.value() != null) {
            args.set(0, ClearanceDeclarations.responseSender(source.value()));
        }
        while (args.size() < 6) {
            args.add(MessageText.Arg.literal(""));
        }
        return args.equals(what.args()) ? what : new MessageText(what.code(), args);
    }
}
