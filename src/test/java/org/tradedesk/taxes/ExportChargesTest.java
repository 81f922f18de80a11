package org.tradedesk.taxes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tradedesk.taxes.definitions.ChainDefinitions;

/**
 * The charges of an export declaration (t4exp) from the shipped chains: Taiwan's 推廣貿易服務費 on the FOB value, worked by
 * hand here from the published rule (貿易法 §21; 推廣貿易服務費收取辦法 §3: 0.04 % of the FOB value of goods exported; not
 * collected when NT$100 or less; whole NT$, truncated as the import fee), Australia nothing (GST-free export).
 */
class ExportChargesTest {

    final TaxCalculations taxes = new TaxCalculations(ChainDefinitions.shipped(), null, null, null, null, null, null, null);
    final LocalDate date = LocalDate.of(2026, 12, 10);

    /** 0.04 % of the FOB value, to whole NT$ (truncated); nothing when NT$100 or less. */
    static BigDecimal byHand(BigDecimal fob) {
        BigDecimal fee = fob.multiply(new BigDecimal("4")).divide(new BigDecimal("10000"), 0, RoundingMode.DOWN);
        return fee.compareTo(new BigDecimal("100")) <= 0 ? BigDecimal.ZERO : fee;
    }

    @Test
    void taiwanLeviesTheTradePromotionFeeOnlyOnTheFobValue() {
        // FOB USD 10,000 at TWD 31.5 = TWD 315,000
        BigDecimal fob = new BigDecimal("10000").multiply(new BigDecimal("31.5"));
        var charges = taxes.exportCharges("TW", date, fob);
        assertThat(charges).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("TRADE_PROMOTION_FEE");
            assertThat(c.zhTw()).isEqualTo("推廣貿易服務費");
            assertThat(c.ratePercent()).isEqualByComparingTo("0.04");
            assertThat(c.base()).isEqualByComparingTo("315000");
            assertThat(c.amount()).isEqualByComparingTo(byHand(fob)).isEqualByComparingTo("126");
            assertThat(c.collected()).isTrue();
            assertThat(c.legalReference()).contains("貿易法 §21", "推廣貿易服務費收取辦法");
        });
    }

    @Test
    void aFeeOfNt100OrLessIsNotCollectedAndFractionsAreTruncated() {
        for (String fob : new String[] {"250000", "252499", "252500", "318749"}) {
            BigDecimal v = new BigDecimal(fob);
            var c = taxes.exportCharges("TW", date, v).get(0);
            assertThat(c.amount()).as(fob).isEqualByComparingTo(byHand(v));
            assertThat(c.collected()).as(fob).isEqualTo(byHand(v).signum() > 0);
        }
        // 250,000 × 0.04 % = 100: not collected; 252,500 × 0.04 % = 101: collected; 318,749 × 0.04 % = 127.4996 → 127
        assertThat(taxes.exportCharges("TW", date, new BigDecimal("250000")).get(0).amount()).isZero();
        assertThat(taxes.exportCharges("TW", date, new BigDecimal("318749")).get(0).amount()).isEqualByComparingTo("127");
    }

    @Test
    void australiaChargesNothingOnAnExport() {
        assertThat(taxes.exportCharges("AU", date, new BigDecimal("15360.00"))).isEmpty();
    }
}
