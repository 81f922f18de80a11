package org.tradedesk.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tradedesk.platform.Formats;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.tariff.PublishedRateText.Part;

/**
 * Issue 6: a Schedule 3 rate text is printed run together ("5% DCS4% CAFree DCT5%", 8703.23.90 in
 * {@code au-customs-tariff-schedule3.json}); it is shown component by component, each preference with its code, Free as
 * 免稅 in Chinese, with the application's bundles.
 */
class PublishedRateTextTest {

    private static final MessageTexts TEXTS;

    static {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/messages", "i18n/tariff", "i18n/taxes");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        TEXTS = new MessageTexts(bundles, new Formats(Clock.system(ZoneOffset.UTC)));
    }

    private static String en(String published) {
        return TEXTS.render(PublishedRateText.of(published), Locale.ENGLISH);
    }

    private static String zh(String published) {
        return TEXTS.render(PublishedRateText.of(published), Locale.TRADITIONAL_CHINESE);
    }

    @Test
    void theRunTogetherTextIsShownComponentByComponentInBothLanguages() {
        String published = "5% DCS4% CAFree DCT5%";
        assertThat(en(published)).isEqualTo("5%; DCS: 4%; CA: Free; DCT: 5%").doesNotContain("DCS4%", "CAFree");
        assertThat(zh(published)).isEqualTo("5%；DCS：4%；CA：免稅；DCT：5%").doesNotContain("Free");
        assertThat(PublishedRateText.parts(published)).containsExactly(new Part(null, null, "5%"), new Part(null, "DCS", "4%"),
                new Part(null, "CA", "Free"), new Part(null, "DCT", "5%"));
    }

    @Test
    void codesSharingARateStayTogetherAndSpecificRatesKeepTheirWords() {
        // 2203.00.91 (beer): several codes share one rate; "of alcohol" is the schedule's English, kept and marked
        String beer = "5%, and $107.99/L of alcohol NZ/PG/FI/DC/LDC/SG $107.99/L of alcohol";
        assertThat(en(beer)).isEqualTo("5%, and $107.99/L of alcohol; NZ/PG/FI/DC/LDC/SG: $107.99/L of alcohol");
        assertThat(PublishedRateText.keepsEnglishWords(beer)).isTrue();
        assertThat(PublishedRateText.keepsEnglishWords("5% DCS4% CAFree DCT5%")).isFalse();
    }

    /** A letter's reader (t1fixF 4): the schedule's English words read in Chinese as the rate they state; in English as published. */
    @Test
    void forAReaderTheScheduleWordsAreTheRateInChineseAndAsPublishedInEnglish() {
        String beer = "5%, and $107.99/L of alcohol NZ/PG/FI/DC/LDC/SG $107.99/L of alcohol";
        String zh = TEXTS.render(PublishedRateText.forReader(beer), Locale.TRADITIONAL_CHINESE);
        assertThat(zh).isEqualTo("5% + 107.99 AUD/公升純酒精；NZ/PG/FI/DC/LDC/SG：107.99 AUD/公升純酒精").doesNotContain("of alcohol", "LAL");
        assertThat(TEXTS.render(PublishedRateText.forReader(beer), Locale.ENGLISH)).isEqualTo(en(beer));
        // the tariff page keeps the published text
        assertThat(zh(beer)).contains("of alcohol");
        assertThat(TEXTS.render(PublishedRateText.forReader("5% DCS4% CAFree DCT5%"), Locale.TRADITIONAL_CHINESE))
                .isEqualTo("5%；DCS：4%；CA：免稅；DCT：5%");
    }

    @Test
    void stagedRatesAreShownWithTheirDates() {
        String staged = "5% From1July2018 3.75% From1July2019 Free";
        assertThat(en(staged)).startsWith("5%; From ").contains(": 3.75%; From ").endsWith(": Free");
        assertThat(zh(staged)).startsWith("5%；自 ").endsWith("起：免稅").doesNotContain("From");
        assertThat(PublishedRateText.parts(staged)).extracting(Part::from).containsExactly(null, "2018-07-01", "2019-07-01");
    }

    @Test
    void aTextOutsideTheScheduleThreeFormIsShownAsPublished() {
        assertThat(en("0% (PA,GT,NI,SV,HN,NZ,SG)")).isEqualTo("0% (PA,GT,NI,SV,HN,NZ,SG)");
        assertThat(PublishedRateText.parts("0% (PA,GT,NI,SV,HN,NZ,SG)")).isEmpty();
        assertThat(zh("免稅")).isEqualTo("免稅");
    }
}
