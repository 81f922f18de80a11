package org.tradedesk.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.tradedesk.shared.CountryCode;

/** The client aggregate: company data only; contacts are their own aggregates pointing at it. */
@Entity
@Table(name = "client")
class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClientKind kind;

    @Column(nullable = false)
    private String country;

    @Column(name = "tax_id")
    private String taxId;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage;

    @Column(name = "registered_address")
    private String registeredAddress;

    @Column(name = "shipping_address")
    private String shippingAddress;

    private String notes;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Client() {
    }

    Client(ClientDetails details, Instant now) {
        this.createdAt = now;
        apply(details);
    }

    void change(ClientDetails details) {
        if (archived) {
            throw ClientArchived.forId(id);
        }
        apply(details);
    }

    void archive(Instant now) {
        if (!archived) {
            archived = true;
            archivedAt = now;
        }
    }

    private void apply(ClientDetails d) {
        this.name = d.name();
        this.kind = d.kind();
        this.country = d.country().value();
        this.taxId = d.taxId();
        this.preferredLanguage = d.preferredLanguage().tag();
        this.registeredAddress = d.registeredAddress();
        this.shippingAddress = d.shippingAddress();
        this.notes = d.notes();
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    boolean archived() {
        return archived;
    }

    String name() {
        return name;
    }

    ClientSummary toSummary() {
        return new ClientSummary(id, name, kind, country, taxId, archived);
    }

    ClientView toView(List<ContactSummary> contacts) {
        return new ClientView(id, version, name, kind, country, taxId, PreferredLanguage.ofTag(preferredLanguage),
                registeredAddress, shippingAddress, notes, archived, archivedAt, createdAt, contacts);
    }

    ClientDetails toDetails() {
        return new ClientDetails(name, kind, CountryCode.of(country), taxId, PreferredLanguage.ofTag(preferredLanguage),
                registeredAddress, shippingAddress, notes);
    }
}
