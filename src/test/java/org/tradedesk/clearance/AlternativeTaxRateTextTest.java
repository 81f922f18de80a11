package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.MessageText;

/** A tax rate of an alternative's costing is shown in the reader's language: "Free" by the tariff module's word, not as published. */
class AlternativeTaxRateTextTest {

    @Test
    void freeIsTheTariffWordAndAPercentageStaysAsItIs() {
        MessageText free = new AlternativeCosting.TaxLine("DUTY", null, new BigDecimal("10000.00"), "Free", BigDecimal.ZERO).rateText();
        assertThat(codes(free)).contains("tariff.rate.free");
        assertThat(literals(free)).doesNotContain("Free");
        MessageText ten = new AlternativeCosting.TaxLine("GST", null, new BigDecimal("10800.00"), "10%", new BigDecimal("1080.00")).rateText();
        assertThat(literals(ten)).contains("10%");
        assertThat(new AlternativeCosting.TaxLine("LCT", null, null, null, BigDecimal.ZERO).rateText()).isNull();
    }

    private static java.util.List<String> codes(MessageText m) {
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add(m.code());
        for (MessageText.Arg a : m.args()) {
            if (a.kind() == MessageText.Kind.CODE) {
                out.add(a.value());
            }
            if (a.message() != null) {
                out.addAll(codes(a.message()));
            }
        }
        return out;
    }

    private static java.util.List<String> literals(MessageText m) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (MessageText.Arg a : m.args()) {
            if (a.kind() == MessageText.Kind.LITERAL) {
                out.add(a.value());
            }
            if (a.message() != null) {
                out.addAll(literals(a.message()));
            }
        }
        return out;
    }
}
