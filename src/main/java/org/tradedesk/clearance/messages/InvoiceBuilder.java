package org.tradedesk.clearance.messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tradedesk.shared.MessageText;

/** The header of an invoice and its lines while a reader collects them; bounded to {@link MessageLimits#MAX_LINES}. */
final class InvoiceBuilder {
    String invoiceNumber;
    LocalDate issueDate;
    String currency;
    String sellerName;
    String sellerCountry;
    String buyerName;
    String buyerCountry;
    String incoterm;
    String incotermPlace;
    BigDecimal totalAmount;
    BigDecimal grossMassKg;
    Integer packages;
    String encoding;
    List<String> unrecognisedColumns = List.of();
    final List<LineBuilder> lines = new ArrayList<>();

    LineBuilder newLine(String where) {
        if (lines.size() >= MessageLimits.MAX_LINES) {
            throw new UnreadableMessage(MessageText.of("clearance.document.too-many-lines",
                    MessageText.Arg.number(MessageLimits.MAX_LINES)), where, "more than " + MessageLimits.MAX_LINES + " lines");
        }
        LineBuilder l = new LineBuilder();
        lines.add(l);
        return l;
    }

    CapturedInvoice build(String format, boolean needsConfirmation) {
        List<CapturedInvoice.CapturedLine> built = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            built.add(lines.get(i).build(i + 1));
        }
        return new CapturedInvoice(format, needsConfirmation, invoiceNumber, issueDate, currency, sellerName, sellerCountry,
                buyerName, buyerCountry, incoterm, incotermPlace, totalAmount, grossMassKg, packages, built, encoding, unrecognisedColumns);
    }
}
