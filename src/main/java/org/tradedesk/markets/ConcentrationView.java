package org.tradedesk.markets;

import java.math.BigDecimal;
import java.util.List;

/**
 * Concentration of one year's trade in a product over partners or reporters: the Herfindahl–Hirschman index
 * {@code hhi} = Σ share² (shares as fractions, so 0–1) and the normalised {@code (hhi − 1/N) / (1 − 1/N)}, undefined (null) for
 * N = 1 with {@code normalizedHhiNote} saying so ({@link #ONE_PARTNER}). World (0) and aggregates (areas without an ISO code of their own) are left out; Taiwan (490) is in.
 * {@code notes}: the shares are of the partners (reporters) the file holds, not of the whole market (acceptance review F3:
 * a file of China's imports from the USA alone gave HHI 1.0 with no word); with none held, why there is no HHI.
 * {@code provenance}: the data the figures are of ({@link Provenance}).
 */
public record ConcentrationView(long dataset, int year, Flow flow, String product, String by, Double hhi, Double normalizedHhi,
                                List<Share> shares, org.tradedesk.shared.MessageText normalizedHhiNote,
                                List<org.tradedesk.shared.MessageText> notes, org.tradedesk.shared.MessageText provenance) {

    /** "Shares of the {0} partners the file holds" ({@code .partner} / {@code .reporter}). */
    public static final String HELD = "markets.concentration.held.";
    /** "The file holds no partner country for this year…: no shares, no HHI" ({@code .partner} / {@code .reporter}). */
    public static final String NONE_HELD = "markets.concentration.none-held.";

    /** "Normalised HHI not defined for a single partner" (its formula divides by 1 − 1/N = 0). */
    public static final String ONE_PARTNER = "markets.concentration.normalized.one-partner";

    public record Share(String code, String name, BigDecimal value, double share) {
    }

    /** The same figures with each partner's (or reporter's) name in the reader's language. */
    public ConcentrationView named(java.util.Locale locale) {
        return new ConcentrationView(dataset, year, flow, product, by, hhi, normalizedHhi, shares.stream()
                .map(s -> new Share(s.code(), org.tradedesk.markets.importing.CountryNames.name(s.code(), locale), s.value(), s.share()))
                .toList(), normalizedHhiNote, notes, provenance);
    }
}
