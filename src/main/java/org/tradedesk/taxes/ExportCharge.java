package org.tradedesk.taxes;

import java.math.BigDecimal;

/**
 * A charge an export declaration bears (t4exp), worked out by {@link TaxCalculations#exportCharges} from the jurisdiction's
 * chain step of the same code, with that step's rate, rounding, minimum and legal reference: Taiwan's 推廣貿易服務費
 * ({@code TRADE_PROMOTION_FEE}: 0.04 % of the FOB value of the goods exported, 貿易法 §21, 推廣貿易服務費收取辦法 §3; NT$100 or
 * less not collected). {@code ratePercent} in percent, {@code base} and {@code amount} in the local currency; {@code amount}
 * zero when not collected ({@code collected} false then).
 */
public record ExportCharge(String code, String zhTw, String en, BigDecimal ratePercent, BigDecimal base, BigDecimal amount,
        boolean collected, String roundingCode, BigDecimal notCollectedAtOrBelow, String legalReference) {
}
