package org.tradedesk.shared.duty;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.InvalidValueException;
import org.tradedesk.shared.RoundingRule;
import org.tradedesk.shared.UnitOfMeasure;
import org.tradedesk.shared.UnitOfMeasure.Dimension;

/**
 * What a duty expression is evaluated against: the base an ad valorem rate applies to (in the
 * local {@code currency}), the quantities of the goods in base units (kg, L, pieces, pairs...),
 * the alcoholic strength and how litres of alcohol are counted, and the exchange rates
 * (local currency per one unit of a foreign one) for specific rates quoted in a foreign currency.
 *
 * <p>{@code alcoholByVolumePercent} is in %vol (5 means 5 %); {@code alcoholThresholdPercent}
 * is subtracted first (1.15 for Australian beer, ATO "ABV − 1.15 %"), and the litres of alcohol
 * are rounded with {@code lalRounding} (Australia: truncated to one decimal).
 */
public record DutyContext(
        CurrencyCode currency,
        BigDecimal base,
        Map<Dimension, BigDecimal> quantities,
        BigDecimal alcoholByVolumePercent,
        BigDecimal alcoholThresholdPercent,
        RoundingRule lalRounding,
        Map<CurrencyCode, BigDecimal> exchangeRates,
        Map<String, BigDecimal> properties) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public DutyContext {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(base, "base");
        quantities = quantities == null || quantities.isEmpty() ? Map.of() : Map.copyOf(quantities);
        exchangeRates = exchangeRates == null ? Map.of() : Map.copyOf(exchangeRates);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        alcoholThresholdPercent = alcoholThresholdPercent == null ? BigDecimal.ZERO : alcoholThresholdPercent;
        lalRounding = lalRounding == null ? RoundingRule.NONE : lalRounding;
        if (alcoholByVolumePercent != null
                && (alcoholByVolumePercent.signum() < 0 || alcoholByVolumePercent.compareTo(HUNDRED) > 0)) {
            throw new InvalidValueException("duty.context.abv", "alcohol by volume must be between 0 and 100 %vol: " + alcoholByVolumePercent);
        }
        quantities.forEach((dimension, amount) -> {
            if (amount.signum() < 0) {
                throw new InvalidValueException("duty.context.quantity", "a quantity cannot be negative: " + amount + " " + dimension);
            }
        });
    }

    /** A context with only a base value: enough for ad valorem expressions. */
    public static DutyContext of(CurrencyCode currency, BigDecimal base) {
        return new DutyContext(currency, base, Map.of(), null, null, null, Map.of(), Map.of());
    }

    public DutyContext withBase(BigDecimal newBase) {
        return new DutyContext(currency, newBase, quantities, alcoholByVolumePercent, alcoholThresholdPercent, lalRounding, exchangeRates, properties);
    }

    /** Adds a quantity in any unit; it is kept in the base unit of its dimension. */
    public DutyContext withQuantity(BigDecimal amount, UnitOfMeasure unit) {
        if (amount == null) {
            return this;
        }
        Map<Dimension, BigDecimal> q = quantities.isEmpty() ? new EnumMap<>(Dimension.class) : new EnumMap<>(quantities);
        q.put(unit.dimension(), amount.multiply(unit.toBase()));
        return new DutyContext(currency, base, q, alcoholByVolumePercent, alcoholThresholdPercent, lalRounding, exchangeRates, properties);
    }

    public DutyContext withAlcohol(BigDecimal abvPercent, BigDecimal thresholdPercent, RoundingRule rounding) {
        return new DutyContext(currency, base, quantities, abvPercent, thresholdPercent, rounding, exchangeRates, properties);
    }

    public DutyContext withExchangeRate(CurrencyCode foreign, BigDecimal localPerForeign) {
        Map<CurrencyCode, BigDecimal> rates = new HashMap<>(exchangeRates);
        rates.put(foreign, localPerForeign);
        return new DutyContext(currency, base, quantities, alcoholByVolumePercent, alcoholThresholdPercent, lalRounding, rates, properties);
    }

    /** A percentage property of the goods (e.g. "sucrose" in % Brix) that a rate is expressed per. */
    public DutyContext withProperty(String name, BigDecimal percent) {
        if (percent == null) {
            return this;
        }
        Map<String, BigDecimal> p = new HashMap<>(properties);
        p.put(name, percent);
        return new DutyContext(currency, base, quantities, alcoholByVolumePercent, alcoholThresholdPercent, lalRounding, exchangeRates, p);
    }

    public BigDecimal property(String name) {
        return properties.get(name);
    }

    /** Quantity in base units of the dimension, or null when the goods description does not give it. */
    public BigDecimal quantity(Dimension dimension) {
        if (dimension == Dimension.ALCOHOL) {
            return litresOfAlcohol();
        }
        return quantities.get(dimension);
    }

    /**
     * Litres of (pure) alcohol: an explicit LAL quantity wins; otherwise litres × (ABV − threshold),
     * never negative, rounded with {@link #lalRounding()}.
     */
    public BigDecimal litresOfAlcohol() {
        BigDecimal explicit = quantities.get(Dimension.ALCOHOL);
        if (explicit != null) {
            return explicit;
        }
        BigDecimal litres = quantities.get(Dimension.VOLUME);
        if (litres == null || alcoholByVolumePercent == null) {
            return null;
        }
        BigDecimal strength = alcoholByVolumePercent.subtract(alcoholThresholdPercent);
        if (strength.signum() < 0) {
            strength = BigDecimal.ZERO;
        }
        BigDecimal exact = litres.multiply(strength).movePointLeft(2);
        return lalRounding.apply(exact);
    }

    public BigDecimal exchangeRate(CurrencyCode foreign) {
        if (foreign.equals(currency)) {
            return BigDecimal.ONE;
        }
        return exchangeRates.get(foreign);
    }
}
