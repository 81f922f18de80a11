package org.tradedesk.taxes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradedesk.taxes.EngineTexts.en;
import static org.tradedesk.taxes.EngineTexts.zh;
import static org.tradedesk.taxes.domain.Requests.chain;
import static org.tradedesk.taxes.domain.Requests.d;
import static org.tradedesk.taxes.domain.Requests.line;
import static org.tradedesk.taxes.domain.Requests.request;

import org.junit.jupiter.api.Test;
import org.tradedesk.shared.Incoterm;

class LowValueExemptionTest {

    @Test
    void australianGoodsOfAThousandDollarsOrLessAreLowValueExceptAlcoholAndTobacco() {
        // A$1,000 low-value threshold: at or below it the goods clear without duty and import GST at the border,
        // except alcohol (chapter 22) and tobacco (chapter 24)
        var request = request("AU", "AUD", Incoterm.FOB, null, null, line("62034200", "500"), line("22042120", "500"));
        LowValueExemption.Outcome atThreshold = LowValueExemption.apply(chain("AU"), request, d("1000"),
                new String[] {"62034200", "22042120"});

        assertThat(atThreshold.low(0)).isTrue();
        assertThat(atThreshold.low(1)).isFalse();
        assertThat(en(atThreshold.step().explanation())).isEqualTo(
                "customs value AUD 1,000.00 ≤ AUD 1,000.00: low-value goods, the exempt duties and taxes are not collected at the border"
                        + " (except goods of chapters 22, 24)");
        assertThat(zh(atThreshold.step().explanation())).startsWith("完稅價格 AUD 1,000.00 ≤ AUD 1,000.00：低價貨物");
    }

    @Test
    void aCentAboveTheThresholdIsTaxedAtTheBorder() {
        var request = request("AU", "AUD", Incoterm.FOB, null, null, line("62034200", "1000.01"));
        LowValueExemption.Outcome above = LowValueExemption.apply(chain("AU"), request, d("1000.01"), new String[] {"62034200"});

        assertThat(above.low(0)).isFalse();
        assertThat(en(above.step().explanation())).startsWith("customs value AUD 1,000.01 > AUD 1,000.00");
    }

    @Test
    void taiwansRuleIsForPostalAndExpressConsignmentsOnly() {
        var general = request("TW", "TWD", Incoterm.CIF, null, null, line("62034200", "1500"));

        LowValueExemption.Outcome outcome = LowValueExemption.apply(chain("TW"), general, d("1500"), new String[] {"62034200"});

        assertThat(outcome.step()).isNull();
        assertThat(outcome.low(0)).isFalse();
    }
}
