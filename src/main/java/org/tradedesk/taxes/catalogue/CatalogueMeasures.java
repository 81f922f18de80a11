package org.tradedesk.taxes.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.tariff.Eligibility;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffLookup;
import org.tradedesk.tariff.TariffMeasure;
import org.tradedesk.taxes.domain.TariffMeasureSource.Option;
import org.tradedesk.taxes.domain.TariffMeasureSource.RefusedOption;
import org.tradedesk.taxes.domain.TariffMeasureSource.TariffMeasures;

/**
 * Turns what the tariff catalogue holds for a line on a date into what the engine evaluates: the
 * general rate as the {@code duty} measure and every preference the origin may claim as an option
 * with what claiming it requires. Plain Java, tested without Spring.
 *
 * <p>Who may claim is never decided here: every preference code and FTA schedule is a country list
 * of the tariff module ({@link CountryLists}), effective-dated, with its legal source. An option
 * whose origin is not on the list on the calculation date is not offered; it is kept among the
 * refused options with the reason, for a screen that shows them on request. A code no list governs
 * is refused too: an option the law may not give is worse than one not shown.
 *
 * <p>Australia (Customs Tariff Act 1995 s 14, s 16): Schedule 3 rates preceded by a preference code
 * (CA, DCS, DCT, NZ, PG, FI, DC, LDC, SG, MY) and the FTA Schedules 4A–16. For goods originating in an
 * FTA party, or of New Zealand, Papua New Guinea or a Forum Island Country (s 16(1)(b), (c), (e)), the rate is the
 * one the schedule (or a code in Schedule 3) sets, <em>otherwise Free</em> — so a party without an entry for the line still gets
 * a Free option. Schedule 4 (concessional items by by-law) and TCOs are not attached to lines by the
 * catalogue, so no concession option is built from it.
 *
 * <p>Taiwan (關稅法 第5條): column I (第一欄) is the duty; column II (第二欄) rates name their partners,
 * offered when the origin is that partner and on the column II partner list on the date. Column I applies to
 * the origins on the column I list (WTO members, effective-dated; reciprocal treatment to confirm); an origin
 * not on it pays column III (第三欄) automatically, the reason in the rate's source, and column III is never an
 * option for a listed origin. Only where the list cannot decide (no origin given) is column III offered, as a
 * requirement the coordinator confirms.
 */
final class CatalogueMeasures {

    static final String DUTY = "duty";

    /** The list of Taiwan's column II partners. */
    static final String TW_COLUMN_II = "TW_COLUMN_II";

    /** Which country lists an origin is on, for the line's jurisdiction and the calculation date. */
    @FunctionalInterface
    interface CountryLists {
        /** The origin's eligibility under list {@code listCode}; a code no list governs is not eligible. */
        Eligibility check(String listCode);
    }

    /** Origins whose goods are Free unless Schedule 3 sets a rate after their code (s 16). */
    private static final Set<String> FREE_UNLESS_CODED = Set.of("NZ", "PG");

    /** The Forum Island Countries' code: their goods too are Free unless Schedule 3 sets an FI rate (s 16(1)(e)). */
    private static final String FORUM_ISLAND = "FI";

    /** The Least Developed Countries' code (Customs Tariff Act 1995 s 14(1)(d), Customs Tariff Regulations 2004 Sch 1 Pt 2). */
    private static final String LEAST_DEVELOPED = "LDC";

    /** Each Australian FTA schedule, keyed by the {@code ftaName} the catalogue gives its rates, in the Act's order. */
    private static final Map<String, Fta> FTAS;

