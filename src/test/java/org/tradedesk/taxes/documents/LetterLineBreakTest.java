package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.LocalizedText;

/**
 * Issue 6 (t1fixH 1): a zh-TW advice letter whose long sentences carry dates, amounts and codes prints each of them on one
 * line (the letter split 「2026 年 12 月 | 7 日」, 「INV- | 2026-0412」, 「1,980. | 04」), no line starts with closing punctuation,
 * and PDFBox reads the text back in the order it was written.
 */
class LetterLineBreakTest {

    static final List<String> TOKENS = List.of("2026 年 12 月 7 日", "2026/12/07", "NT$ 1,234,567", "AUD 1,980.04",
            "INV-2026-0412", "8703.23.91.00-3", "17.5%");

    @Test
    void theLettersLongChineseLinesKeepDatesAmountsAndCodesWhole() throws IOException {
        List<LocalizedText> conditions = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (int k = 0; k < 14; k++) {
            StringBuilder zh = new StringBuilder("甲".repeat(k));
            for (String token : TOKENS) {
                zh.append("依海關核定之完稅價格申報，發票 ".substring(0, 2 + (k + token.length()) % 12)).append("（").append(token).append("）、");
            }
            zh.append("並於申報時檢附產地證明。");
            written.add(zh.toString());
            conditions.add(LocalizedText.of(zh.toString(), "condition " + k));
        }
        TaxDocument bmw = TaxDocumentFixtures.taiwanBmwX5(Locale.TRADITIONAL_CHINESE);
        TaxDocument doc = new TaxDocument(bmw.reference(), bmw.clientName(), bmw.language(), bmw.jurisdiction(), bmw.date(),
                bmw.currency(), bmw.amountDecimals(), bmw.inputs(), bmw.options(), bmw.recommendedOption(), bmw.dataVersions(),
                new TaxDocument.Advice(bmw.advice().reason(), conditions, List.of(), List.of(), List.of(), List.of()));
        byte[] pdf = DocumentsTestSupport.datedBy(new org.tradedesk.platform.BusinessCalendar(
                java.time.Clock.fixed(java.time.Instant.parse("2026-01-15T02:00:00Z"), java.time.ZoneOffset.UTC),
                java.time.ZoneId.of("Asia/Taipei"))).adviceLetterPdf(doc);
        String text;
        try (PDDocument read = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(read);
        }
        List<String> lines = text.lines().map(l -> l.replaceAll("\\s+", "")).filter(l -> !l.isEmpty()).toList();
        String byLine = String.join("\n", lines);
        String all = String.join("", lines);
        for (String token : TOKENS) {
            // as often within a line as in the whole text: none split by a line end
            String compact = java.util.regex.Pattern.quote(token.replaceAll("\\s+", ""));
            int whole = all.split(compact, -1).length - 1;
            assertThat(whole).as(token).isGreaterThanOrEqualTo(written.size());
            assertThat(byLine.split(compact, -1).length - 1).as(token).isEqualTo(whole);
        }
        assertThat(lines).noneMatch(l -> "，。、）」".indexOf(l.charAt(0)) >= 0);
        // each condition reads back whole, in order, once its line ends are taken out
        int at = 0;
        for (String condition : written) {
            int found = all.indexOf(condition.replaceAll("\\s+", ""), at);
            assertThat(found).as(condition).isGreaterThanOrEqualTo(0);
            at = found + 1;
        }
    }
}
