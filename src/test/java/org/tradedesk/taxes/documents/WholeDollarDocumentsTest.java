package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: Taiwan's taxes are truncated to whole NT$ (TW.json: TRUNCATE_0 on every tax), so the letter and the worksheet
 * print them as the page does — 129,936, not 129,936.00 — with the rule the page uses ({@link TaxDocuments#rounded}).
 * The document is the BMW X5 of TW-TCDA-107-JIAN-72 as the application builds it for TWD: amounts in the currency's
 * ISO minor unit (2), so before the fix every tax came out with ".00". Published figures: duty 129,936, commodity tax
 * 261,728, business tax 56,707, fee 296, total 448,667; the customs value 742,492 is not rounded by any law and keeps
 * its minor units (742,492.00).
 */
class WholeDollarDocumentsTest {

    private final TaxDocuments documents = DocumentsTestSupport.documents();

    /** The fixture with the decimals the application gives TWD documents ({@code TaxDocuments.decimals("TWD")}). */
    private static TaxDocument asTheApplicationBuildsIt(Locale language) {
        TaxDocument d = TaxDocumentFixtures.taiwanBmwX5(language);
        return new TaxDocument(d.reference(), d.clientName(), d.language(), d.jurisdiction(), d.date(), d.currency(),
                TaxDocuments.decimals("TWD"), d.inputs(), d.options(), d.recommendedOption(), d.dataVersions(), d.advice());
    }

    @Test
    void theLetterPrintsTaiwansTaxesInWholeDollarsInBothLanguages() {
        for (Locale language : new Locale[] {Locale.TRADITIONAL_CHINESE, Locale.ENGLISH}) {
            String text = DocumentsTestSupport.pdfText(documents.adviceLetterPdf(asTheApplicationBuildsIt(language)));
            assertThat(text).as(language.toString()).contains("129,936").contains("261,728").contains("56,707").contains("448,667")
                    .doesNotContain("129,936.00").doesNotContain("261,728.00").doesNotContain("56,707.00")
                    .doesNotContain("296.00").doesNotContain("448,667.00");
        }
    }

    @Test
    void theWorksheetPdfPrintsTheTaxesAndTotalsInWholeDollars() {
        String text = DocumentsTestSupport.pdfText(documents.worksheetPdf(asTheApplicationBuildsIt(Locale.TRADITIONAL_CHINESE)));
        assertThat(text).contains("129,936").contains("448,667")
                .doesNotContain("129,936.00").doesNotContain("56,707.00").doesNotContain("296.00").doesNotContain("448,667.00");
    }

    @Test
    void theWorksheetXlsxShowsTheTaxCellsAndTotalsInWholeDollars() throws Exception {
        try (XSSFWorkbook book = DocumentsTestSupport.read(documents.worksheetXlsx(asTheApplicationBuildsIt(Locale.ENGLISH)))) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            DataFormatter shown = new DataFormatter(Locale.ENGLISH);
            java.util.List<String> cells = new java.util.ArrayList<>();
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                Sheet sheet = book.getSheetAt(i);
                sheet.forEach(row -> row.forEach(cell -> cells.add(shown.formatCellValue(cell, evaluator))));
            }
            assertThat(cells).contains("129,936", "261,728", "56,707", "296", "448,667")
                    .doesNotContain("129,936.00", "261,728.00", "56,707.00", "296.00", "448,667.00");
        }
    }
}
