package org.tradedesk.clearance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tradedesk.platform.Formats;
import org.tradedesk.platform.MessageTexts;

/**
 * T4 acceptance review (t4fixT 5): Taiwan's law stayed in Chinese for English readers (「關稅法 第17條；貨物通關自動化實施辦法」
 * on findings, page and API). Every TW rule of checks.tsv names its regulation by a {@code law:} code with a text in both
 * languages; a regulation stored as text (an issue raised before) still renders as it was written.
 */
class RegulationsTextTest {

    static MessageTexts texts() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/clearance");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        bundles.setUseCodeAsDefaultMessage(false);
        return new MessageTexts(bundles, new Formats(java.time.Clock.systemUTC()));
    }

    @Test
    void everyTaiwanRuleNamesItsRegulationInBothLanguages() throws Exception {
        DocumentChecks checks;
        try (InputStream in = RegulationsTextTest.class.getResourceAsStream("/clearance/checks.tsv")) {
            checks = DocumentChecks.read(in);
        }
        MessageTexts texts = texts();
        List<CheckRule> tw = checks.rules("TW");
        assertThat(tw).isNotEmpty().allSatisfy(r -> {
            assertThat(r.regulation()).startsWith(Regulations.PREFIX);
            String en = texts.render(Regulations.text(r.regulation()), Locale.ENGLISH);
            String zh = texts.render(Regulations.text(r.regulation()), Locale.TRADITIONAL_CHINESE);
            // English names the act in English, the Chinese title beside it; zh-TW is the law's own wording
            assertThat(en).as(r.id()).containsPattern("[A-Za-z]{4,}").doesNotStartWith("clearance.law");
            assertThat(zh).as(r.id()).doesNotContainPattern("[A-Za-z]{4,}").doesNotStartWith("clearance.law");
        });
        CheckRule invoice = tw.stream().filter(r -> r.id().equals("doc.invoice")).findFirst().orElseThrow();
        assertThat(texts.render(Regulations.text(invoice.regulation()), Locale.ENGLISH))
                .isEqualTo("Customs Act (關稅法) art 17; Regulations Governing Automated Customs Clearance (貨物通關自動化實施辦法)");
        assertThat(texts.render(Regulations.text(invoice.regulation()), Locale.TRADITIONAL_CHINESE))
                .isEqualTo("關稅法 第17條；貨物通關自動化實施辦法");
    }

    /**
     * t4fixX 5: the AU rules' regulations were English text («Customs Act 1901 s71A, s71C») for zh-TW readers too. Every AU
     * rule names its regulation by a {@code law:} code: English as the Act cites itself, zh-TW a Chinese sentence in which
     * only the Act's proper name stays in English (「澳洲 Customs Act 1901 第 71A 條、第 71C 條」).
     */
    @Test
    void everyAustralianRuleNamesItsRegulationInBothLanguages() throws Exception {
        DocumentChecks checks;
        try (InputStream in = RegulationsTextTest.class.getResourceAsStream("/clearance/checks.tsv")) {
            checks = DocumentChecks.read(in);
        }
        MessageTexts texts = texts();
        List<CheckRule> au = checks.rules("AU");
        assertThat(au).isNotEmpty().allSatisfy(r -> {
            assertThat(r.regulation()).as(r.id()).startsWith(Regulations.PREFIX);
            String en = texts.render(Regulations.text(r.regulation()), Locale.ENGLISH);
            String zh = texts.render(Regulations.text(r.regulation()), Locale.TRADITIONAL_CHINESE);
            assertThat(en).as(r.id()).containsPattern("[A-Za-z]{4,}").doesNotStartWith("clearance.law").doesNotContainPattern("\\p{IsHan}");
            // a Chinese sentence: the sections, parts and schedules said in Chinese, not "s71A", "Part VIII", "Sch 3"
            assertThat(zh).as(r.id()).containsPattern("\\p{IsHan}").isNotEqualTo(en).doesNotStartWith("clearance.law")
                    .doesNotContainPattern("\\bs\\d").doesNotContainPattern("\\b(Sch|Part|Div|by sea|by air)\\b");
        });
        CheckRule invoice = au.stream().filter(r -> r.id().equals("doc.invoice")).findFirst().orElseThrow();
        assertThat(texts.render(Regulations.text(invoice.regulation()), Locale.ENGLISH)).isEqualTo("Customs Act 1901 s71A, s71C");
        assertThat(texts.render(Regulations.text(invoice.regulation()), Locale.TRADITIONAL_CHINESE))
                .isEqualTo("澳洲 Customs Act 1901 第 71A 條、第 71C 條");
    }

    @Test
    void aRegulationStoredAsTextRendersAsItWasWritten() {
        assertThat(texts().render(Regulations.text("關稅法 第17條；海關緝私條例 第37條（虛報）"), Locale.ENGLISH))
                .isEqualTo("關稅法 第17條；海關緝私條例 第37條（虛報）");
        assertThat(Regulations.text(null)).isNull();
        assertThat(Regulations.text(" ")).isNull();
    }
}
