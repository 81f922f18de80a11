package org.tradedesk.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text kept as data: a message code and its typed arguments, rendered in the reader's language
 * only at the edge (page, document, e-mail, API answer) by {@code org.tradedesk.platform.MessageTexts}.
 * Engines, rules and importers return these instead of English sentences, so nothing is ever
 * translated afterwards or matched by a regular expression. Plain records, so a saved result
 * stores them as JSON and renders them again, in either language, years later.
 *
 * <p>Each argument says what it is, so the renderer formats it the same way everywhere: an amount
 * with its currency's grouping, a date in the language's date format, a nested message in the same
 * language, a literal (a code, a published text, a proper name) as it is.
 */
public record MessageText(String code, List<Arg> args) {

    public MessageText {
        if (code == null || code.isBlank()) {
            throw new InvalidValueException("shared.message.code", "a message needs a code");
        }
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static MessageText of(String code, Arg... args) {
        return new MessageText(code, List.of(args));
    }

    /** What an argument holds; decides how it is printed. */
    public enum Kind {
        /** Printed as given: codes, published texts, names, tariff numbers. */
        LITERAL,
        /** A number, grouped, with every decimal it has. */
        NUMBER,
        /** An amount with {@code unit} as its ISO 4217 currency. */
        MONEY,
        /** A percentage: {@code 5} prints as {@code 5%}. */
        PERCENT,
        /** An ISO date ({@code 2026-03-02}), printed in the language's date format. */
        DATE,
        /** Another message, rendered in the same language. */
        MESSAGE,
        /** A message code with no arguments (a label, a unit name, a tax's name). */
        CODE,
        /** ISO 3166 country codes, comma-separated: printed as the countries' names in the reader's language. */
        COUNTRY
    }

    /**
     * One argument. {@code value} is the canonical text (a plain decimal, an ISO date, a code);
     * {@code unit} the currency of a MONEY argument; {@code message} the nested message of a
     * MESSAGE argument; {@code scale} the decimals a MONEY amount is shown with where the law pays it in fewer than the
     * currency's minor units (TWD 129,069 truncated to whole dollars: 0), else null (the minor units at least, and every
     * further decimal the value has).
     */
    public record Arg(Kind kind, String value, String unit, MessageText message, Integer scale) {

        public Arg(Kind kind, String value, String unit, MessageText message) {
            this(kind, value, unit, message, null);
        }

        public Arg {
            Objects.requireNonNull(kind, "kind");
            if (kind == Kind.MESSAGE ? message == null : value == null) {
                throw new InvalidValueException("shared.message.argument", "a message argument needs a value");
            }
        }

        public static Arg literal(Object value) {
            return new Arg(Kind.LITERAL, String.valueOf(value), null, null);
        }

        public static Arg number(BigDecimal value) {
            return new Arg(Kind.NUMBER, value.toPlainString(), null, null);
        }

        public static Arg number(long value) {
            return new Arg(Kind.NUMBER, Long.toString(value), null, null);
        }

        public static Arg money(BigDecimal amount, String currency) {
            return new Arg(Kind.MONEY, amount.toPlainString(), currency, null);
        }

        /**
         * An amount in the unit the law pays it, fewer decimals than the currency's minor units (whole NT$): a MONEY
         * argument whose {@code value} is written at {@code scale} decimals and printed so (review of T1 R7: it was a
         * nested message, and API clients reading {@code kind=MONEY} lost Taiwan's amounts).
         */
        public static Arg money(BigDecimal amount, String currency, int scale) {
            return new Arg(Kind.MONEY, amount.setScale(scale, java.math.RoundingMode.UNNECESSARY).toPlainString(), currency, null, scale);
        }

        public static Arg money(Money money) {
            return money(money.amount(), money.currency().value());
        }

        public static Arg percent(BigDecimal value) {
            return new Arg(Kind.PERCENT, value.toPlainString(), null, null);
        }

        public static Arg date(LocalDate value) {
            return new Arg(Kind.DATE, value.toString(), null, null);
        }

        public static Arg message(MessageText value) {
            return new Arg(Kind.MESSAGE, null, null, value);
        }

        public static Arg code(String messageCode) {
            return new Arg(Kind.CODE, messageCode, null, null);
        }

        /** One or more ISO 3166 codes ({@code "GB,JP"}), printed as the countries' names ("英國、日本"). */
        public static Arg country(String isoCodes) {
            return new Arg(Kind.COUNTRY, isoCodes, null, null);
        }
    }

    /** A builder for messages assembled step by step (the engine's explanations). */
    public static final class Builder {
        private final String code;
        private final List<Arg> args = new ArrayList<>();

        public Builder(String code) {
            this.code = code;
        }

        public Builder add(Arg arg) {
            args.add(arg);
            return this;
        }

        public MessageText build() {
            return new MessageText(code, args);
        }
    }
}
