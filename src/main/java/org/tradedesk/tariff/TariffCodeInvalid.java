package org.tradedesk.tariff;

import org.tradedesk.shared.TradedeskException;

/** A code that cannot be a tariff code (2 to 11 digits, dots and spaces allowed). */
public class TariffCodeInvalid extends TradedeskException {

    private TariffCodeInvalid(String code) {
        super(Kind.INVALID, "tariff.code.invalid", "'" + code + "' is not a tariff code: 2 to 11 digits, e.g. 8703.23.90", code);
    }

    public static TariffCodeInvalid of(String code) {
        return new TariffCodeInvalid(code);
    }

    /**
     * Digits of a code as typed or printed ({@code 8703.23.90}, {@code 870323 90}, Taiwan's {@code 0902.10.00.00-4},
     * full-width ０９０２．１０); refuses anything else.
     */
    public static String digits(String code) {
        String d = code == null ? "" : org.tradedesk.shared.HsCode.digitsOf(code);
        if (!d.matches("\\d{2,11}")) {
            throw of(code);
        }
        return d;
    }
}
