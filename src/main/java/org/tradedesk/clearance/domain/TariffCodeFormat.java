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

    public static boolean valid(Jurisdiction jurisdiction, String text) {
        try {
            normalise(jurisdiction, text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }
}
