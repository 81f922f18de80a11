package org.tradedesk.taxes.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tradedesk.shared.EffectivePeriod;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.duty.SmallProducerRelief;

/**
 * A chain's Small Producer Relief (UK alcohol duty): the measure it relieves ({@code alcoholTax}), the strength the
 * relief stops at (products of less than 8.5 %vol), its legal source and HMRC's lookup tables, each for a product
 * category and a production year (some held only in part, see {@link Table}). A line's table is the one in force on the date whose strength range holds the
 * line's strength and whose commodity-code prefixes take the line's code (spirits are heading 2208, beer 2203); draught
 * and non-draught products have their own tables.
 */
public record SmallProducerReliefRule(String measureKey, BigDecimal abvBelow, String legalReference, List<Table> tables) {

    public SmallProducerReliefRule {
        Objects.requireNonNull(measureKey, "measureKey");
        Objects.requireNonNull(abvBelow, "abvBelow");
        Objects.requireNonNull(legalReference, "legalReference");
        tables = List.copyOf(tables);
    }

    /**
     * One lookup table: {@code category} as HMRC names it, in force over {@code period}, for strengths from
     * {@code abvFrom} (inclusive) to below {@code abvBelow}; the line's commodity code starts with one of
     * {@code hsPrefixes} (none: any) and with none of {@code exceptHsPrefixes}; {@code source} is the page it was read from.
     * A {@code partial} table holds only its first bands (those that could be read from the source): a production above
     * its last band is refused as not held, never told "beyond the table".
     */
    public record Table(String category, LocalizedText label, EffectivePeriod period, boolean draught, BigDecimal abvFrom, BigDecimal abvBelow,
            List<String> hsPrefixes, List<String> exceptHsPrefixes, String source, SmallProducerRelief relief, boolean partial) {
        public Table {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(period, "period");
            hsPrefixes = List.copyOf(hsPrefixes);
            exceptHsPrefixes = List.copyOf(exceptHsPrefixes);
            Objects.requireNonNull(relief, "relief");
        }

        boolean takes(LocalDate date, BigDecimal abv, String digits, boolean draughtLine) {
            if (draught != draughtLine || !period.contains(date) || abv.compareTo(abvFrom) < 0 || abv.compareTo(abvBelow) >= 0) {
                return false;
            }
            return AlcoholCategory.covers(digits, hsPrefixes, exceptHsPrefixes);
        }

        /** The end of the last band held, when the table is held only in part and {@code hectolitres} lies above it. */
        Optional<BigDecimal> notHeldAbove(BigDecimal hectolitres) {
            BigDecimal end = relief.bands().get(relief.bands().size() - 1).end();
            return partial && hectolitres != null && hectolitres.compareTo(end) > 0 ? Optional.of(end) : Optional.empty();
        }
    }

    /** Whether a product of {@code abv} %vol may have the relief at all (HMRC: a product of less than 8.5 % ABV). */
    public boolean eligibleStrength(BigDecimal abv) {
        return abv != null && abv.signum() > 0 && abv.compareTo(abvBelow) < 0;
    }

    /** The lookup table for a line of {@code abv} %vol and commodity code {@code digits} on {@code date}, draught or not. */
    public Optional<Table> table(LocalDate date, BigDecimal abv, String digits, boolean draught) {
        return tables.stream().filter(t -> t.takes(date, abv, digits, draught)).findFirst();
    }
}
