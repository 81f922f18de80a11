package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tradedesk.clearance.domain.CheckedFile;
import org.tradedesk.clearance.domain.DocumentId;
import org.tradedesk.clearance.domain.FindingDocument;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.platform.Formats;
import org.tradedesk.platform.MessageTexts;

/**
 * Code read after T4 (t4fixR 1): {@code findings[].documents[]} is built from the typed ids the checks carry — an entry of
 * invoices compared together one element each, a document the file no longer lists by its kind — with the shape
 * {@code {id, kind, number, name}} the API had; no {@code KIND#id} label is parsed back.
 */
class FindingDocumentJsonTest {

    private static MessageTexts texts() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/clearance");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return new MessageTexts(bundles, new Formats(Clock.systemUTC()));
    }

    @Test
    void eachDocumentOfAFindingIsAnsweredWithItsIdKindNumberAndName() {
        CapturedInvoice invoice = new CapturedInvoice("MANUAL", false, "INV-7", LocalDate.of(2026, 2, 20), "USD", "Formosa Tea", "TW",
                "Harbour Foods", "AU", "CIF", "Keelung", new BigDecimal("100.00"), null, 1, List.of());
        CheckedFile.Document inv = new CheckedFile.Document(14, "COMMERCIAL_INVOICE", invoice, null, null, null, 1);
        CheckedFile.Document list = new CheckedFile.Document(15, "PACKING_LIST", null, null, null, null, 2);
        FindingDocument.DocumentRef gone = FindingDocument.DocumentRef.of(16, "BILL_OF_LADING");
        List<FindingDocument> entries = List.of(new FindingDocument.Together(List.of(inv.ref(), list.ref())), gone);
        Map<DocumentId, CheckedFile.Document> documents = Map.of(inv.ref().id(), inv, list.ref().id(), list);

        List<ClearanceTransactionApiController.FindingDocumentJson> json = ClearanceTransactionApiController.FindingDocumentJson.of(
                entries, documents, null, texts(), Locale.ENGLISH);

        assertThat(json).extracting(j -> j.id() + " " + j.kind() + " " + j.number()).containsExactly(
                "14 COMMERCIAL_INVOICE INV-7", "15 PACKING_LIST null", "16 BILL_OF_LADING null");
        assertThat(json.get(0).name()).isEqualTo("Commercial invoice INV-7");
        assertThat(json).extracting(ClearanceTransactionApiController.FindingDocumentJson::name).noneMatch(n -> n.contains("#"));
    }

    /** A finding answered as it is (a declaration's fileErrors) writes its documents as it did before they were typed. */
    @Test
    void aFindingAnsweredAsItIsWritesItsDocumentsAsBefore() {
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder()
                .addModule(new FindingDocumentJsonModule().findingDocumentModule()).build();
        org.tradedesk.clearance.domain.Finding f = new org.tradedesk.clearance.domain.Finding(
                org.tradedesk.clearance.domain.Finding.Severity.ERROR, "cross.figures",
                List.of(new FindingDocument.Together(List.of(FindingDocument.DocumentRef.of(1, "COMMERCIAL_INVOICE"),
                        FindingDocument.DocumentRef.of(2, "COMMERCIAL_INVOICE"))), FindingDocument.DocumentRef.of(3, "BILL_OF_LADING")),
                List.of("packages"), org.tradedesk.shared.MessageText.of("clearance.finding.figure-differs"), null);
        assertThat(json.writeValueAsString(f))
                .contains("\"documents\":[\"COMMERCIAL_INVOICE#1, COMMERCIAL_INVOICE#2\",\"BILL_OF_LADING#3\"]");
    }
}
