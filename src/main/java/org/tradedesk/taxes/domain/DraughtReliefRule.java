package org.tradedesk.taxes.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tradedesk.shared.EffectivePeriod;
import org.tradedesk.shared.LocalizedText;

/**
 * A chain's draught relief (UK alcohol duty, Finance (No. 2) Act 2023 ss 50 to 53 and Sch 8): a product below 8.5 % ABV
 * in a container of at least 20 litres designed to connect to a dispense system pays the draught rate of its category
 * in place of the standard rate; Small Producer Relief, where claimed too, is then taken off the draught rate
 * (s 54(3)(b)). {@code rates} are HMRC's draught rates, each for a category, a strength range and a period, with the page
 * each was read from.
 */
public record DraughtReliefRule(String measureKey, BigDecimal abvBelow, BigDecimal minContainerLitres, String legalReference,
        List<Rate> rates) {

    public DraughtReliefRule {
        Objects.requireNonNull(measureKey, "measureKey");
        Objects.requireNonNull(abvBelow, "abvBelow");
        Objects.requireNonNull(minContainerLitres, "minContainerLitres");
        Objects.requireNonNull(legalReference, "legalReference");
        rates = List.copyOf(rates);
    }

    /**
     * One draught rate: {@code amount} in the chain's currency per litre of pure alcohol, in force over {@code period},
     * for strengths above {@code abvOver} (exclusive) or from {@code abvFrom} (inclusive), below {@code abvBelow}
     * (exclusive) or up to {@code abvUpTo} (inclusive), as the law words each range ("exceeding 1.2%", "at least 3.5%",
     * "less than 8.5%", "not exceeding 5.5%"); the line's commodity code starts with one of {@code hsPrefixes} (none: any)
     * and with none of {@code exceptHsPrefixes}.
     */
    public record Rate(String category, LocalizedText label, EffectivePeriod period, BigDecimal abvOver, BigDecimal abvFrom,
            BigDecimal abvBelow, BigDecimal abvUpTo, List<String> hsPrefixes, List<String> exceptHsPrefixes, BigDecimal amount,
            String source) {
        public Rate {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(source, "source");
            hsPrefixes = List.copyOf(hsPrefixes);
            exceptHsPrefixes = List.copyOf(exceptHsPrefixes);
            if ((abvOver == null) == (abvFrom == null) || (abvBelow == null) == (abvUpTo == null)) {
                throw new IllegalArgumentException("draught rate " + category + ": one lower and one upper strength bound");
            }
        }

        boolean takes(LocalDate date, BigDecimal abv, String digits) {
            if (!period.contains(date)) {
                return false;
            }
            boolean above = abvOver != null ? abv.compareTo(abvOver) > 0 : abv.compareTo(abvFrom) >= 0;
            boolean below = abvBelow != null ? abv.compareTo(abvBelow) < 0 : abv.compareTo(abvUpTo) <= 0;
            if (!above || !below) {
                return false;
            }
            return AlcoholCategory.covers(digits, hsPrefixes, exceptHsPrefixes);
        }
    }

    /** Whether a product of {@code abv} %vol may have draught relief at all (below 8.5 % ABV). */
    public boolean eligibleStrength(BigDecimal abv) {
        return abv != null && abv.signum() > 0 && abv.compareTo(abvBelow) < 0;
    }

    /** The draught rate for a line of {@code abv} %vol and commodity code {@code digits} on {@code date}. */
    public Optional<Rate> rate(LocalDate date, BigDecimal abv, String digits) {
        return rates.stream().filter(r -> r.takes(date, abv, digits)).findFirst();
    }
}
