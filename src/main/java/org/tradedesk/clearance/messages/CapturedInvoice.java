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
 * value customs starts from — else the total the file gives.
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
        List<CapturedLine> lines) {

    public CapturedInvoice {
        lines = lines == null ? List.of() : List.copyOf(lines);
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
            String packingGroup) {
    }
}