    static {
        Map<String, Fta> m = new LinkedHashMap<>();
        m.put("SAFTA", new Fta("Schedule 4A", "Singapore-Australia FTA"));
        m.put("AUSFTA", new Fta("Schedule 5", "Australia-United States FTA"));
        m.put("TAFTA", new Fta("Schedule 6", "Thailand-Australia FTA"));
        m.put("Peru", new Fta("Schedule 6A", "Peru-Australia FTA"));
        m.put("ACI-FTA", new Fta("Schedule 7", "Australia-Chile FTA"));
        m.put("AANZFTA", new Fta("Schedule 8", "ASEAN-Australia-New Zealand FTA"));
        m.put("PACER", new Fta("Schedule 8A", "PACER Plus"));
        m.put("CPTPP", new Fta("Schedule 8B", "CPTPP"));
        m.put("MAFTA", new Fta("Schedule 9", "Malaysia-Australia FTA"));
        m.put("IA-CEPA", new Fta("Schedule 9A", "Indonesia-Australia CEPA"));
        m.put("KAFTA", new Fta("Schedule 10", "Korea-Australia FTA"));
        m.put("AI-ECTA", new Fta("Schedule 10A", "Australia-India ECTA"));
        m.put("JAEPA", new Fta("Schedule 11", "Japan-Australia EPA"));
        m.put("ChAFTA", new Fta("Schedule 12", "China-Australia FTA"));
        m.put("HK-FTA", new Fta("Schedule 13", "Australia-Hong Kong FTA"));
        m.put("RCEP", new Fta("Schedule 14", "RCEP"));
        m.put("A-UKFTA", new Fta("Schedule 15", "Australia-UK FTA"));
        m.put("UAE-CEPA", new Fta("Schedule 16", "Australia-UAE CEPA"));
        FTAS = java.util.Collections.unmodifiableMap(m);
    }

    private record Fta(String schedule, String name) {
    }

