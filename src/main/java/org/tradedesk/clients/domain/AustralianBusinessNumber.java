package org.tradedesk.clients.domain;

/**
 * Australian Business Number (ABN): eleven digits whose first two are check digits. Subtract 1
 * from the first digit, weight the digits by 10,1,3,5,7,9,11,13,15,17,19 and the sum must be
 * divisible by 89. Source: Australian Business Register, "Format of the ABN",
 * https://abr.business.gov.au/Help/AbnFormat.
 */
public final class AustralianBusinessNumber {

    private static final int[] WEIGHTS = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};

    private AustralianBusinessNumber() {
    }

    public static String normalise(String raw) {
        return raw == null ? null : raw.replaceAll("[\\s-]", "");
    }

    public static TaxIdCheck check(String raw) {
        String n = normalise(raw);
        if (n == null || !n.matches("\\d{11}")) {
            return TaxIdCheck.invalid("clients.taxid.au.format", "an Australian Business Number (ABN) has exactly 11 digits");
        }
        // An ABN never starts with 0 (the register issues 10..99 as check digits); the subtraction would go negative.
        if (n.charAt(0) == '0') {
            return TaxIdCheck.invalid("clients.taxid.au.checksum", "ABN " + n + " cannot start with 0");
        }
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            int digit = n.charAt(i) - '0' - (i == 0 ? 1 : 0);
            sum += digit * WEIGHTS[i];
        }
        return sum % 89 == 0 ? TaxIdCheck.ok(n)
                : TaxIdCheck.invalid("clients.taxid.au.checksum", "the check digits of ABN " + n + " are wrong");
    }

    /** "51824753556" → "51 824 753 556", the way the register prints it. */
    public static String format(String normalised) {
        return normalised.substring(0, 2) + " " + normalised.substring(2, 5) + " "
                + normalised.substring(5, 8) + " " + normalised.substring(8);
    }
}
