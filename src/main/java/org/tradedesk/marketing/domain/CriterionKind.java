package org.tradedesk.marketing.domain;

import java.util.Locale;

/** Whether more is better (benefit) or less is better (cost) on a criterion. */
public enum CriterionKind {
    BENEFIT, COST;

    /** {@code benefit} or {@code cost} in any case; anything else names the criterion (1-based). */
    public static CriterionKind parse(String text, int index) {
        if (text != null) {
            for (CriterionKind k : values()) {
                if (k.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                    return k;
                }
            }
        }
        throw SelectionInputInvalid.unknownKind(index, text);
    }
}
