package org.tradedesk.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tradedesk.identity.web.AuditChanges.Row;

class AuditChangesTest {

    @Test
    void pairsFieldsAndMarksOnlyTheChangedOnes() {
        assertThat(AuditChanges.of("{\"name\":\"Chen\",\"roles\":[\"A\",\"B\"],\"n\":1}",
                        "{\"name\":\"Chen\",\"roles\":[\"A\"],\"n\":2}"))
                .containsExactly(
                        new Row("n", "1", "2", true),
                        new Row("name", "Chen", "Chen", false),
                        new Row("roles", "A, B", "A", true));
    }

    @Test
    void creationAndErasureShowEveryFieldAsChanged() {
        assertThat(AuditChanges.of(null, "{\"a\":\"x\"}")).containsExactly(new Row("a", null, "x", true));
        assertThat(AuditChanges.of("{\"a\":\"x\"}", null)).containsExactly(new Row("a", "x", null, true));
        assertThat(AuditChanges.of(null, null)).isEmpty();
    }

    @Test
    void textThatIsNotJsonIsShownAsItIs() {
        assertThat(AuditChanges.of(null, "plain words")).containsExactly(new Row("", null, "plain words", true));
    }

    /**
     * Acceptance review t1fixJ 1: a manager's amendment of a country list was audited as an English sentence ("member 337:
     * VN from 2026-01-01 to - TO_CONFIRM; source: …") on {@code /audit?lang=zh-TW}; it is kept as a message and rendered in
     * the reader's language.
     */
    @Test
    void aStateKeptAsAMessageIsRenderedInTheReadersLanguage() {
        org.springframework.context.support.ResourceBundleMessageSource bundles = new org.springframework.context.support.ResourceBundleMessageSource();
        bundles.setBasenames("i18n/messages", "i18n/tariff");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        org.tradedesk.platform.MessageTexts texts = new org.tradedesk.platform.MessageTexts(bundles,
                new org.tradedesk.platform.Formats(java.time.Clock.system(java.time.ZoneOffset.UTC)));
        org.tradedesk.shared.MessageText added = org.tradedesk.shared.MessageText.of("tariff.eligibility.audit.added",
                org.tradedesk.shared.MessageText.Arg.literal(337), org.tradedesk.shared.MessageText.Arg.country("VN"),
                org.tradedesk.shared.MessageText.Arg.date(java.time.LocalDate.of(2026, 1, 1)),
                org.tradedesk.shared.MessageText.Arg.code("tariff.eligibility.audit.open"),
                org.tradedesk.shared.MessageText.Arg.code("tariff.eligibility.audit.status.TO_CONFIRM"),
                org.tradedesk.shared.MessageText.Arg.literal("Sch 1 Pt 4"));
        String stored = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(added);

        java.util.List<Row> zh = AuditChanges.of(null, stored, m -> texts.render(m, java.util.Locale.TRADITIONAL_CHINESE));
        assertThat(zh).hasSize(1);
        assertThat(zh.get(0).after()).isEqualTo(texts.render(added, java.util.Locale.TRADITIONAL_CHINESE))
                .contains("337", "越南", "待確認", "Sch 1 Pt 4").doesNotContain("member", "from", "TO_CONFIRM", "source", "VN", "tariff.");
        assertThat(AuditChanges.of(null, stored, m -> texts.render(m, java.util.Locale.ENGLISH)).get(0).after())
                .contains("Viet", "to confirm").doesNotContain("TO_CONFIRM", "tariff.");
    }
}
