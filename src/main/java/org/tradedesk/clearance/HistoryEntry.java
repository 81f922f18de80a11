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
     * A customs response line names the message by its sender and number only ("臺灣 N5110"), then what it says
     * ("稅費繳納通知"): lines written before (review of issue 8: "臺灣 N5110 稅費繳納通知：稅費繳納通知", the label twice)
     * named it by its full name ({@code clearance.response.source.*}), which already holds the kind; they are read so too.
     */
    static MessageText shown(MessageText what) {
        if (what == null || !RESPONSE.equals(what.code()) || what.args().isEmpty()) {
            return what;
        }
        MessageText.Arg source = what.args().get(0);
        if (source.kind() != MessageText.Kind.CODE || !source.value().startsWith(SOURCE)) {
            return what;
        }
        java.util.List<MessageText.Arg> args = new java.util.ArrayList<>(what.args());
        args.set(0, MessageText.Arg.code(SENDER + source.value().substring(SOURCE.length())));
        return new MessageText(what.code(), args);
    }
}
