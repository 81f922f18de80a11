package org.tradedesk.tariff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Texts of the scraped Australian files against what the ABF pages print (superscripts, colons, quotes). */
class PublishedTextTest {

    @Test
    void decodesTheCharacterReferencesOfTheFtaSchedules() {
        // Schedule 8B (CPTPP) as the file has it, and as the ABF page prints it
        assertThat(PublishedText.decode("From 30 December 2018&#58; $12,000 each")).isEqualTo("From 30 December 2018: $12,000 each");
        assertThat(PublishedText.decode("&quot;Tarpaulins&quot;")).isEqualTo("\"Tarpaulins\"");
        assertThat(PublishedText.decode("5%&#160;&#160;DCS4%")).isEqualTo("5% DCS4%");
        assertThat(PublishedText.decode("a &amp;#58; b")).isEqualTo("a : b");
    }

    @Test
    void printsSuperscriptUnitsAsThePageDoes() {
        // 8703.23: "Of a cylinder capacity exceeding 1,500 cm³ but not exceeding 3,000 cm³"
        assertThat(PublishedText.decode("exceeding 1,500 c\u200Bm 3 but not exceeding 3,000 cm 3"))
                .isEqualTo("exceeding 1,500 cm³ but not exceeding 3,000 cm³");
        assertThat(PublishedText.decode("weighing less than 25 g/m 2")).isEqualTo("weighing less than 25 g/m²");
        assertThat(PublishedText.decode("a density of 0.94 g/cm 3 or more")).isEqualTo("a density of 0.94 g/cm³ or more");
        // a number after a unit is not a superscript
        assertThat(PublishedText.decode("lengths of 6 m 30 cm")).isEqualTo("lengths of 6 m 30 cm");
        assertThat(PublishedText.decode("Item 3")).isEqualTo("Item 3");
    }

    @Test
    void keepsTheRawTextOnlyWhenDecodingChangedIt() {
        assertThat(PublishedText.rawIfChanged("5%")).isNull();
        assertThat(PublishedText.rawIfChanged("From 1 January 2025&#58; Free")).isEqualTo("From 1 January 2025&#58; Free");
        ScheduleData.Measure m = new ScheduleData.Measure("22042110", MeasureType.PREFERENTIAL, "CPTPP", null,
                ScheduleData.OPEN_START, null, "0%", "From 1 January 2025&#58; Free", "Schedule 8B");
        assertThat(m.originalText()).isEqualTo("From 1 January 2025: Free");
        assertThat(m.publishedRaw()).isEqualTo("From 1 January 2025&#58; Free");
    }

    @Test
    void bundledHsTitlesNameTheHeadingsInBothLanguages() {
        assertThat(HsTitles.bundled().title("2203")).hasValueSatisfying(t -> {
            assertThat(t.en()).isEqualTo("Beer made from malt");
            assertThat(t.zh()).contains("啤酒");
        });
        assertThat(HsTitles.bundled().chineseAbove("0902300000")).contains("茶").contains("咖啡、茶");
        assertThat(HsTitles.bundled().title("9999")).isEmpty();
    }
}
