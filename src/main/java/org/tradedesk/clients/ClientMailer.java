package org.tradedesk.clients;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends an e-mail with attachments to a client's contact over SMTP ({@code spring.mail.*}) and
 * logs it in the client's history. Refuses an erased contact and one without an e-mail address.
 * The mail goes out first and is logged only once the server accepted it, so the history never
 * claims a mail that was not sent.
 */
@Service
public class ClientMailer {

    private final ClientDirectory directory;
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    ClientMailer(ClientDirectory directory, ObjectProvider<JavaMailSender> sender,
            @Value("${tradedesk.mail.from:tradedesk@localhost}") String from) {
        this.directory = directory;
        this.sender = sender;
        this.from = from;
    }

    public CommunicationEntry send(OutgoingMail mail) {
        ContactView contact = transmit(mail);
        return directory.logSentMail(mail.clientId(), new NewCommunication(contact.id(), null,
                Channel.EMAIL, mail.subject(), summaryOf(mail.body()),
                mail.attachments().stream().map(MailAttachment::fileName).toList()));
    }

    /**
     * Sends the mail and audits it, like {@link #send}, but writes no history entry: for a module that
     * publishes its own {@link ClientHistoryEvent} describing what was sent (the T1 advice e-mail).
     * Synchronous, so a refused mail is reported to the user who sent it.
     */
    public void deliver(OutgoingMail mail) {
        transmit(mail);
        directory.auditSentMail(mail.contactId(), mail.subject(),
                mail.attachments().stream().map(MailAttachment::fileName).toList());
    }

    /**
     * Refuses a mail that cannot go before the sender records anything (a module that sends once its own transaction has
     * committed, t4fixX 2): an erased contact, one without an e-mail address, no mail server configured. A server that then
     * refuses the mail is said by {@link #send} itself.
     */
    public void checkSendable(OutgoingMail mail) {
        directory.mailableContact(mail.clientId(), mail.contactId());
        if (sender.getIfAvailable() == null) {
            throw MailNotSent.notConfigured();
        }
    }

    /** The history keeps the text of the mail, cut to what its column holds. */
    public static String summaryOf(String body) {
        return body.length() <= 4000 ? body : body.substring(0, 3999) + "…";
    }

    private ContactView transmit(OutgoingMail mail) {
        ContactView contact = directory.mailableContact(mail.clientId(), mail.contactId());
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            throw MailNotSent.notConfigured();
        }
        try {
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(),
                    StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(contact.email());
            if (mail.replyTo() != null && mail.replyTo().email() != null && !mail.replyTo().email().isBlank()) {
                helper.setReplyTo(new jakarta.mail.internet.InternetAddress(mail.replyTo().email().strip(),
                        mail.replyTo().name(), StandardCharsets.UTF_8.name()));
            }
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            for (MailAttachment a : mail.attachments()) {
                helper.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.contentType());
            }
            mailSender.send(message);
        } catch (MessagingException | MailException | java.io.UnsupportedEncodingException e) {
            throw MailNotSent.because(e.getMessage(), e);
        }
        return contact;
    }
}
