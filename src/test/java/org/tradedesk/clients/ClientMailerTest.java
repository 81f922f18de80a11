package org.tradedesk.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tradedesk.identity.AuditAction;
import org.tradedesk.identity.AuditRecord;
import org.tradedesk.identity.AuditTrail;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.support.TestSmtp;

/** Sends through a real in-process SMTP server (GreenMail) on a free port. */
@SpringBootTest
@WithMockUser(username = "coordinator", roles = {"COORDINATOR", "MANAGER"})
class ClientMailerTest {

    static final int PORT = TestSmtp.freePort();

    @RegisterExtension
    static GreenMailExtension greenMail = TestSmtp.server(PORT);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestSmtp.sendTo(registry, PORT);
        registry.add("tradedesk.mail.from", () -> "desk@tradedesk.example");
    }

    @Autowired
    ClientMailer mailer;

    @Autowired
    ClientDirectory directory;

    @Autowired
    AuditTrail audit;

    long clientId() {
        return directory.create(new ClientDetails("Southern Cross Wines Pty Ltd", ClientKind.EXPORTER, CountryCode.AU,
                "51824753556", PreferredLanguage.EN, null, null, null)).id();
    }

    @Test
    void sendsWithAttachmentsAndLogsItInTheHistory() throws Exception {
        long clientId = clientId();
        ContactView olivia = directory.addContact(new ClientId(clientId),
                new ContactDetails("Olivia Brown", "olivia.brown@example.com.au", null, null, PreferredLanguage.EN));
        byte[] pdf = "%PDF-1.4 advice".getBytes(StandardCharsets.US_ASCII);
        CommunicationEntry entry = mailer.send(new OutgoingMail(new ClientId(clientId), olivia.id(), "進口稅費建議 Duty advice",
                "Dear Olivia,\nplease find the advice attached.", List.of(new MailAttachment("advice-letter.pdf", "application/pdf", pdf))));

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage m = received[0];
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo("olivia.brown@example.com.au");
        assertThat(m.getFrom()[0].toString()).isEqualTo("desk@tradedesk.example");
        assertThat(m.getSubject()).isEqualTo("進口稅費建議 Duty advice");
        Multipart parts = (Multipart) m.getContent();
        assertThat(GreenMailUtil.getBody(parts.getBodyPart(0))).contains("please find the advice attached");
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("advice-letter.pdf");
        assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(pdf);

        assertThat(entry.channel()).isEqualTo(Channel.EMAIL);
        assertThat(entry.contactId()).isEqualTo(olivia.id());
        assertThat(entry.attachmentNames()).containsExactly("advice-letter.pdf");
        assertThat(directory.history(new ClientId(clientId), Pageable.ofSize(5)).getContent()).extracting(CommunicationEntry::subject)
                .containsExactly("進口稅費建議 Duty advice");
        assertThat(audit.search("contact", String.valueOf(olivia.id()), null, null, null, Pageable.ofSize(20)).getContent())
                .extracting(AuditRecord::action).contains(AuditAction.SENT);
    }

    @Test
    void refusesAContactWithoutEmailAndAnErasedOneAndLogsNothing() {
        long clientId = clientId();
        ContactView noMail = directory.addContact(new ClientId(clientId), new ContactDetails("Phone Only", null, "+61 2 9000 0000", null, PreferredLanguage.EN));
        ContactView erased = directory.addContact(new ClientId(clientId), new ContactDetails("Gone", "gone@example.com.au", null, null, PreferredLanguage.EN));
        directory.eraseContact(new ClientId(clientId), erased.id());

        assertThatThrownBy(() -> mailer.send(new OutgoingMail(new ClientId(clientId), noMail.id(), "Hello", "x", null)))
                .isInstanceOf(ContactHasNoEmail.class);
        assertThatThrownBy(() -> mailer.send(new OutgoingMail(new ClientId(clientId), erased.id(), "Hello", "x", null)))
                .isInstanceOf(ContactErased.class);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(directory.history(new ClientId(clientId), Pageable.ofSize(5)).getTotalElements()).isZero();
    }

    @Test
    void deliversAndAuditsButLeavesTheHistoryToTheSendersEvent() {
        long clientId = clientId();
        ContactView olivia = directory.addContact(new ClientId(clientId),
                new ContactDetails("Olivia Brown", "olivia.brown@example.com.au", null, null, PreferredLanguage.EN));

        mailer.deliver(new OutgoingMail(new ClientId(clientId), olivia.id(), "Duty advice T1-0000ABCD", "attached", null));

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(directory.history(new ClientId(clientId), Pageable.ofSize(5)).getTotalElements()).isZero();
        assertThat(audit.search("contact", String.valueOf(olivia.id()), null, null, null, Pageable.ofSize(20)).getContent())
                .extracting(AuditRecord::action).contains(AuditAction.SENT);
    }
}
