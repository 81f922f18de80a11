package org.tradedesk.taxes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tradedesk.taxes.domain.Requests.d;
import static org.tradedesk.taxes.domain.Requests.line;
import static org.tradedesk.taxes.domain.Requests.request;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.TaxInputInvalid;

class CostAllocationTest {

    @Test
    void sharesACostByValueInCentsWithTheLastLineTakingTheRemainder() {
        // 100.00 over lines worth 1,000 and 2,000: 33.33 and the rest, 66.67 — together exactly 100.00
        BigDecimal[] parts = CostAllocation.allocate(request("AU", "AUD", Incoterm.FOB, null, null, line("84137000", "1000"),
                line("84137000", "2000")), d("100.00"), "freight");

        assertThat(parts).containsExactly(d("33.33"), d("66.67"));
    }

    @Test
    void roundsAConvertedCostHalfUpToTheCentAsADeclarationStatesIt() {
        // US$34.19 at 1.5 is A$51.285: stated as 51.29
        assertThat(CostAllocation.inCents(d("34.19").multiply(d("1.5")))).isEqualByComparingTo("51.29");
        assertThat(CostAllocation.inCents(d("51.2"))).isEqualTo(d("51.2"));
    }

    @Test
    void refusesToShareByAWeightTheLinesDoNotGive() {
        var byWeight = request("AU", "AUD", Incoterm.FOB, null, null, line("84137000", "1000"), line("84137000", "2000"));
        var request = new org.tradedesk.taxes.TaxRequest("AU", Requests.DATE, "AUD", Incoterm.FOB, null, null, null, d("10"), null, null,
                org.tradedesk.taxes.TaxRequest.AllocationBasis.WEIGHT, null, byWeight.lines());

        assertThatThrownBy(() -> CostAllocation.allocate(request, d("10"), "freight"))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> assertThat(e.field()).isEqualTo("lines[0].netMassKg"));
    }
}
