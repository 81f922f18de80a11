package org.tradedesk.taxes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxResult;

/**
 * t4fixAB: Taiwan's 完稅價格 is rounded to whole NT$ (truncated) by the TW chain's own rule ({@code customsValue} in
 * taxes/chains/TW.json, with its source) before any step takes it as its base. Before, clearance declared the item's value in
 * whole NT$ while the engine worked the taxes on the value with cents, and the two could differ by NT$1.
 *
 * <p>Hand figures: a line valued TWD 1,013.50 CIF with a 7.5 % duty. On the value with cents (the old path): 1,013.50 × 7.5 %
 * = 76.0125 → NT$76. On the value declared, 1,013: 1,013 × 7.5 % = 75.975 → NT$75 — NT$1 apart. Business tax
 * (1,013 + 75) × 5 % = 54.40 → NT$54.
 */
class TaiwanCustomsValueRoundingTest {

    private static final TaxEngine ENGINE = new TaxEngine(ExchangeRateTable.EMPTY, null);

    @Test
    void theDutyIsWorkedOnTheWholeDollarValueTheDeclarationCarries() {
        TaxRequest request = new TaxRequest("TW", Requests.DATE, "TWD", Incoterm.CIF, null, null, null, null, null, null, null, null,
                List.of(TaxRequestLine.of("goods", "84137000", new BigDecimal("1013.50"), Map.of("duty", "7.5%"))));
        ChainDefinition tw = Requests.chain("TW");
        TaxResult r = ENGINE.calculate(request, tw);

        assertThat(r.lines().get(0).customsValue()).isEqualByComparingTo("1013");
        assertThat(r.customsValue()).isEqualByComparingTo("1013");
        assertThat(r.lines().get(0).taxes().get("DUTY")).isEqualByComparingTo("75");
        assertThat(r.lines().get(0).taxes().get("DUTY")).as("the old path: duty on 1,013.50 = 76.0125 → 76")
                .isNotEqualByComparingTo("76");
        assertThat(r.steps()).filteredOn(s -> "DUTY".equals(s.code())).singleElement()
                .satisfies(s -> assertThat(s.base()).isEqualByComparingTo("1013"));
        assertThat(r.taxes()).filteredOn(t -> "BUSINESS_TAX".equals(t.code())).singleElement()
                .satisfies(t -> assertThat(t.amount()).isEqualByComparingTo("54"));
    }

    @Test
    void theChainStatesTheRuleWithItsSourceAndAustraliaKeepsItsCents() {
        ChainDefinition.ValueRounding rule = Requests.chain("TW").customsValueRounding();
        assertThat(rule.rounding().code()).isEqualTo("TRUNCATE_0");
        assertThat(rule.roundingSource()).contains("稅款解繳作業辦法 第5條").startsWith("to confirm");
        assertThat(rule.legalReference()).contains("關稅法 §29");
        assertThat(Requests.chain("AU").customsValueRounding()).isNull();
        TaxRequest au = new TaxRequest("AU", Requests.DATE, "AUD", Incoterm.FOB, null, null, null, null, null, null, null, null,
                List.of(TaxRequestLine.of("goods", "84137000", new BigDecimal("1013.50"), Map.of("duty", "5%"))));
        assertThat(ENGINE.calculate(au, Requests.chain("AU")).customsValue()).isEqualByComparingTo("1013.50");
    }
}
