package org.tradedesk.clearance.messages;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Locale;
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
 * — in English or Traditional Chinese labels, and the simple line rows that carry a dotted tariff code ({@link #LINE});
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
            "(?i)(?:(?<![A-Za-z])(?:total\\s+amount|invoice\\s+total|grand\\s+total|amount\\s+due|total)|總金額|發票總金額|總計|合計)"
                    + "\\s*[:：]?\\s*(?:([A-Z]{3})\\s*)?(-?\\d{1,3}(?:,\\d{3})*(?:\\.\\d{1,4})?(?![\\d,])|-?\\d+(?:\\.\\d{1,4})?(?![\\d,]))");
    /**
     * A simple line row: an optional line number, the description, a dotted tariff code (8539.52, 0902.10.00), then the
     * quantity with its unit and the unit price when given, and the line amount last (two decimals). A row without a
     * dotted tariff code is not taken for a line (a layout is not guessed); the capture is for a person to confirm.
     */
    private static final Pattern LINE = Pattern.compile(
            "^[ \\t]*(?:(\\d{1,3})[ \\t]+)?(\\S.*?)[ \\t]+(\\d{4}\\.\\d{2}(?:\\.\\d{2,4})?)(?:[ \\t]+(.*?))?[ \\t]+"
                    + "(\\d{1,3}(?:,\\d{3})+\\.\\d{2}|\\d+\\.\\d{2})[ \\t]*$");
    private static final int MAX_ROW = 300;
    private static final Pattern QUANTITY = Pattern.compile(
            "^(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)[ \\t]*([A-Za-z]{1,3}|[\\u4e00-\\u9fff]{1,2})?(?:[ \\t]+(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?))?$");
    private static final Pattern INCOTERM = Pattern.compile("\\b(EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP)\\b");

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
        String total = single(TOTAL, text, m -> m.group(2).replace(",", ""));
        inv.totalAmount = total == null ? null : new java.math.BigDecimal(total);
        String totalCurrency = single(TOTAL, text, m -> m.group(1));
        if (inv.currency == null && totalCurrency != null) {
            inv.currency = totalCurrency.toUpperCase(Locale.ROOT);
        }
        inv.incoterm = single(INCOTERM, text, m -> m.group(1));
        lines(text, inv);
        return inv.build("PDF_TEXT", true);
    }

    /** The simple line rows of the text ({@link #LINE}), in their order; a row the pattern does not hold is left out. */
    private static void lines(String text, InvoiceBuilder inv) {
        for (String row : text.split("\\R")) {
            // a row longer than any invoice line is not tried: the pattern's backtracking stays bounded on hostile text
            Matcher m = row.length() > MAX_ROW ? null : LINE.matcher(row);
            if (m == null || !m.matches()) {
                continue;
            }
            LineBuilder l = inv.newLine("line " + (inv.lines.size() + 1));
            l.lineNumber = m.group(1) == null ? null : Integer.valueOf(m.group(1));
            l.description = m.group(2).strip();
            l.tariffCode = m.group(3).replace(".", "");
            l.amount = new java.math.BigDecimal(m.group(5).replace(",", ""));
            Matcher q = m.group(4) == null ? null : QUANTITY.matcher(m.group(4).strip());
            if (q != null && q.matches()) {
                l.quantity = new java.math.BigDecimal(q.group(1).replace(",", ""));
                l.unitCode = q.group(2) == null ? null : q.group(2).toUpperCase(Locale.ROOT);
                l.unitPrice = q.group(3) == null ? null : new java.math.BigDecimal(q.group(3).replace(",", ""));
            }
        }
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
