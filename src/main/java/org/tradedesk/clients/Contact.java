package org.tradedesk.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/** A person at a client. Holds personal data: every change goes through the audit trail. */
@Entity
@Table(name = "client_contact")
class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(nullable = false)
    private String name;

    private String email;

    private String phone;

    @Column(name = "job_role")
    private String jobRole;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage;

    @Column(nullable = false)
    private boolean erased;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Contact() {
    }

    Contact(long clientId, ContactDetails details, Instant now) {
        this.clientId = clientId;
        this.createdAt = now;
        apply(details);
    }

    void change(ContactDetails details) {
        refuseIfErased();
        apply(details);
    }

    /**
     * Anonymises in place: the row stays so history and audit still point at something, but
     * nothing identifies the person any more.
     */
    void erase(Instant now) {
        refuseIfErased();
        this.name = "— erased contact #" + id + " —";
        this.email = null;
        this.phone = null;
        this.jobRole = null;
        this.erased = true;
        this.erasedAt = now;
    }

    void refuseIfErased() {
        if (erased) {
            throw ContactErased.forId(id);
        }
    }

    private void apply(ContactDetails d) {
        this.name = d.name();
        this.email = d.email();
        this.phone = d.phone();
        this.jobRole = d.jobRole();
        this.preferredLanguage = d.preferredLanguage().tag();
    }

    Long id() {
        return id;
    }

    long clientId() {
        return clientId;
    }

    long version() {
        return version;
    }

    String email() {
        return email;
    }

    String name() {
        return name;
    }

    String phone() {
        return phone;
    }

    String jobRole() {
        return jobRole;
    }

    boolean erased() {
        return erased;
    }

    PreferredLanguage preferredLanguage() {
        return PreferredLanguage.ofTag(preferredLanguage);
    }

    ContactSummary toSummary() {
        return new ContactSummary(id, name, jobRole, preferredLanguage(), erased);
    }

    ContactView toView(List<ConsentView> consents) {
        return new ContactView(id, clientId, version, name, email, phone, jobRole, preferredLanguage(), erased,
                erasedAt, consents);
    }
}
