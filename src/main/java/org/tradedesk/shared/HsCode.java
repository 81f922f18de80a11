package org.tradedesk.shared;

import java.util.Objects;

/**
 * A Harmonized System code or a national extension of it (稅則號別), held as digits only:
 * 2 (chapter), 4 (heading), 6 (subheading), 8 (national tariff item), 10 (statistical) or
 * 11 (Taiwan CCC code with its check digit). Dots and spaces are accepted on input.
 */
public record HsCode(String digits) {

    public HsCode {
        Objects.requireNonNull(digits, "HS code");
        if (!digits.matches("\\d{2,11}")) {
            throw new InvalidValueException("shared.hscode.invalid", MessageText.of("shared.hscode.digits", MessageText.Arg.literal(digits)), "an HS code has 2 to 11 digits: " + digits);
        }
    }

    public static HsCode of(String text) {
        if (text == null) {
            throw new InvalidValueException("shared.hscode.invalid", MessageText.of("shared.hscode.required"), "an HS code is required");
        }
        return new HsCode(digitsOf(text));
    }

    /**
     * The digits of a code as printed or typed: dots, spaces (also U+3000 and no-break), zero-width spaces and dashes
     * (hyphen, non-breaking hyphen, en dash, minus, full-width hyphen-minus) dropped, full-width digits (０–９) and
     * full-width full stops (．) read as their ASCII forms. Taiwan prints its 11-digit CCC code with the check digit after
     * a dash: {@code 0902.10.00.00-4}. Anything else is left in place for the caller to refuse.
     */
    public static String digitsOf(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF10' && c <= '\uFF19') {
                sb.append((char) ('0' + (c - '\uFF10')));
            } else if (c == '.' || c == '\uFF0E' || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u2212'
                    || c == '\uFF0D' || c == '\u200B' || c == '\uFEFF' || c == '\u3000' || c == '\u00A0' || Character.isWhitespace(c)) {
                continue;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public String chapter() {
        return digits.substring(0, 2);
    }

    public String heading() {
        return digits.length() >= 4 ? digits.substring(0, 4) : null;
    }

    public String subheading() {
        return digits.length() >= 6 ? digits.substring(0, 6) : null;
    }

    public boolean startsWith(HsCode prefix) {
        return digits.startsWith(prefix.digits);
    }

    /**
     * The customary dotted form: 8703.23.90 or 8703.23.90.10; an 11-digit Taiwan CCC code as Taiwan prints it, the
     * check digit after a dash: 0902.10.00.00-4.
     */
    public String dotted() {
        if (digits.length() == 11) {
            return new HsCode(digits.substring(0, 10)).dotted() + "-" + digits.charAt(10);
        }
        StringBuilder sb = new StringBuilder(digits.substring(0, Math.min(4, digits.length())));
        for (int i = 4; i < digits.length(); i += 2) {
            sb.append('.').append(digits, i, Math.min(i + 2, digits.length()));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return digits;
    }
}
