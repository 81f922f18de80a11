package org.tradedesk.markets.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Names from the shipped file: Comtrade's codes (842 USA, 156 China, 0 World, 490 Taiwan as partner) and ISO3, in
 * English as Comtrade writes them and in Traditional Chinese as CLDR (zh-TW) writes them; unknown codes stay codes.
 */
class CountryNamesTest {

    static final Locale ZH = Locale.forLanguageTag("zh-TW");

    @Test
    void namesInBothLanguagesWorldAndUnknownCodes() {
        assertThat(CountryNames.name("842", ZH)).isEqualTo("美國");
        assertThat(CountryNames.name("842", Locale.ENGLISH)).isEqualTo("United States");
        assertThat(CountryNames.name("USA", ZH)).isEqualTo("美國");
        assertThat(CountryNames.name("156", ZH)).isEqualTo("中國");
        assertThat(CountryNames.name("410", ZH)).isEqualTo("南韓");
        assertThat(CountryNames.name("KOR", Locale.ENGLISH)).isEqualTo("Rep. of Korea");
        assertThat(CountryNames.name("0", ZH)).isEqualTo("世界");
        assertThat(CountryNames.name("0", Locale.ENGLISH)).isEqualTo("World");
        assertThat(CountryNames.name("490", ZH)).startsWith("臺灣");
        // review M6: Taiwan's own data (reporter TWN) reads 臺灣 / Taiwan; Comtrade's 490 keeps "Other Asia, nes"
        assertThat(CountryNames.name("TWN", ZH)).isEqualTo("臺灣");
        assertThat(CountryNames.name("TWN", Locale.ENGLISH)).isEqualTo("Taiwan");
        assertThat(CountryNames.name("490", Locale.ENGLISH)).contains("Other Asia");
        assertThat(CountryNames.name("344", Locale.ENGLISH)).isEqualTo("China, Hong Kong SAR");
        assertThat(CountryNames.name("9999", ZH)).isEqualTo("9999");
        assertThat(CountryNames.name("XYZ", ZH)).isEqualTo("XYZ");
        assertThat(CountryNames.known("XYZ")).isFalse();
        assertThat(CountryNames.known("0")).isTrue();
    }

    /** Leftover: USA's English name was its code ("USA"), so the page printed "USA (USA)" or nothing beside it. */
    @Test
    void usaHasARealEnglishName() {
        assertThat(CountryNames.name("USA", Locale.ENGLISH)).isEqualTo("United States");
        assertThat(CountryNames.known("USA")).isTrue();
    }

    /** Leftover: 280 "Fmr Fed. Rep. of Germany" is listed before 276 Germany; ISO3 DEU names the current one. */
    @Test
    void iso3NamesTheCurrentEntityNotTheFormerOne() {
        assertThat(CountryNames.name("DEU", Locale.ENGLISH)).isEqualTo("Germany");
        assertThat(CountryNames.name("DEU", ZH)).isEqualTo("德國");
        assertThat(CountryNames.name("280", Locale.ENGLISH)).isEqualTo("Fmr Fed. Rep. of Germany");
        assertThat(CountryNames.name("VNM", Locale.ENGLISH)).isEqualTo("Viet Nam");
        assertThat(CountryNames.name("ETH", Locale.ENGLISH)).isEqualTo("Ethiopia");
    }

    /** Every code and ISO3 code of the list has a real name in both languages, never the code itself. */
    @Test
    void noNameIsItsOwnCode() throws Exception {
        List<String> codes = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CountryNamesTest.class.getResourceAsStream("/markets/country-names.csv"), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.startsWith("#") && !l.startsWith("code,")).forEach(l -> {
                String[] f = l.split(",", -1);
                codes.add(f[0]);
                if (!f[1].isEmpty()) {
                    codes.add(f[1]);
                }
            });
        }
        assertThat(codes).hasSizeGreaterThan(250).contains("842", "USA", "276", "DEU");
        List<String> bare = new ArrayList<>();
        for (String code : codes) {
            for (Locale l : List.of(Locale.ENGLISH, ZH)) {
                String name = CountryNames.name(code, l);
                if (name.isBlank() || name.equalsIgnoreCase(code)) {
                    bare.add(code + " " + l + " " + name);
                }
            }
            if (!CountryNames.known(code)) {
                bare.add(code + " not known");
            }
        }
        assertThat(bare).isEmpty();
    }
}
