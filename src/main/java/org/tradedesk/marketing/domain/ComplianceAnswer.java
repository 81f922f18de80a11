package org.tradedesk.marketing.domain;

import java.util.Locale;

/** How a checklist item was answered: done (YES), not done (NO) or not applicable to this activity (a note says why). */
public enum ComplianceAnswer {
    YES, NO, NOT_APPLICABLE;

    /** {@code yes}, {@code no}, {@code n-a} (or the constant's name); null when not one of them. */
    public static ComplianceAnswer parse(String s) {
        if (s == null) {
            return null;
        }
        String v = s.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace('/', '_');
        return switch (v) {
            case "YES" -> YES;
            case "NO" -> NO;
            case "N_A", "NA", "NOT_APPLICABLE" -> NOT_APPLICABLE;
            default -> null;
        };
    }
}
