package org.tradedesk.shared.duty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.InvalidValueException;
import org.tradedesk.shared.UnitOfMeasure;
import org.tradedesk.shared.duty.DutyExpression.AdValorem;
import org.tradedesk.shared.duty.DutyExpression.Bound;
import org.tradedesk.shared.duty.DutyExpression.Bounded;
import org.tradedesk.shared.duty.DutyExpression.Difference;
import org.tradedesk.shared.duty.DutyExpression.Extreme;
import org.tradedesk.shared.duty.DutyExpression.Fixed;
import org.tradedesk.shared.duty.DutyExpression.Specific;
import org.tradedesk.shared.duty.DutyExpression.Sum;

/** Recursive-descent parser for the grammar documented on {@link DutyExpression}. */
final class DutyExpressionParser {

    private enum Type { NUMBER, WORD, SYMBOL, END }

    /**
     * Percentage properties of the goods a specific rate can be per, keyed by their lower-case spelling,
     * with the canonical name the context is asked for: % sucrose (Brix) and % total soluble solids by mass.
     */
    private static final Map<String, String> PROPERTIES = Map.of("sucrose", "sucrose", "tss", "TSS");

    private record Token(Type type, String text, int position) {
        boolean is(String symbolOrKeyword) {
            return (type == Type.SYMBOL || type == Type.WORD) && text.equalsIgnoreCase(symbolOrKeyword);
        }
    }

    private final String text;
    private final List<Token> tokens;
    private int index;

    DutyExpressionParser(String text) {
        if (text == null || text.isBlank()) {
            throw DutyExpressionInvalid.at(text == null ? "" : text, 0, "a duty expression (e.g. 5% or 35.10 EUR/100 kg)");
        }
        this.text = text;
        this.tokens = tokenize(text);
    }

    DutyExpression parse() {
        DutyExpression e = expression();
        Token t = peek();
        if (t.type != Type.END) {
            throw error(t, "'+', '-', 'MIN', 'MAX' or the end of the expression");
        }
        return e;
    }

    private DutyExpression expression() {
        DutyExpression left = sum();
        while (peek().is("MIN") || peek().is("MAX")) {
            Bound bound = Bound.valueOf(next().text.toUpperCase(Locale.ROOT));
            DutyExpression right = sum();
            left = new Bounded(left, bound, right);
        }
        return left;
    }

    /** Terms joined by {@code +} and {@code -}, left to right: {@code a + b - c} is (a + b) − c, {@code a - b + c} is (a − b) + c. */
    private DutyExpression sum() {
        List<DutyExpression> terms = new ArrayList<>();
        terms.add(alternative());
        while (peek().is("+") || peek().is("-")) {
            boolean minus = next().is("-");
            DutyExpression term = alternative();
            if (minus) {
                DutyExpression left = terms.size() == 1 ? terms.get(0) : new Sum(terms);
                terms = new ArrayList<>();
                terms.add(new Difference(left, term));
            } else {
                terms.add(term);
            }
        }
        return terms.size() == 1 ? terms.get(0) : new Sum(terms);
    }

    /** {@code a OR b HIGHER}: the Taiwanese "whichever is higher" written out. */
    private DutyExpression alternative() {
        DutyExpression first = primary();
        if (!peek().is("OR")) {
            return first;
        }
        List<DutyExpression> alternatives = new ArrayList<>();
        alternatives.add(first);
        while (peek().is("OR")) {
            next();
            alternatives.add(primary());
        }
        Token t = next();
        if (!t.is("HIGHER")) {
            throw error(t, "'OR' or 'HIGHER' after the alternatives");
        }
        return new Extreme(Bound.MAX, alternatives);
    }

