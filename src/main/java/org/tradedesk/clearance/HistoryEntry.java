package org.tradedesk.clearance;

import java.time.Instant;
import org.tradedesk.shared.MessageText;

/** One line of a file's history: when, who, and what, as a message rendered in the reader's language. */
public record HistoryEntry(long id, Instant at, String username, MessageText what) {

    public HistoryEntry {
        what = shown(what);
    }

    static final String RESPONSE = "clearance.history.response";
    static final String DOCUMENT_ADDED = "clearance.history.document-added";
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
    static final String CHANNEL_PART = "clearance.history.response.channel-part";
    static final String CODES_PART = "clearance.history.response.codes-part";

    /** ", channel C2" / "，通關方式 C2"; nothing without a channel. */
    static MessageText.Arg channelPart(MessageText.Arg channel) {
        return channel == null ? MessageText.Arg.literal("") : MessageText.Arg.message(MessageText.of(CHANNEL_PART, channel));
    }

    /** ", codes A01" / "，代碼 A01"; nothing without a code. */
    static MessageText.Arg codesPart(MessageText.Arg codes) {
        return codes == null ? MessageText.Arg.literal("") : MessageText.Arg.message(MessageText.of(CODES_PART, codes));
    }

    private static boolean isPart(MessageText.Arg arg, String code) {
        return arg.kind() == MessageText.Kind.MESSAGE && arg.message() != null && code.equals(arg.message().code());
    }

    /**
     * A line's amounts by the one rule of clearance's figures (t4fixW, read-time upgrade; the stored line is not changed):
     * lines written before stored a whole TWD amount at two decimals (「新增替代方案 … TWD 12,500.00」); each money argument
     * without its scale, nested ones too, is read as {@link org.tradedesk.clearance.domain.MoneyCodes#taxAmount} writes it.
     */
    static MessageText figures(MessageText what) {
        if (what == null || what.args().isEmpty()) {
            return what;
        }
        java.util.List<MessageText.Arg> args = new java.util.ArrayList<>(what.args());
        boolean changed = false;
        for (int i = 0; i < args.size(); i++) {
            MessageText.Arg a = args.get(i);
            MessageText.Arg now = a;
            if (a.kind() == MessageText.Kind.MONEY && a.scale() == null && a.value() != null && a.unit() != null) {
                try {
                    now = org.tradedesk.clearance.domain.MoneyCodes.taxAmount(new java.math.BigDecimal(a.value()), a.unit());
                } catch (RuntimeException notANumber) {
                    now = a;
                }
            } else if (a.kind() == MessageText.Kind.MESSAGE && a.message() != null) {
                MessageText inner = figures(a.message());
                now = inner == a.message() ? a : MessageText.Arg.message(inner);
            }
            changed |= now != a;
            args.set(i, now);
        }
        return changed ? new MessageText(what.code(), args) : what;
    }

    static MessageText shown(MessageText what) {
        what = figures(what);
        if (what != null && DOCUMENT_ADDED.equals(what.code()) && what.args().size() > 3
                && what.args().get(3).kind() == MessageText.Kind.LITERAL && !"-".equals(what.args().get(3).value())) {
            // re-review F4: a line stored with the format's internal name (判讀格式 EDIFACT_INVOIC_D14B) reads its name
            java.util.List<MessageText.Arg> args = new java.util.ArrayList<>(what.args());
            args.set(3, ClearanceTransactions.captureFormatName(args.get(3).value()));
            return new MessageText(what.code(), args);
        }
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
        // re-review F10: the channel and the codes are parts said only when there is one ("通關方式 -" / "channel -" was
        // printed for an Australian response, "codes -" for an N5110); lines stored before carry them bare, "-" for none
        if (args.size() > 4 && args.get(3).kind() == MessageText.Kind.LITERAL && args.get(3).value() != null
                && !args.get(3).value().isEmpty()) {
            args.set(3, channelPart("-".equals(args.get(3).value()) ? null : args.get(3)));
        }
        if (args.size() > 4 && !isPart(args.get(4), CODES_PART) && !(args.get(4).kind() == MessageText.Kind.LITERAL
                && "".equals(args.get(4).value()))) {
            args.set(4, codesPart(args.get(4).kind() == MessageText.Kind.LITERAL && "-".equals(args.get(4).value()) ? null : args.get(4)));
        }
        return args.equals(what.args()) ? what : new MessageText(what.code(), args);
    }
}
