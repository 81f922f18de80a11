package org.tradedesk.taxes.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.MessageText;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffLookup;
import org.tradedesk.tariff.TariffMeasure;
import org.tradedesk.taxes.domain.TariffMeasureSource.Option;
import org.tradedesk.taxes.domain.TariffMeasureSource.TariffMeasures;

/**
 * Turns what the tariff catalogue holds for a line on a date into what the engine evaluates: the
 * general rate as the {@code duty} measure and every preference the origin may claim as an option
 * with what claiming it requires. Plain Java, tested without Spring.
 *
 * <p>Australia (Customs Tariff Act 1995 s 16): Schedule 3 rates preceded by a preference code (CA,
 * DCS, DCT, NZ, PG, FI, DC, LDC, SG, MY) and the FTA Schedules 4A–16. For goods originating in an FTA
 * partner, or of New Zealand or Papua New Guinea origin, the rate is the one the schedule (or a code
 * in Schedule 3) sets, <em>otherwise Free</em> — so a partner without an entry for the line still gets
 * a Free option. The tariff module keeps no list of Forum Island, developing or least developed
 * countries, so those options are offered with the listing as their requirement rather than guessed.
 * Schedule 4 (concessional items by by-law) and TCOs are not attached to lines by the catalogue, so no
 * concession option is built from it.
 *
 * <p>Taiwan (關稅法 第5條): column I (第一欄) is the duty; column II (第二欄) partners named in the text
 * become options for that origin; column III (第三欄) is offered for origins without column I
 * treatment, as a requirement the coordinator confirms.
 */
final class CatalogueMeasures {

    static final String DUTY = "duty";

    /** Schedule 3 preference codes that name one country. */
    private static final Map<String, String> SINGLE_COUNTRY_CODES = Map.of(
            "NZ", "NZ", "PG", "PG", "CA", "CA", "SG", "SG", "MY", "MY");

    /** Origins whose goods are Free unless Schedule 3 sets a rate after their code (s 16). */
    private static final Set<String> FREE_UNLESS_CODED = Set.of("NZ", "PG");

    /** Schedule 3 codes that stand for a list of countries the catalogue does not hold. */
    private static final Map<String, String> LISTED_CODES = Map.of(
            "FI", "Forum Island country",
            "DC", "developing country (Schedule 1 of the Customs Tariff Act 1995)",
            "DCS", "developing country listed for the DCS rate",
            "DCT", "developing country listed for the DCT rate",
            "LDC", "least developed country (Schedule 1 of the Customs Tariff Act 1995)");

    /** Parties of each Australian FTA schedule, keyed by the schedule's {@code ftaName}. */
    private static final Map<String, Fta> FTAS;

    static {
        Map<String, Fta> m = new LinkedHashMap<>();
        String asean = "BN,KH,ID,LA,MY,MM,PH,SG,TH,VN";
        m.put("SAFTA", new Fta("Schedule 4A", "Singapore-Australia FTA", "SG"));
        m.put("AUSFTA", new Fta("Schedule 5", "Australia-United States FTA", "US"));
        m.put("TAFTA", new Fta("Schedule 6", "Thailand-Australia FTA", "TH"));
        m.put("Peru", new Fta("Schedule 6A", "Peru-Australia FTA", "PE"));
        m.put("ACI-FTA", new Fta("Schedule 7", "Australia-Chile FTA", "CL"));
        m.put("AANZFTA", new Fta("Schedule 8", "ASEAN-Australia-New Zealand FTA", asean + ",NZ"));
        m.put("PACER", new Fta("Schedule 8A", "PACER Plus", "CK,KI,NR,NU,WS,SB,TO,TV,VU,NZ"));
        m.put("CPTPP", new Fta("Schedule 8B", "CPTPP", "BN,CA,CL,JP,MY,MX,NZ,PE,SG,VN,GB"));
        m.put("MAFTA", new Fta("Schedule 9", "Malaysia-Australia FTA", "MY"));
        m.put("IA-CEPA", new Fta("Schedule 9A", "Indonesia-Australia CEPA", "ID"));
        m.put("KAFTA", new Fta("Schedule 10", "Korea-Australia FTA", "KR"));
        m.put("AI-ECTA", new Fta("Schedule 10A", "Australia-India ECTA", "IN"));
        m.put("JAEPA", new Fta("Schedule 11", "Japan-Australia EPA", "JP"));
        m.put("ChAFTA", new Fta("Schedule 12", "China-Australia FTA", "CN"));
        m.put("HK-FTA", new Fta("Schedule 13", "Australia-Hong Kong FTA", "HK"));
        m.put("RCEP", new Fta("Schedule 14", "RCEP", asean + ",CN,JP,KR,NZ"));
        m.put("A-UKFTA", new Fta("Schedule 15", "Australia-UK FTA", "GB"));
        m.put("UAE-CEPA", new Fta("Schedule 16", "Australia-UAE CEPA", "AE"));
        FTAS = java.util.Collections.unmodifiableMap(m); // schedule order: options print in the order of the Act
    }

    /** Country names a partner-specific FTA rate may carry, e.g. CPTPP "(Rate No. 002) United Kingdom". */
    private static final Map<String, String> PARTNER_NAMES = Map.ofEntries(
            Map.entry("united kingdom", "GB"), Map.entry("canada", "CA"), Map.entry("chile", "CL"),
            Map.entry("japan", "JP"), Map.entry("malaysia", "MY"), Map.entry("mexico", "MX"),
            Map.entry("new zealand", "NZ"), Map.entry("peru", "PE"), Map.entry("singapore", "SG"),
            Map.entry("vietnam", "VN"), Map.entry("viet nam", "VN"), Map.entry("brunei", "BN"));

