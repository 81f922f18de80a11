package org.tradedesk.markets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.duty.DutyExpression;
import org.tradedesk.tariff.Eligibility;
import org.tradedesk.tariff.EligibilityLists;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;
import org.tradedesk.tariff.TariffItemNotFound;
import org.tradedesk.tariff.TariffLookup;
import org.tradedesk.tariff.TariffMeasure;

/**
 * The tariff a product faces in a market, read from the importing country's loaded schedule through the tariff
 * module's API ({@link TariffCatalogue#lookup}, {@link EligibilityLists#check}): the general (MFN) rate in force on the
 * date and every preference the origin may claim on that date; the lower ad valorem rate applies.
 *
 * <p>Who may claim a preference is the tariff module's country lists: Australia's Schedule 3 codes (DCS, DCT…) and FTA
 * schedules (an FTA party's goods the FTA schedule does not name are Free, Customs Tariff Act 1995 s 16 — the same
 * rule the tax engine applies), Taiwan's column II rate of a partner on the column II list. Not covered: the
 * NZ/PG "Free unless coded" rule, TCOs and by-law concessions, quotas, specific and compound rates (a market whose rate
 * is not ad valorem gets no schedule rate: the user types one with a reason).
 */
@Component
class ScheduleTariffs {

    /** A market whose schedule the catalogue holds: AUS → AU, TWN → TW. */
    static Optional<Jurisdiction> jurisdiction(String iso3) {
        if (iso3 == null) {
            return Optional.empty();
        }
        for (Jurisdiction j : Jurisdiction.values()) {
            if (new Locale("", j.name()).getISO3Country().equals(iso3)) {
                return Optional.of(j);
            }
        }
        return Optional.empty();
    }

    /**
     * The rate found: {@code appliedPercent} the lower of MFN and the best claimable preference; the data version the
     * lookup used, the line, the date and the origin, so the score says exactly where its tariff comes from.
     */
    record Found(double appliedPercent, BigDecimal mfnPercent, String preference, BigDecimal preferencePercent, long dataVersion,
                 String dataLabel, String line, LocalDate date, String origin, String reference, String claimable,
                 org.tradedesk.shared.MessageText lists) {
    }

    /** Why a market has no schedule rate: its code ({@code markets.tariff.schedule.*}) and the detail. */
    record Missing(String code, String detail) {
    }

    record Outcome(Found found, Missing missing) {
    }

    private final TariffCatalogue catalogue;
    private final EligibilityLists lists;

    ScheduleTariffs(TariffCatalogue catalogue, EligibilityLists lists) {
        this.catalogue = catalogue;
        this.lists = lists;
    }

    /** Null when the market's country has no schedule in the catalogue at all (the user may type a rate). */
    Outcome find(String market, String code, String origin, LocalDate date) {
        Optional<Jurisdiction> j = jurisdiction(market);
        if (j.isEmpty()) {
            return null;
        }
        if (catalogue.activeVersion(j.get()).isEmpty()) {
            return new Outcome(null, new Missing("markets.tariff.schedule.not-loaded", j.get().name()));
        }
        TariffLookup lookup;
        try {
            lookup = catalogue.lookup(j.get(), code, date);
        } catch (TariffItemNotFound | org.tradedesk.tariff.TariffCodeInvalid | org.tradedesk.tariff.TariffCheckDigitWrong e) {
            // the line as typed (dots and Taiwan's printed check digit "-0" are read by the tariff module)
            return new Outcome(null, new Missing("markets.tariff.schedule.no-line", j.get() + " " + code));
        }
        Optional<TariffMeasure> general = lookup.measures().stream().filter(m -> "GENERAL".equals(m.type())).findFirst();
        BigDecimal mfn = general.map(g -> adValorem(g.expression())).orElse(null);
        String line = lookup.jurisdiction() + " " + (lookup.line().dottedCode() == null ? lookup.line().code() : lookup.line().dottedCode());
        if (general.isEmpty()) {
            // a heading or 8-digit line of a schedule that rates only the lines beneath it (Taiwan: 11 digits)
            List<String> below = new ArrayList<>();
            try {
                for (var l : catalogue.item(j.get(), code).children()) {
                    below.add(l.dottedCode() == null ? l.code() : l.dottedCode());
                }
            } catch (RuntimeException e) {
                // the list of lines beneath is a help only
            }
            return new Outcome(null, new Missing("markets.tariff.schedule.no-rate-at-level",
                    line + (below.isEmpty() ? "" : " → " + String.join(", ", below.subList(0, Math.min(20, below.size()))))));
        }
        if (mfn == null) {
            return new Outcome(null, new Missing("markets.tariff.schedule.not-ad-valorem",
                    line + " " + general.map(TariffMeasure::originalText).orElse("—").strip()));
        }
        String best = null;
        BigDecimal bestRate = null;
        List<String> claimable = new ArrayList<>();
        CountryCode from = origin == null ? null : CountryCode.of(origin);
        for (Map.Entry<String, BigDecimal> p : preferences(lookup, from, date).entrySet()) {
            claimable.add(p.getKey() + " " + (p.getValue() == null ? "?" : p.getValue().stripTrailingZeros().toPlainString() + "%"));
            if (p.getValue() != null && (bestRate == null || p.getValue().compareTo(bestRate) < 0)) {
                best = p.getKey();
                bestRate = p.getValue();
            }
        }
        boolean preferential = bestRate != null && bestRate.compareTo(mfn) < 0;
        BigDecimal applied = preferential ? bestRate : mfn;
        var v = lookup.dataVersion();
        String reference = line + " on " + date + ": MFN " + mfn.stripTrailingZeros().toPlainString() + "%"
                + (origin == null ? "" : "; origin " + origin + " may claim " + (claimable.isEmpty() ? "no preference" : String.join(", ", claimable)))
                + " — tariff data version " + v.id() + " \"" + v.label() + "\"; " + listsVersion(lists.version());
        return new Outcome(new Found(applied.doubleValue(), mfn, preferential ? best : null, preferential ? bestRate : null, v.id(),
                v.label(), line, date, origin, reference, origin == null ? null : String.join(", ", claimable), lists.versionText()), null);
    }

