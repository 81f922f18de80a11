package org.tradedesk.clearance.messages;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradedesk.shared.MessageText;

/**
 * The columns of a CSV/XLSX invoice line list or packing list, recognised by their header in English or Traditional
 * Chinese (case, spaces, punctuation, camelCase and a unit in brackets ignored: {@code Net mass (kg)} = {@code net mass}
 * = {@code netMass} = {@code NET_MASS}). An invoice list needs at least a description and a quantity column, a packing
 * list one of packages, masses or quantity; the headers not recognised are listed ({@link #unrecognised}) for the answer
 * and the page to name — their values are not read.
 */
final class LineListColumns {

    enum Column {
        LINE, DESCRIPTION, TARIFF, ORIGIN, QUANTITY, UNIT, NET_MASS, GROSS_MASS, UNIT_PRICE, AMOUNT, CURRENCY, UN_NUMBER, DG_CLASS, PACKING_GROUP,
        INVOICE_NUMBER, INVOICE_DATE, MARKS, PACKAGES
    }

    private static final Map<String, Column> NAMES = new HashMap<>();

    static {
        names(Column.LINE, "line", "line no", "line number", "item", "item no", "no", "項次", "序號");
        names(Column.DESCRIPTION, "description", "goods description", "description of goods", "product", "item description", "品名", "貨物名稱", "貨品名稱", "描述");
        names(Column.TARIFF, "tariff code", "tariff no", "tariff number", "hs code", "hs", "hs no", "hts code", "customs code", "tariff", "commodity code", "稅則號別", "稅號", "貨品分類號列", "稅則號列");
        names(Column.ORIGIN, "origin", "country of origin", "origin country", "coo", "原產地", "生產國別", "原產國");
        names(Column.QUANTITY, "quantity", "qty", "數量");
        names(Column.UNIT, "unit", "uom", "unit code", "單位", "數量單位");
        names(Column.NET_MASS, "net mass", "net weight", "net mass kg", "net weight kg", "net wt", "nw", "n w", "淨重", "淨重量");
        names(Column.GROSS_MASS, "gross mass", "gross weight", "gross mass kg", "gross weight kg", "gross wt", "gw", "g w", "毛重", "毛重量");
        names(Column.UNIT_PRICE, "unit price", "price", "price per unit", "單價");
        names(Column.AMOUNT, "amount", "line amount", "value", "total", "金額", "總價");
        names(Column.CURRENCY, "currency", "幣別");
        names(Column.UN_NUMBER, "un number", "un no", "聯合國編號");
        names(Column.DG_CLASS, "dg class", "dangerous goods class", "class", "危險品類別", "危險品等級");
        names(Column.PACKING_GROUP, "packing group", "包裝類別", "包裝等級");
        names(Column.INVOICE_NUMBER, "invoice number", "invoice no", "invoice", "inv no", "發票號碼", "發票編號", "商業發票號碼");
        names(Column.INVOICE_DATE, "invoice date", "inv date", "發票日期");
        names(Column.MARKS, "marks", "shipping marks", "marks and numbers", "marks numbers", "marks nos", "嘜頭", "標記");
        names(Column.PACKAGES, "packages", "no of packages", "number of packages", "package count", "cartons", "ctns",
                "pkgs", "件數", "箱數", "包裝件數");
    }

    /**
     * Each column's label in the reader's language (a message code), for the errors that name a column next to the file's
     * own header (issue 8: "The value 'x' of unit_price" named the column by its internal name).
     */
    static String label(Column c) {
        return switch (c) {
            case LINE -> "clearance.linelist.column.line";
            case DESCRIPTION -> "clearance.line.description";
            case TARIFF -> "clearance.line.tariffCode";
            case ORIGIN -> "clearance.line.origin";
            case QUANTITY -> "clearance.line.quantity";
            case UNIT -> "clearance.line.unit";
            case NET_MASS -> "clearance.line.netMass";
            case GROSS_MASS -> "clearance.line.grossMass";
            case UNIT_PRICE -> "clearance.line.unitPrice";
            case AMOUNT -> "clearance.line.amount";
            case CURRENCY -> "clearance.linelist.column.currency";
            case UN_NUMBER -> "clearance.line.unNumber";
            case DG_CLASS -> "clearance.line.dgClass";
            case PACKING_GROUP -> "clearance.line.packingGroup";
            case INVOICE_NUMBER -> "clearance.linelist.column.invoiceNumber";
            case INVOICE_DATE -> "clearance.linelist.column.invoiceDate";
            case MARKS -> "clearance.linelist.column.marks";
            case PACKAGES -> "clearance.linelist.column.packages";
        };
    }

    private static void names(Column c, String... names) {
        for (String n : names) {
            NAMES.put(normalise(n), c);
        }
    }

