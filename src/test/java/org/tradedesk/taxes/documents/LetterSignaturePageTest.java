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
 * The advice letter's sign-off (disclaimer, closing, sender) is kept together ({@code .signoff { page-break-inside: avoid }}
 * in advice-letter.html): a page break never falls between the text and the signature, so no page holds a signature
 * alone and no signature is parted from the disclaimer it signs. The letter is made longer one condition at a time
 * (one line each), so the page break walks through the whole sign-off block: some length puts the break inside it,
 * and there the block must move to the next page whole.
 */
class LetterSignaturePageTest {

    private static final String SENDER = "陳美玲";
    private final TaxDocuments documents = DocumentsTestSupport.documents();

    /** The BMW X5 letter, approved and signed, with {@code extra} more one-line conditions. */
    private static TaxDocument letterWith(int extra, Locale language) {
        TaxDocument d = TaxDocumentFixtures.taiwanBmwX5(language);
        List<LocalizedText> conditions = new ArrayList<>(d.advice().conditions());
        for (int i = 1; i <= extra; i++) {
            conditions.add(LocalizedText.of("第 " + i + " 項條件：依海關核定之完稅價格申報。", "Condition " + i + ": declare the value as assessed."));
        }
        TaxDocument longer = new TaxDocument(d.reference(), d.clientName(), d.language(), d.jurisdiction(), d.date(), d.currency(),
                d.amountDecimals(), d.inputs(), d.options(), d.recommendedOption(), d.dataVersions(),
                new TaxDocument.Advice(d.advice().reason(), conditions, d.advice().risks()));
        return longer.withLetter(new TaxDocument.Letter(false, SENDER, LocalizedText.of("報關服務部", "Customs services")));
    }

    /** Each page's text, whitespace removed (a Chinese line wraps anywhere). */
    private static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).replaceAll("\\s+", ""));
            }
        }
        return pages;
    }

    private static int pageOf(List<String> pages, String text) {
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains(text)) {
                return p + 1;
            }
        }
        return -1;
    }

    @Test
    void theSignatureNeverLandsOnAPageWithoutTheTextItSigns() throws IOException {
        String disclaimerStart = "本建議依貴公司提供之資料";
        String disclaimerEnd = "及其計算方式。";
        String closing = "敬祝商祺";
        boolean signOffMovedToANewPage = false;
        for (int extra = 10; extra <= 70; extra += 1) {
            List<String> pages = pages(documents.adviceLetterPdf(letterWith(extra, Locale.TRADITIONAL_CHINESE)));
            int signature = pageOf(pages, SENDER + "報關服務部");
            assertThat(signature).as("the sender is printed (%d more conditions)", extra).isPositive();
            assertThat(pageOf(pages, closing)).as("closing and signature on one page (%d more conditions)", extra).isEqualTo(signature);
            assertThat(pageOf(pages, disclaimerStart)).as("disclaimer and signature on one page (%d more conditions)", extra)
                    .isEqualTo(signature);
            assertThat(pageOf(pages, disclaimerEnd)).isEqualTo(signature);
            // the page break fell inside the sign-off: the block began the next page whole (the page counter "2/3" aside)
            if (signature > 1 && pages.get(signature - 1).replaceFirst("^\\d+/\\d+", "").startsWith(disclaimerStart)) {
                signOffMovedToANewPage = true;
            }
        }
        assertThat(signOffMovedToANewPage).as("some length of letter put the page break inside the sign-off, which then began the next page")
                .isTrue();
    }

    /**
     * Review r-t1b 10: the English TW letter ended on a third page holding only its counter ("3/3") for some lengths. Every page
     * of every length (one condition more at a time, so the end of the text walks down the last page) has text besides the counter.
     */
    @Test
    void noPageOfTheLetterHoldsOnlyItsCounter() throws IOException {
        for (Locale language : List.of(Locale.ENGLISH)) {
            for (int extra = 0; extra <= 60; extra += 1) {
                List<String> pages = pages(documents.adviceLetterPdf(letterWith(extra, language)));
                for (int p = 0; p < pages.size(); p++) {
                    assertThat(pages.get(p).replaceAll("\\d+/\\d+", "")).as("page %d of %d (%s, %d more conditions)", p + 1, pages.size(),
                            language, extra).isNotBlank();
                }
            }
        }
    }
}
