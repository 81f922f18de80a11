package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The documents as the application wires them: Boot's Thymeleaf engine and the application's message bundles. */
@SpringBootTest
class TaxDocumentsWiringTest {

    @Autowired
    TaxDocuments documents;

    @Test
    void rendersTheChineseLetterWithTheApplicationsBundlesAndTemplates() {
        String text = DocumentsTestSupport.pdfText(documents.adviceLetterPdf(TaxDocumentFixtures.taiwanBmwX5(Locale.TRADITIONAL_CHINESE)));
        assertThat(text).contains("進口稅費商業建議書", "建議採用：一般稅率(第一欄)。應納稅費合計 TWD 448,667。", "推廣貿易服務費", "營業稅");
    }

    @Test
    void rendersTheEnglishWorksheetPdf() {
        String text = DocumentsTestSupport.pdfText(documents.worksheetPdf(TaxDocumentFixtures.australianAmplifier(Locale.ENGLISH)));
        assertThat(text).contains("Import duty and tax worksheet", "Duties and taxes payable (AUD) 230.00");
    }
}
