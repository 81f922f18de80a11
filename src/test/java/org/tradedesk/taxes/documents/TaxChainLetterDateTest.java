package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An advice letter is dated by the day in its calculation's jurisdiction, also for the tax chains the tariff catalogue
 * holds no schedule for (UK, IE): it was refused with {@code tariff.jurisdiction.unknown}.
 */
class TaxChainLetterDateTest {

    /** 16:30 UTC on 7 Dec 2026: 16:30 on the 7th in London and Dublin, 00:30 on the 8th in Taipei, 03:30 on the 8th in Sydney. */
    static final Clock LATE_AFTERNOON_IN_LONDON = Clock.fixed(Instant.parse("2026-12-07T16:30:00Z"), ZoneOffset.UTC);

    static TaxDocuments documents() {
        return DocumentsTestSupport.datedBy(new org.tradedesk.platform.BusinessCalendar(LATE_AFTERNOON_IN_LONDON,
                org.tradedesk.platform.BusinessCalendar.DEFAULT_ZONE));
    }

    static TaxDocument in(String jurisdiction, Locale language) {
        TaxDocument au = TaxDocumentFixtures.australianAmplifier(language);
        return new TaxDocument(au.reference(), au.clientName(), language, jurisdiction, au.date(), au.currency(), au.amountDecimals(),
                au.inputs(), au.options(), au.recommendedOption(), au.dataVersions(), au.advice());
    }

    @Test
    void aUkLetterRendersDatedByLondonsDay() {
        TaxDocuments documents = documents();
        String en = DocumentsTestSupport.pdfText(documents.adviceLetterPdf(in("UK", Locale.ENGLISH)));
        assertThat(en).contains("Date 7 Dec 2026").doesNotContain("8 Dec 2026");
        String zh = DocumentsTestSupport.pdfText(documents.adviceLetterPdf(in("UK", Locale.TRADITIONAL_CHINESE)));
        assertThat(zh).contains("2026/12/07").doesNotContain("2026/12/08");
        assertThat(DocumentsTestSupport.pdfText(documents.adviceLetterPdf(in("IE", Locale.ENGLISH)))).contains("Date 7 Dec 2026");
    }

    @Test
    void anAuLetterIsStillDatedBySydneysDay() {
        assertThat(DocumentsTestSupport.pdfText(documents().adviceLetterPdf(in("AU", Locale.ENGLISH)))).contains("Date 8 Dec 2026");
    }

    /** t1fixG 10: the letter says whose day its date is, so Sydney's 8 December on a Taipei evening does not read as a mistake. */
    @Test
    void theLetterNamesTheZoneOfItsDate() {
        assertThat(DocumentsTestSupport.pdfText(documents().adviceLetterPdf(in("AU", Locale.ENGLISH)))).contains("Date 8 Dec 2026 (Sydney time)");
        assertThat(DocumentsTestSupport.pdfText(documents().adviceLetterPdf(in("AU", Locale.TRADITIONAL_CHINESE))).replaceAll("\\s+", ""))
                .contains("2026/12/08（雪梨時間）");
    }
}
