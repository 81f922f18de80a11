package org.tradedesk.reporting;

import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.InvalidValueException;

/**
 * How a cell shows its value: text, an amount or number with a fixed count of decimals, a
 * percentage, a date. The decimals are part of the format so an amount in TWD shows whole
 * dollars and one in AUD shows cents, whatever binary double POI stores underneath.
 */
public record XlsxFormat(Kind kind, int decimals, String suffix) {

    /** The families of cell formats the builder knows. */
    public enum Kind { TEXT, AMOUNT, EXACT_AMOUNT, NUMBER, PERCENT, DATE,
        /** A date as a Chinese reader reads it on the page and the letter: 2026/03/02. */
        DATE_ZH,
        /** A date as an English reader reads it on the page and the letter: 2 Mar 2026. */
        DATE_EN }

    public XlsxFormat {
        if (kind == null) {
            throw new InvalidValueException("reporting.xlsx.format", "a cell format needs a kind");
        }
        if (decimals < 0 || decimals > 10) {
            throw new InvalidValueException("reporting.xlsx.format", "decimals must be 0 to 10, got " + decimals);
        }
        suffix = suffix == null || suffix.isEmpty() ? null : suffix;
    }

    public XlsxFormat(Kind kind, int decimals) {
        this(kind, decimals, null);
    }

    /**
     * An amount whose cell also says something of it after the figure ("80,567.00 (to confirm)"), the value staying a number a
     * formula can use: the words are a literal of the number format.
     */
    public static XlsxFormat amount(int decimals, String suffix) {
        return new XlsxFormat(Kind.AMOUNT, decimals, suffix);
    }

    public static XlsxFormat text() {
        return new XlsxFormat(Kind.TEXT, 0);
    }

    /** An amount with thousands separators and {@code decimals} decimals. */
    public static XlsxFormat amount(int decimals) {
        return new XlsxFormat(Kind.AMOUNT, decimals);
    }

    /**
     * An exact intermediate value (a converted customs value, a base): at least {@code decimals} decimals
     * like a rounded amount, and up to ten when the value has them, so it is not mistaken for a rounded one.
     */
    public static XlsxFormat exactAmount(int decimals) {
        return new XlsxFormat(Kind.EXACT_AMOUNT, decimals);
    }

    /** An amount quoted in the currency's ISO 4217 minor units (AUD 2, JPY 0). */
    public static XlsxFormat amount(CurrencyCode currency) {
        return amount(currency.isoFractionDigits());
    }

    /** A plain number (quantities, exchange rates) without thousands separators. */
    public static XlsxFormat number(int decimals) {
        return new XlsxFormat(Kind.NUMBER, decimals);
    }

    /** A fraction shown as a percentage: 0.05 → 5.00 %. */
    public static XlsxFormat percent(int decimals) {
        return new XlsxFormat(Kind.PERCENT, decimals);
    }

    public static XlsxFormat date() {
        return new XlsxFormat(Kind.DATE, 0);
    }

    /**
     * A date in the reader's format, as the page and the letter print it ({@code Formats.date}: 2026/03/02 in Chinese,
     * 2 Mar 2026 in English), not ISO (acceptance review t1fixJ 4).
     */
    public static XlsxFormat date(java.util.Locale reader) {
        return new XlsxFormat(reader != null && "zh".equals(reader.getLanguage()) ? Kind.DATE_ZH : Kind.DATE_EN, 0);
    }

    /** The Excel number-format string. */
    public String pattern() {
        String fraction = decimals == 0 ? "" : "." + "0".repeat(decimals);
        String pattern = switch (kind) {
            case TEXT -> "@";
            case AMOUNT -> "#,##0" + fraction;
            case EXACT_AMOUNT -> "#,##0." + "0".repeat(decimals) + "#".repeat(10 - decimals);
            case NUMBER -> "0" + fraction;
            case PERCENT -> "0" + fraction + "%";
            case DATE -> "yyyy-mm-dd";
            case DATE_ZH -> "yyyy/mm/dd";
            case DATE_EN -> "d mmm yyyy";
        };
        // a literal in a number format is quoted; a quote inside it cannot be, so it is dropped
        return suffix == null || kind == Kind.TEXT ? pattern : pattern + "\"" + suffix.replace("\"", "") + "\"";
    }
}