    private record Fta(String schedule, String name, Set<String> parties) {
        Fta(String schedule, String name, String parties) {
            this(schedule, name, Set.of(parties.split(",")));
        }
    }

    private CatalogueMeasures() {
    }

    static TariffMeasures map(TariffLookup lookup, CountryCode origin) {
        String country = origin == null ? null : origin.value();
        Optional<TariffMeasure> general = lookup.measures().stream().filter(m -> "GENERAL".equals(m.type())).findFirst();
        Map<String, String> measures = new LinkedHashMap<>();
        general.ifPresent(g -> measures.put(DUTY, g.expression()));
        List<Option> options = lookup.jurisdiction() == Jurisdiction.AU
                ? australianOptions(lookup.measures(), country)
                : taiwanOptions(lookup.measures(), country);
        return new TariffMeasures(reference(lookup, general.orElse(null)), measures, options);
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

    private static List<Option> australianOptions(List<TariffMeasure> measures, String origin) {
        List<Option> options = new ArrayList<>();
        Set<String> coded = new java.util.HashSet<>();
        Map<String, TariffMeasure> fta = new LinkedHashMap<>();
        for (TariffMeasure m : measures) {
            if (!"PREFERENTIAL".equals(m.type())) {
                continue;
            }
            String scheme = m.scheme();
            if (FTAS.containsKey(scheme)) {
                Fta agreement = FTAS.get(scheme);
                String partner = partnerCountry(m.partner());
                boolean applies = origin != null && agreement.parties().contains(origin)
                        && (partner == null || partner.equals(origin));
                // a rate naming the origin beats the agreement's rate for every party
                if (applies && (partner != null || !fta.containsKey(scheme))) {
                    fta.put(scheme, m);
                }
            } else if (SINGLE_COUNTRY_CODES.containsKey(scheme)) {
                coded.add(scheme);
                if (SINGLE_COUNTRY_CODES.get(scheme).equals(origin)) {
                    options.add(option(scheme, "Preference " + scheme + " (Schedule 3)", m.expression(),
                            proof(scheme) + " Rate text: " + m.originalText().strip()));
                }
            } else if (LISTED_CODES.containsKey(scheme)) {
                options.add(option(scheme, "Preference " + scheme + " (Schedule 3)", m.expression(),
                        "origin must be a listed " + LISTED_CODES.get(scheme) + "; " + proof(scheme)));
            }
        }
        if (origin != null && FREE_UNLESS_CODED.contains(origin) && !coded.contains(origin)) {
            options.add(option(origin, "Preference " + origin + " (Free: no " + origin + " rate in Schedule 3)", "Free",
                    proof(origin) + " Customs Tariff Act 1995 s 16: Free unless Schedule 3 sets a rate after the code " + origin + "."));
        }
        if (origin != null) {
            for (Map.Entry<String, Fta> e : FTAS.entrySet()) {
                Fta agreement = e.getValue();
                if (!agreement.parties().contains(origin)) {
                    continue;
                }
                TariffMeasure m = fta.get(e.getKey());
                String requires = "goods must be " + agreement.name() + " originating goods; keep the proof of origin the agreement "
                        + "requires (certificate of origin or origin declaration)";
                options.add(m == null
                        ? option(e.getKey(), agreement.name() + " (Free: line not in " + agreement.schedule() + ")", "Free",
                        requires + ". Customs Tariff Act 1995 s 16: Free when " + agreement.schedule() + " has no entry for the line.")
                        : option(e.getKey(), agreement.name() + " (" + agreement.schedule() + ")", m.expression(),
                        requires + ". Rate text: " + m.originalText().strip()));
            }
        }
        return options;
    }

    /** Until the requirements are messages of their own, the catalogue's wording is passed on as it is written. */
    private static Option option(String scheme, String label, String duty, String requires) {
        return new Option(scheme, label, duty, MessageText.of("taxes.text.asGiven", MessageText.Arg.literal(requires)));
    }

    private static String proof(String code) {
        return switch (code) {
            case "NZ" -> "goods must be New Zealand originating goods (ANZCERTA rules of origin); keep the origin declaration.";
            case "PG" -> "goods must be Papua New Guinea originating goods; keep the proof of origin.";
            default -> "goods must meet the rules of origin of the " + code + " preference; keep the proof of origin.";
        };
    }

    private static String partnerCountry(String partner) {
        if (partner == null) {
            return null;
        }
        String p = partner.toLowerCase(Locale.ROOT);
        return PARTNER_NAMES.entrySet().stream().filter(e -> p.contains(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static List<Option> taiwanOptions(List<TariffMeasure> measures, String origin) {
        List<Option> options = new ArrayList<>();
        for (TariffMeasure m : measures) {
            if ("PREFERENTIAL".equals(m.type()) && origin != null && origin.equals(m.partner())) {
                options.add(option("TW_COLUMN_II", "第二欄 column II (" + origin + ")", m.expression(),
                        "goods must originate in " + origin + " under the agreement with Taiwan; certificate of origin required. "
                                + "Rate text: " + m.originalText().strip()));
            } else if ("NON_MFN".equals(m.type())) {
                options.add(option("TW_COLUMN_III", "第三欄 column III", m.expression(),
                        "applies instead of column I when the origin has no column I (WTO or reciprocal) treatment. Rate text: "
                                + m.originalText().strip()));
            }
        }
        return options;
    }
}