    /** The preferences the origin may claim on the date, scheme → ad valorem rate (null: not ad valorem). */
    private Map<String, BigDecimal> preferences(TariffLookup lookup, CountryCode origin, LocalDate date) {
        Map<String, BigDecimal> out = new java.util.LinkedHashMap<>();
        if (origin == null) {
            return out;
        }
        Jurisdiction j = lookup.jurisdiction();
        if (j == Jurisdiction.TW) {
            for (TariffMeasure m : lookup.measures()) {
                if ("PREFERENTIAL".equals(m.type()) && origin.value().equals(m.partner()) && eligible(j, "TW_COLUMN_II", origin, date)) {
                    out.put("TW_COLUMN_II", adValorem(m.expression()));
                }
            }
            return out;
        }
        Set<String> ftas = catalogue.ftaSchemes(j).stream().map(TariffCatalogue.Scheme::scheme).collect(Collectors.toSet());
        Set<String> named = new HashSet<>();
        String originName = origin.displayName(Locale.ENGLISH).toLowerCase(Locale.ROOT);
        for (TariffMeasure m : lookup.measures()) {
            if (!"PREFERENTIAL".equals(m.type()) || m.scheme() == null) {
                continue;
            }
            named.add(m.scheme());
            // a partner-specific FTA rate ("(Rate No. 002) United Kingdom") applies to that partner only
            if (m.partner() != null && !m.partner().isBlank() && !m.partner().toLowerCase(Locale.ROOT).contains(originName)) {
                continue;
            }
            if (eligible(j, m.scheme(), origin, date)) {
                BigDecimal rate = adValorem(m.expression());
                BigDecimal held = out.get(m.scheme());
                if (!out.containsKey(m.scheme()) || (rate != null && (held == null || rate.compareTo(held) < 0))) {
                    out.put(m.scheme(), rate);
                }
            }
        }
        for (String fta : ftas) {
            // s 16: goods of an FTA party that the party's schedule does not name are Free
            if (!named.contains(fta) && eligible(j, fta, origin, date)) {
                out.put(fta, BigDecimal.ZERO);
            }
        }
        return out;
    }

    private boolean eligible(Jurisdiction j, String list, CountryCode origin, LocalDate date) {
        if (!lists.governs(j, list)) {
            return false;
        }
        Eligibility e = lists.check(j, list, origin, date);
        return e.eligible();
    }

    /** The percent of a pure ad valorem expression ({@code 5%}, {@code Free}); null for specific or compound duties. */
    static BigDecimal adValorem(String expression) {
        try {
            return DutyExpression.parse(expression) instanceof DutyExpression.AdValorem a && !a.ofRetailPrice() ? a.percent() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The country lists' version as the tariff module names it ("country lists version 1"), never "country lists country lists …". */
    static String listsVersion(String version) {
        String v = version == null ? "" : version.strip();
        return v.toLowerCase(java.util.Locale.ROOT).startsWith("country lists") ? v : "country lists " + v;
    }
}
