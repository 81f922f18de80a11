package org.tradedesk.clearance.messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The data of a commercial invoice as read from a structured file (UBL 2.1, UN/CEFACT CII, UN/EDIFACT
 * INVOIC, a CSV/XLSX line list) or pre-filled from a PDF's text for a person to confirm. Fields the file
 * does not carry are {@code null} (never guessed); {@code format} names what was read (e.g. {@code UBL},
 * {@code CII}, {@code EDIFACT_INVOIC_D14B}, {@code CSV}, {@code XLSX}, {@code PDF_TEXT}) and
 * {@code needsConfirmation} is true when the data came from text extraction rather than a structured format.
 * {@code totalAmount} is the invoice total without VAT/GST (EN 16931 BT-109) where the file gives it — the goods'
 * value customs starts from — else the total the file gives. {@code encoding} is how a text line list was decoded
 * ({@code UTF-8}, {@code Big5}…, from {@code platform.importing.DecodedText}; null for other formats) and
 * {@code unrecognisedColumns} the header cells of a line list the reader did not understand (their values are not read,
 * so the user is told rather than left with empty fields).
 */
public record CapturedInvoice(
        String format,
        boolean needsConfirmation,
        String invoiceNumber,
        LocalDate issueDate,
        String currency,
        String sellerName,
        String sellerCountry,
        String buyerName,
        String buyerCountry,
        String incoterm,
        String incotermPlace,
        BigDecimal totalAmount,
        BigDecimal grossMassKg,
        Integer packages,
        List<CapturedLine> lines,
        String encoding,
        List<String> unrecognisedColumns) {

    public CapturedInvoice {
        lines = lines == null ? List.of() : List.copyOf(lines);
        unrecognisedColumns = unrecognisedColumns == null ? List.of() : List.copyOf(unrecognisedColumns);
    }

    /** A capture that is not a text line list (no encoding, no columns to report). */
    public CapturedInvoice(String format, boolean needsConfirmation, String invoiceNumber, LocalDate issueDate, String currency,
            String sellerName, String sellerCountry, String buyerName, String buyerCountry, String incoterm, String incotermPlace,
            BigDecimal totalAmount, BigDecimal grossMassKg, Integer packages, List<CapturedLine> lines) {
        this(format, needsConfirmation, invoiceNumber, issueDate, currency, sellerName, sellerCountry, buyerName, buyerCountry,
                incoterm, incotermPlace, totalAmount, grossMassKg, packages, lines, null, List.of());
    }

    /** One invoice line; dangerous goods carry their UN number, class and packing group. */
    public record CapturedLine(
            int lineNumber,
            String description,
            String tariffCode,
            String originCountry,
            BigDecimal quantity,
            String unitCode,
            BigDecimal netMassKg,
            BigDecimal grossMassKg,
            BigDecimal unitPrice,
            BigDecimal amount,
            String unNumber,
            String dangerousGoodsClass,
            String packingGroup,
            BigDecimal litres,
            BigDecimal alcoholByVolume) {

        /**
         * A line without a volume or an alcoholic strength (read from a message or a line list, which give none). {@code litres}
         * and {@code alcoholByVolume} (%vol) are typed by hand (acceptance review of issue 8, 3): the tax engine needs them for
         * 菸酒稅 of wine, beer, spirits; a declaration draft's item may give them too.
         */
        public CapturedLine(int lineNumber, String description, String tariffCode, String originCountry, BigDecimal quantity,
                String unitCode, BigDecimal netMassKg, BigDecimal grossMassKg, BigDecimal unitPrice, BigDecimal amount, String unNumber,
                String dangerousGoodsClass, String packingGroup) {
            this(lineNumber, description, tariffCode, originCountry, quantity, unitCode, netMassKg, grossMassKg, unitPrice, amount,
                    unNumber, dangerousGoodsClass, packingGroup, null, null);
        }
    }
}
