package org.tradedesk.taxes.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.HsCode;
import org.tradedesk.shared.MessageText;

/**
 * Port to the tariff catalogue: the measures in force for a tariff item, origin and date, keyed
 * like a request's {@code measures} ({@code duty}, {@code antiDumping}, {@code commodityTax}...),
 * and the duty options the origin is eligible for (FTA preferences, concessions, quotas). The
 * adapter is written when the tariff module lands; until then requests carry their measures.
 */
public interface TariffMeasureSource {

    Optional<TariffMeasures> find(String jurisdiction, HsCode tariffCode, CountryCode origin, LocalDate date);

    /**
     * Why a code the catalogue gives no measures for cannot carry them, for the line's
     * {@code tariffCode} error, worded to follow "&lt;code&gt; is": "not in the AU tariff (tariff data
     * version …)" or "a subheading of the AU tariff: choose one of its items (…)". Empty when the code is an item (it merely has no rate) or the catalogue
     * does not hold the jurisdiction.
     */
    default Optional<org.tradedesk.shared.MessageText> whyNoMeasures(String jurisdiction, HsCode tariffCode, LocalDate date) {
        return Optional.empty();
    }

    /**
     * What the held country lists say of a typed option's scheme (DCS, CPTPP, TW_COLUMN_II…) for the origin on the date:
     * empty when no list governs the scheme (a free-text scheme, whose eligibility nobody checks). Issue 6: a typed option
     * must not give what the tariff-derived options refuse.
     */
    default Optional<SchemeCheck> checkScheme(String jurisdiction, String scheme, CountryCode origin, LocalDate date) {
        return Optional.empty();
    }

    /**
     * A strength range as a tariff text states it: above {@code above} %vol (exclusive, "exceeding"), up to {@code atMost}
     * %vol (inclusive, "not exceeding"); either may be null. {@code code} is the item as the schedule prints it.
     */
    record StrengthRange(String code, java.math.BigDecimal above, java.math.BigDecimal atMost) {

        private static final java.util.regex.Pattern AT_MOST = java.util.regex.Pattern.compile(
                "not exceeding (\\d{1,3}(?:\\.\\d{1,4})?) ?% ?vol", java.util.regex.Pattern.CASE_INSENSITIVE);
        private static final java.util.regex.Pattern ABOVE = java.util.regex.Pattern.compile(
                "(?<!not )exceeding (\\d{1,3}(?:\\.\\d{1,4})?) ?% ?vol", java.util.regex.Pattern.CASE_INSENSITIVE);

        /** The range {@code text} (a tariff item's English description) states, or empty when it states none. */
        public static Optional<StrengthRange> stated(String code, String text) {
            if (text == null) {
                return Optional.empty();
            }
            java.util.regex.Matcher atMost = AT_MOST.matcher(text);
            java.util.regex.Matcher above = ABOVE.matcher(text);
            java.math.BigDecimal max = atMost.find() ? new java.math.BigDecimal(atMost.group(1)) : null;
            java.math.BigDecimal min = above.find() ? new java.math.BigDecimal(above.group(1)) : null;
            return max == null && min == null ? Optional.empty() : Optional.of(new StrengthRange(code, min, max));
        }

        public boolean contains(java.math.BigDecimal abv) {
            return (above == null || abv.compareTo(above) > 0) && (atMost == null || abv.compareTo(atMost) <= 0);
        }

        /** The range in the reader's words: "not exceeding 1.15 %vol" / 「酒精濃度不超過 1.15%」. */
        public MessageText text() {
            if (above != null && atMost != null) {
                return MessageText.of("taxes.range.between", MessageText.Arg.number(above), MessageText.Arg.number(atMost));
            }
            return above != null ? MessageText.of("taxes.range.above", MessageText.Arg.number(above))
                    : MessageText.of("taxes.range.atMost", MessageText.Arg.number(atMost));
        }
    }

    /** A held list's answer for a typed scheme: whether the origin may claim it, and why (the list, its source). */
    record SchemeCheck(boolean eligible, MessageText reason) {
    }

    /**
     * What the catalogue knows of one tariff item, with a reference a worksheet can print: the
     * options the origin may claim on the date, and those it may not ({@code refused}, each with the
     * reason) for a screen that shows them greyed on request.
     */
    /**
     * {@code effectiveFrom}: the day the line's general rate is in force from as the tariff data dates it; null where the data
     * gives it no start of its own (t1fixM minor 6: the documents printed the calculation date as the line's).
     */
    record TariffMeasures(String reference, Map<String, String> measures, List<Option> options, List<RefusedOption> refused,
            org.tradedesk.shared.MessageText referenceText, StrengthRange strength, LocalDate effectiveFrom) {

        public TariffMeasures(String reference, Map<String, String> measures, List<Option> options, List<RefusedOption> refused,
                org.tradedesk.shared.MessageText referenceText, StrengthRange strength) {
            this(reference, measures, options, refused, referenceText, strength, null);
        }

        /** {@code referenceText} is the reference as a message for the reader; null where only the English is known. */
        public TariffMeasures(String reference, Map<String, String> measures, List<Option> options, List<RefusedOption> refused) {
            this(reference, measures, options, refused, null);
        }

        /** An item whose text states no strength range (or whose range the source does not read). */
        public TariffMeasures(String reference, Map<String, String> measures, List<Option> options, List<RefusedOption> refused,
                org.tradedesk.shared.MessageText referenceText) {
            this(reference, measures, options, refused, referenceText, null);
        }

        /**
         * The same item with the alcoholic strength its own text says it covers (AU 2204.21.10: "having an alcoholic strength by
         * volume not exceeding 1.15% vol"), read from the one lookup of the item, for a warning when a line's strength lies
         * outside it (acceptance review r-t1 F12); null when the item's text states none.
         */
        public TariffMeasures withStrength(StrengthRange range) {
            return new TariffMeasures(reference, measures, options, refused, referenceText, range, effectiveFrom);
        }

        /** The same item with the day its general rate is in force from. */
        public TariffMeasures withEffectiveFrom(LocalDate from) {
            return new TariffMeasures(reference, measures, options, refused, referenceText, strength, from);
        }

        public TariffMeasures {
            measures = Map.copyOf(measures);
            options = List.copyOf(options);
            refused = refused == null ? List.of() : List.copyOf(refused);
        }

        public TariffMeasures(String reference, Map<String, String> measures, List<Option> options) {
            this(reference, measures, options, List.of());
        }
    }

    /** One eligible duty option and what claiming it requires. */
    record Option(String scheme, MessageText label, String duty, MessageText requires) {

        /** An option named by a text the caller wrote (a test's stub, a user's own scheme): shown as given. */
        public Option(String scheme, String label, String duty, MessageText requires) {
            this(scheme, Texts.asGiven(label), duty, requires);
        }
    }

    /** An option the line has but the origin may not claim on the date, and why (the list, its source). */
    record RefusedOption(String scheme, MessageText label, String duty, MessageText reason, boolean notAssessed) {

        public RefusedOption(String scheme, MessageText label, String duty, MessageText reason) {
            this(scheme, label, duty, reason, false);
        }
    }
}
