package org.tradedesk.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One entry of a client's history. */
@Entity
@Table(name = "client_communication")
class Communication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "contact_id", updatable = false)
    private Long contactId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(updatable = false)
    private String summary;

    /** One name per line: a handful of file names does not need a table. */
    @Column(name = "attachment_names", updatable = false)
    private String attachmentNames;

    @Column(nullable = false, updatable = false)
    private String username;

    protected Communication() {
    }

    Communication(long clientId, NewCommunication entry, Instant occurredAt, String username) {
        this.clientId = clientId;
        this.contactId = entry.contactId();
        this.occurredAt = occurredAt;
        this.channel = entry.channel();
        this.subject = entry.subject();
        this.summary = entry.summary();
        this.attachmentNames = entry.attachmentNames().isEmpty() ? null : String.join("\n", entry.attachmentNames());
        this.username = username;
    }

    CommunicationEntry toEntry() {
        List<String> names = attachmentNames == null ? List.of() : Arrays.asList(attachmentNames.split("\n"));
        return new CommunicationEntry(id, clientId, contactId, occurredAt, channel, subject, summary, names, username);
    }
}