    /**
     * The FTA list another name typed for it stands for, {@code key} without case, spaces, hyphens or underscores: the scheme
     * code written without its hyphen ("AUKFTA", "ACIFTA") or the schedule of the Act ("Schedule 5", "Sch 8B") (t1fixD 6).
     */
    static Optional<String> ftaAlias(String key) {
        for (Map.Entry<String, Fta> e : FTAS.entrySet()) {
            String code = e.getKey().replaceAll("[\\s\\-_./]", "").toUpperCase(java.util.Locale.ROOT);
            String number = e.getValue().schedule().substring("Schedule ".length()).toUpperCase(java.util.Locale.ROOT);
            if (key.equals(code) || key.equals("SCHEDULE" + number) || key.equals("SCH" + number)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    private CatalogueMeasures() {
    }

    /** The start the tariff import gives a rate the schedule prints without a date of its own (the tariff module's open start). */
    private static final java.time.LocalDate OPEN_START = java.time.LocalDate.of(1900, 1, 1);

    static TariffMeasures map(TariffLookup lookup, CountryCode origin, CountryLists lists) {
        String country = origin == null ? null : origin.value();
        Optional<TariffMeasure> general = lookup.measures().stream().filter(m -> "GENERAL".equals(m.type())).findFirst();
        Map<String, String> measures = new LinkedHashMap<>();
        general.ifPresent(g -> measures.put(DUTY, g.expression()));
        List<Option> options = new ArrayList<>();
        List<RefusedOption> refused = new ArrayList<>();
        MessageText referenceText = referenceText(lookup);
        if (lookup.jurisdiction() == Jurisdiction.AU) {
            australianOptions(lookup.measures(), country, lists, options, refused);
        } else {
            Optional<TariffMeasure> columnThree = lookup.measures().stream().filter(m -> "NON_MFN".equals(m.type())).findFirst();
            Eligibility columnOne = country == null ? null : lists.check(TW_COLUMN_I);
            if (columnOne != null && !columnOne.eligible() && !NO_LIST.equals(columnOne.reason().code()) && columnThree.isPresent()) {
                // 關稅法 §5: goods of a country or territory neither a WTO member nor with reciprocal treatment pay column III,
                // not a choice: the duty is column III's, and the rate's source says why (issue 6: KP was given column I)
                measures.put(DUTY, columnThree.get().expression());
                // a list shipped to confirm says so where it decides the column (review r-t1b 8)
                MessageText why = columnOne.toConfirm() && !LIST_TO_CONFIRM_REASONS.contains(columnOne.reason().code())
                        ? MessageText.of("taxes.eligibility.list-to-confirm", Arg.message(columnOne.reason())) : columnOne.reason();
                referenceText = MessageText.of("taxes.source.tw-column-iii", Arg.message(referenceText), Arg.message(why),
                        publishedRate(columnThree.get()));
                taiwanOptions(lookup.measures(), country, lists, options, refused, false);
            } else {
                // an origin on the column I list (or not given, or no list held) pays column I; column III is offered only
                // where the list cannot decide (no origin, no list). A membership to confirm is said in the rate's source (r-t1b 8)
                if (columnOne != null && columnOne.eligible() && columnOne.toConfirm()) {
                    referenceText = MessageText.of("taxes.source.tw-column-i", Arg.message(referenceText), Arg.message(columnOne.reason()));
                }
                taiwanOptions(lookup.measures(), country, lists, options, refused, columnOne == null || !columnOne.eligible());
            }
        }
        // the general rate's own start where the data dates it (not the open start a schedule without dates is read with)
        java.time.LocalDate from = general.map(TariffMeasure::validFrom)
                .filter(d -> !d.equals(OPEN_START)).orElse(null);
        return new TariffMeasures(reference(lookup, general.orElse(null)), measures, options, refused, referenceText).withEffectiveFrom(from);
    }

    /** The list of the origins that pay Taiwan's column I (WTO members; reciprocal treatment to confirm). */
    static final String TW_COLUMN_I = "TW_COLUMN_I";

    /** The reason {@link EligibilityLists} gives when it holds no list of the code. */
    private static final String NO_LIST = "tariff.eligibility.no-list";

    /**
     * The reference as the reader reads it: the item and the catalogue data version with its import date ("AU 2204.21.10 —
     * 稅則資料版本 3「…」，2026/12/06 匯入"). The item's description and rate text are printed with the line itself.
     */
    static org.tradedesk.shared.MessageText referenceText(TariffLookup lookup) {
        var line = lookup.line();
        var v = lookup.dataVersion();
        return org.tradedesk.shared.MessageText.of("taxes.source.tariff-line",
                org.tradedesk.shared.MessageText.Arg.literal(lookup.jurisdiction()),
                org.tradedesk.shared.MessageText.Arg.literal(line.dottedCode() == null ? line.code() : line.dottedCode()),
                org.tradedesk.shared.MessageText.Arg.number(v.id()), org.tradedesk.shared.MessageText.Arg.literal(v.label()),
                org.tradedesk.shared.MessageText.Arg.date(org.tradedesk.platform.BusinessCalendar.dayIn(v.importedAt(), lookup.jurisdiction().name())));
    }

    /** What a worksheet prints: the item, the published rate text, the catalogue data version. */
    static String reference(TariffLookup lookup, TariffMeasure general) {
        var line = lookup.line();
        var v = lookup.dataVersion();
        return lookup.jurisdiction() + " " + (line.dottedCode() == null ? line.code() : line.dottedCode())
                + (line.descriptionEn() == null ? "" : " " + line.descriptionEn().strip())
                + (general == null ? " (no general rate)" : " — " + general.source() + ": " + general.originalText().strip())
                + " — tariff data version " + v.id() + " \"" + v.label() + "\" imported " + v.importedAt();
    }

    private static void australianOptions(List<TariffMeasure> measures, String origin, CountryLists lists, List<Option> options,
            List<RefusedOption> refused) {
        Set<String> coded = new HashSet<>();
        Map<String, List<TariffMeasure>> ftaRates = new LinkedHashMap<>();
        for (TariffMeasure m : measures) {
            if (!"PREFERENTIAL".equals(m.type())) {
                continue;
            }
            String scheme = m.scheme();
            if (FTAS.containsKey(scheme)) {
                ftaRates.computeIfAbsent(scheme, k -> new ArrayList<>()).add(m);
            } else if (scheme != null) {
                coded.add(scheme);
                MessageText label = MessageText.of("taxes.option.label.code", Arg.literal(scheme));
                Eligibility e = eligibility(lists, scheme);
                if (e.eligible()) {
                    options.add(new Option(scheme, label, m.expression(), requires(proof(scheme), e, m)));
                } else {
                    refused.add(new RefusedOption(scheme, label, m.expression(), e.reason(), notAssessed(e)));
                }
            }
        }
        if (origin != null && FREE_UNLESS_CODED.contains(origin) && !coded.contains(origin)) {
            Eligibility e = eligibility(lists, origin);
            if (e.eligible()) {
                options.add(new Option(origin, MessageText.of("taxes.option.label.code-free", Arg.literal(origin)), "Free",
                        MessageText.of("taxes.option.requires.code-free", Arg.message(proof(origin)), Arg.message(e.reason()),
                                Arg.literal(origin))));
            }
        }
        // s 16(1)(e): goods of a Forum Island Country pay the rate Schedule 3 sets after "FI", otherwise Free — so an origin on
        // the FI list (Customs Tariff Regulations Sch 1 Part 1) gets a Free option on a line with no FI rate, as NZ and PG do
        // (austlii.edu.au/au/legis/cth/consol_act/cta1995178/s16.html, read 2026-12-06)
        if (origin != null && !FREE_UNLESS_CODED.contains(origin) && !coded.contains(FORUM_ISLAND)) {
            Eligibility e = eligibility(lists, FORUM_ISLAND);
            if (e.eligible()) {
                options.add(new Option(FORUM_ISLAND, MessageText.of("taxes.option.label.code-free", Arg.literal(FORUM_ISLAND)), "Free",
                        MessageText.of("taxes.option.requires.code-free", Arg.message(proof(FORUM_ISLAND)), Arg.message(e.reason()),
                                Arg.literal(FORUM_ISLAND))));
            }
        }
        // Least Developed Countries (acceptance review t1fixD 3): Schedule 3 prints "LDC" on the same lines as "FI"
        // ("NZ/PG/FI/DC/LDC/SG $0.526/L"), and goods originating in an LDC "can claim duty-free entry into Australia" (ABF,
        // Developing Countries or Least Developed Countries, border.gov.au; rules of origin Customs Act 1901 s 153NA), so an
        // origin on the LDC list (Customs Tariff Regulations 2004 Sch 1 Pt 2) gets a Free option on a line with no LDC rate.
        // The statutory "otherwise Free" for LDC was not read in s 16 itself: the requirement says "to confirm". Not added for
        // DC, DCS, DCT, SG or MY: the schedule prints a rate for them where they have one and no source read makes them Free
        // elsewhere. An origin already given the FI Free option is not offered the same Free twice.
        if (origin != null && !FREE_UNLESS_CODED.contains(origin) && !coded.contains(LEAST_DEVELOPED)
                && options.stream().noneMatch(o -> o.scheme().equals(FORUM_ISLAND) && "Free".equals(o.duty()))) {
            Eligibility e = eligibility(lists, LEAST_DEVELOPED);
            if (e.eligible()) {
                options.add(new Option(LEAST_DEVELOPED, MessageText.of("taxes.option.label.code-free", Arg.literal(LEAST_DEVELOPED)), "Free",
                        MessageText.of("taxes.option.requires.ldc-free", Arg.message(proof(LEAST_DEVELOPED)), Arg.message(e.reason()))));
            }
        }
        for (Map.Entry<String, Fta> entry : FTAS.entrySet()) {
            String scheme = entry.getKey();
            Fta agreement = entry.getValue();
            Eligibility e = eligibility(lists, scheme);
            List<TariffMeasure> rates = ftaRates.getOrDefault(scheme, List.of());
            PartyRate rate = PartyRate.of(rates, origin);
            MessageText proof = MessageText.of("taxes.option.proof.fta", Arg.literal(agreement.name()), schemeName(scheme));
            MessageText schedule = schedule(agreement.schedule());
            MessageText label = MessageText.of("taxes.option.label.fta", Arg.literal(agreement.name()), schemeName(scheme), Arg.message(schedule));
            if (e.eligible()) {
                options.add(switch (rate.kind()) {
                    case NAMED, EVERY_PARTY -> new Option(scheme, label, rate.measure().expression(), requires(proof, e, rate.measure()));
                    case UNSTATED -> new Option(scheme, label, rate.measure().expression(),
                            MessageText.of("taxes.option.requires.parties-unstated", Arg.message(proof), Arg.message(e.reason()),
                                    Arg.message(schedule), publishedRate(rate.measure())));
                    case OTHER_PARTIES_ONLY -> new Option(scheme, MessageText.of("taxes.option.label.fta-free-other-parties",
                            Arg.literal(agreement.name()), schemeName(scheme), Arg.message(schedule), Arg.country(rate.otherParties())), "Free",
                            MessageText.of("taxes.option.requires.fta-free-other-parties", Arg.message(proof), Arg.message(e.reason()),
                                    Arg.message(schedule), Arg.country(rate.otherParties()), Arg.country(origin)));
                    case NONE -> new Option(scheme, MessageText.of("taxes.option.label.fta-free", Arg.literal(agreement.name()),
                            schemeName(scheme), Arg.message(schedule)), "Free",
                            MessageText.of("taxes.option.requires.fta-free", Arg.message(proof), Arg.message(e.reason()),
                                    Arg.message(schedule)));
                });
            } else if (!rates.isEmpty() || wasOrWillBeListed(e)) {
                // every agreement would give Free, so only those the line names or the origin is near are worth showing
                TariffMeasure shown = rate.kind() == PartyRate.Kind.NAMED || rate.kind() == PartyRate.Kind.EVERY_PARTY
                        || rate.kind() == PartyRate.Kind.UNSTATED ? rate.measure() : null;
                refused.add(new RefusedOption(scheme, label, shown == null ? "Free" : shown.expression(), e.reason(), notAssessed(e)));
            }
        }
    }

    /**
     * The rate of an FTA schedule an origin's goods take on a line, by whom each rate is published for: the
     * rate naming the origin; else the scheme's rate for every party; else a numbered rate whose parties the
     * data does not name (offered with a "to confirm"); else, when the schedule's only rates name other
     * parties, none — their goods are Free (Customs Tariff Act 1995 s 16, the line has no rate for them).
     */
    record PartyRate(Kind kind, TariffMeasure measure, String otherParties) {

        enum Kind { NAMED, EVERY_PARTY, UNSTATED, OTHER_PARTIES_ONLY, NONE }

        static PartyRate of(List<TariffMeasure> rates, String origin) {
            if (rates.isEmpty()) {
                return new PartyRate(Kind.NONE, null, null);
            }
            for (TariffMeasure m : rates) {
                if (m.namesParty(origin)) {
                    return new PartyRate(Kind.NAMED, m, null);
                }
            }
            for (TariffMeasure m : rates) {
                if (m.forEveryParty()) {
                    return new PartyRate(Kind.EVERY_PARTY, m, null);
                }
            }
            for (TariffMeasure m : rates) {
                if (m.partiesUnstated()) {
                    return new PartyRate(Kind.UNSTATED, m, null);
                }
            }
            java.util.TreeSet<String> named = new java.util.TreeSet<>();
            rates.forEach(m -> named.addAll(m.parties()));
            return new PartyRate(Kind.OTHER_PARTIES_ONLY, null, String.join(",", named));
        }
    }

    /**
     * An FTA's scheme code as the reader reads it: acronyms (CPTPP, JAEPA) stay as printed; the one scheme the
     * tariff names by a country's English name (Peru) is that country's name in the reader's language (秘魯).
     */
    private static Arg schemeName(String scheme) {
        return "Peru".equals(scheme) ? Arg.country("PE") : Arg.literal(scheme);
    }

    /** "Schedule 8A" of the Customs Tariff Act, named in the reader's language (附表 8A). */
    private static MessageText schedule(String schedule) {
        return schedule.startsWith("Schedule ")
                ? MessageText.of("taxes.schedule", Arg.literal(schedule.substring("Schedule ".length())))
                : MessageText.of("taxes.text.asGiven", Arg.literal(schedule));
    }

    private static boolean wasOrWillBeListed(Eligibility e) {
        String code = e.reason().code();
        return code.equals("tariff.eligibility.not-yet") || code.equals("tariff.eligibility.ended");
    }

    /** The reasons that already say the list holds no country yet or is to confirm (t1fixG 1). */
    private static final Set<String> LIST_TO_CONFIRM_REASONS = Set.of("tariff.eligibility.list-empty",
            "tariff.eligibility.not-listed-to-confirm");

    /**
     * A refusal resting on a list that holds no country yet or is still to confirm does not decide the preference: it is
     * "not assessed", and the result says so in a note the letter prints among its conditions (acceptance review t1fixG 1).
     */
    private static boolean notAssessed(Eligibility e) {
        return !e.eligible() && LIST_TO_CONFIRM_REASONS.contains(e.reason().code());
    }

    private static Eligibility eligibility(CountryLists lists, String listCode) {
        return lists.check(listCode);
    }

    private static MessageText requires(MessageText proof, Eligibility e, TariffMeasure m) {
        return MessageText.of("taxes.option.requires.rate", Arg.message(proof), Arg.message(e.reason()),
                publishedRate(m));
    }

    /**
     * The published rate text as the reader sees it: the Schedule 3 text cut into its labelled components
     * ("5%; DCS: 4%; CA: Free; DCT: 5%", 免稅 in Chinese), not run together as printed (issue 6).
     */
    private static Arg publishedRate(TariffMeasure m) {
        return Arg.message(org.tradedesk.tariff.PublishedRateText.forReader(m.originalText()));
    }

    private static MessageText proof(String code) {
        return switch (code) {
            case "NZ" -> MessageText.of("taxes.option.proof.nz");
            case "PG" -> MessageText.of("taxes.option.proof.pg");
            default -> MessageText.of("taxes.option.proof.code", Arg.literal(code));
        };
    }

    private static void taiwanOptions(List<TariffMeasure> measures, String origin, CountryLists lists, List<Option> options,
            List<RefusedOption> refused, boolean offerColumnThree) {
        boolean columnTwo = false;
        boolean partnerRate = false;
        String anyColumnTwo = null;
        for (TariffMeasure m : measures) {
            if ("PREFERENTIAL".equals(m.type())) {
                columnTwo = true;
                anyColumnTwo = anyColumnTwo == null ? m.expression() : anyColumnTwo;
                if (!m.namesParty(origin)) {
                    continue;
                }
                partnerRate = true;
                MessageText label = MessageText.of("taxes.option.label.tw-column-ii-partner", Arg.country(origin));
                Eligibility e = lists.check(TW_COLUMN_II);
                if (e.eligible()) {
                    options.add(new Option("TW_COLUMN_II", label, m.expression(),
                            requires(MessageText.of("taxes.option.proof.tw-column-ii", Arg.country(origin)), e, m)));
                } else {
                    refused.add(new RefusedOption("TW_COLUMN_II", label, m.expression(), e.reason(), notAssessed(e)));
                }
            } else if ("NON_MFN".equals(m.type()) && offerColumnThree) {
                options.add(new Option("TW_COLUMN_III", MessageText.of("taxes.option.label.tw-column-iii"), m.expression(),
                        MessageText.of("taxes.option.requires.tw-column-iii", publishedRate(m))));
            }
        }
        if (columnTwo && !partnerRate) {
            refused.add(new RefusedOption("TW_COLUMN_II", MessageText.of("taxes.option.label.tw-column-ii"), anyColumnTwo,
                    MessageText.of("taxes.option.not-column-ii-partner", origin == null ? Arg.literal("—") : Arg.country(origin))));
        }
    }
}