    static String normalise(String header) {
        String s = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC);
        // camelCase and PascalCase as spreadsheets exported from systems write them: netMass → net Mass, HSCode → HS Code
        s = s.replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2").replaceAll("(\\p{Lu})(\\p{Lu}\\p{Ll})", "$1 $2").toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\(.*?\\)|（.*?）|\\[.*?]", " ");
        s = s.replaceAll("[\\s_\\-./#:：&]+", " ").strip();
        // "Net mass kg", "Quantity pcs" — a trailing unit word is not part of the name
        return s.replaceFirst(" (kg|kgs|pcs|twd|aud|usd)$", "");
    }

    /** The header cells that name no known column (blank cells are not listed), as the file writes them. */
    static List<String> unrecognised(List<String> header) {
        return header.stream().filter(h -> h != null && !h.isBlank() && !NAMES.containsKey(normalise(h)))
                .map(h -> Values.clip(h.strip())).toList();
    }

    /** Column position → meaning; refuses a header without description and quantity. */
    static Map<Integer, Column> map(List<String> header, String where) {
        return map(header, where, false);
    }

    /**
     * Column position → meaning; an invoice list needs description and quantity, a packing list ({@code packingList})
     * at least one of packages, gross mass, net mass or quantity.
     */
    static Map<Integer, Column> map(List<String> header, String where, boolean packingList) {
        if (header.size() > MessageLimits.MAX_CSV_COLUMNS) {
            throw new UnreadableMessage(MessageText.of("clearance.linelist.too-many-columns",
                    MessageText.Arg.number(MessageLimits.MAX_CSV_COLUMNS)), where, "too many columns");
        }
        Map<Integer, Column> map = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Column c = NAMES.get(normalise(header.get(i)));
            if (c != null && !map.containsValue(c)) {
                map.put(i, c);
            }
        }
        if (packingList) {
            if (List.of(Column.PACKAGES, Column.GROSS_MASS, Column.NET_MASS, Column.QUANTITY).stream().noneMatch(map::containsValue)) {
                throw new UnreadableMessage(MessageText.of("clearance.linelist.missing-column",
                        MessageText.Arg.code(label(Column.PACKAGES))), where, "no packages, mass or quantity column");
            }
            return map;
        }
        for (Column required : List.of(Column.DESCRIPTION, Column.QUANTITY)) {
            if (!map.containsValue(required)) {
                throw new UnreadableMessage(MessageText.of("clearance.linelist.missing-column",
                        MessageText.Arg.code(label(required))), where, "no " + required + " column");
            }
        }
        return map;
    }

    /**
     * Applies one data row; returns the row's currency (or null). A value that does not read names the row, the column
     * by the file's own {@code header} and by its label in the reader's language, and what was given.
     */
    static String apply(LineBuilder line, Map<Integer, Column> columns, List<String> header, List<String> row, String where) {
        String currency = null;
        for (Map.Entry<Integer, Column> e : columns.entrySet()) {
            String raw = e.getKey() < row.size() ? row.get(e.getKey()) : null;
            String v = Values.blankToNull(raw);
            if (v != null && v.length() > MessageLimits.MAX_VALUE_CHARS) {
                throw new UnreadableMessage(MessageText.of("clearance.linelist.value-too-long",
                        MessageText.Arg.number(MessageLimits.MAX_VALUE_CHARS)), where, "value too long");
            }
            String w = where + ", column " + (e.getKey() + 1);
            String own = e.getKey() < header.size() ? Values.blankToNull(header.get(e.getKey())) : null;
            Values.Cell cell = new Values.Cell(where, own == null ? "" : Values.clip(own), label(e.getValue()), w);
            switch (e.getValue()) {
                case LINE -> line.lineNumber = Values.whole(v, cell);
                case DESCRIPTION -> line.description = v;
                case TARIFF -> line.tariffCode = v == null ? null : v.replaceAll("[.\\s]", "");
                case ORIGIN -> line.originCountry = v == null ? null : v.toUpperCase(Locale.ROOT);
                case QUANTITY -> line.quantity = Values.measure(plain(v), cell);
                case UNIT -> line.unitCode = v;
                case NET_MASS -> line.netMassKg = Values.measure(plain(v), cell);
                case GROSS_MASS -> line.grossMassKg = Values.measure(plain(v), cell);
                case UNIT_PRICE -> line.unitPrice = Values.measure(plain(v), cell);
                case AMOUNT -> line.amount = Values.measure(plain(v), cell);
                case CURRENCY -> currency = v == null ? null : v.toUpperCase(Locale.ROOT);
                case UN_NUMBER -> line.unNumber = v == null ? null : v.replaceFirst("(?i)^UN\\s*", "");
                case DG_CLASS -> line.dangerousGoodsClass = v;
                case PACKING_GROUP -> line.packingGroup = v;
                case INVOICE_NUMBER -> line.invoiceNumber = v;
                case INVOICE_DATE -> line.invoiceDate = Values.date(v == null ? null : v.replace('/', '-'), cell);
                case MARKS -> line.marks = v;
                case PACKAGES -> line.packages = Values.whole(plain(v), cell);
                default -> {
                }
            }
        }
        return currency;
    }

    /** Spreadsheet habits: {@code 1,234.50} → {@code 1234.50} (only when a dot is also the decimal mark). */
    private static String plain(String v) {
        if (v == null) {
            return null;
        }
        // thousands separators (1,200; 3,720.00 — as line lists exported with comma separators write them); any other comma
        // is a decimal mark only where it cannot be a separator, else Values refuses it as ambiguous, naming the cell
        return v.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?") ? v.replace(",", "") : v;
    }
}
