package org.tradedesk.tariff;

import org.tradedesk.shared.HsCode;
import org.tradedesk.shared.TradedeskException;

/**
 * An 11-digit Taiwan CCC code whose last digit, the check digit (檢查號碼), is not the one the schedule prints for
 * the line its first ten digits name. The catalogue holds each line with its published check digit (the customs
 * download's 貨品分類號列 has all 11), so the typed digit is compared with it; no check-digit formula is applied
 * (none is published in a source cited here).
 */
public class TariffCheckDigitWrong extends TradedeskException {

    private final String expectedCode;

    private TariffCheckDigitWrong(Jurisdiction jurisdiction, String typed, String expectedCode) {
        super(Kind.INVALID, "tariff.code.check-digit",
                "the check digit of " + typed + " is " + typed.charAt(typed.length() - 1) + ", but the " + jurisdiction
                        + " schedule prints this line as " + new HsCode(expectedCode).dotted() + " (check digit "
                        + expectedCode.charAt(10) + ")",
                typed, String.valueOf(expectedCode.charAt(10)), new HsCode(expectedCode).dotted(), jurisdiction);
        this.expectedCode = expectedCode;
    }

    /** {@code typedDigits}: the 11 digits typed; {@code expectedCode}: the line's 11-digit code in the catalogue. */
    public static TariffCheckDigitWrong of(Jurisdiction jurisdiction, String typedDigits, String expectedCode) {
        return new TariffCheckDigitWrong(jurisdiction, new HsCode(typedDigits).dotted(), expectedCode);
    }

    /** The line's code as the catalogue holds it, with its published check digit. */
    public String expectedCode() {
        return expectedCode;
    }

    /** The check digit the schedule prints for the line. */
    public char expectedDigit() {
        return expectedCode.charAt(10);
    }
}
