package org.tradedesk.clearance.messages;

import java.nio.charset.StandardCharsets;
import org.tradedesk.platform.importing.DecodedText;
import org.tradedesk.shared.MessageText;

/**
 * Reads an uploaded invoice file into {@link CapturedInvoice}, detecting its format from its content (not
 * trusting the file name). The readers of each format live beside this class:
 * <ul>
 *   <li>XML whose root is UBL {@code Invoice} → {@code UBL}; UN/CEFACT {@code CrossIndustryInvoice} → {@code CII}</li>
 *   <li>{@code UNA}/{@code UNB} → UN/EDIFACT INVOIC ({@code EDIFACT_INVOIC_D14B}, …), read with StAEDI</li>
 *   <li>a ZIP package ({@code PK}) → XLSX line list; {@code %PDF-} → PDF text ({@code PDF_TEXT}, to confirm)</li>
 *   <li>other text with a header line → CSV line list</li>
 * </ul>
 * Every refusal is an {@link UnreadableMessage} naming the fault and where; no other exception leaves
 * this method (a fuzz test holds it to that).
 */
public final class InvoiceFormats {

    private InvoiceFormats() {
    }

    /** The formats {@link #read} tells apart, before reading. */
    public enum Detected { UBL, CII, EDIFACT, XLSX, PDF, CSV, XML_OTHER, UNKNOWN }

