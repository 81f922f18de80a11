package org.tradedesk.shared;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount of goods in a unit (數量). Never negative. */
public record Quantity(BigDecimal amount, UnitOfMeasure unit) {

    public Quantity {
        Objects.requireNonNull(amount, "quantity amount");
        Objects.requireNonNull(unit, "unit");
        if (amount.signum() < 0) {
            throw new InvalidValueException("shared.quantity.negative", "a quantity cannot be negative: " + amount + " " + unit.symbol());
        }
    }

    public static Quantity of(String amount, UnitOfMeasure unit) {
        return new Quantity(new BigDecimal(amount), unit);
    }

    /** Converts exactly into another unit of the same dimension. */
    public Quantity in(UnitOfMeasure target) {
        if (target == unit) {
            return this;
        }
        if (target.dimension() != unit.dimension()) {
            throw new InvalidValueException("shared.quantity.incompatible",
                    "cannot convert " + unit.symbol() + " into " + target.symbol());
        }
        BigDecimal base = amount.multiply(unit.toBase());
        return new Quantity(base.divide(target.toBase(), java.math.MathContext.DECIMAL128).stripTrailingZeros(), target);
    }
}
