package org.tradedesk.clearance.messages;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.tradedesk.shared.MessageText;

/**
 * A PDF invoice or packing list: its text is extracted (PDFBox) and only what is labelled unambiguously is
 * pre-filled — invoice number, ISO or {@code yyyy/mm/dd} date, currency code, a single Incoterm, the total
 * — in English or Traditional Chinese labels, and the simple line rows that carry a dotted tariff code ({@link #CODE});
 * other lines are never guessed from layout. The result always has {@code needsConfirmation = true} for a person to
 * check and complete (an unconfirmed or line-less invoice is an ERROR finding of the file's checks).
 */
final class PdfInvoiceTextReader {

    private static final Pattern NUMBER = Pattern.compile(
            "(?im)^\\s*(?:commercial\\s+)?invoice\\s*(?:no\\.?|number|#)\\s*[:：]?\\s*([A-Z0-9][A-Z0-9\\-/]{0,34})\\s*$|(?m)發票號碼\\s*[:：]\\s*([A-Za-z0-9][A-Za-z0-9\\-/]{0,34})");
    private static final Pattern DATE = Pattern.compile(
            "(?i)(?:invoice\\s+date|date|發票日期|日期)\\s*[:：]\\s*(\\d{4})[-/](\\d{2})[-/](\\d{2})");
    private static final Pattern CURRENCY = Pattern.compile("(?i)(?:currency|幣別)\\s*[:：]\\s*([A-Z]{3})\\b");
    /**
     * A labelled total (T4 review F6: "Total: 4,250.00" was not read): total amount, invoice total, grand total, amount due,
     * a bare "Total", 總金額, 發票總金額, 總計, 合計 — "Subtotal" and "Total quantity: 500" are not totals (a word joined to
     * "total", or another word between the label and the figure).
     */
    private static final Pattern TOTAL = Pattern.compile(
            "(?:(?<![A-Za-z])(?i:total\\s+amount|invoice\\s+total|grand\\s+total|amount\\s+due|total)|總金額|發票總金額|總計|合計)"
                    + "\\s*[:：]?\\s*(?:([A-Z]{3})\\s*)?(-?\\d{1,3}(?:,\\d{3})*(?:\\.\\d{1,4})?(?![\\d,]|\\.\\d)|-?\\d+(?:\\.\\d{1,4})?(?![\\d,]|\\.\\d))");
    /**
     * A figure followed by one of these words counts packages or goods, not money (T4 review R6: "TOTAL 500 CTNS" was read
     * as a total of 500).
     */
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "^[ \\t]*(?i:ctns?|cartons?|pcs|pces?|pkgs?|packages?|kgs?|kilos?|pallets?|plts?|sets?|units?|rolls?|bags?|boxes|drums?|qty|件|箱|公斤|個)(?![A-Za-z])");
    /**
     * A simple line row, read token by token after its blanks are collapsed (T4 review R1: a lazy-group regex backtracked
     * roughly cubically on rows of spaces): an optional line number, the description, a dotted tariff code of HS chapter
     * 01–97 (8539.52, 0902.10.00), then the quantity with its unit and the unit price, and the line amount last (two
     * decimals). A row without such a code is not taken for a line (a layout is not guessed); the capture is for a person
     * to confirm. Every pattern below matches one token and is free of nested repetition.
     */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(?:,\\d{3})+\\.\\d{2}|\\d+\\.\\d{2}");
    private static final Pattern CODE = Pattern.compile("(\\d{2})\\d{2}\\.\\d{2}(?:\\.\\d{2,4})?");
    private static final Pattern DATE_SHAPED = Pattern.compile("(\\d{4})\\.(\\d{2})\\.(\\d{2})");
    private static final Pattern LINE_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern FIGURE = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern UNIT = Pattern.compile("[A-Za-z]{1,5}|[\\u4e00-\\u9fff]{1,2}");
    private static final Pattern FIGURE_UNIT = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)([A-Za-z]{1,5}|[\\u4e00-\\u9fff]{1,2})");
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");
    private static final int MAX_ROW = 300;
    private static final Pattern INCOTERM = Pattern.compile("\\b(EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP)\\b");
    /**
     * Labelled parties and shipment figures (T4 review r-t4c 15: "Seller:", "Buyer:", "Gross weight: 2,150 kg" and "Packages:
     * 300 cartons" were not read). A label at the start of a line, its value on the same line; one token class each, no
     * nested repetition. A party on the lines below its label (an address block) is not guessed.
     */
    private static final Pattern SELLER = Pattern.compile(
            "(?im)^[ \\t]*(?:seller|shipper|exporter|vendor|賣方|出口商|出賣人)[ \\t]*[:：][ \\t]*([^\\n]{1,120})$");
    private static final Pattern BUYER = Pattern.compile(
            "(?im)^[ \\t]*(?:buyer|sold[ \\t]+to|consignee|importer|買方|進口商|收貨人)[ \\t]*[:：][ \\t]*([^\\n]{1,120})$");
    private static final Pattern GROSS = Pattern.compile(
            "(?i)(?:gross[ \\t]+(?:weight|mass)|G\\.W\\.|毛重)[ \\t]*[:：]?[ \\t]*(\\d{1,3}(?:,\\d{3}){1,3}(?:\\.\\d{1,3})?|\\d{1,12}(?:\\.\\d{1,3})?)(?![\\d,])[ \\t]*(?:kgs?|kilos?|公斤)(?![A-Za-z])");
    private static final Pattern PACKAGES = Pattern.compile(
            "(?i)(?:(?:total[ \\t]+|number[ \\t]+of[ \\t]+|no\\.?[ \\t]+of[ \\t]+)?packages|件數|總件數)[ \\t]*[:：][ \\t]*(\\d{1,3}(?:,\\d{3}){1,2}|\\d{1,9})(?![\\d.,])");

    private PdfInvoiceTextReader() {
    }

    static CapturedInvoice read(byte[] content) {
        String text;
        try (PDDocument doc = Loader.loadPDF(content)) {
            if (doc.isEncrypted()) {
                throw new UnreadableMessage(MessageText.of("clearance.pdf.encrypted"), "", "encrypted PDF");
            }
            if (doc.getNumberOfPages() > MessageLimits.MAX_PDF_PAGES) {
                throw new UnreadableMessage(MessageText.of("clearance.pdf.too-many-pages",
                        MessageText.Arg.number(MessageLimits.MAX_PDF_PAGES)), "", "too many pages");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(doc);
        } catch (UnreadableMessage e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // PDFBox reports a damaged file with IOException and, for some damage, runtime exceptions
            throw new UnreadableMessage(MessageText.of("clearance.pdf.malformed"), "", String.valueOf(e));
        }
        if (text == null || text.isBlank()) {
            throw new UnreadableMessage(MessageText.of("clearance.pdf.no-text"), "page 1", "no text layer (scanned image?)");
        }
        return fromText(text);
    }

    static CapturedInvoice fromText(String text) {
        InvoiceBuilder inv = new InvoiceBuilder();
        inv.invoiceNumber = single(NUMBER, text, m -> m.group(1) != null ? m.group(1) : m.group(2));
        String date = single(DATE, text, m -> m.group(1) + "-" + m.group(2) + "-" + m.group(3));
        if (date != null) {
            try {
                inv.issueDate = java.time.LocalDate.parse(date);
            } catch (java.time.format.DateTimeParseException e) {
                inv.issueDate = null;
            }
        }
        inv.currency = single(CURRENCY, text, m -> m.group(1).toUpperCase(Locale.ROOT));
        String total = single(TOTAL, text, m -> isTotal(m, text) ? m.group(2).replace(",", "") : null);
        inv.totalAmount = total == null ? null : new java.math.BigDecimal(total);
        String totalCurrency = single(TOTAL, text, m -> isTotal(m, text) ? currency(m.group(1)) : null);
        if (inv.currency == null && totalCurrency != null) {
            inv.currency = totalCurrency;
        }
        inv.incoterm = single(INCOTERM, text, m -> m.group(1));
        String labelled = labelledLines(text);
        inv.sellerName = single(SELLER, labelled, m -> blankToNull(m.group(1)));
        inv.buyerName = single(BUYER, labelled, m -> blankToNull(m.group(1)));
        String gross = single(GROSS, labelled, m -> m.group(1).replace(",", ""));
        inv.grossMassKg = gross == null ? null : new java.math.BigDecimal(gross);
        String packages = single(PACKAGES, labelled, m -> m.group(1).replace(",", ""));
        // at most nine digits by the pattern: an int (code read R1: 9,999,999,999 packages threw and the upload answered 500)
        inv.packages = packages == null ? null : Integer.valueOf(packages);
        lines(text, inv);
        return inv.build("PDF_TEXT", true);
    }

    private static final List<String> LABEL_WORDS = List.of("seller", "shipper", "exporter", "vendor", "buyer", "sold", "consignee",
            "importer", "gross", "g.w.", "package", "賣方", "出口商", "出賣人", "買方", "進口商", "收貨人", "毛重", "件數");

    /**
     * Only the lines that hold one of the labels go to the label patterns: a page of table rows is not scanned four more times
     * (the hostile-rows guard of InvoiceFormatsTest), and a label is always on a short line.
     */
    private static String labelledLines(String text) {
        StringBuilder kept = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.length() > 300) {
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (LABEL_WORDS.stream().anyMatch(lower::contains)) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    private static String blankToNull(String s) {
        String v = s == null ? null : s.strip();
        return v == null || v.isEmpty() ? null : v;
    }

    /**
     * A total match is a total when the three letters before the figure, if any, are an ISO 4217 currency (or NTD) and no
     * unit word follows the figure (T4 review R6: "Total Qty 500", "TOTAL 500 CTNS", "Total due 300" were totals).
     */
    private static boolean isTotal(Matcher m, String text) {
        if (m.group(1) != null && currency(m.group(1)) == null) {
            return false;
        }
        int end = m.end(2);
        return !UNIT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 20))).find();
    }

    /** The ISO 4217 code, NTD (the usual Taiwan abbreviation) as TWD; null for three letters that are no currency. */
    static String currency(String code) {
        if (code == null) {
            return null;
        }
        if ("NTD".equals(code)) {
            return "TWD";
        }
        try {
            return java.util.Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The simple line rows of the text ({@link #AMOUNT} … {@link #CODE}), in their order; any other row is left out. */
    private static void lines(String text, InvoiceBuilder inv) {
        for (String raw : text.split("\\R")) {
            if (raw.length() > MAX_ROW * 20) {
                continue;
            }
            String row = BLANKS.matcher(raw.strip()).replaceAll(" ");
            if (row.isEmpty() || row.length() > MAX_ROW) {
                continue;
            }
            line(row.split(" "), inv);
        }
    }

    private static void line(String[] t, InvoiceBuilder inv) {
        int last = t.length - 1;
        if (t.length < 3 || !AMOUNT.matcher(t[last]).matches()) {
            return;
        }
        int descFrom = t.length > 3 && LINE_NUMBER.matcher(t[0]).matches() ? 1 : 0;
        int code = -1;
        for (int i = descFrom + 1; i < last && code < 0; i++) {
            if (isCode(t[i])) {
                code = i;
            }
        }
        if (code < 0) {
            return;
        }
        // "10 PCS 1250.00 12500.00": a four-digit price right before the amount, after a quantity, is no tariff code
        if (code == last - 1 && !t[code].substring(5).contains(".") && endsWithQuantity(t, descFrom, code)) {
            return;
        }
        java.math.BigDecimal quantity = null;
        String unit = null;
        java.math.BigDecimal unitPrice = null;
        String origin = null;
        int i = code + 1;
        // "8211.91.00 CN 500 PCE 2000.00": an ISO 3166 country right after the code is the line's origin (review r-t4c F12)
        if (i < last - 1 && t[i].length() == 2 && COUNTRIES.contains(t[i])) {
            origin = t[i];
            i++;
        }
        if (i < last) {
            Matcher fu = FIGURE_UNIT.matcher(t[i]);
            if (fu.matches()) {
                quantity = number(fu.group(1));
                unit = fu.group(2);
                i++;
            } else if (FIGURE.matcher(t[i]).matches()) {
                quantity = number(t[i]);
                i++;
                if (i < last && UNIT.matcher(t[i]).matches()) {
                    unit = t[i];
                    i++;
                }
            }
            if (quantity != null && i < last && FIGURE.matcher(t[i]).matches()) {
                unitPrice = number(t[i]);
                i++;
            }
            if (quantity != null && i == last && unitPrice == null && origin == null) {
                // "500 PCS 2.50": one figure after a quantity is its unit price, the line amount is missing; in the layout
                // with an origin column (code, origin, quantity and unit, amount) the last figure is the line amount
                return;
            }
            if (i != last) {
                quantity = null; // words between the code and the amount are not read as a quantity
                unit = null;
                unitPrice = null;
                origin = null;
            }
        }
        LineBuilder l = inv.newLine("line " + (inv.lines.size() + 1));
        l.lineNumber = descFrom == 1 ? Integer.valueOf(t[0]) : null;
        l.description = String.join(" ", java.util.Arrays.copyOfRange(t, descFrom, code));
        l.tariffCode = t[code].replace(".", "");
        l.amount = number(t[last]);
        l.quantity = quantity;
        l.unitCode = unit == null ? null : unit.toUpperCase(Locale.ROOT);
        l.unitPrice = unitPrice;
        l.originCountry = origin;
    }

    /** The ISO 3166 alpha-2 codes, upper case: a two-letter token after the code that is one is the line's origin. */
    private static final java.util.Set<String> COUNTRIES = java.util.Set.of(Locale.getISOCountries());

    /** A dotted code of HS chapter 01–97 that is not a date ({@code 2025.01.31}). */
    private static boolean isCode(String token) {
        Matcher c = CODE.matcher(token);
        if (!c.matches()) {
            return false;
        }
        int chapter = Integer.parseInt(c.group(1));
        if (chapter < 1 || chapter > 97) {
            return false;
        }
        Matcher d = DATE_SHAPED.matcher(token);
        if (d.matches()) {
            int year = Integer.parseInt(d.group(1));
            int month = Integer.parseInt(d.group(2));
            int day = Integer.parseInt(d.group(3));
            if (year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                return false;
            }
        }
        return true;
    }

    /** Whether the tokens before {@code end} (after the description start) end with a quantity: a figure, then a unit. */
    private static boolean endsWithQuantity(String[] t, int from, int end) {
        int j = end - 1;
        if (j > from && UNIT.matcher(t[j]).matches() && FIGURE.matcher(t[j - 1]).matches()) {
            return true;
        }
        return j > from && (FIGURE.matcher(t[j]).matches() || FIGURE_UNIT.matcher(t[j]).matches());
    }

    private static java.math.BigDecimal number(String figure) {
        return new java.math.BigDecimal(figure.replace(",", ""));
    }

    /** The value when every match agrees, else null (two different totals are not certain). */
    private static String single(Pattern p, String text, java.util.function.Function<Matcher, String> value) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = p.matcher(text);
        while (m.find() && found.size() < 3) {
            String v = value.apply(m);
            if (v != null) {
                found.add(v);
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }
}
