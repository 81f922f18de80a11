package org.tradedesk.markets.importing;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(CountryNames.name("842", Locale.ENGLISH)).isEqualTo("USA");
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
}
