package org.tradedesk.clearance.messages;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradedesk.shared.MessageText;

/**
 * The columns of a CSV/XLSX invoice line list, recognised by their header in English or Traditional
 * Chinese (case, spaces, punctuation and a unit in brackets ignored: {@code Net mass (kg)} = {@code net mass}).
 * A list needs at least a description and a quantity column; unknown columns are ignored.
 */
final class LineListColumns {

    enum Column {
        LINE, DESCRIPTION, TARIFF, ORIGIN, QUANTITY, UNIT, NET_MASS, GROSS_MASS, UNIT_PRICE, AMOUNT, CURRENCY, UN_NUMBER, DG_CLASS, PACKING_GROUP
    }

    private static final Map<String, Column> NAMES = new HashMap<>();

    static {
        names(Column.LINE, "line", "line no", "line number", "item", "item no", "no", "項次", "序號");
        names(Column.DESCRIPTION, "description", "goods description", "product", "品名", "貨物名稱", "貨品名稱", "描述");
        names(Column.TARIFF, "tariff code", "hs code", "hs", "tariff", "commodity code", "稅則號別", "稅號", "貨品分類號列", "稅則號列");
        names(Column.ORIGIN, "origin", "country of origin", "origin country", "原產地", "生產國別", "原產國");
        names(Column.QUANTITY, "quantity", "qty", "數量");
        names(Column.UNIT, "unit", "uom", "unit code", "單位", "數量單位");
        names(Column.NET_MASS, "net mass", "net weight", "net mass kg", "net weight kg", "淨重");
        names(Column.GROSS_MASS, "gross mass", "gross weight", "gross mass kg", "gross weight kg", "毛重");
        names(Column.UNIT_PRICE, "unit price", "price", "單價");
        names(Column.AMOUNT, "amount", "line amount", "value", "total", "金額", "總價");
        names(Column.CURRENCY, "currency", "幣別");
        names(Column.UN_NUMBER, "un number", "un no", "聯合國編號");
        names(Column.DG_CLASS, "dg class", "dangerous goods class", "class", "危險品類別", "危險品等級");
        names(Column.PACKING_GROUP, "packing group", "包裝類別", "包裝等級");
    }

    private static void names(Column c, String... names) {
        for (String n : names) {
            NAMES.put(normalise(n), c);
        }
    }

    static String normalise(String header) {
        String s = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\(.*?\\)|（.*?）|\\[.*?]", " ");
        return s.replaceAll("[\\s_\\-./#:：]+", " ").strip();
    }

    /** Column position → meaning; refuses a header without description and quantity. */
    static Map<Integer, Column> map(List<String> header, String where) {
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
        for (Column required : List.of(Column.DESCRIPTION, Column.QUANTITY)) {
            if (!map.containsValue(required)) {
                throw new UnreadableMessage(MessageText.of("clearance.linelist.missing-column",
                        MessageText.Arg.literal(required.name().toLowerCase(Locale.ROOT))), where, "no " + required + " column");
            }
        }
        return map;
    }

    /** Applies one data row; returns the row's currency (or null). */
    static String apply(LineBuilder line, Map<Integer, Column> columns, List<String> row, String where) {
        String currency = null;
        for (Map.Entry<Integer, Column> e : columns.entrySet()) {
            String raw = e.getKey() < row.size() ? row.get(e.getKey()) : null;
            String v = Values.blankToNull(raw);
            if (v != null && v.length() > MessageLimits.MAX_VALUE_CHARS) {
                throw new UnreadableMessage(MessageText.of("clearance.linelist.value-too-long",
                        MessageText.Arg.number(MessageLimits.MAX_VALUE_CHARS)), where, "value too long");
            }
            String w = where + ", column " + (e.getKey() + 1);
            String field = e.getValue().name().toLowerCase(Locale.ROOT);
            switch (e.getValue()) {
                case LINE -> line.lineNumber = Values.integer(v, field, w);
                case DESCRIPTION -> line.description = v;
                case TARIFF -> line.tariffCode = v == null ? null : v.replaceAll("[.\\s]", "");
                case ORIGIN -> line.originCountry = v == null ? null : v.toUpperCase(Locale.ROOT);
                case QUANTITY -> line.quantity = Values.measure(plain(v), field, "clearance.line.quantity", w);
                case UNIT -> line.unitCode = v;
                case NET_MASS -> line.netMassKg = Values.measure(plain(v), field, "clearance.line.netMass", w);
                case GROSS_MASS -> line.grossMassKg = Values.measure(plain(v), field, "clearance.line.grossMass", w);
                case UNIT_PRICE -> line.unitPrice = Values.measure(plain(v), field, "clearance.line.unitPrice", w);
                case AMOUNT -> line.amount = Values.measure(plain(v), field, "clearance.line.amount", w);
                case CURRENCY -> currency = v == null ? null : v.toUpperCase(Locale.ROOT);
                case UN_NUMBER -> line.unNumber = v == null ? null : v.replaceFirst("(?i)^UN\\s*", "");
                case DG_CLASS -> line.dangerousGoodsClass = v;
                case PACKING_GROUP -> line.packingGroup = v;
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
        return v.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?") ? v.replace(",", "") : v;
    }
}
