package org.tradedesk.tariff.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whom a published preferential rate applies to, read from the words the schedule prints beside it. The
 * Australian FTA schedules number the rates of a line ("(Rate No. 001)", "(Rate No. 002)") and, where a
 * rate is for some parties only, name them: Schedule 8B prints "0406.10.00 (Rate No. 002) United Kingdom:
 * From 24 December 2024: $0.998/kg" — a CPTPP rate for goods of the United Kingdom alone (Customs Tariff
 * Amendment (Comprehensive and Progressive Agreement for Trans-Pacific Partnership Expansion) Act 2024, which
 * added phasing rates for certain originating goods of the United Kingdom to Schedule 8B). A Taiwan column II
 * rate names its partners by code.
 *
 * <ul>
 * <li>{@link #ALL}: no party named and no second rate number: the rate is the scheme's, for every party;</li>
 * <li>named countries (ISO 3166 alpha-2), read from the printed names with the JDK's English country names
 * (no list of names in this code);</li>
 * <li>{@link #UNSTATED}: a second or later rate number ("Rate No. 002") with no party named: the schedule has
 * more than one rate for the line and the data does not say whose this one is — to confirm, never silently
 * given to every party.</li>
 * </ul>
 */
public record PublishedParties(List<String> countries, boolean unstated) {

    public static final PublishedParties ALL = new PublishedParties(List.of(), false);
    public static final PublishedParties UNSTATED = new PublishedParties(List.of(), true);

    public PublishedParties {
        countries = List.copyOf(countries);
    }

    public static PublishedParties of(String... countries) {
        return new PublishedParties(Arrays.asList(countries), false);
    }

    /** Every party of the scheme. */
    public boolean all() {
        return countries.isEmpty() && !unstated;
    }

    /** The stored form: null (every party), "?" (not stated) or the codes joined by commas. */
    public String stored() {
        return unstated ? "?" : countries.isEmpty() ? null : String.join(",", countries);
    }

    public static PublishedParties fromStored(String stored) {
        if (stored == null || stored.isBlank()) {
            return ALL;
        }
        if (stored.equals("?")) {
            return UNSTATED;
        }
        return new PublishedParties(Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(), false);
    }

    private static final Pattern RATE_NUMBER = Pattern.compile("\\(\\s*Rate\\s+No\\.?\\s*(\\d+)\\s*\\)", Pattern.CASE_INSENSITIVE);

    /** English country name (lower case) → ISO code, from the JDK's locale data. */
    private static final Map<String, String> NAMES = Arrays.stream(Locale.getISOCountries())
            .collect(Collectors.toMap(c -> new Locale("", c).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT),
                    Function.identity(), (a, b) -> a));

    /**
     * The parties of an Australian FTA entry from what its description prints beyond the code and date,
     * e.g. "(Rate No. 002) United Kingdom". Throws {@link IllegalArgumentException} naming a party the
     * text names that is not a country name: such a rate is reported, not given to anyone.
     */
    public static PublishedParties ofAustralianEntry(String partnerText) {
        if (partnerText == null || partnerText.isBlank()) {
            return ALL;
        }
        Matcher m = RATE_NUMBER.matcher(partnerText);
        int rateNumber = 1;
        String rest = partnerText;
        if (m.find()) {
            rateNumber = Integer.parseInt(m.group(1));
            rest = partnerText.substring(0, m.start()) + " " + partnerText.substring(m.end());
        }
        rest = rest.replaceAll("[:：\\s]+$", "").strip();
        if (rest.isEmpty()) {
            return rateNumber <= 1 ? ALL : UNSTATED;
        }
        List<String> codes = new ArrayList<>();
        for (String name : rest.split("\\s*(?:,|;|\\band\\b)\\s*")) {
            if (name.isBlank()) {
                continue;
            }
            String code = country(name.strip());
            if (code == null) {
                throw new IllegalArgumentException("the entry names '" + name.strip() + "', which is not a country name");
            }
            codes.add(code);
        }
        return new PublishedParties(codes, false);
    }

    /** The ISO code of an English country name or of a code itself; null if neither. */
    static String country(String name) {
        String n = name.replaceAll("\\s+", " ").strip();
        if (n.matches("[A-Z]{2}") && Arrays.asList(Locale.getISOCountries()).contains(n)) {
            return n;
        }
        return NAMES.get(n.toLowerCase(Locale.ROOT));
    }
}
