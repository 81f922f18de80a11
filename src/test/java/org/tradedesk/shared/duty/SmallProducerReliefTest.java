package org.tradedesk.shared.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.InvalidValueException;
import org.tradedesk.shared.UnitOfMeasure;
import org.tradedesk.shared.duty.SmallProducerRelief.Band;

class SmallProducerReliefTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /**
     * GOV.UK "How to work out your Alcohol Duty rates if you're eligible for Small Producer Relief", lookup table
     * "Alcoholic products (other than spirits) less than 3.5% ABV (non-draught)" from 1 August 2023 (first bands);
     * the full rate of that category was £9.27 per litre of pure alcohol.
     */
    private static final SmallProducerRelief LOW_STRENGTH = new SmallProducerRelief(List.of(
            new Band(d("0"), d("5"), d("9.27"), d("0.00")),
            new Band(d("5"), d("50"), d("2.32"), d("46.35")),
            new Band(d("50"), d("100"), d("1.39"), d("150.75")),
            new Band(d("100"), d("200"), d("0.46"), d("220.25"))));

    @Test
    void discountsByTheBandOfTheAnnualProduction() {
        // 20 hl: (46.35 + 2.32 × (20 − 5)) ÷ 20 = 81.15 ÷ 20 = 4.0575 per litre of pure alcohol, "rounded up to the
        // nearest penny" (Finance (No. 2) Act 2023 s 59(1)): 4.06 — the exact 4.0575 was kept before
        assertThat(LOW_STRENGTH.discountPerLitreOfAlcohol(d("20"))).isEqualByComparingTo("4.06");
        // 7 hl: (46.35 + 2.32 × 2) ÷ 7 = 50.99 ÷ 7 = 7.28428… → 7.29 (up, not to the nearest)
        assertThat(LOW_STRENGTH.discountPerLitreOfAlcohol(d("7"))).isEqualByComparingTo("7.29");
        // up to 5 hl the discount is the whole 9.27: such a producer pays no duty on these products
        assertThat(LOW_STRENGTH.discountPerLitreOfAlcohol(d("5"))).isEqualByComparingTo("9.27");
        // the band edges: 50 hl is in band 2 ("not more than the end point"): (46.35 + 2.32 × 45) ÷ 50 = 3.015 → up: 3.02
        assertThat(LOW_STRENGTH.discountPerLitreOfAlcohol(d("50"))).isEqualByComparingTo("3.02");
        assertThatThrownBy(() -> LOW_STRENGTH.discountPerLitreOfAlcohol(d("250"))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void entersTheDutyAsASubtractedComponent() {
        // 1,000 L at 3 %vol = 30 L of pure alcohol × (9.27 − 4.06) = 156.30
        DutyExpression rate = LOW_STRENGTH.relieved(d("9.27"), CurrencyCode.of("GBP"), d("20"));
        assertThat(rate.toString()).isEqualTo("9.27 GBP/LAL - 4.06 GBP/LAL");
        assertThat(DutyExpression.parse(rate.toString())).isEqualTo(rate);
        DutyContext beer = DutyContext.of(CurrencyCode.of("GBP"), BigDecimal.ZERO).withQuantity(d("1000"), UnitOfMeasure.L)
                .withAlcohol(d("3"), null, null);
        assertThat(rate.evaluate(beer).amount()).isEqualByComparingTo("156.30");
    }
}
