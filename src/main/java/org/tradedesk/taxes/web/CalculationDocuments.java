package org.tradedesk.taxes.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientMailer;
import org.tradedesk.clients.ClientView;
import org.tradedesk.clients.MailAttachment;
import org.tradedesk.clients.OutgoingMail;
import org.tradedesk.shared.TradedeskException;
import org.tradedesk.taxes.CalculationStatus;
import org.tradedesk.taxes.SavedCalculation;
import org.tradedesk.taxes.TaxCalculations;
import org.tradedesk.taxes.documents.TaxDocument;
import org.tradedesk.taxes.documents.TaxDocuments;

/** The documents of a saved calculation in its client's language, and the advice e-mail that sends them (P1.3.3). */
@Component
class CalculationDocuments {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final TaxCalculations calculations;
    private final TaxDocuments documents;
    private final DocumentAssembler assembler;
    private final ClientDirectory clients;
    private final ClientMailer mailer;
    private final MessageSource messages;

    CalculationDocuments(TaxCalculations calculations, TaxDocuments documents, DocumentAssembler assembler,
            ClientDirectory clients, ClientMailer mailer, MessageSource messages) {
        this.calculations = calculations;
        this.documents = documents;
        this.assembler = assembler;
        this.clients = clients;
        this.mailer = mailer;
        this.messages = messages;
    }

    TaxDocument document(SavedCalculation c) {
        ClientView client = client(c);
        Locale language = client == null ? Locale.TRADITIONAL_CHINESE : client.preferredLanguage().locale();
        return assembler.assemble(reference(c.id()), client == null ? "" : client.name(), language, c.request(), c.result());
    }

    byte[] worksheetXlsx(UUID id) {
        return documents.worksheetXlsx(document(calculations.find(id)));
    }

    byte[] worksheetPdf(UUID id) {
        return documents.worksheetPdf(document(calculations.find(id)));
    }

    byte[] adviceLetterPdf(UUID id) {
        return documents.adviceLetterPdf(document(calculations.find(id)));
    }

    /**
     * Mails the advice letter with the worksheet to a contact of the client and marks the calculation
     * SENT; only an approved calculation goes out (P1.3.2). The history entry and the status change
     * commit together; a mail server failure leaves the calculation APPROVED.
     */
    @Transactional
    SavedCalculation send(UUID id, long contactId) {
        SavedCalculation c = calculations.find(id);
        if (c.status() != CalculationStatus.APPROVED) {
            throw new TradedeskException(TradedeskException.Kind.CONFLICT, "taxes.page.send.not-approved",
                    "only an approved calculation can be sent; this one is " + c.status(), c.status());
        }
        if (c.clientId() == null || c.clientId().isBlank()) {
            throw new TradedeskException(TradedeskException.Kind.INVALID, "taxes.page.send.no-client",
                    "the calculation belongs to no client");
        }
        TaxDocument doc = document(c);
        Locale lang = doc.language();
        String ref = reference(id);
        String subject = messages.getMessage("taxes.page.mail.subject", new Object[] {ref}, lang);
        String body = messages.getMessage("taxes.page.mail.body", new Object[] {doc.clientName(), ref}, lang);
        mailer.send(new OutgoingMail(Long.parseLong(c.clientId()), contactId, subject, body, List.of(
                new MailAttachment(ref + "-worksheet.xlsx", XLSX, documents.worksheetXlsx(doc)),
                new MailAttachment(ref + "-advice.pdf", "application/pdf", documents.adviceLetterPdf(doc)))));
        return calculations.markSent(id);
    }

    ClientView client(SavedCalculation c) {
        return c.clientId() == null || c.clientId().isBlank() ? null : clients.client(Long.parseLong(c.clientId()));
    }

    static String reference(UUID id) {
        return "T1-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
