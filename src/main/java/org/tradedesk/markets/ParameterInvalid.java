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
    /** Names the field by its label and says what is wrong ({@link Reason}), with the value received when there is one. */
    public static final String CODE_BECAUSE = "markets.query.invalid-because";
    /** As above, for a field left empty (nothing received to echo). */
    public static final String CODE_MISSING = "markets.query.invalid-missing";

    private final String field;
    /** Further parameters of the same request that are not valid either, so the caller hears of every problem at once. */
    private final List<ParameterInvalid> also = new ArrayList<>();

    public ParameterInvalid(String field, String value) {
        super(CODE, field + " = \"" + value + "\" is not valid", new Label(field), value == null ? "" : value);
        this.field = field;
    }

    /** {@code reason} a message code ({@code markets.query.reason.*}) saying what is wrong, with its arguments. */
    public ParameterInvalid(String field, String value, String reason, Object... reasonArgs) {
        super(value == null || value.isBlank() ? CODE_MISSING : CODE_BECAUSE, field + " = \"" + value + "\" is not valid: " + reason,
                new Label(field), value == null ? "" : value, new Reason(reason, reasonArgs));
        this.field = field;
    }

    /**
     * A weight ({@code weights.<criterion>}) that is not valid, labelled with the criterion as worded for the flow scored:
     * for exports (X) "Weight of Export size (supply)", never the import (demand) words.
     */
    public static ParameterInvalid weight(String criterion, String flow, String value, String reason, Object... reasonArgs) {
        return new ParameterInvalid("weights." + criterion, flow, value, reason, reasonArgs);
    }

    private ParameterInvalid(String field, String flow, String value, String reason, Object... reasonArgs) {
        super(value == null || value.isBlank() ? CODE_MISSING : CODE_BECAUSE, field + " = \"" + value + "\" is not valid: " + reason,
                new Label(field, flow), value == null ? "" : value, new Reason(reason, reasonArgs));
        this.field = field;
    }

    /** What is wrong with a value: a message code and its arguments, resolved in the reader's language. */
    public record Reason(String code, Object[] args) implements MessageSourceResolvable {

        @Override
        public String[] getCodes() {
            return new String[] {code};
        }

        @Override
        public Object[] getArguments() {
            return args;
        }

        @Override
        public String getDefaultMessage() {
            return code;
        }

        @Override
        public String toString() {
            return code;
        }
    }

    /** Every problem of the request: this one, then the others. */
    public List<ParameterInvalid> all() {
        List<ParameterInvalid> all = new ArrayList<>(List.of(this));
        all.addAll(also);
        return all;
    }

    /** Runs a check, keeping its problem in {@code problems} instead of throwing it; null when it failed. */
    public static <T> T collect(List<ParameterInvalid> problems, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (ParameterInvalid e) {
            problems.add(e);
            return null;
        }
    }

    /**
     * Throws the first problem carrying the others, when there is any. A problem that carries others of its own (one
     * thrown by a check that collects) gives all of them, each once (t2fixO: a problem added twice was listed twice).
     */
    public static void throwAll(List<ParameterInvalid> problems) {
        if (!problems.isEmpty()) {
            List<ParameterInvalid> flat = new ArrayList<>();
            java.util.Set<ParameterInvalid> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (ParameterInvalid p : problems) {
                for (ParameterInvalid x : p.all()) {
                    if (seen.add(x)) {
                        flat.add(x);
                    }
                }
            }
            ParameterInvalid first = flat.get(0);
            first.also.clear();
            first.also.addAll(flat.subList(1, flat.size()));
            throw first;
        }
    }

    /** As {@link #collect}, keeping every problem the check found (all of a collecting check's, not its first only). */
    public static <T> T collectAll(List<ParameterInvalid> problems, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (ParameterInvalid e) {
            problems.addAll(e.all());
            return null;
        }
    }

    public String field() {
        return field;
    }

    /** The field's label as raised (a weight's criterion worded for the flow scored), for the problem detail's {@code errors[].label}. */
    public Label label() {
        Object[] args = arguments();
        return args.length > 0 && args[0] instanceof Label l ? l : new Label(field);
    }

    /** The label of a parameter: its bundle key, the field name when there is none. */
    public record Label(String field, String flow) implements MessageSourceResolvable {

        /** {@code flow}: the flow scored (X: a criterion's label worded for exports, as supply), null when none. */
        public Label(String field) {
            this(field, null);
        }

        public String code() {
            return "markets.query.param." + field;
        }

        /**
         * {@code weights.DEMAND_SIZE}, {@code tariffs.CHN}: the field's own label when the bundles have one, else the label of
         * {@code weights} with the criterion (worded) or the market as its argument.
         */
        @Override
        public String[] getCodes() {
            int dot = field.indexOf('.');
            return dot < 0 ? new String[] {code()} : new String[] {code(), "markets.query.param." + field.substring(0, dot)};
        }

        @Override
        public Object[] getArguments() {
            int dot = field.indexOf('.');
            if (dot < 0) {
                return null;
            }
            String prefix = field.substring(0, dot);
            String rest = field.substring(dot + 1);
            Object arg = prefix.equals("weights") || prefix.equals("directions") ? new org.springframework.context.support.DefaultMessageSourceResolvable(
                    new String[] {ResearchReports.criterionCode(rest, flow)}, rest) : rest;
            return new Object[] {arg};
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

    private static MessageText.Arg label(Label l) {
        Object[] args = l.getArguments();
        if (args == null) {
            return MessageText.Arg.code(l.code());
        }
        Object a = args[0];
        String prefix = l.field().substring(0, l.field().indexOf('.'));
        // a market's entry (tariffs.KOR) named by the market, 「南韓（KOR）」, as the API's label names it (t2fixJ)
        MessageText.Arg inner = a instanceof MessageSourceResolvable r ? MessageText.Arg.code(r.getCodes()[0])
                : java.util.Set.of("tariffs", "tariffReasons", "tariffCodes", "tariffAverages").contains(prefix) ? ResearchProjects.marketArg(String.valueOf(a))
                : MessageText.Arg.literal(a);
        return MessageText.Arg.message(new MessageText(l.getCodes()[1], List.of(inner)));
    }

    /** A reason's argument: a message code (a criterion, worded for the flow) as a code, anything else as it is. */
    private static MessageText.Arg reasonArg(Object a) {
        return a instanceof MessageSourceResolvable r && r.getCodes() != null && r.getCodes().length > 0
                ? MessageText.Arg.code(r.getCodes()[0]) : MessageText.Arg.literal(a);
    }

    /** The failure as a text to render: a parameter's label as its message, every other argument as it is. */
    public static MessageText text(TradedeskException e) {
        if (e.messageText() != null) {
            return e.messageText();
        }
        List<MessageText.Arg> args = new ArrayList<>();
        for (Object a : e.arguments()) {
            args.add(a instanceof Label l ? label(l) : a instanceof Reason r ? MessageText.Arg.message(new MessageText(r.code(),
                    java.util.Arrays.stream(r.args() == null ? new Object[0] : r.args()).map(ParameterInvalid::reasonArg).toList()))
                    : MessageText.Arg.literal(a));
        }
        return new MessageText(e.messageCode(), args);
    }
}
