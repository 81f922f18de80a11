package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tradedesk.clearance.domain.TransactionNames;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.CustomsResponse;
import org.tradedesk.clients.ClientId;
import org.tradedesk.platform.Formats;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.platform.WorkItem;
import org.tradedesk.shared.MessageText;
import org.tradedesk.tariff.Jurisdiction;

/**
 * Issue 8: users saw our database ids as names — "Transaction 2 must be kept until …", the work queue's "#3",
 * {@code responses/response-3.edi}, {@code disputes/dispute-2-letter.pdf}, "response 3", an invoice "#12". Each kind of thing
 * is now named in one place, as a coordinator knows it, in the reader's language; these read the names back through the
 * bundles (en and zh-TW) and fail on the old id-names.
 */
class ClearanceNamesTest {

    static final Locale EN = Locale.ENGLISH;
    static final Locale ZH = Locale.TAIWAN;

    static MessageTexts texts() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/messages", "i18n/clearance");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return new MessageTexts(bundles, new Formats(Clock.systemUTC()));
    }

    static final MessageTexts TEXTS = texts();

    static String en(MessageText t) {
        return TEXTS.render(t, EN);
    }

    static String zh(MessageText t) {
        return TEXTS.render(t, ZH);
    }

    static ClearanceTransaction transaction(long id, String reference) {
        TransactionDetails d = new TransactionDetails(new ClientId(1), Direction.IMPORT, Jurisdiction.TW, TransportMode.SEA, null, reference,
                null, null, null, null, null, null, null, null);
        return new ClearanceTransaction(TransactionId.of(id), 0, d, TransactionStatus.DRAFT, "amy", Instant.EPOCH, Instant.EPOCH, null);
    }

    static TransactionView file(long id, String reference, List<DocumentView> documents) {
        return new TransactionView(transaction(id, reference), "寶島食品有限公司", documents, List.of(), null, false, Set.of(), List.of());
    }

    @Test
    void aFileIsNamedByItsReferenceAndClientItsNumberOnlyWithoutAReference() {
        assertThat(en(file(2, "KHH-0142", List.of()).named())).isEqualTo("KHH-0142 (寶島食品有限公司)");
        assertThat(zh(file(2, "KHH-0142", List.of()).named())).isEqualTo("KHH-0142（寶島食品有限公司）");
        assertThat(en(file(3, "  ", List.of()).named())).isEqualTo("file no. 3 (寶島食品有限公司)");
        assertThat(zh(file(3, null, List.of()).named())).isEqualTo("第 3 號案件（寶島食品有限公司）");
        assertThat(en(TransactionNames.named("KHH-0142", null, 2))).isEqualTo("KHH-0142");
    }

    @Test
    void theRetentionAndClosedRefusalsNameTheFileNotItsId() {
        TransactionView view = file(2, "KHH-0142", List.of());
        TransactionRetained kept = TransactionRetained.until(view.named(), 2, LocalDate.of(2031, 12, 7), "關稅法 第12條");
        // before: "Transaction 2 must be kept until 2031-12-07 (…)"
        assertThat(en(kept.asText())).isEqualTo("Transaction KHH-0142 (寶島食品有限公司) must be kept until 7 Dec 2031 (關稅法 第12條);"
                + " it cannot be deleted before.");
        assertThat(zh(kept.asText())).startsWith("案件 KHH-0142（寶島食品有限公司） 須保存至 2031/12/07").doesNotContain("案件 2 ");
        assertThat(en(TransactionClosed.of(view).asText())).isEqualTo("Transaction KHH-0142 (寶島食品有限公司) is closed and read-only:"
                + " nothing in it can change.");
        assertThat(en(TransactionClosed.ofReference(null, 9L).asText())).startsWith("Transaction file no. 9 is closed");
    }

    @Test
    void aWorkItemNamesTheFileByReferenceAndClientOrInTheSentenceWithoutOne() {
        WorkItem withReference = ClearanceWorkQueue.item(new TransactionSummary(transaction(3, "Q-HOME-1"), "Queue Client", null),
                MessageText.of("clearance.work.unreadable"), "/clearance/transactions/3", null, false);
        assertThat(withReference.subject()).isEqualTo("Q-HOME-1 · Queue Client").doesNotContain("#");
        WorkItem without = ClearanceWorkQueue.item(new TransactionSummary(transaction(3, null), "Queue Client", null),
                MessageText.of("clearance.work.unreadable"), "/clearance/transactions/3", null, false);
        assertThat(without.subject()).isNull();
        assertThat(en(without.what())).endsWith(" · file no. 3 (Queue Client)").doesNotContain("#3");
        assertThat(zh(without.what())).endsWith(" · 第 3 號案件（Queue Client）");
    }

    static CustomsResponse response(CustomsResponse.Kind kind, String source, String reference, LocalDateTime issuedAt) {
        return new CustomsResponse(source, kind, reference, issuedAt, null, null, List.of());
    }

    @Test
    void aResponseIsNamedByKindDateAndCustomsReferenceAndItsFileSoToo() {
        ResponseView released = new ResponseView(3, 1L, response(CustomsResponse.Kind.RELEASED, "CUSRES_D99B", "TD12R2",
                LocalDateTime.of(2026, 3, 5, 10, 12)), "x", "UPLOAD", "amy", Instant.EPOCH, List.of());
        assertThat(en(released.named())).isEqualTo("released response of 5 Mar 2026 (customs ref. TD12R2)");
        assertThat(zh(released.named())).isEqualTo("2026/03/05 放行回應（海關參考號 TD12R2）");
        // before: response-3.edi
        assertThat(released.fileName()).isEqualTo("released-2026-03-05-TD12R2.edi");
        ResponseView notice = new ResponseView(4, 1L, response(CustomsResponse.Kind.DUTY_NOTICE, "TW_N5110", "AA 15/AB 1234 稅單", null),
                "x", "UPLOAD", "amy", Instant.EPOCH, List.of());
        assertThat(notice.fileName()).isEqualTo("duty-notice-AA-15-AB-1234.xml");
        assertThat(en(notice.named())).isEqualTo("duty notice response (customs ref. AA 15/AB 1234 稅單)");
        assertThat(zh(ResponseView.named(response(CustomsResponse.Kind.REJECTED, "CUSRES_D99B", null, null)))).isEqualTo("退單回應");
    }

    @Test
    void aDuplicateResponseNamesTheEarlierOneAsUsersKnowIt() {
        DuplicateResponse e = DuplicateResponse.of(2, 3, response(CustomsResponse.Kind.RELEASED, "CUSRES_D99B", "TD12R2",
                LocalDateTime.of(2026, 3, 5, 10, 12)));
        assertThat(e.existingResponseId()).isEqualTo(3);
        assertThat(en(e.asText())).isEqualTo("This response file is already recorded in the file as the released response of 5 Mar 2026"
                + " (customs ref. TD12R2); it was not recorded again.").doesNotContain("response 3");
    }

    static DisputeView dispute(long id, String reference, LocalDate received) {
        return new DisputeView(id, 0, 2, new DisputeDetails(DecisionKind.VALUATION_UPLIFT, reference, "royalties", received, null, null, null),
                List.of(), List.of(), null, List.of(), "amy", Instant.EPOCH);
    }

    @Test
    void aDisputeIsNamedByItsDecisionAndItsLetterFileSoToo() {
        assertThat(en(dispute(2, "ABF-2026-118", null).named())).isEqualTo("Valuation uplift (ABF-2026-118)");
        assertThat(en(dispute(2, null, LocalDate.of(2026, 3, 1)).named())).isEqualTo("Valuation uplift (notice received 1 Mar 2026)");
        assertThat(en(MessageText.of("clearance.dispute.heading", MessageText.Arg.message(dispute(2, "ABF-2026-118", null).named()))))
                .isEqualTo("Dispute: Valuation uplift (ABF-2026-118)");
        // before: dispute-2-letter.pdf
        assertThat(dispute(2, "ABF-2026-118", null).letterFileName(1)).isEqualTo("valuation-uplift-ABF-2026-118-letter.pdf");
        assertThat(dispute(2, " ", null).letterFileName(1)).isEqualTo("valuation-uplift-dispute-1-letter.pdf");
    }

    static DocumentView invoice(long id, String number) {
        CapturedInvoice c = new CapturedInvoice("MANUAL", false, number, LocalDate.of(2026, 11, 20), "USD", null, null, null, null, null,
                null, BigDecimal.TEN, null, null, List.of());
        return new DocumentView(id, 0, DocumentType.COMMERCIAL_INVOICE, "inv.pdf", "application/pdf", 1L, "x", "MANUAL", c, "u",
                Instant.EPOCH);
    }

    @Test
    void anInvoiceWithoutANumberIsNamedByItsKindFileAndPlaceNotItsId() {
        TransactionView view = file(2, "KHH-0142", List.of(invoice(14, "INV-7"), invoice(31, null)));
        // before: "#31"
        assertThat(DeclarationBuilding.invoiceName(view, view.documents().get(1))).isEqualTo("document 2");
        assertThat(DeclarationBuilding.invoiceName(view, view.documents().get(0))).isEqualTo("INV-7");
        assertThat(en(DeclarationBuilding.invoiceNamed(view, view.documents().get(1)))).isEqualTo("Commercial invoice inv.pdf (2nd document of the file)");
        assertThat(zh(DeclarationBuilding.invoiceNamed(view, view.documents().get(1)))).isEqualTo("商業發票 inv.pdf（案件第 2 份文件）");
    }

    /**
     * Code read after T4 (t4fixR 2): a line of an invoice without a number that the declaration's character set cannot carry
     * named the invoice "#2" in both languages — its place is now a message the reader's language words.
     */
    @Test
    void theCharacterSetRefusalNamesAnInvoiceWithoutANumberByItsPlaceInTheReadersLanguage() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/messages", "i18n/clearance");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        TransactionView view = file(2, "KHH-0142", List.of(invoice(14, "INV-7"), invoice(31, null)));
        Object[] unnamed = {"U+7F8E", "美耐皿餐盤", ClearanceDeclarations.invoiceInRefusal(view, view.documents().get(1)), "1"};
        String zhText = bundles.getMessage("clearance.declaration.charset-line.UNOC", Formats.readerArguments(unnamed, ZH), ZH);
        String enText = bundles.getMessage("clearance.declaration.charset-line.UNOC", Formats.readerArguments(unnamed, EN), EN);
        assertThat(zhText).startsWith("發票 （案件第 2 份文件） 第 1 項：").doesNotContain("#");
        assertThat(enText).startsWith("Invoice (2nd document of the file), line 1:").doesNotContain("#");
        assertThat(ClearanceDeclarations.invoiceInRefusal(view, view.documents().get(0))).isEqualTo("INV-7");
    }

    @Test
    void aSlugKeepsTheMeaningAndIsSafeForAFileSystem() {
        assertThat(TransactionNames.slug("../Résumé: A/B 12")).isEqualTo("Resume-A-B-12");
        assertThat(TransactionNames.slug("稅單")).isEmpty();
    }
}
