package org.tradedesk.shared.duty;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.InvalidValueException;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.UnitOfMeasure;

/**
 * UK alcohol duty Small Producer Relief (SPR): a discount per litre of pure alcohol taken off the full rate, from
 * HMRC's lookup table of the product category and the producer's annual production P in hectolitres of pure alcohol.
 * In P's band (start S, marginal discount M, cumulative discount C): discount = (C + M × (P − S)) ÷ P (GOV.UK, "How to
 * work out your Alcohol Duty rates if you're eligible for Small Producer Relief"). The relief enters a duty
 * expression as a subtracted component: {@code 9.27 GBP/LAL - 4.0575 GBP/LAL}, as the UK Trade Tariff writes it
 * ("... - 1.00 GBP for each litre of pure alcohol, multiplied by the SPR discount"). The discount is "rounded up to
 * the nearest penny" (Finance (No. 2) Act 2023 s 59(1), legislation.gov.uk/ukpga/2023/30/section/59).
 */
public record SmallProducerRelief(List<Band> bands) {

    /** One band of a lookup table: production above {@code start} up to {@code end} hl of pure alcohol. */
    public record Band(BigDecimal start, BigDecimal end, BigDecimal marginal, BigDecimal cumulative) {
        public Band {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(marginal, "marginal");
            Objects.requireNonNull(cumulative, "cumulative");
        }
    }

    public SmallProducerRelief {
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new InvalidValueException("duty.spr.table", "a Small Producer Relief table needs its bands");
        }
    }

    /** The discount per litre of pure alcohol for an annual production of {@code hectolitres} of pure alcohol, rounded up to the penny. */
    public BigDecimal discountPerLitreOfAlcohol(BigDecimal hectolitres) {
        if (hectolitres == null || hectolitres.signum() <= 0) {
            throw new InvalidValueException("duty.spr.production", MessageText.of("duty.spr.production.none"), "the annual production must be more than 0 hl of pure alcohol");
        }
        Band band = bandOf(hectolitres);
        BigDecimal total = band.cumulative().add(band.marginal().multiply(hectolitres.subtract(band.start())));
        // Finance (No. 2) Act 2023 s 59(1): "... given by the formula ... and rounded up to the nearest penny"
        return total.divide(hectolitres, MathContext.DECIMAL128).setScale(2, java.math.RoundingMode.CEILING);
    }

    /** The band an annual production of {@code hectolitres} (more than 0) of pure alcohol falls in. */
    public Band bandOf(BigDecimal hectolitres) {
        for (Band band : bands) {
            // "more than the start point of the band but not more than the end point" (the first band starts at 0)
            boolean above = band.start().signum() == 0 ? hectolitres.signum() > 0 : hectolitres.compareTo(band.start()) > 0;
            if (above && hectolitres.compareTo(band.end()) <= 0) {
                return band;
            }
        }
        throw new InvalidValueException("duty.spr.production", MessageText.of("duty.spr.production.beyond", MessageText.Arg.number(hectolitres)), "an annual production of " + hectolitres.toPlainString()
                + " hl of pure alcohol is beyond the table: no Small Producer Relief");
    }

    /** The full rate less the discount, as a duty expression per litre of alcohol. */
    public DutyExpression relieved(BigDecimal fullRatePerLitreOfAlcohol, CurrencyCode currency, BigDecimal hectolitres) {
        DutyExpression full = new DutyExpression.Specific(fullRatePerLitreOfAlcohol, currency, BigDecimal.ONE, UnitOfMeasure.LAL);
        DutyExpression discount = new DutyExpression.Specific(discountPerLitreOfAlcohol(hectolitres).stripTrailingZeros(), currency,
                BigDecimal.ONE, UnitOfMeasure.LAL);
        return new DutyExpression.Difference(full, discount);
    }
}
