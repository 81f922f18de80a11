package org.tradedesk.markets.domain.stats;

import java.util.Arrays;
import java.util.List;
import org.tradedesk.shared.MessageText;

/**
 * Input a statistical method cannot work with (too few points, mismatched lengths, a weight that is not a
 * number), named by a message code so pages and API answers say what is wrong in the reader's language.
 */
public class StatisticsInputException extends RuntimeException {

    private final transient MessageText text;

    public StatisticsInputException(String code, Object... args) {
        super(code + " " + Arrays.toString(args));
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
