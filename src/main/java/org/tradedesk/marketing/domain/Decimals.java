package org.tradedesk.marketing.domain;

import java.math.BigDecimal;

/** Numbers as typed in marketing answers: a column's padding (7.5000, 0.21170000) stripped, never in exponent form. */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
