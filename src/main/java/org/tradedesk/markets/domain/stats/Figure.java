package org.tradedesk.markets.domain.stats;

import java.util.List;
import org.tradedesk.shared.MessageText;

/**
 * One computed indicator: {@code formula} is the message code of the method (its label and formula text
 * in both languages), {@code value} is null when the formula is undefined for the inputs (quantity 0,
 * no previous year, empty total), and {@code notes} say why or qualify the figure.
 */
public record Figure(String formula, Double value, List<MessageText> notes) {

    public Figure {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    static Figure of(String formula, double value) {
        return new Figure(formula, value, List.of());
    }

    public static Figure undefined(String formula, String noteCode, Object... args) {
        return new Figure(formula, null, List.of(new MessageText(noteCode,
                java.util.Arrays.stream(args).map(MessageText.Arg::literal).toList())));
    }

    public boolean defined() {
        return value != null;
    }
}