    private DutyExpression primary() {
        Token t = next();
        if (t.is("(")) {
            DutyExpression inner = expression();
            expect(")", "')'");
            return inner;
        }
        if (t.is("FREE")) {
            return new AdValorem(BigDecimal.ZERO);
        }
        if (t.is("MAX") || t.is("MIN")) {
            Token open = next();
            if (!open.is("(")) {
                throw error(open, "'(' after " + t.text.toUpperCase(Locale.ROOT) + " (a bound needs a value before it)");
            }
            List<DutyExpression> alternatives = new ArrayList<>();
            alternatives.add(expression());
            while (peek().is(",")) {
                next();
                alternatives.add(expression());
            }
            expect(")", "',' or ')'");
            if (alternatives.size() < 2) {
                throw error(open, "at least two alternatives in " + t.text.toUpperCase(Locale.ROOT) + "(...)");
            }
            return new Extreme(Bound.valueOf(t.text.toUpperCase(Locale.ROOT)), alternatives);
        }
        if (t.type != Type.NUMBER) {
            throw error(t, "a rate (a number followed by '%' or a currency), 'Free', '(' or MAX(...)");
        }
        BigDecimal number = new BigDecimal(t.text);
        Token after = next();
        if (after.is("%")) {
            if (peek().is("RET")) {
                next();
                return new AdValorem(number, true);
            }
            if (peek().is("retail")) {
                next();
                expect("price", "'price' after 'retail'");
                return new AdValorem(number, true);
            }
            return new AdValorem(number);
        }
        if (after.type != Type.WORD || !after.text.matches("[A-Za-z]{3}") || !isCurrency(after.text)) {
            throw error(after, "'%' or a currency code (e.g. AUD, EUR) after " + t.text);
        }
        CurrencyCode currency = CurrencyCode.of(after.text);
        if (!peek().is("/")) {
            return new Fixed(number, currency);
        }
        next();
        Specific specific = specificUnit(number, currency);
        if (peek().is("/")) {
            next();
            expect("%", "'%' and a property (e.g. '/% sucrose') after the unit");
            Token property = next();
            String name = property.type == Type.WORD ? PROPERTIES.get(property.text.toLowerCase(Locale.ROOT)) : null;
            if (name == null) {
                throw error(property, "a property of the goods: sucrose or TSS");
            }
            specific = new Specific(specific.amount(), specific.currency(), specific.per(), specific.unit(), name);
        }
        if (peek().is("ABOVE")) {
            Token above = next();
            if (specific.unit().dimension() != UnitOfMeasure.Dimension.ALCOHOL) {
                throw error(above, "ABOVE only after a rate per litre of alcohol (LAL)");
            }
            Token threshold = next();
            if (threshold.type != Type.NUMBER) {
                throw error(threshold, "a strength in %vol after ABOVE (e.g. ABOVE 1.15 %vol)");
            }
            expect("%", "'%vol' after " + threshold.text);
            Token vol = next();
            if (!vol.is("vol")) {
                throw error(vol, "'vol' after '%' (ABOVE n %vol)");
            }
            BigDecimal percent = new BigDecimal(threshold.text);
            if (percent.compareTo(new BigDecimal("100")) >= 0) {
                throw error(threshold, "a strength below 100 %vol");
            }
            specific = new Specific(specific.amount(), specific.currency(), specific.per(), specific.unit(),
                    specific.perPercentOf(), percent);
        }
        return specific;
    }

    private Specific specificUnit(BigDecimal amount, CurrencyCode currency) {
        Token t = next();
        BigDecimal per = BigDecimal.ONE;
        if (t.type == Type.NUMBER) {
            Token unitToken = peek();
            if (unitToken.type == Type.WORD && isUnit(t.text + unitToken.text)) {
                // "100 kg" is a unit of its own in tariffs
                next();
                return new Specific(amount, currency, BigDecimal.ONE, UnitOfMeasure.parse(t.text + unitToken.text));
            }
            if (unitToken.type == Type.WORD && isUnit(unitToken.text)) {
                next();
                return new Specific(amount, currency, positive(t), UnitOfMeasure.parse(unitToken.text));
            }
            if (isUnit(t.text)) {
                return new Specific(amount, currency, BigDecimal.ONE, UnitOfMeasure.parse(t.text));
            }
            throw error(unitToken, "a unit of measure (kg, L, LAL, No...) after " + t.text);
        }
        if (t.type == Type.WORD && isUnit(t.text)) {
            return new Specific(amount, currency, per, UnitOfMeasure.parse(t.text));
        }
        throw error(t, "a unit of measure (kg, 100 kg, L, hl, LAL, No, pr, 1000...)");
    }

    private BigDecimal positive(Token t) {
        BigDecimal value = new BigDecimal(t.text);
        if (value.signum() <= 0) {
            throw error(t, "a positive quantity");
        }
        return value;
    }

    private static boolean isUnit(String s) {
        try {
            UnitOfMeasure.parse(s);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    private static boolean isCurrency(String s) {
        try {
            CurrencyCode.of(s);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    private void expect(String symbol, String expected) {
        Token t = next();
        if (!t.is(symbol)) {
            throw error(t, expected);
        }
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token next() {
        Token t = tokens.get(index);
        if (t.type != Type.END) {
            index++;
        }
        return t;
    }

    private DutyExpressionInvalid error(Token t, String expected) {
        String found = t.type == Type.END ? "end of text" : "'" + t.text + "'";
        return DutyExpressionInvalid.at(text, t.position, expected + ", found " + found);
    }

    private List<Token> tokenize(String s) {
        List<Token> result = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                if (i < s.length() && s.charAt(i) == '.') {
                    i++;
                    if (i >= s.length() || !Character.isDigit(s.charAt(i))) {
                        throw DutyExpressionInvalid.at(s, i, "a digit after the decimal point");
                    }
                    while (i < s.length() && Character.isDigit(s.charAt(i))) {
                        i++;
                    }
                }
                result.add(new Token(Type.NUMBER, s.substring(start, i), start));
            } else if (Character.isLetter(c)) {
                int start = i;
                // a word may end in digits (m2, m3) but a letter never follows a number inside it
                while (i < s.length() && (Character.isLetter(s.charAt(i))
                        || (Character.isDigit(s.charAt(i)) && i > start))) {
                    i++;
                }
                result.add(new Token(Type.WORD, s.substring(start, i), start));
            } else if ("%+-/(),".indexOf(c) >= 0) {
                result.add(new Token(Type.SYMBOL, String.valueOf(c), i));
                i++;
            } else {
                throw DutyExpressionInvalid.at(s, i, "a number, a word or one of % + - / ( ) , but found '" + c + "'");
            }
        }
        result.add(new Token(Type.END, "", s.length()));
        return result;
    }
}
