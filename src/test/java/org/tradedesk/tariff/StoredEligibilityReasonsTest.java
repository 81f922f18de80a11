package org.tradedesk.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tradedesk.platform.Formats;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.platform.StoredMessageUpgrade;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * Issue 6: a reason stored before Taiwan's column II list had its bundle keys holds the raw code TW_COLUMN_II and the
 * list's legal source as the file's Chinese text (as {@code EligibilityLists.check} recorded it before commit 2c60c58).
 * Rendered now, it reads as a reason recorded today ("column II" / 「第二欄」), and the stored message is not changed.
 */
class StoredEligibilityReasonsTest {

    private static final ResourceBundleMessageSource BUNDLES = new ResourceBundleMessageSource();

    static {
        BUNDLES.setBasenames("i18n/messages", "i18n/tariff");
        BUNDLES.setDefaultEncoding("UTF-8");
        BUNDLES.setFallbackToSystemLocale(false);
    }

    private static final StoredEligibilityReasons UPGRADE = new StoredEligibilityReasons(BUNDLES);
    private static final MessageTexts WITH = new MessageTexts(BUNDLES, new Formats(Clock.system(ZoneOffset.UTC)),
            new StaticListableBeanFactory(Map.of("storedEligibilityReasons", UPGRADE)).getBeanProvider(StoredMessageUpgrade.class));
    private static final MessageTexts WITHOUT = new MessageTexts(BUNDLES, new Formats(Clock.system(ZoneOffset.UTC)));

    /** A Nicaraguan origin refused column II after 30 June 2022, as stored before the list had its name key. */
    private static final MessageText STORED = MessageText.of("tariff.eligibility.ended", Arg.country("NI"),
            Arg.literal("TW_COLUMN_II"), Arg.date(LocalDate.of(2022, 6, 30)), Arg.literal("關稅法 第5條（海關進口稅則第二欄）"));

    @Test
    void anOldStoredReasonIsRenderedThroughTheListsNameKeyInBothLanguages() {
        assertThat(WITHOUT.render(STORED, Locale.ENGLISH)).as("as stored, without the mapping").contains("TW_COLUMN_II");
        String en = WITH.render(STORED, Locale.ENGLISH);
        assertThat(en).contains("Nicaragua", "column II", "Customs Act art 5").doesNotContain("TW_COLUMN_II", "關稅法");
        String zh = WITH.render(STORED, Locale.TRADITIONAL_CHINESE);
        assertThat(zh).contains("尼加拉瓜", "第二欄").doesNotContain("TW_COLUMN_II");
        // rendered exactly as a reason recorded today
        MessageText today = MessageText.of("tariff.eligibility.ended", Arg.country("NI"),
                Arg.message(MessageText.of("tariff.eligibility.list-name.TW.TW_COLUMN_II")), Arg.date(LocalDate.of(2022, 6, 30)),
                Arg.message(MessageText.of("tariff.eligibility.source.TW.TW_COLUMN_II")));
        assertThat(en).isEqualTo(WITHOUT.render(today, Locale.ENGLISH));
        assertThat(zh).isEqualTo(WITHOUT.render(today, Locale.TRADITIONAL_CHINESE));
        assertThat(STORED.args().get(1).value()).as("the stored message is not changed").isEqualTo("TW_COLUMN_II");
    }

    @Test
    void aNestedStoredReasonIsMappedAndOtherMessagesAreLeftAlone() {
        MessageText wrapped = MessageText.of("tariff.eligibility.to-confirm", Arg.message(MessageText.of("tariff.eligibility.listed",
                Arg.country("PA"), Arg.literal("TW_COLUMN_II"), Arg.literal("關稅法 第5條（海關進口稅則第二欄）"))));
        assertThat(WITH.render(wrapped, Locale.ENGLISH)).contains("column II").doesNotContain("TW_COLUMN_II");
        // a list with no name key keeps its code, which is the scheme code the tariff prints
        MessageText unnamed = MessageText.of("tariff.eligibility.not-listed", Arg.country("DE"), Arg.literal("XFTA"), Arg.literal("x"));
        assertThat(UPGRADE.upgrade(unnamed).args().get(1)).isEqualTo(Arg.literal("XFTA"));
        MessageText other = MessageText.of("tariff.rate.labelled", Arg.literal("TW_COLUMN_II"), Arg.literal("5%"));
        assertThat(UPGRADE.upgrade(other)).isSameAs(other);
    }

    /** Review r-t1 F4(b): 「德國不在 Peru 適用名單內」: an Australian agreement is named in the reader's language, stored or new. */
    @Test
    void anAustralianAgreementIsNamedInTheReadersLanguage() {
        MessageText stored = MessageText.of("tariff.eligibility.not-listed", Arg.country("DE"), Arg.literal("Peru"),
                Arg.literal("Customs Tariff Act 1995 Sch 6A"));
        String zh = WITH.render(stored, Locale.TRADITIONAL_CHINESE);
        assertThat(zh).contains("德國", "秘魯—澳洲自由貿易協定").doesNotContain("Peru", "Customs Tariff Act");
        assertThat(WITH.render(stored, Locale.ENGLISH)).contains("Germany", "Peru-Australia FTA").doesNotContain("秘魯");
        MessageText dcs = MessageText.of("tariff.eligibility.not-listed", Arg.country("DE"),
                Arg.message(MessageText.of("tariff.eligibility.list-name.AU.DCS")), Arg.literal("x"));
        assertThat(WITHOUT.render(dcs, Locale.TRADITIONAL_CHINESE)).contains("開發中國家（DCS 稅率）");
    }
}
