package org.tradedesk.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tradedesk.platform.Formats;
import org.tradedesk.platform.MessageTexts;

/**
 * Acceptance review t1fixJ 1: a manager's amendment of a country list is audited as a message (code and arguments), so
 * {@code /audit?lang=zh-TW} shows it in Chinese, not "member 337: VN from 2026-01-01 to - TO_CONFIRM; source: …".
 */
class EligibilityAuditTextTest {

    private static final MessageTexts TEXTS;

    static {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/messages", "i18n/tariff");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        TEXTS = new MessageTexts(bundles, new Formats(Clock.system(ZoneOffset.UTC)));
    }

    @Test
    void anAddedMemberIsAuditedInTheReadersLanguage() {
        var added = EligibilityLists.memberAdded(337, "VN", LocalDate.of(2026, 1, 1), null, "TO_CONFIRM", "Sch 1 Pt 4");
        String zh = TEXTS.render(added, Locale.TRADITIONAL_CHINESE);
        assertThat(zh).contains("337", "越南", "待確認", "未定", "Sch 1 Pt 4")
                .doesNotContain("member", " from ", "TO_CONFIRM", "source", "2026-01-01", " - ");
        String en = TEXTS.render(added, Locale.ENGLISH);
        assertThat(en).contains("337", "Viet", "to confirm", "Sch 1 Pt 4").doesNotContain("TO_CONFIRM", "tariff.");
    }

    @Test
    void anEndedMemberIsAuditedInTheReadersLanguage() {
        var until = EligibilityLists.memberUntil(337, "VN", LocalDate.of(2026, 3, 1), "ended");
        assertThat(TEXTS.render(until, Locale.TRADITIONAL_CHINESE)).contains("越南", "為止", "來源").doesNotContain("member", " to ", "source");
        assertThat(TEXTS.render(EligibilityLists.memberUntil(1, "VN", null, "x"), Locale.TRADITIONAL_CHINESE)).contains("未定");
    }
}