    /**
     * @throws UnreadableMessage when the content is not an invoice in a known format, or is malformed
     */
    public static CapturedInvoice read(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw new UnreadableMessage(MessageText.of("clearance.message.empty"), "", "empty file " + fileName);
        }
        if (content.length > MessageLimits.MAX_BYTES) {
            throw new UnreadableMessage(MessageText.of("clearance.message.too-large",
                    MessageText.Arg.number(MessageLimits.MAX_BYTES / (1024 * 1024))), "", "file too large " + fileName);
        }
        return switch (detect(content)) {
            case UBL -> required(UblInvoiceReader.read(content), "UBL 2.1", "/Invoice/ID", "/Invoice/IssueDate", "/Invoice/InvoiceLine");
            case CII -> required(CiiInvoiceReader.read(content), "UN/CEFACT CII", "/CrossIndustryInvoice/ExchangedDocument/ID",
                    "/CrossIndustryInvoice/ExchangedDocument/IssueDateTime",
                    "/CrossIndustryInvoice/SupplyChainTradeTransaction/IncludedSupplyChainTradeLineItem");
            case EDIFACT -> EdifactInvoiceReader.read(content);
            case XLSX -> XlsxLineListReader.read(content);
            case PDF -> PdfInvoiceTextReader.read(content);
            case CSV -> CsvLineListReader.read(content);
            case XML_OTHER -> throw notAnInvoice(SecureXml.root(content));
            case UNKNOWN -> throw new UnreadableMessage(MessageText.of("clearance.document.format-unknown"), "",
                    "no invoice reader recognised " + fileName);
        };
    }

    /**
     * An XML file of no invoice kind read here, said by its root element and namespace: an {@code Invoice} or
     * {@code CrossIndustryInvoice} in another namespace (UBL 2.0, a draft, none) is named with the namespace expected;
     * any other root element as not an invoice.
     */
    static UnreadableMessage notAnInvoice(String[] root) {
        String name = Values.clip(root[0]);
        MessageText.Arg ns = root[1] == null || root[1].isBlank() ? MessageText.Arg.code("clearance.xml.no-namespace")
                : MessageText.Arg.literal(Values.clip(root[1]));
        String expected = "Invoice".equals(root[0]) ? UblInvoiceReader.NS : "CrossIndustryInvoice".equals(root[0]) ? CiiInvoiceReader.NS : null;
        MessageText reason = expected != null
                ? MessageText.of("clearance.xml.unknown-namespace", MessageText.Arg.literal(name), ns, MessageText.Arg.literal(expected))
                : MessageText.of("clearance.xml.not-invoice", MessageText.Arg.literal(name), ns);
        return new UnreadableMessage(reason, "/" + name, "XML root " + root[0] + " in " + root[1]);
    }

    /**
     * An XML invoice missing an element its standard makes mandatory and without which there is nothing to capture
     * (UBL 2.1 and CII: the invoice number, its date, at least one line) is refused naming the element.
     */
    private static CapturedInvoice required(CapturedInvoice inv, String standard, String number, String date, String line) {
        String missing = inv.invoiceNumber() == null ? number : inv.issueDate() == null ? date : inv.lines().isEmpty() ? line : null;
        if (missing != null) {
            throw new UnreadableMessage(MessageText.of("clearance.xml.missing-element", MessageText.Arg.literal(standard),
                    MessageText.Arg.literal(missing.substring(missing.lastIndexOf('/') + 1)), MessageText.Arg.literal(missing)),
                    missing, standard + " invoice without " + missing);
        }
        return inv;
    }

    /**
     * A packing list given as a CSV line list (marks, packages, net/gross mass, quantity per row), read so its totals can be
     * compared with the invoices; null for any other content (a scan, a PDF: its figures are captured by hand).
     *
     * @throws UnreadableMessage when the CSV is malformed, undecodable, or has no packages, mass or quantity column
     */
    public static CapturedInvoice readPackingList(byte[] content, String fileName) {
        if (content == null || content.length == 0 || content.length > MessageLimits.MAX_BYTES || detect(content) != Detected.CSV) {
            return null;
        }
        return CsvLineListReader.readPackingList(content);
    }

    /** The bytes of a UTF-16 upload decoded to tell XML from CSV (even: whole UTF-16 code units). */
    private static final int UTF16_HEAD = 4096;

    /** Detects the format from the first bytes (and, for XML, the root element). */
    public static Detected detect(byte[] content) {
        int start = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        if (startsWith(content, 0, "PK\u0003\u0004")) {
            return Detected.XLSX;
        }
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
        if (head.contains("%PDF-")) {
            return Detected.PDF;
        }
        if (utf16(content)) {
            // Excel's "Unicode text" / "CSV UTF-16": the platform's DecodedText reads it by its byte-order mark (the CSV
            // reader decodes through it); an XML file in UTF-16 goes to the XML readers, which honour the mark themselves
            // only the head is decoded (T4 code read R10: the whole upload was decoded to look at its first character)
            String text = DecodedText.of(java.util.Arrays.copyOf(content, Math.min(content.length, UTF16_HEAD))).text().stripLeading();
            if (text.startsWith("<")) {
                return xml(content);
            }
            return text.isEmpty() ? Detected.UNKNOWN : Detected.CSV;
        }
        while (start < content.length && Character.isWhitespace(content[start])) {
            start++;
        }
        if (startsWith(content, start, "UNA") || startsWith(content, start, "UNB")) {
            return Detected.EDIFACT;
        }
        if (startsWith(content, start, "<")) {
            return xml(content);
        }
        for (int i = start; i < Math.min(content.length, start + 4096); i++) {
            if (content[i] == 0) {
                return Detected.UNKNOWN;
            }
        }
        return start < content.length ? Detected.CSV : Detected.UNKNOWN;
    }

    private static Detected xml(byte[] content) {
        String[] root = SecureXml.root(content);
        if ("Invoice".equals(root[0]) && UblInvoiceReader.NS.equals(root[1])) {
            return Detected.UBL;
        }
        if ("CrossIndustryInvoice".equals(root[0]) && CiiInvoiceReader.NS.equals(root[1])) {
            return Detected.CII;
        }
        return Detected.XML_OTHER;
    }

    /** A UTF-16 byte-order mark, little- or big-endian. */
    private static boolean utf16(byte[] content) {
        return content.length >= 2 && (((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE)
                || ((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF));
    }

    private static boolean startsWith(byte[] content, int offset, String prefix) {
        if (content.length - offset < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (content[offset + i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
