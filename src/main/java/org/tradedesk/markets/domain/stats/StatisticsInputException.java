package org.tradedesk.markets.domain.stats;

import java.util.Arrays;
import java.util.List;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.TradedeskException;

/**
 * Input a statistical method cannot work with (too few points, mismatched lengths, a weight that is not a
 * number), named by a message code with its arguments, so pages and API answers (400 problem detail
 * through the shared {@link TradedeskException} mapping) say what is wrong in the reader's language.
 */
public class StatisticsInputException extends TradedeskException {

    private final transient MessageText text;
    private final transient Object[] plain;

    /** An argument that is itself a message code (a criterion's name) is worded in the reader's language, never shown raw. */
    public StatisticsInputException(String code, Object... args) {
        this(code, new MessageText(code, Arrays.stream(args).map(StatisticsInputException::arg).toList()), args);
    }

    private StatisticsInputException(String code, MessageText text, Object[] args) {
        super(Kind.INVALID, code, text, code + " " + Arrays.toString(args));
        this.text = text;
        // a market named by MarketName keeps its code among the plain arguments
        this.plain = Arrays.stream(args).map(a -> MarketName.code(a) != null ? MarketName.code(a) : String.valueOf(a)).toArray();
    }

    private static MessageText.Arg arg(Object a) {
        if (a instanceof MessageText m) {
            return MessageText.Arg.message(m);
        }
        return a instanceof String s && s.matches("markets\\.stats\\.[a-z0-9.-]+") ? MessageText.Arg.code(s) : MessageText.Arg.literal(a);
    }

    @Override
    public Object[] arguments() {
        return plain.clone();
    }

    public String code() {
        return text.code();
    }

    public MessageText text() {
        return text;
    }

    List<MessageText.Arg> args() {
        return text.args();
    }
}
