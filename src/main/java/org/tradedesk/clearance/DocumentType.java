package org.tradedesk.clearance;

import java.util.Locale;
import org.tradedesk.shared.InvalidValueException;

/** The documents of a clearance file. */
public enum DocumentType {
    COMMERCIAL_INVOICE, PACKING_LIST, BILL_OF_LADING, AIR_WAYBILL, CERTIFICATE_OF_ORIGIN, PERMIT, DG_DECLARATION, OTHER;

    public boolean invoice() {
        return this == COMMERCIAL_INVOICE;
    }

    /** A type given as text (a form, a multipart field): blank means OTHER. */
    public static DocumentType parse(String text) {
        if (text == null || text.isBlank()) {
            return OTHER;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("clearance.document.type.invalid", "unknown document type: " + text);
        }
    }
}
