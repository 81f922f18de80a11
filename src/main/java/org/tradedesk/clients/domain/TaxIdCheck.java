package org.tradedesk.clients.domain;

/**
 * The outcome of checking a tax id: the normalised number when valid, otherwise a message code and
 * an English reason naming the number.
 */
public record TaxIdCheck(boolean valid, String normalised, String messageCode, String reason) {

    static TaxIdCheck ok(String normalised) {
        return new TaxIdCheck(true, normalised, null, null);
    }

    static TaxIdCheck invalid(String code, String reason) {
        return new TaxIdCheck(false, null, code, reason);
    }
}
