package org.tradedesk.markets.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Names of the reporter and partner codes a trade file uses, in English and Traditional Chinese, from the shipped
 * {@code markets/country-names.csv} (its header names the sources: UN Comtrade's code list, Unicode CLDR territory
 * names as in OpenJDK, aggregates translated by hand). A code may be Comtrade's numeric one ({@code 842}, World
 * {@code 0}, Taiwan as partner {@code 490}) or ISO 3166 alpha-3 ({@code USA}); an unknown code is shown as itself.
 */
public final class CountryNames {

    private record Names(String en, String zh) {
    }

    private static final Map<String, Names> BY_CODE = new HashMap<>();

    static {
        try (InputStream in = CountryNames.class.getResourceAsStream("/markets/country-names.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                     .get())) {
            for (CSVRecord rec : p) {
                Names n = new Names(rec.get("name_en"), rec.get("name_zh_TW"));
                BY_CODE.put(rec.get("code"), n);
                String iso3 = rec.get("iso3");
                if (!iso3.isEmpty()) {
                    // an ISO3 code names the current entity: 276 Germany, not 280 "Fmr Fed. Rep. of Germany" (valid to
                    // 1990) listed before it; Comtrade's list says which code is current (valid longest)
                    String current = ComtradeCountries.code(iso3);
                    if (rec.get("code").equals(current)) {
                        BY_CODE.put(iso3, n);
                    } else if (current == null) {
                        BY_CODE.putIfAbsent(iso3, n);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Taiwan's own data (GA30, a reporter TWN) names Taiwan plainly; Comtrade's 490 keeps its "Other Asia, nes" label
        BY_CODE.put("TWN", new Names("Taiwan", "臺灣"));
    }

    private CountryNames() {
    }

    /** The name in the reader's language (zh-TW for any Chinese locale, else English); the code itself when unknown. */
    public static String name(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        Names n = BY_CODE.get(c);
        if (n == null && c.matches("[A-Z]{3}")) {
            String numeric = ComtradeCountries.code(c);
            n = numeric == null ? null : BY_CODE.get(numeric);
        }
        if (n == null) {
            return code.strip();
        }
        return locale != null && "zh".equals(locale.getLanguage()) ? n.zh() : n.en();
    }

    /** True when the code has a name (the page shows the code beside the name only then). */
    public static boolean known(String code) {
        return code != null && !name(code, Locale.ENGLISH).equals(code.strip());
    }
}
