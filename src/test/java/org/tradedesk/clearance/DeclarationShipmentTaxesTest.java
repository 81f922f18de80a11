package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem;
import org.tradedesk.clearance.messages.DeclarationMessage.DutyTax;
import org.tradedesk.taxes.TaxResult;

/**
 * Acceptance review M2: Taiwan's business tax (營業稅) and trade promotion fee (推廣貿易服務費) are computed by the engine
 * on the whole shipment; each declaration item's figure was that total spread by customs value, so it did not follow from
 * the item's own base. Each item now carries base × rate of its own, rounded by the engine's rule (TRUNCATE_0), and the
 * shipment total stays the engine's with the rounding difference shown apart.
 */
class DeclarationShipmentTaxesTest {

    private static final Map<String, String> TW = Map.of("DUTY", "DUTY", "BUSINESS_TAX", "VAT", "TRADE_PROMOTION_FEE", "TPF");

    @Test
    void eachItemsBusinessTaxAndFeeFollowFromItsOwnBase() {
        // item 1: 完稅價格 492,114 + 關稅 24,606 = 516,720 × 5 % = 25,836 (the review's figure; spread by value it showed
        //         30,836 × 492,114 / 592,114 = 25,628)
        // item 2: 100,000 + 0 = 100,000 × 5 % = 5,000; shipment 616,720 × 5 % = 30,836 = 25,836 + 5,000
        // 推廣貿易服務費 0.04 %: 492,114 → 196.8456 → 196; 100,000 → 40; shipment 592,114 → 236.8456 → 236 = 196 + 40
        List<DeclarationItem> items = new ArrayList<>(List.of(item(1, "492114", "24606"), item(2, "100000", "0")));
        BigDecimal spread = DeclarationBuilding.shipmentTaxes(result(
                List.of(line(1, "492114", "24606"), line(2, "100000", "0")),
                "616720", "30836", "592114", "236"), items, TW);

        assertThat(figure(items.get(0), "VAT")).isEqualTo(new DutyTax("VAT", new BigDecimal("5"), new BigDecimal("516720"),
                new BigDecimal("25836")));
        assertThat(figure(items.get(1), "VAT").amount()).isEqualByComparingTo("5000");
        assertThat(figure(items.get(0), "TPF").amount()).isEqualByComparingTo("196");
        assertThat(figure(items.get(0), "TPF").base()).isEqualByComparingTo("492114");
        assertThat(figure(items.get(1), "TPF").amount()).isEqualByComparingTo("40");
        assertThat(spread).isEqualByComparingTo("31072"); // 30,836 + 236, the engine's shipment amounts
    }

