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
 * <p>{@code alcoholByVolumePercent} is in %vol (5 means 5 %). A deduction from the strength is
 * never the context's: it belongs to the rate text that states it (Australian beer, "calculated on
 * that alcohol content by which the percentage by volume of alcohol of the goods exceeds 1.15", is
 * {@code 43.39 AUD/LAL ABOVE 1.15 %vol}). The litres of alcohol are rounded with {@code lalRounding}
 * (Australia: truncated to one decimal), a rule beyond the rate text, so it comes with
 * {@code lalRoundingSource}, the published rule it follows, which the explanation shows.
 */
public record DutyContext(
        CurrencyCode currency,
        BigDecimal base,
        Map<Dimension, BigDecimal> quantities,
        BigDecimal alcoholByVolumePercent,
        RoundingRule lalRounding,
        String lalRoundingSource,
        Map<CurrencyCode, BigDecimal> exchangeRates,
        Map<String, BigDecimal> properties) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public DutyContext {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(base, "base");
        quantities = quantities == null || quantities.isEmpty() ? Map.of() : Map.copyOf(quantities);
        exchangeRates = exchangeRates == null ? Map.of() : Map.copyOf(exchangeRates);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
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
        return new DutyContext(currency, newBase, quantities, alcoholByVolumePercent, lalRounding, lalRoundingSource, exchangeRates, properties);
    }

    /** Adds a quantity in any unit; it is kept in the base unit of its dimension. */
    public DutyContext withQuantity(BigDecimal amount, UnitOfMeasure unit) {
        if (amount == null) {
            return this;
        }
        Map<Dimension, BigDecimal> q = quantities.isEmpty() ? new EnumMap<>(Dimension.class) : new EnumMap<>(quantities);
        q.put(unit.dimension(), amount.multiply(unit.toBase()));
        return new DutyContext(currency, base, q, alcoholByVolumePercent, lalRounding, lalRoundingSource, exchangeRates, properties);
    }

    /** The goods' strength in %vol and how litres of alcohol are rounded, with the rule's published source. */
    public DutyContext withAlcohol(BigDecimal abvPercent, RoundingRule rounding, String roundingSource) {
        return new DutyContext(currency, base, quantities, abvPercent, rounding, roundingSource, exchangeRates, properties);
    }

    public DutyContext withExchangeRate(CurrencyCode foreign, BigDecimal localPerForeign) {
        Map<CurrencyCode, BigDecimal> rates = new HashMap<>(exchangeRates);
        rates.put(foreign, localPerForeign);
        return new DutyContext(currency, base, quantities, alcoholByVolumePercent, lalRounding, lalRoundingSource, rates, properties);
    }

    /** A percentage property of the goods (e.g. "sucrose" in % Brix) that a rate is expressed per. */
    public DutyContext withProperty(String name, BigDecimal percent) {
        if (percent == null) {
            return this;
        }
        Map<String, BigDecimal> p = new HashMap<>(properties);
        p.put(name, percent);
        return new DutyContext(currency, base, quantities, alcoholByVolumePercent, lalRounding, lalRoundingSource, exchangeRates, p);
    }

    /** Key of the goods' retail price (local currency) among the properties: "% retail price" rates are of it. */
    public static final String RETAIL_PRICE = "retail price";

    /** The goods' retail price in the local currency (UK tobacco: the recommended retail price of all the packets). */
    public DutyContext withRetailPrice(BigDecimal amount) {
        return withProperty(RETAIL_PRICE, amount);
    }

    public BigDecimal retailPrice() {
        return properties.get(RETAIL_PRICE);
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

    /** Litres of (pure) alcohol in the goods, every % of their strength counted, rounded with {@link #lalRounding()}. */
    public BigDecimal litresOfAlcohol() {
        LitresOfAlcohol lal = litresOfAlcohol(null);
        return lal == null ? null : lal.counted();
    }

    /**
     * Litres of alcohol a rate is charged on: an explicit LAL quantity wins; otherwise litres × the
     * strength above {@code abovePercent} (the whole strength when null), never negative, then rounded
     * with {@link #lalRounding()}. Null when the goods give neither litres nor strength.
     */
    public LitresOfAlcohol litresOfAlcohol(BigDecimal abovePercent) {
        BigDecimal explicit = quantities.get(Dimension.ALCOHOL);
        if (explicit != null) {
            return new LitresOfAlcohol(null, null, abovePercent, explicit, explicit, RoundingRule.NONE, null);
        }
        BigDecimal litres = quantities.get(Dimension.VOLUME);
        if (litres == null || alcoholByVolumePercent == null) {
            return null;
        }
        BigDecimal strength = abovePercent == null ? alcoholByVolumePercent : alcoholByVolumePercent.subtract(abovePercent);
        if (strength.signum() < 0) {
            strength = BigDecimal.ZERO;
        }
        BigDecimal exact = litres.multiply(strength).movePointLeft(2);
        return new LitresOfAlcohol(litres, alcoholByVolumePercent, abovePercent, exact, lalRounding.apply(exact), lalRounding, lalRoundingSource);
    }

    /**
     * How the litres of alcohol were counted: {@code litres} × ({@code abvPercent} − {@code abovePercent}) %
     * = {@code exact}, rounded by {@code rounding} (its source {@code roundingSource}) to {@code counted}.
     * {@code litres} is null when the LAL were given directly.
     */
    public record LitresOfAlcohol(BigDecimal litres, BigDecimal abvPercent, BigDecimal abovePercent, BigDecimal exact,
            BigDecimal counted, RoundingRule rounding, String roundingSource) {

        /** The working, e.g. {@code 1000 L × (5 − 1.15) %vol = 38.5 LAL}, with the rounding and its source when it changed the figure. */
        public String explanation() {
            if (litres == null) {
                return DutyEvaluation.show(counted) + " LAL";
            }
            String strength = abovePercent == null ? DutyEvaluation.show(abvPercent) + " %vol"
                    : "(" + DutyEvaluation.show(abvPercent) + " − " + DutyEvaluation.show(abovePercent) + ") %vol";
            String text = DutyEvaluation.show(litres) + " L × " + strength + " = " + DutyEvaluation.show(exact.stripTrailingZeros()) + " LAL";
            if (exact.compareTo(counted) != 0) {
                text += ", " + rounding.code() + " → " + DutyEvaluation.show(counted) + " LAL"
                        + (roundingSource == null ? "" : " (" + roundingSource + ")");
            }
            return text;
        }
    }

    public BigDecimal exchangeRate(CurrencyCode foreign) {
        if (foreign.equals(currency)) {
            return BigDecimal.ONE;
        }
        return exchangeRates.get(foreign);
    }
}
