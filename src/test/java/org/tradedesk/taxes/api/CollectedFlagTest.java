package org.tradedesk.taxes.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.definitions.ChainDefinitions;
import org.tradedesk.taxes.domain.ExchangeRateTable;
import org.tradedesk.taxes.domain.TaxEngine;

/**
 * Issue 6 (acceptance): the API said {@code "collected": true} of a trade promotion fee that was not collected (amount 0,
 * 不予徵收). By hand: CIF NT$200,000 × 0.04 % = 80 (0.0415 %: 83) ≤ NT$100, so the fee is not collected (推廣貿易服務費收費辦法); the duty,
 * 5 % = 10,000, is.
 */
class CollectedFlagTest {

    @Test
    void aFeeComputedButNotCollectedIsNotCollectedInTheApi() {
        TaxRequest request = new TaxRequest("TW", LocalDate.of(2026, 3, 2), "TWD", Incoterm.CIF, null, null, null, null, null, null, null,
                null, List.of(TaxRequestLine.of("pump", "84137000", new BigDecimal("200000"), Map.of("duty", "5%"))));
        ChainDefinitions chains = ChainDefinitions.fromClasspath();
        TaxResult result = new TaxEngine(ExchangeRateTable.EMPTY, null).calculate(request,
                chains.forJurisdiction("TW", request.date()));
        TaxResultJson json = TaxJsonMapper.toJson(result);
        TaxResultJson.Step fee = json.steps().stream().filter(s -> s.code().equals("TRADE_PROMOTION_FEE")).findFirst().orElseThrow();
        assertThat(fee.amountExact()).isPositive().isLessThanOrEqualTo(new BigDecimal("100"));
        assertThat(fee.amount()).isEqualByComparingTo("0");
        assertThat(fee.collected()).isFalse();
        assertThat(json.taxes().stream().filter(t -> t.code().equals("TRADE_PROMOTION_FEE")).findFirst().orElseThrow().collected()).isFalse();
        TaxResultJson.Tax duty = json.taxes().stream().filter(t -> t.code().equals("DUTY")).findFirst().orElseThrow();
        assertThat(duty.amount()).isEqualByComparingTo("10000");
        assertThat(duty.collected()).isTrue();
    }
}
