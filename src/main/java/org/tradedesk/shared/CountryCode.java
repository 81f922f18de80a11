package org.tradedesk.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** ISO 3166-1 alpha-2 country (or customs territory) code, e.g. TW, AU, CN. */
public record CountryCode(String value) {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    public static final CountryCode TW = new CountryCode("TW");
    public static final CountryCode AU = new CountryCode("AU");

    public CountryCode {
        Objects.requireNonNull(value, "country code");
        // XI (Northern Ireland) and EU are customs territories used by tariffs, not ISO countries.
        if (!ISO.contains(value) && !value.equals("XI") && !value.equals("EU")) {
            throw new InvalidValueException("shared.country.invalid", MessageText.of("shared.country.unknown", MessageText.Arg.literal(value)), "unknown ISO 3166 country code: " + value);
        }
    }

    public static CountryCode of(String value) {
        return new CountryCode(value == null ? null : value.trim().toUpperCase(Locale.ROOT));
    }

    public String displayName(Locale locale) {
        return displayName(value, locale);
    }

    /**
     * A country's name as the reader reads it (Java's names), except Taiwan in Chinese: Java writes 台灣, Taiwan's
     * official documents and the rest of the product write 臺灣. A code Java does not know comes back as it is.
     */
    public static String displayName(String code, Locale locale) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        if ("TW".equals(c) && locale != null && "zh".equals(locale.getLanguage())) {
            return "臺灣";
        }
        String name = new Locale("", c).getDisplayCountry(locale == null ? Locale.ENGLISH : locale);
        return name == null || name.isBlank() ? code : name;
    }

    @Override
    public String toString() {
        return value;
    }
}
