package org.tradedesk.markets;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.TradedeskException;

/**
 * A query or analysis parameter that is not valid ({@code markets.query.invalid}): {@code field} is its path as the
 * request names it (kept in the problem detail), and the message names it by its label in the reader's language
 * ({@code markets.query.param.<field>}), not by the English field name. The label travels as a
 * {@link MessageSourceResolvable} argument, so the bundles resolve it wherever the code and arguments are rendered.
 */
public class ParameterInvalid extends TradedeskException {

    public static final String CODE = "markets.query.invalid";

    private final String field;

    public ParameterInvalid(String field, String value) {
        super(CODE, field + " = \"" + value + "\" is not valid", new Label(field), value == null ? "" : value);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The label of a parameter: its bundle key, the field name when there is none. */
    public record Label(String field) implements MessageSourceResolvable {

        public String code() {
            return "markets.query.param." + field;
        }

        @Override
        public String[] getCodes() {
            return new String[] {code()};
        }

        @Override
        public String getDefaultMessage() {
            return field;
        }

        @Override
        public String toString() {
            return field;
        }
    }

    /** The failure as a text to render: a parameter's label as its message, every other argument as it is. */
    public static MessageText text(TradedeskException e) {
        if (e.messageText() != null) {
            return e.messageText();
        }
        List<MessageText.Arg> args = new ArrayList<>();
        for (Object a : e.arguments()) {
            args.add(a instanceof Label l ? MessageText.Arg.code(l.code()) : MessageText.Arg.literal(a));
        }
        return new MessageText(e.messageCode(), args);
    }
}
