package org.tradedesk.clearance.domain;

import java.util.Set;
import org.tradedesk.shared.InvalidValueException;
import org.tradedesk.tariff.Jurisdiction;

/**
 * The form of a tariff code on an invoice line of a jurisdiction's file: the HS subheading (6 digits, as
 * a foreign seller's invoice gives it) or the national code — Australia 8 digits (tariff item) or 10 (with
 * the statistical code); Taiwan 8, 10 or 11 (CCC code: 8-digit tariff, 2 statistical digits, check digit).
 * Dots and spaces are allowed on input and dropped. Whether the code exists is a check against the
 * catalogue, not this format.
 */
public final class TariffCodeFormat {

    private static final Set<Integer> AU = Set.of(6, 8, 10);
    private static final Set<Integer> TW = Set.of(6, 8, 10, 11);

    private TariffCodeFormat() {
    }

    /** The digits of {@code text}, or an {@link InvalidValueException} with code {@code clearance.capture.tariff-code}. */
    public static String normalise(Jurisdiction jurisdiction, String text) {
        String digits = text == null ? "" : text.replaceAll("[\\s.\\u200B-]", "");
        Set<Integer> lengths = jurisdiction == Jurisdiction.AU ? AU : TW;
        if (!digits.matches("\\d+") || !lengths.contains(digits.length())) {
            throw new InvalidValueException("clearance.capture.tariff-code." + jurisdiction.name().toLowerCase(java.util.Locale.ROOT),
                    "not a tariff code of " + jurisdiction + " (" + lengths + " digits): " + text);
        }
        return digits;
    }

    /**
     * A declaration item's code as the administration writes it (t4fixQ 6: the declaration page showed {@code 09021000004}
     * or {@code 22083000.32}): Taiwan the CCC code dotted with its check digit after a dash, {@code 0902.10.00.00-4} (the
     * tariff module's form, {@link org.tradedesk.shared.HsCode#dotted}; 8 digits with the 2 statistical digits apart are
     * joined); Australia the tariff classification dotted and the statistical code after a slash, {@code 2208.30.00/32}
     * (10 digits given together are split so). A code that is no run of digits is shown as it is.
     */
    public static String shown(Jurisdiction jurisdiction, String code, String statisticalCode) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String digits = org.tradedesk.shared.HsCode.digitsOf(code.strip());
        String stat = statisticalCode == null ? "" : statisticalCode.strip();
        if (!digits.matches("\\d{2,11}")) {
            return code.strip() + (stat.isEmpty() ? "" : "/" + stat);
        }
        if (jurisdiction == Jurisdiction.AU) {
            if (digits.length() == 10 && stat.isEmpty()) {
                stat = digits.substring(8);
                digits = digits.substring(0, 8);
            }
            return org.tradedesk.shared.HsCode.of(digits).dotted() + (stat.isEmpty() ? "" : "/" + stat);
        }
        if (digits.length() == 8 && stat.matches("\\d{2}")) {
            return org.tradedesk.shared.HsCode.of(digits + stat).dotted();
        }
        return org.tradedesk.shared.HsCode.of(digits).dotted() + (stat.isEmpty() ? "" : "/" + stat);
    }

    public static boolean valid(Jurisdiction jurisdiction, String text) {
        try {
            normalise(jurisdiction, text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }
}
