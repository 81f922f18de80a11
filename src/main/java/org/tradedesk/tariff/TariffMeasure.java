package org.tradedesk.tariff;

import java.time.LocalDate;
import java.util.List;

/**
 * A duty measure on a tariff line: {@code type} GENERAL, PREFERENTIAL or NON_MFN; {@code scheme} the
 * preference code or FTA (CA, DCS, AUSFTA…) or the Taiwan column; {@code expression} in the
 * duty-expression notation ({@code org.tradedesk.shared.duty.DutyExpression}); {@code originalText}
 * as published. {@code validFrom == null}: in force since before this schedule version.
 *
 * <p>{@code parties}: the countries (ISO 3166 alpha-2) the schedule publishes the rate for — empty for a
 * rate of every party of the scheme (Schedule 8B's "(Rate No. 002) United Kingdom" rate is GB's alone; a
 * Taiwan column II rate is its partner's). {@code partiesUnstated}: the schedule numbers the rate as a
 * second or later one of the line but the data names nobody — it is not known whose it is.
 */
public record TariffMeasure(String type, String scheme, String partner, LocalDate validFrom, LocalDate validTo,
                            String expression, String originalText, String source, List<String> parties, boolean partiesUnstated) {

    public TariffMeasure {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /** A measure of every party of its scheme. */
    public TariffMeasure(String type, String scheme, String partner, LocalDate validFrom, LocalDate validTo,
                         String expression, String originalText, String source) {
        this(type, scheme, partner, validFrom, validTo, expression, originalText, source, List.of(), false);
    }

    public boolean inForceOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** Published for named parties only. */
    public boolean forNamedParties() {
        return !parties.isEmpty();
    }

    /** Published for every party of its scheme (no party named, not a numbered rate of unstated parties). */
    public boolean forEveryParty() {
        return parties.isEmpty() && !partiesUnstated;
    }

    /**
     * The published text cut into its components for integrations (issue 6): {@code 5% DCS4% CAFree DCT5%} is
     * {@code [{rate: 5%}, {label: DCS, rate: 4%}, {label: CA, rate: Free}, {label: DCT, rate: 5%}]}; empty when the
     * text is not in the Schedule 3 form ({@code originalText} stays the published text).
     */
    @com.fasterxml.jackson.annotation.JsonProperty("publishedParts")
    public List<PublishedRateText.Part> publishedParts() {
        return PublishedRateText.parts(originalText);
    }

    /**
     * The scheme as a code for integrations, the same in every language ({@code TW_COLUMN_I} where {@code scheme} is Taiwan's
     * column I named in the reader's language: 「第一欄」 / "Column I"); null for a measure without a scheme.
     */
    @com.fasterxml.jackson.annotation.JsonProperty("schemeCode")
    public String schemeCode() {
        return TwColumnNames.code(scheme);
    }

    /** Published for {@code country} by name. */
    public boolean namesParty(String country) {
        return country != null && parties.contains(country);
    }
}
