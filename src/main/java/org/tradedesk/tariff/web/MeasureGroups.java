package org.tradedesk.tariff.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradedesk.tariff.TariffCatalogue;
import org.tradedesk.tariff.TariffMeasure;

/**
 * The item page's measures as a coordinator reads them: the general rate first, then each preference
 * scheme (a Schedule 3 code such as CA or DCS, an FTA schedule such as AUSFTA or CPTPP, a Taiwan column II
 * partner) with its staged rates in date order, then column III. A scheme a country list governs (DCS, an FTA
 * schedule) names the {@code countries} on its list on the date, each in the reader's language and marked where
 * the membership (or the whole list) is still to confirm; a scheme no list governs keeps {@code appliesTo}, the
 * partner as the schedule prints it (a code, or the country an FTA rate is limited to).
 */
record MeasureGroups(List<Group> groups, List<TariffCatalogue.Scheme> withoutEntry) {

    /**
     * {@code published}: the published text with its components separated and labelled in the reader's language
     * ({@link org.tradedesk.tariff.PublishedRateText}); {@code publishedEnglish}: it keeps English words of the
     * schedule ("of alcohol"), so the cell is marked as English.
     */
    record Row(LocalDate validFrom, LocalDate validTo, String expression, String originalText, boolean inForce,
               org.tradedesk.shared.MessageText published, boolean publishedEnglish) {

        Row(LocalDate validFrom, LocalDate validTo, String expression, String originalText, boolean inForce) {
            this(validFrom, validTo, expression, originalText, inForce, org.tradedesk.tariff.PublishedRateText.of(originalText),
                    org.tradedesk.tariff.PublishedRateText.keepsEnglishWords(originalText));
        }
    }

    /**
     * {@code namedParties}: the rows are published for the countries of {@code list} only (Schedule 8B's "(Rate No. 002)
     * United Kingdom" rate), and {@code othersFree} says the scheme has no rate on the line for its other parties;
     * {@code partiesUnstated}: a numbered rate whose parties the data does not name (to confirm).
     */
    record Group(String type, String scheme, String source, List<String> appliesTo, List<Row> rows, CountryList list,
                 boolean namedParties, boolean partiesUnstated, boolean othersFree, LocalDate partnerEnded) {

        Group(String type, String scheme, String source, List<String> appliesTo, List<Row> rows) {
            this(type, scheme, source, appliesTo, rows, null);
        }

        Group(String type, String scheme, String source, List<String> appliesTo, List<Row> rows, CountryList list) {
            this(type, scheme, source, appliesTo, rows, list, false, false, false, null);
        }
    }

    /** The countries of a scheme's list on the date; {@code toConfirm}: the list as a whole is not confirmed from a source. */
    record CountryList(String code, boolean toConfirm, List<Party> countries) {
    }

    /** One country of a list, its name in the reader's language, and whether its membership is to confirm. */
    record Party(String country, String name, boolean toConfirm) {
    }

    private static final List<String> TYPE_ORDER = List.of("GENERAL", "PREFERENTIAL", "NON_MFN");

    /**
     * {@code schemes}: every preference scheme of the jurisdiction's schedule, so that an FTA schedule with no
     * entry for this line is named too — its originating goods are Free (Customs Tariff Act 1995 s 16).
     */
    static MeasureGroups of(List<TariffMeasure> measures, List<TariffCatalogue.Scheme> schemes, LocalDate today) {
        return of(measures, schemes, today, scheme -> java.util.Optional.empty(), java.util.Locale.ENGLISH);
    }

