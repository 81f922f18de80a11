package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine;
import org.tradedesk.clearance.messages.DeclarationMessage.ItemSource;
import org.tradedesk.shared.MessageText;

/**
 * Acceptance review (t4fixM): an alternative named its items by their place across both invoices ("Preference ChAFTA claimed
 * on invoice line(s) 3"; 發票第 3 項) though item 3 is line 1 of invoice SH-24018. Items are named by invoice and line.
 */
class AlternativeItemsNamedTest {

    static CapturedLine line(int n) {
        return new CapturedLine(n, "valve", "8481.80", "CN", BigDecimal.ONE, "PCE", null, null, null, BigDecimal.TEN, null, null, null);
    }

    @Test
    void aCombinedItemIsNamedByItsInvoiceAndThatInvoicesLine() {
        // the combined invoice of SH-24017 (lines 1, 2) and SH-24018 (line 1): items 1, 2, 3
        CapturedInvoice combined = new CapturedInvoice("COMBINED", false, "SH-24017, SH-24018", LocalDate.of(2026, 11, 20), "USD",
                null, null, null, null, "CIF", null, new BigDecimal("30"), null, null, List.of(line(1), line(2), line(3)));
        List<ItemSource> sources = List.of(new ItemSource(11L, "SH-24017", 1), new ItemSource(11L, "SH-24017", 2),
                new ItemSource(12L, "SH-24018", 1));
        org.tradedesk.platform.MessageTexts texts = texts();

        MessageText three = AlternativeEngineCosting.itemsNamed(sources, combined, List.of(3), id -> null);
        assertThat(texts.render(three, Locale.ENGLISH)).isEqualTo("invoice SH-24018 line(s) 1");
        assertThat(texts.render(three, Locale.TRADITIONAL_CHINESE)).isEqualTo("發票 SH-24018 第 1 項");

        MessageText all = AlternativeEngineCosting.itemsNamed(sources, combined, List.of(1, 2, 3), id -> null);
        assertThat(texts.render(all, Locale.ENGLISH)).isEqualTo("invoice SH-24017 line(s) 1, 2, invoice SH-24018 line(s) 1");
        MessageText treatment = MessageText.of("clearance.alternative.treatment.FTA_PREFERENCE.items", MessageText.Arg.literal("ChAFTA"),
                MessageText.Arg.message(three), MessageText.Arg.date(LocalDate.of(2026, 12, 1)));
        assertThat(texts.render(treatment, Locale.ENGLISH)).startsWith("Preference ChAFTA claimed on invoice SH-24018 line(s) 1:");
        assertThat(texts.render(treatment, Locale.TRADITIONAL_CHINESE)).startsWith("發票 SH-24018 第 1 項申請優惠 ChAFTA");
    }

    static org.tradedesk.platform.MessageTexts texts() {
        org.springframework.context.support.ResourceBundleMessageSource bundles = new org.springframework.context.support.ResourceBundleMessageSource();
        bundles.setBasenames("i18n/messages", "i18n/clearance", "i18n/tariff", "i18n/taxes");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return new org.tradedesk.platform.MessageTexts(bundles, new org.tradedesk.platform.Formats(java.time.Clock.systemUTC()));
    }
}
