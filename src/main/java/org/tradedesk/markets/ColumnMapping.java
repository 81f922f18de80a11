package org.tradedesk.markets;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to read a trade-statistics table that is none of the known formats (a CSV or XLSX from a national statistics
 * office, a spreadsheet of one's own): which column holds each field, named by its header text; the header row
 * (1-based, the rows above it are skipped); the decimal separator ({@code .} or {@code ,}) and the thousands separator
 * ({@code ,} {@code .} space {@code '} or none). Reporter and partner are ISO 3166 alpha-3 or Comtrade codes (partner
 * {@code 0}, {@code WLD} or {@code World} = the World; no partner column: the World); flow M/X, import/export, 進口/出口;
 * period {@code 2019} (annual) or {@code 2019-03}, {@code 201903}, {@code 2019M03} (monthly); values in US dollars.
 */
public record ColumnMapping(String name, int headerRow, String reporter, String partner, String product, String period, String flow,
                            String value, String quantity, String unit, String decimalSeparator, String thousandsSeparator,
                            String delimiter) {

    public static final int MAX_HEADER_ROW = 100;

    /** A mapping whose CSV delimiter is counted on the header row (as every mapping saved before t2fixR). */
    public ColumnMapping(String name, int headerRow, String reporter, String partner, String product, String period, String flow,
                         String value, String quantity, String unit, String decimalSeparator, String thousandsSeparator) {
        this(name, headerRow, reporter, partner, product, period, flow, value, quantity, unit, decimalSeparator, thousandsSeparator, null);
    }

    /**
     * The CSV delimiter chosen with the mapping (t2fixR): {@code ,} {@code ;} {@code |} or {@code tab}; 0 when none was chosen
     * ({@code auto} or blank), then the most frequent of them on the header row is taken — which a header whose names hold
     * commas ({@code "Wert (USD, FOB)"}) can outcount in a semicolon file, so a saved mapping states it.
     */
    public char csvDelimiter() {
        return delimiterOf(delimiter);
    }

    /** {@code ,} {@code ;} {@code |} or {@code tab} as the character; 0 for {@code auto}, blank or anything else. */
    public static char delimiterOf(String chosen) {
        if (chosen == null) {
            return 0;
        }
        return switch (chosen.strip()) {
            case "," -> ',';
            case ";" -> ';';
            case "|" -> '|';
            case "tab", "\t" -> '\t';
            default -> 0;
        };
    }

    /** The fields and the header each is read from, in the order of the form (absent ones left out). */
    public Map<String, String> columns() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "reporter", reporter);
        put(m, "partner", partner);
        put(m, "product", product);
        put(m, "period", period);
        put(m, "flow", flow);
        put(m, "value", value);
        put(m, "quantity", quantity);
        put(m, "unit", unit);
        return m;
    }

    private static void put(Map<String, String> m, String field, String header) {
        if (header != null && !header.isBlank()) {
            m.put(field, header.strip());
        }
    }

    /** The decimal separator as a character ({@code .} unless {@code ,}). */
    public char decimal() {
        return ",".equals(decimalSeparator) ? ',' : '.';
    }

    /** The thousands separator, or 0 for none ({@code "space"} or {@code " "} is a space, also a no-break one). */
    public char thousands() {
        if (thousandsSeparator == null || thousandsSeparator.isEmpty() || "none".equalsIgnoreCase(thousandsSeparator)) {
            return 0;
        }
        return "space".equalsIgnoreCase(thousandsSeparator) ? ' ' : thousandsSeparator.charAt(0);
    }
}
