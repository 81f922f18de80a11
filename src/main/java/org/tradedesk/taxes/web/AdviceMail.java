package org.tradedesk.taxes.web;

import java.util.List;
import java.util.Locale;
import org.tradedesk.taxes.CalculationId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.clients.Channel;
import org.tradedesk.clients.ClientMailer;
import org.tradedesk.clients.MailAttachment;
import org.tradedesk.clients.OutgoingMail;
import org.tradedesk.shared.TradedeskException;
import org.tradedesk.taxes.CalculationStatus;
import org.tradedesk.taxes.SavedCalculation;
import org.tradedesk.taxes.TaxCalculations;
import org.tradedesk.taxes.documents.CalculationDocuments;
import org.tradedesk.taxes.documents.TaxDocument;
import org.tradedesk.taxes.documents.TaxDocuments;

/** The advice e-mail (P1.3.3): the letter and the worksheet of an approved calculation, to a contact of its client. */
@Component
class AdviceMail {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final TaxCalculations calculations;
    private final CalculationDocuments calculationDocuments;
    private final TaxDocuments documents;
    private final ClientMailer mailer;
    private final MessageSource messages;

    AdviceMail(TaxCalculations calculations, CalculationDocuments calculationDocuments, TaxDocuments documents,
            ClientMailer mailer, MessageSource messages) {
        this.calculations = calculations;
        this.calculationDocuments = calculationDocuments;
        this.documents = documents;
        this.mailer = mailer;
        this.messages = messages;
    }

    /**
     * Mails the advice letter with the worksheet, in the client's language, and marks the calculation
     * SENT; only an approved calculation goes out (P1.3.2). The mail goes out synchronously so a mail
     * server failure is reported here and leaves the calculation APPROVED; the client's history entry
     * follows from the {@link org.tradedesk.taxes.CalculationSent} event once SENT is committed.
     */
    @Transactional
    SavedCalculation send(CalculationId id, long contactId) {
        SavedCalculation c = calculations.find(id);
        if (c.status() != CalculationStatus.APPROVED) {
            throw new TradedeskException(TradedeskException.Kind.CONFLICT, "taxes.page.send.not-approved",
                    "only an approved calculation can be sent; this one is " + c.status(), c.status());
        }
        // the letter as it would go out: one whose recommended total now leaves out a tax (the tariff loaded since the
        // result was saved) is refused here as approval refuses it, not only hidden on the page (code read of t1fixN)
        TaxDocument doc = calculationDocuments.document(id, null);
        if (doc.advice() != null && doc.advice().incomplete()) {
            throw new TradedeskException(TradedeskException.Kind.CONFLICT, "taxes.page.send.incomplete",
                    "the advice letter now leaves out a tax: calculate again and have it approved before sending");
        }
        if (c.clientId() == null) {
            throw new TradedeskException(TradedeskException.Kind.INVALID, "taxes.page.send.no-client",
                    "the calculation belongs to no client");
        }
        // the advice goes to a contact of the client: only from a user who may see the client (404 otherwise)
        calculations.requireClientAccess(c.clientId());
        Locale lang = doc.language();
        String ref = SavedCalculation.reference(id);
        String subject = messages.getMessage("taxes.page.mail.subject", new Object[] {ref}, lang);
        String body = messages.getMessage("taxes.page.mail.body", new Object[] {doc.clientName(), ref}, lang);
        List<MailAttachment> attachments = List.of(
                new MailAttachment(ref + "-worksheet.xlsx", XLSX, documents.worksheetXlsx(doc)),
                new MailAttachment(ref + "-advice.pdf", "application/pdf", documents.adviceLetterPdf(doc)));
        mailer.deliver(new OutgoingMail(c.clientId(), contactId, subject, body, attachments));
        return calculations.markSent(id, Channel.EMAIL, contactId, subject, ClientMailer.summaryOf(body),
                attachments.stream().map(MailAttachment::fileName).toList());
    }
}
