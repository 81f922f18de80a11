package org.tradedesk.taxes.persistence;

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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A re-run is "identical" when every figure is: a reworded explanation is not a different result. */
class SameResultTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final CalculationStore STORE = new CalculationStore(null, JSON);
    private static final ChainDefinitions CHAINS = ChainDefinitions.fromClasspath();

    private static TaxResult calculate(String value) {
        TaxRequest request = new TaxRequest("AU", LocalDate.of(2025, 6, 1), "AUD", Incoterm.FOB, null, null, null, null, null,
                null, null, null, List.of(TaxRequestLine.of("pump", "84137000", new BigDecimal(value), Map.of("duty", "5%"))));
        return new TaxEngine(ExchangeRateTable.EMPTY, null).calculate(request, CHAINS.forJurisdiction("AU", request.date()));
    }

    @Test
    void theSameFiguresWithOtherWordsAreTheSameResult() {
        TaxResult saved = calculate("2000");
        ObjectNode tree = JSON.valueToTree(saved);
        ((ObjectNode) tree.get("steps").get(0)).put("explanation", "worded otherwise in a later release");
        TaxResult reworded = STORE.result(JSON.writeValueAsString(tree));
        assertThat(STORE.sameResult(saved, calculate("2000"))).isTrue();
        assertThat(STORE.sameResult(saved, reworded)).isTrue();
    }

    @Test
    void aDifferentFigureIsADifferentResult() {
        TaxResult saved = calculate("2000");
        assertThat(STORE.sameResult(saved, calculate("2000.01"))).isFalse();
        ObjectNode tree = JSON.valueToTree(saved);
        ((ObjectNode) tree.get("steps").get(0)).put("amount", new BigDecimal("100.01"));
        assertThat(STORE.sameResult(saved, JSON.treeToValue(tree, TaxResult.class))).isFalse();
    }
}
