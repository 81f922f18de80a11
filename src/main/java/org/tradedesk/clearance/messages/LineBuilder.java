package org.tradedesk.clearance.messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine;

/** One invoice line while a reader collects it. */
final class LineBuilder {
    Integer lineNumber;
    String description;
    String tariffCode;
    String originCountry;
    BigDecimal quantity;
    String unitCode;
    BigDecimal netMassKg;
    BigDecimal grossMassKg;
    BigDecimal unitPrice;
    BigDecimal amount;
    String unNumber;
    String dangerousGoodsClass;
    String packingGroup;
    /** Read from a line list for the invoice's header or a packing list's totals; not part of a captured line. */
    String invoiceNumber;
    LocalDate invoiceDate;
    String marks;
    Integer packages;

    CapturedLine build(int position) {
        return new CapturedLine(lineNumber == null ? position : lineNumber, description, tariffCode, originCountry,
                quantity, unitCode, netMassKg, grossMassKg, unitPrice, amount, unNumber, dangerousGoodsClass, packingGroup);
    }
}
