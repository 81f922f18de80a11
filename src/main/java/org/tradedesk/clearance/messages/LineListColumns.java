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
                        MessageText.Arg.literal("packages")), where, "no packages, mass or quantity column");
            }
            return map;
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
                case INVOICE_NUMBER -> line.invoiceNumber = v;
                case INVOICE_DATE -> line.invoiceDate = Values.date(v == null ? null : v.replace('/', '-'), field, w);
                case MARKS -> line.marks = v;
                case PACKAGES -> line.packages = Values.integer(plain(v), field, w);
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
