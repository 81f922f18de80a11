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

    /** t4fixX 3: a finding written as it is gives its documents typed, never as KIND#id labels. */
    @Test
    void aFindingWrittenAsItIsGivesItsDocumentsTyped() {
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder()
                .addModule(new FindingDocumentJsonModule().findingDocumentModule()).build();
        org.tradedesk.clearance.domain.Finding f = new org.tradedesk.clearance.domain.Finding(
                org.tradedesk.clearance.domain.Finding.Severity.ERROR, "cross.figures",
                List.of(new FindingDocument.Together(List.of(FindingDocument.DocumentRef.of(1, "COMMERCIAL_INVOICE"),
                        FindingDocument.DocumentRef.of(2, "COMMERCIAL_INVOICE"))), FindingDocument.DocumentRef.of(3, "BILL_OF_LADING")),
                List.of("packages"), org.tradedesk.shared.MessageText.of("clearance.finding.figure-differs"), null);
        assertThat(json.writeValueAsString(f))
                .contains("\"documents\":[{\"documents\":[{\"id\":1,\"kind\":\"COMMERCIAL_INVOICE\"},{\"id\":2,\"kind\":\"COMMERCIAL_INVOICE\"}]},"
                        + "{\"id\":3,\"kind\":\"BILL_OF_LADING\"}]")
                .doesNotContain("#");
    }

    /**
     * t4fixX 3: a declaration's {@code fileErrors[].documents} gave {@code "COMMERCIAL_INVOICE#14"}: each document is
     * {@code {id, kind, number, name}} as {@code findings[].documents} gives it, the name in the reader's language.
     */
    @Test
    void aDeclarationsFileErrorsNameTheirDocumentsAsFindingsDo() throws Exception {
        CapturedInvoice invoice = new CapturedInvoice("MANUAL", false, "INV-7", LocalDate.of(2026, 2, 20), "USD", "Formosa Tea", "TW",
                "Harbour Foods", "AU", "CIF", "Keelung", new BigDecimal("100.00"), null, 1, List.of());
        CheckedFile.Document inv = new CheckedFile.Document(14, "COMMERCIAL_INVOICE", invoice, null, null, null, 1);
        org.tradedesk.clearance.domain.Finding f = new org.tradedesk.clearance.domain.Finding(
                org.tradedesk.clearance.domain.Finding.Severity.ERROR, "field.currency", List.of(inv.ref()), List.of("currency"),
                org.tradedesk.shared.MessageText.of("clearance.finding.figure-differs"), "law:au.customs-159-161");
        org.tradedesk.clearance.DeclarationView view = new org.tradedesk.clearance.DeclarationView(1, 7, 1, 1, "9",
                org.tradedesk.clearance.DeclarationStatus.DRAFT, "AU_CUSDEC", null, null, List.of(), null, null, "u",
                java.time.Instant.EPOCH, null, null, null, null, null, null, null, List.of(f), List.of(), null,
                Map.of(f.key(), org.tradedesk.clearance.FindingDocumentNames.of(f.documents(), Map.of(inv.ref().id(), inv), null)));
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder()
                .addModule(new FindingDocumentJsonModule().findingDocumentModule())
                .addModule(messageTexts()).build();

        String zh = json.writeValueAsString(org.tradedesk.platform.MessageTextJson.rendered(view, Locale.TAIWAN, texts()));
        assertThat(zh).contains("\"fileErrors\":[{").contains(
                "\"documents\":[{\"id\":14,\"kind\":\"COMMERCIAL_INVOICE\",\"number\":\"INV-7\",\"name\":\"商業發票 INV-7\"}]")
                .contains("\"regulation\":\"澳洲 Customs Act 1901 第 159 條、第 161 條\"").doesNotContain("#14", "fileErrorDocuments");
        String en = json.writeValueAsString(org.tradedesk.platform.MessageTextJson.rendered(view, Locale.ENGLISH, texts()));
        assertThat(en).contains("\"name\":\"Commercial invoice INV-7\"").contains("\"regulation\":\"Customs Act 1901 s159, s161\"");
    }

    /** The application's module writing message texts (its bean method is the platform's own). */
    private static tools.jackson.databind.JacksonModule messageTexts() throws Exception {
        java.lang.reflect.Method bean = org.tradedesk.platform.MessageTextJson.class.getDeclaredMethod("messageTextModule");
        bean.setAccessible(true);
        return (tools.jackson.databind.JacksonModule) bean.invoke(new org.tradedesk.platform.MessageTextJson());
    }
}
