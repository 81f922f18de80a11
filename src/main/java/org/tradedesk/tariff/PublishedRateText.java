package org.tradedesk.tariff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.tariff.domain.AuDutyRateParser;

/**
 * A published rate text shown component by component, labelled as the tariff labels them (issue 6): the Australian
 * Schedule 3 prints a line's rates run together ({@code 5% DCS4% CAFree DCT5%}, the preference code glued to the rate
 * before it), which reads as one rate. The stored text stays exactly as published (the import is checked against it);
 * only its display is cut into the general rate, each preference code with its rate and each staged block
 * ({@code From 1 July 2018}), as a message in the reader's language ({@code 5%; DCS: 4%; CA: Free; DCT: 5%},
 * {@code 5%；DCS：4%；CA：免稅；DCT：5%}). A text that does not fit the Schedule 3 grammar (Taiwan's columns, an
 * unreadable text) is shown as published.
 */
public final class PublishedRateText {

    /** One component for integrations: {@code from} ISO date of its staged block or null, {@code label} the code(s) or null. */
    public record Part(String from, String label, String rate) {
    }

    private PublishedRateText() {
    }

    /** The components of {@code text}; empty when it cannot be cut (shown as published). */
    public static List<Part> parts(String text) {
        return AuDutyRateParser.components(text).stream()
                .map(c -> new Part(c.from() == null ? null : c.from().toString(), c.label(), c.rate())).toList();
    }

    /** The text as a message: components separated and labelled, {@code Free} in the reader's language. */
    public static MessageText of(String text) {
        return of(text, false);
    }

    /**
     * The text as {@link #of(String)} gives it, for a letter or worksheet rather than the tariff page: a component whose
     * published words are English ({@code $107.99/L of alcohol}, {@code $0.30 each}) is read in Chinese as the rate it
     * states in codes and units ({@code 107.99 AUD/LAL}), in English as published (t1fixF 4: the zh-TW advice letter
     * printed "of alcohol"). The tariff page keeps the published text, marked as English.
     */
    public static MessageText forReader(String text) {
        return of(text, true);
    }

    private static MessageText of(String text, boolean forReader) {
        List<AuDutyRateParser.Component> components = AuDutyRateParser.components(text);
        if (components.isEmpty()) {
            return MessageText.of("tariff.rate.as-published", Arg.literal(text == null ? "" : text.strip()));
        }
        List<MessageText> blocks = new ArrayList<>();
        List<MessageText> block = new ArrayList<>();
        LocalDate blockFrom = null;
        for (AuDutyRateParser.Component c : components) {
            if (c.label() == null && !block.isEmpty()) {
                blocks.add(staged(blockFrom, block));
                block = new ArrayList<>();
            }
            if (c.label() == null) {
                blockFrom = c.from();
            }
            Arg rate = forReader ? readerRate(c.rate()) : rate(c.rate());
            block.add(c.label() == null ? MessageText.of("tariff.rate.general", rate)
                    : MessageText.of("tariff.rate.labelled", Arg.literal(c.label()), rate));
        }
        blocks.add(staged(blockFrom, block));
        return MessageText.of("tariff.rate.separated", Arg.message(joined(blocks)));
    }

    /** Whether the rates keep English words of the published text beyond codes and {@code Free} ("of alcohol", "each"). */
    public static boolean keepsEnglishWords(String text) {
        List<AuDutyRateParser.Component> components = AuDutyRateParser.components(text);
        if (components.isEmpty()) {
            return text != null && text.matches("(?s).*[A-Za-z]{3,}.*");
        }
        return components.stream().map(AuDutyRateParser.Component::rate)
                .anyMatch(r -> !r.equals("Free") && r.matches("(?s).*[A-Za-z]{3,}.*"));
    }

    private static MessageText staged(LocalDate from, List<MessageText> block) {
        MessageText rates = joined(block);
        if (from == null) {
            return rates;
        }
        return MessageText.of("tariff.rate.from", Arg.date(from), Arg.message(rates));
    }

    private static MessageText joined(List<MessageText> items) {
        Objects.requireNonNull(items);
        MessageText out = items.get(items.size() - 1);
        for (int i = items.size() - 2; i >= 0; i--) {
            out = MessageText.of("tariff.rate.join", Arg.message(items.get(i)), Arg.message(out));
        }
        return out;
    }

    /** A component's rate: English words of the schedule read in Chinese as the rate's expression, where it is readable. */
    private static Arg readerRate(String published) {
        if (published.equals("Free") || !published.matches("(?s).*[A-Za-z]{3,}.*")) {
            return rate(published);
        }
        org.tradedesk.tariff.domain.RateParseResult parsed = AuDutyRateParser.parseSchedule3(published);
        if (parsed.failure() != null || !parsed.unread().isEmpty() || parsed.measures().size() != 1) {
            return rate(published);
        }
        Arg expression;
        try {
            // the units named as the rate column and the working name them (review t1fixJ 2: 「107.99 AUD/LAL」 beside 「107.99 AUD/公升純酒精」)
            expression = Arg.message(org.tradedesk.shared.duty.DutyExpressionText.of(
                    org.tradedesk.shared.duty.DutyExpression.parse(parsed.measures().get(0).expression())));
        } catch (RuntimeException notReadable) {
            expression = Arg.literal(parsed.measures().get(0).expression());
        }
        return Arg.message(MessageText.of("tariff.rate.published-words", Arg.literal(published), expression));
    }

    private static Arg rate(String published) {
        return published.equals("Free") ? Arg.code("tariff.rate.free") : Arg.literal(published);
    }
}
