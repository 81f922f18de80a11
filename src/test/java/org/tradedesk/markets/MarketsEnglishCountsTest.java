package org.tradedesk.markets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Review: the mirror note read "1 partners" ("the exports to it that 1 reporters declare"). No English message of the module
 * puts a count before a plural noun, straight or with up to two words between ("the {1} product codes"); each one rendered with a count of 1 reads without "1 reporters".
 */
class MarketsEnglishCountsTest {

    static final Pattern COUNT_THEN_PLURAL = Pattern.compile(
            "\\{(\\d)\\} (?:[A-Za-z'-]+ ){0,2}(reporters|partners|markets|points|pairs|codes|countries|datasets|candidates)\\b");

    @Test
    void noCountStandsBeforeAPluralNoun() throws Exception {
        Properties en = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/markets_en.properties")) {
            en.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> found = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            String pattern = en.getProperty(key);
            Matcher m = COUNT_THEN_PLURAL.matcher(pattern);
            while (m.find()) {
                Object[] args = new Object[10];
                java.util.Arrays.fill(args, "x");
                args[Integer.parseInt(m.group(1))] = "1";
                found.add(key + ": " + new MessageFormat(pattern, Locale.ENGLISH).format(args));
            }
        }
        assertThat(found).isEmpty();
        // the mirror note with one declaring reporter
        String mirror = new MessageFormat(en.getProperty("markets.indicators.mirror.imports"), Locale.ENGLISH).format(new Object[] {"1"});
        assertThat(mirror).doesNotContain("1 reporters").contains("reporters: 1");
    }
}
