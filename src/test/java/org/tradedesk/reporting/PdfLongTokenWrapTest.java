package org.tradedesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * R13 (t2fixQ): a token wider than its line — a SHA-256, a long URL, a file name — is broken rather than printed past the
 * right margin, in a paragraph and in a table cell of a document that sets no {@code word-wrap} itself; the amounts and
 * dates beside it are still never split (issue 6). Read back with PDFBox: every glyph ends inside the page's right margin.
 */
class PdfLongTokenWrapTest {

    static final double MARGIN_MM = 20;
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String URL = "https://tariffs.example.gov/api/v2/datasets/harmonized-tariff-schedule/extracts/"
            + "usa_tariffs_HS8542_2013_2025-revision-0000000000000000001-00000001.csv";
    static final String DATE = "2026/12/07";
    static final String AMOUNT = "NT$ 1,234,567.89";

    final PdfRenderer renderer = new PdfRenderer(new SpringTemplateEngine());

    @Test
    void aTokenWiderThanTheLineIsBrokenInsideTheMarginAndDatesAndAmountsAreNotSplit() throws IOException {
        assertThat(SHA).hasSize(64);
        assertThat(URL).hasSize(150);
        StringBuilder filler = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            // words of different lengths, so the dates and amounts fall at different places of the lines
            filler.append("Filed ").append("x".repeat(i)).append(" on ").append(DATE).append(", duty ").append(AMOUNT).append(' ');
        }
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title><style>@page { size: A4; margin: "
                + MARGIN_MM + "mm; } body { font-size: 11pt; }</style></head><body>"
                + "<p>File " + SHA + " and " + URL + " — " + filler + "</p>"
                + "<table><tr><td>SHA-256</td><td>" + SHA + SHA + "</td></tr><tr><td>Source</td><td>" + URL + "</td></tr></table>"
                + "<p>" + filler + SHA + "</p></body></html>";
        byte[] pdf = renderer.renderXhtml(xhtml, "long tokens");

        List<String> lines = new ArrayList<>();
        List<String> beyond = new ArrayList<>();
        StringBuilder glyphs = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage first = doc.getPage(0);
            double right = first.getMediaBox().getWidth() - MARGIN_MM / 25.4 * 72;
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    lines.add(text);
                    for (TextPosition p : positions) {
                        glyphs.append(p.getUnicode());
                        if (p.getXDirAdj() + p.getWidthDirAdj() > right + 0.5) {
                            beyond.add(p.getUnicode() + " at " + String.format(Locale.ROOT, "%.1f", p.getXDirAdj()) + " in: " + text);
                        }
                    }
                }
            };
            stripper.getText(doc);
        }
        assertThat(beyond).as("glyphs past the right margin").isEmpty();
        // the long tokens are all printed (broken across lines, not cut)
        String all = glyphs.toString();
        assertThat(all).contains(SHA, URL.substring(URL.indexOf("//") + 2));
        // each date and amount whole on one line: 6 in each of the two paragraphs
        assertThat(lines.stream().mapToInt(l -> count(l, DATE)).sum()).isEqualTo(12);
        assertThat(lines.stream().mapToInt(l -> count(l, AMOUNT)).sum()).isEqualTo(12);
    }

    static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
