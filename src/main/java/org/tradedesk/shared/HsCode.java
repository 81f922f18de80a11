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
        return new HsCode(text.replaceAll("[\\s.\\u200B-]", ""));
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

    /** The customary dotted form: 8703.23.90 or 8703.23.90.10. */
    public String dotted() {
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