    /** {@code lists}: the country list governing a scheme code, if one does; names in {@code locale}. */
    static MeasureGroups of(List<TariffMeasure> measures, List<TariffCatalogue.Scheme> schemes, LocalDate today,
            java.util.function.Function<String, java.util.Optional<org.tradedesk.tariff.EligibilityList>> lists, java.util.Locale locale) {
        Map<String, List<TariffMeasure>> byScheme = new LinkedHashMap<>();
        // one group per scheme and per set of parties the rows are published for: a rate for the UK alone is not the scheme's
        measures.stream()
                .sorted(Comparator.comparingInt((TariffMeasure m) -> typeRank(m.type()))
                        .thenComparing(m -> m.scheme() == null ? "" : m.scheme())
                        .thenComparing(m -> m.forEveryParty() ? 0 : m.partiesUnstated() ? 1 : 2))
                .forEach(m -> byScheme.computeIfAbsent(m.type() + "|" + m.scheme() + "|" + partiesKey(m), k -> new ArrayList<>()).add(m));
        Set<String> schemesForEveryParty = new LinkedHashSet<>();
        measures.stream().filter(m -> !m.forNamedParties()).forEach(m -> schemesForEveryParty.add(m.type() + "|" + m.scheme()));
        List<Group> groups = new ArrayList<>();
        Set<String> present = new LinkedHashSet<>();
        for (List<TariffMeasure> ms : byScheme.values()) {
            TariffMeasure first = ms.get(0);
            present.add(first.scheme());
            Set<String> appliesTo = new LinkedHashSet<>();
            for (TariffMeasure m : ms) {
                if (m.partner() != null && !m.partner().isBlank()) {
                    appliesTo.add(m.partner());
                }
            }
            if (appliesTo.isEmpty() && "PREFERENTIAL".equals(first.type()) && first.scheme() != null) {
                appliesTo.add(first.scheme());
            }
            boolean preferential = "PREFERENTIAL".equals(first.type()) && first.scheme() != null;
            java.util.Optional<org.tradedesk.tariff.EligibilityList> schemeList = preferential ? lists.apply(first.scheme()) : java.util.Optional.empty();
            // a scheme that is one partner of a wider list (Taiwan's column II rate for NI): the partner's own membership decides
            // whether the rate applies today, as the tax engine decides it (acceptance review t1fixI 2: Nicaragua's 0 % was shown
            // "in force" with no end while its column II ended on 30 June 2022)
            boolean partnerOfList = schemeList.isPresent() && !schemeList.get().code().equals(first.scheme())
                    && schemeList.get().members().stream().anyMatch(m -> m.country().equals(first.scheme()));
            LocalDate partnerEnded = partnerOfList ? endedBefore(schemeList.get(), first.scheme(), today) : null;
            List<Row> rows = ms.stream()
                    .sorted(Comparator.comparing(TariffMeasure::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .map(m -> new Row(m.validFrom(), m.validTo(), m.expression(), m.originalText(),
                            m.inForceOn(today) && (!partnerOfList || memberOn(schemeList.get(), first.scheme(), today))))
                    .toList();
            CountryList list;
            boolean named = first.forNamedParties();
            if (partnerOfList) {
                list = named(first.scheme(), List.of(first.scheme()), schemeList.get(), today, locale);
            } else if (named) {
                // the countries the schedule names beside the rate, not the scheme's whole list
                list = named(first.scheme(), first.parties(), schemeList.orElse(null), today, locale);
            } else {
                list = schemeList.map(l -> countries(l, today, locale)).orElse(null);
            }
            groups.add(new Group(first.type(), first.scheme(), first.source(), List.copyOf(appliesTo), rows, list, named,
                    first.partiesUnstated(),
                    // "other parties Free" is s 16 of the Australian Act: only for a scheme a party list governs (an FTA schedule)
                    named && schemeList.isPresent() && first.source() != null && first.source().startsWith("Schedule ")
                            && !schemesForEveryParty.contains(first.type() + "|" + first.scheme()),
                    partnerEnded));
        }
        List<TariffCatalogue.Scheme> missing = schemes.stream().filter(s -> !present.contains(s.scheme())).toList();
        return new MeasureGroups(List.copyOf(groups), missing);
    }

    static CountryList countries(org.tradedesk.tariff.EligibilityList list, LocalDate date, java.util.Locale locale) {
        List<Party> parties = list.members().stream()
                .filter(m -> (m.validFrom() == null || !date.isBefore(m.validFrom())) && (m.validTo() == null || !date.isAfter(m.validTo())))
                .map(m -> new Party(m.country(), org.tradedesk.shared.CountryCode.displayName(m.country(), locale), m.toConfirm()))
                .distinct()
                .toList();
        return new CountryList(list.code(), list.toConfirm(), parties);
    }

    private static boolean memberOn(org.tradedesk.tariff.EligibilityList list, String country, LocalDate date) {
        return list.members().stream().anyMatch(m -> m.country().equals(country)
                && (m.validFrom() == null || !date.isBefore(m.validFrom())) && (m.validTo() == null || !date.isAfter(m.validTo())));
    }

    /** The last day of the country's latest membership when none covers {@code date} (its list ended for it), else null. */
    static LocalDate endedBefore(org.tradedesk.tariff.EligibilityList list, String country, LocalDate date) {
        if (memberOn(list, country, date)) {
            return null;
        }
        return list.members().stream().filter(m -> m.country().equals(country) && m.validTo() != null && m.validTo().isBefore(date))
                .map(org.tradedesk.tariff.EligibilityList.Member::validTo).max(Comparator.naturalOrder()).orElse(null);
    }

    private static String partiesKey(TariffMeasure m) {
        return m.partiesUnstated() ? "?" : String.join(",", m.parties());
    }

    /**
     * The countries a rate is published for, in the reader's language; each marked to confirm where it is not on the
     * scheme's list on the date (or its membership is itself to confirm).
     */
    static CountryList named(String scheme, List<String> parties, org.tradedesk.tariff.EligibilityList schemeList, LocalDate date,
            java.util.Locale locale) {
        CountryList members = schemeList == null ? null : countries(schemeList, date, locale);
        List<Party> out = parties.stream().map(c -> {
            Party member = members == null ? null : members.countries().stream().filter(p -> p.country().equals(c)).findFirst().orElse(null);
            return new Party(c, org.tradedesk.shared.CountryCode.displayName(c, locale), member == null || member.toConfirm());
        }).toList();
        return new CountryList(scheme, members != null && members.toConfirm(), out);
    }

    private static int typeRank(String type) {
        int i = TYPE_ORDER.indexOf(type);
        return i < 0 ? TYPE_ORDER.size() : i;
    }
}
