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

    /** A held list's answer for a typed scheme: whether the origin may claim it, and why (the list, its source). */
    record SchemeCheck(boolean eligible, MessageText reason) {
    }

    /**
     * What the catalogue knows of one tariff item, with a reference a worksheet can print: the
     * options the origin may claim on the date, and those it may not ({@code refused}, each with the
     * reason) for a screen that shows them greyed on request.
     */
    record TariffMeasures(String reference, Map<String, String> measures, List<Option> options, List<RefusedOption> refused,
            org.tradedesk.shared.MessageText referenceText) {

        /** {@code referenceText} is the reference as a message for the reader; null where only the English is known. */
        public TariffMeasures(String reference, Map<String, String> measures, List<Option> options, List<RefusedOption> refused) {
            this(reference, measures, options, refused, null);
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
    record RefusedOption(String scheme, MessageText label, String duty, MessageText reason) {
    }
}
