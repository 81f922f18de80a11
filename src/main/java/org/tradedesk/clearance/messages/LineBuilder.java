package org.tradedesk.clearance.messages;

import java.math.BigDecimal;
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

    CapturedLine build(int position) {
        return new CapturedLine(lineNumber == null ? position : lineNumber, description, tariffCode, originCountry,
                quantity, unitCode, netMassKg, grossMassKg, unitPrice, amount, unNumber, dangerousGoodsClass, packingGroup);
    }
}
