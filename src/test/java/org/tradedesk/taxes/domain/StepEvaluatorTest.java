package org.tradedesk.taxes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradedesk.taxes.EngineTexts.en;
import static org.tradedesk.taxes.EngineTexts.zh;
import static org.tradedesk.taxes.domain.Requests.d;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.duty.DutyContext;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxResult.TaxStep;
import org.tradedesk.taxes.domain.ChainDefinition.StepDefinition;

class StepEvaluatorTest {

    private static final ChainDefinition TW = Requests.chain("TW");

    private static StepDefinition step(String code) {
        return TW.steps().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private static LowValueExemption.Outcome noneLow(int lines) {
        return new LowValueExemption.Outcome(new boolean[lines], null);
    }

    @Test
    void theTradePromotionFeeOfAHundredDollarsOrLessIsNotCollected() {
        // 推廣貿易服務費: 0.04 % of the customs value, not collected when NT$100 or less:
        // 200,000 → 80 not collected; 300,000 → 120 collected
        ChainRun run = new ChainRun();
        StepEvaluator steps = new StepEvaluator(TW, Requests.DATE, new DutyExpressions(), null, run);
        Map<String, BigDecimal> shipment = new LinkedHashMap<>();
        steps.shipment(step("TRADE_PROMOTION_FEE"), List.of(Map.of(ChainDefinition.CUSTOMS_VALUE, d("200000"))), noneLow(1), shipment, Map.of());

        TaxStep fee = run.steps.get(0);
        assertThat(fee.amountExact()).isEqualByComparingTo("80");
        assertThat(fee.amount()).isEqualByComparingTo("0");
        assertThat(en(fee.explanation())).endsWith("TWD 80 ≤ TWD 100: not collected"); // whole NT$ (r-t1 F6)
        assertThat(zh(fee.explanation())).endsWith("TWD 80 ≤ TWD 100：不予徵收");

        ChainRun larger = new ChainRun();
        new StepEvaluator(TW, Requests.DATE, new DutyExpressions(), null, larger).shipment(step("TRADE_PROMOTION_FEE"),
                List.of(Map.of(ChainDefinition.CUSTOMS_VALUE, d("300000"))), noneLow(1), new LinkedHashMap<>(), Map.of());
        assertThat(larger.steps.get(0).amount()).isEqualByComparingTo("120");
    }

    @Test
    void aLineStepTaxesItsBaseRoundsAsTheChainSaysAndNamesItsBaseAndSource() {
        // 營業稅 is a shipment step in the chain; the duty is a line step: 17.5 % of 742,492 = 129,936.1 → 129,936 (truncated)
        ChainRun run = new ChainRun();
        StepEvaluator steps = new StepEvaluator(TW, Requests.DATE, new DutyExpressions(), null, run);
        TaxRequestLine line = TaxRequestLine.of("car", "87032190", d("742492"), Map.of("duty", "17.5%"));
        LineMeasures measures = LineMeasures.of(null, TW, Requests.DATE, line, 0, "87032190", new DutyExpressions(),
                new Concessions(new DutyExpressions()));
        Map<String, BigDecimal> values = new HashMap<>(Map.of(ChainDefinition.CUSTOMS_VALUE, d("742492")));
        Map<String, BigDecimal> taxes = new LinkedHashMap<>();
        DutyContext context = DutyContext.of(CurrencyCode.of("TWD"), BigDecimal.ZERO);

        steps.line(new StepEvaluator.LineStep(step("DUTY"), 0, line, "87032190", measures, values, taxes, context));

        TaxStep duty = run.steps.get(0);
        assertThat(duty.amount()).isEqualByComparingTo("129936");
        assertThat(values.get("DUTY")).isEqualByComparingTo("129936");
        assertThat(en(duty.explanation())).isEqualTo("17.5% × TWD 742,492.00 = TWD 129,936.10 → TWD 129,936 (truncated to whole units)");
        assertThat(zh(duty.baseTerms())).isEqualTo("完稅價格");
        assertThat(zh(duty.rateSource())).isEqualTo("申請所列之稅率");
    }

    @Test
    void aMeasureSwitchedOffSkipsTheStep() {
        ChainRun run = new ChainRun();
        StepEvaluator steps = new StepEvaluator(TW, Requests.DATE, new DutyExpressions(), null, run);
        TaxRequestLine line = TaxRequestLine.of("car", "87032190", d("742492"), Map.of("duty", "17.5%", "commodityTax", "none"));
        LineMeasures measures = LineMeasures.of(null, TW, Requests.DATE, line, 0, "87032190", new DutyExpressions(),
                new Concessions(new DutyExpressions()));

        steps.line(new StepEvaluator.LineStep(step("COMMODITY_TAX"), 0, line, "87032190", measures,
                new HashMap<>(Map.of(ChainDefinition.CUSTOMS_VALUE, d("742492"))), new LinkedHashMap<>(),
                DutyContext.of(CurrencyCode.of("TWD"), BigDecimal.ZERO)));

        assertThat(run.steps).isEmpty();
        // what the user declared is a note, read in either language (t1fixF 1)
        assertThat(run.notes).hasSize(1);
        assertThat(en(run.notes.get(0))).isEqualTo("Line 1: Commodity tax not computed: stated not applicable by the user.");
        assertThat(zh(run.notes.get(0))).isEqualTo("第 1 項：未計算貨物稅：使用者聲明不適用。");
    }

    /** A zh-TW reader is told to type 「不適用」 to switch a step off, so that is understood as "none" is (t1fixF 4). */
    @Test
    void theChineseNotApplicableSwitchesAStepOffAsNoneDoes() {
        ChainRun run = new ChainRun();
        StepEvaluator steps = new StepEvaluator(TW, Requests.DATE, new DutyExpressions(), null, run);
        TaxRequestLine line = TaxRequestLine.of("car", "87032190", d("742492"), Map.of("duty", "17.5%", "commodityTax", " 不適用 "));
        LineMeasures measures = LineMeasures.of(null, TW, Requests.DATE, line, 0, "87032190", new DutyExpressions(),
                new Concessions(new DutyExpressions()));

        steps.line(new StepEvaluator.LineStep(step("COMMODITY_TAX"), 0, line, "87032190", measures,
                new HashMap<>(Map.of(ChainDefinition.CUSTOMS_VALUE, d("742492"))), new LinkedHashMap<>(),
                DutyContext.of(CurrencyCode.of("TWD"), BigDecimal.ZERO)));

        assertThat(run.steps).isEmpty();
        assertThat(run.notes).extracting(org.tradedesk.shared.MessageText::code).containsExactly("taxes.note.statedNotApplicable");
    }
}