    @Test
    void theItemsRoundingDifferenceFromTheEnginesTotalIsShownApart() {
        // two items of base 10,010: 500.5 → 500 each (truncated); the shipment 20,020 × 5 % = 1,001: difference 1
        List<DeclarationItem> items = new ArrayList<>(List.of(item(1, "10010", "0"), item(2, "10010", "0")));
        BigDecimal spread = DeclarationBuilding.shipmentTaxes(result(List.of(line(1, "10010", "0"), line(2, "10010", "0")),
                "20020", "1001", "20020", null), items, TW);
        assertThat(figure(items.get(0), "VAT").amount()).isEqualByComparingTo("500");
        assertThat(figure(items.get(1), "VAT").amount()).isEqualByComparingTo("500");
        assertThat(spread).isEqualByComparingTo("1001");
        BigDecimal itemsSum = items.stream().flatMap(i -> i.dutiesAndTaxes().stream()).map(DutyTax::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(new BigDecimal("1001").subtract(itemsSum)).isEqualByComparingTo("1");
    }

    @Test
    void theHeaderTotalIsTheSumOfTheItemsAsDeclaredNotTheEnginesUnroundedShipmentFigure() {
        // issue 8 (review of T4): 營業稅 7,864.5 → 7,864 and 5,055.75 → 5,055 per item (TRUNCATE_0), the engine's shipment
        // figure (7,864.5 + 5,055.75 = 12,920.25 → 12,920) is NT$1 more than the items; the header must add the items up
        List<DeclarationItem> items = new ArrayList<>(List.of(item(1, "140290", "17000"), item(2, "101115", "0")));
        DeclarationBuilding.shipmentTaxes(result(List.of(line(1, "140290", "17000"), line(2, "101115", "0")),
                "258405", "12920", "241405", null), items, TW);
        assertThat(figure(items.get(0), "VAT").amount()).isEqualByComparingTo("7864");
        assertThat(figure(items.get(1), "VAT").amount()).isEqualByComparingTo("5055");
        // 17,000 duty + 7,864 + 5,055
        assertThat(DeclarationBuilding.headerTotal(items)).isEqualByComparingTo("29919");
    }

    @Test
    void australianValuesAndBasesAreDeclaredToTheCentHalfUp() {
        // issue 8 F7: the engine's unrounded figures (CUSDEC showed MOA+141:19012.032000 and MOA+125:17110.812000)
        assertThat(DeclarationBuilding.cents(new BigDecimal("19012.032000"))).isEqualTo(new BigDecimal("19012.03"));
        assertThat(DeclarationBuilding.cents(new BigDecimal("17110.812000"))).isEqualTo(new BigDecimal("17110.81"));
        assertThat(DeclarationBuilding.cents(new BigDecimal("0.125"))).isEqualTo(new BigDecimal("0.13"));
        assertThat(DeclarationBuilding.cents(new BigDecimal("1500.00"))).isEqualTo(new BigDecimal("1500.00"));
    }

    private static DutyTax figure(DeclarationItem item, String type) {
        return item.dutiesAndTaxes().stream().filter(t -> t.type().equals(type)).findFirst().orElseThrow();
    }

    private static DeclarationItem item(int seq, String value, String duty) {
        return new DeclarationItem(seq, "item " + seq, "85182200006", null, "CN", null, BigDecimal.ONE, "SET", null, BigDecimal.ONE,
                new BigDecimal(value), List.of(new DutyTax("DUTY", null, new BigDecimal(value), new BigDecimal(duty))));
    }

    private static TaxResult.LineResult line(int n, String value, String duty) {
        return new TaxResult.LineResult(n, "item " + n, "85182200006", "CN", null, new BigDecimal(value), null, null, false,
                Map.of("DUTY", new BigDecimal(duty)), new BigDecimal(duty), null, null, null);
    }

    private static TaxResult result(List<TaxResult.LineResult> lines, String vatBase, String vat, String tpfBase, String tpf) {
        List<TaxResult.TaxTotal> totals = new ArrayList<>();
        List<TaxResult.TaxStep> steps = new ArrayList<>();
        totals.add(new TaxResult.TaxTotal("BUSINESS_TAX", null, new BigDecimal(vatBase), "5%", new BigDecimal(vat), new BigDecimal(vat),
                true, "加值型及非加值型營業稅法 §20"));
        steps.add(new TaxResult.TaxStep(null, "BUSINESS_TAX", null, "CUSTOMS_VALUE + DUTY + ANTI_DUMPING + COUNTERVAILING + COMMODITY_TAX",
                new BigDecimal(vatBase), "5%", null, null, new BigDecimal(vat), "TRUNCATE_0", true, "§20", null, null));
        if (tpf != null) {
            totals.add(new TaxResult.TaxTotal("TRADE_PROMOTION_FEE", null, new BigDecimal(tpfBase), "0.04%", new BigDecimal(tpf),
                    new BigDecimal(tpf), true, "貿易法 §21"));
            steps.add(new TaxResult.TaxStep(null, "TRADE_PROMOTION_FEE", null, "CUSTOMS_VALUE", new BigDecimal(tpfBase), "0.04%", null,
                    null, new BigDecimal(tpf), "TRUNCATE_0", true, "§21", null, null));
        }
        return new TaxResult("TW", LocalDate.of(2026, 12, 6), "TWD", new BigDecimal(tpfBase), BigDecimal.ZERO, lines, totals,
                BigDecimal.ZERO, BigDecimal.ZERO, List.of(), steps, Map.of(), List.of());
    }
}
