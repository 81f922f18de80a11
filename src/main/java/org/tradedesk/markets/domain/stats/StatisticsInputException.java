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

    public StatisticsInputException(String code, Object... args) {
        super(code, code + " " + Arrays.toString(args), Arrays.stream(args).map(String::valueOf).toArray());
        this.text = new MessageText(code, Arrays.stream(args).map(MessageText.Arg::literal).toList());
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
