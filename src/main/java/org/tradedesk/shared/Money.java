package org.tradedesk.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in one currency. Arithmetic keeps full scale; rounding happens only through
 * {@link #round(RoundingRule)}, at the step where the law rounds. Refuses to mix currencies.
 */
public record Money(BigDecimal amount, CurrencyCode currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), CurrencyCode.of(currency));
    }

    public static Money of(BigDecimal amount, CurrencyCode currency) {
        return new Money(amount, currency);
    }

    public static Money zero(CurrencyCode currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        checkSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        checkSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    /** Division for allocation and ratios: kept to 20 significant decimals, never rounded to cents here. */
    public Money dividedBy(BigDecimal divisor) {
        return new Money(amount.divide(divisor, 20, RoundingMode.HALF_EVEN).stripTrailingZeros(), currency);
    }

    /** Converts at a rate given as units of {@code target} per one unit of this currency. */
    public Money convert(CurrencyCode target, BigDecimal rate) {
        if (target.equals(currency)) {
            return this;
        }
        return new Money(amount.multiply(rate), target);
    }

    public Money round(RoundingRule rule) {
        return new Money(rule.apply(amount), currency);
    }

    public Money max(Money other) {
        checkSameCurrency(other);
        return compareTo(other) >= 0 ? this : other;
    }

    public Money min(Money other) {
        checkSameCurrency(other);
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        checkSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /** Equal value in the same currency regardless of scale (1.0 TWD equals 1 TWD). */
    public boolean isSameAs(Money other) {
        return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    private void checkSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new InvalidValueException("shared.money.mixed-currency",
                    "cannot combine " + currency + " with " + other.currency + " without an exchange rate");
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
