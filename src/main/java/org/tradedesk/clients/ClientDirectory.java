package org.tradedesk.clients;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.identity.AuditAction;
import org.tradedesk.identity.AuditTrail;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.identity.UserNames;
import tools.jackson.databind.json.JsonMapper;

/**
 * The clients module's facade: clients, contacts, consent, history, and the personal-data rights
 * of contacts (export, erasure). Every change to a contact, every view of one contact's details, every
 * export and erasure goes to the {@link AuditTrail} in the same transaction as the change itself.
 */
@Service
public class ClientDirectory {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ClientDirectory.class);


    static final String CLIENT = "client";
    static final String CONTACT = "contact";

    private final ClientRepository clients;
    private final ContactRepository contacts;
    private final ConsentRecordRepository consents;
    private final CommunicationRepository communications;
    private final ClientAssignmentRepository assignments;
    private final UserNames users;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;
    private final org.tradedesk.platform.BusinessCalendar calendar;

    ClientDirectory(ClientRepository clients, ContactRepository contacts, ConsentRecordRepository consents,
            CommunicationRepository communications, ClientAssignmentRepository assignments, UserNames users,
            AuditTrail audit, JsonMapper json, Clock clock, org.tradedesk.platform.BusinessCalendar calendar) {
        this.calendar = calendar;
        this.clients = clients;
        this.assignments = assignments;
        this.users = users;
        this.contacts = contacts;
        this.consents = consents;
        this.communications = communications;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    // ---- clients ----

    /** Active (or, with {@code archived}, archived) clients whose name, tax id, contact name or e-mail contains {@code query}. */
    @Transactional(readOnly = true)
    public Page<ClientSummary> search(String query, boolean archived, Pageable page) {
        return search(query, archived, page, null);
    }

    /**
     * {@link #search}, limited to the clients the current user may see: a coordinator the clients assigned to them, a manager
     * every client (the client list and search of the clients module's pages and API).
     */
    @Transactional(readOnly = true)
    public Page<ClientSummary> searchVisible(String query, boolean archived, Pageable page) {
        return search(query, archived, page, seesAll() ? null : CurrentUser.name());
    }

    private Page<ClientSummary> search(String query, boolean archived, Pageable page, String assignedTo) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        // A user types a tax id with the spaces the register prints ("51 824 753 556"); we store digits only.
        String digits = q.replaceAll("[\\s-]", "");
        String needle = digits.matches("\\d+") ? digits : q;
        String pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Pageable sorted = page.getSort().isSorted() ? page
                : PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("name").and(Sort.by("id")));
        Page<Client> found = assignedTo == null ? clients.search(archived, pattern, sorted)
                : clients.searchAssigned(archived, pattern, assignedTo, sorted);
        return found.map(Client::toSummary);
    }

    /**
     * Refuses a client the current user may not see: a coordinator sees only the clients assigned to them, a manager every
     * client (as clearance). An unknown id and a client on file but not assigned are answered alike, {@link ClientNotFound}
     * (404, the same body), so that the answers do not tell which ids exist (anti-enumeration, as clearance answers for a
     * file the user may not see); the log keeps the user and the client's id. Every
     * per-client page and endpoint of this module checks this first (acceptance review F2: a coordinator read another
     * client's mails through {@code /api/v1/clients/2/history}).
     */
    @Transactional(readOnly = true)
    public void requireAccess(ClientId id) {
        load(id.value());
        if (!maySee(id)) {
            LOG.info("{} is not assigned to client {}: answered as not found", CurrentUser.name(), id.value());
            throw ClientNotFound.forId(id.value());
        }
    }

    /**
     * {@link #requireAccess}, and refuses an archived client (409, {@code clients.client.archived}): nothing new is filed
     * for a client kept for history only (a saved calculation: acceptance review t1fixI 8).
     */
    @Transactional(readOnly = true)
    public void requireActive(ClientId id) {
        requireAccess(id);
        if (load(id.value()).archived()) {
            throw ClientArchived.forId(id.value());
        }
    }

    /** {@link #client}, for a client the current user may see ({@link #requireAccess}: 404 otherwise). */
    @Transactional(readOnly = true)
    public ClientView visibleClient(ClientId id) {
        requireAccess(id);
        return client(id);
    }

    /** Whether the current user may see the client: a manager always, a coordinator when assigned to it. */
    @Transactional(readOnly = true)
    public boolean maySee(ClientId id) {
        return seesAll() || assignments.existsByClientIdAndUsername(id.value(), CurrentUser.name());
    }

    /**
     * Whether the current user sees every client (a manager); otherwise they see the clients assigned to them
     * ({@link #clientsAssignedTo}). For another module's list of records of many clients, filtered by the same rule as
     * {@link #maySee} without asking client by client (the taxes home list, clearance's work queue).
     */
    public boolean seesEveryClient() {
        return seesAll();
    }

    private static boolean seesAll() {
        return CurrentUser.hasRole(org.tradedesk.identity.Role.MANAGER);
    }

    @Transactional(readOnly = true)
    public ClientView client(ClientId id) {
        return view(load(id.value()));
    }

    @Transactional
    public ClientView create(ClientDetails details) {
        Client client = clients.save(new Client(details, Instant.now(clock)));
        audit.record(CLIENT, client.id().toString(), AuditAction.CREATED, null, write(details));
        String creator = CurrentUser.name();
        if (!"system".equals(creator)) {
            // the creator works the client's files until a manager assigns someone else
            assignments.save(new ClientAssignment(client.id(), creator, creator, Instant.now(clock)));
        }
        return view(client);
    }

    // ---- assignment: who works a client's files ----

    /** The users assigned to the client, by name. */
    @Transactional(readOnly = true)
    public List<String> assignees(ClientId id) {
        return assignments.findByClientIdOrderByUsernameAsc(id.value()).stream().map(ClientAssignment::username).toList();
    }

    /** The clients {@code username} is assigned to. */
    @Transactional(readOnly = true)
    public java.util.Set<ClientId> clientsAssignedTo(String username) {
        java.util.Set<ClientId> ids = new java.util.LinkedHashSet<>();
        assignments.findByUsername(username).forEach(a -> ids.add(new ClientId(a.clientId())));
        return ids;
    }

    @Transactional(readOnly = true)
    public boolean isAssigned(ClientId id, String username) {
        return assignments.existsByClientIdAndUsername(id.value(), username);
    }

    /** A manager assigns a user (who must have an account) to the client; assigning twice changes nothing. Audited. */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public List<String> assign(ClientId id, String username) {
        load(id.value());
        String name = username == null ? "" : username.strip();
        if (users.displayName(name).isEmpty()) {
            throw UnknownAssignee.named(name);
        }
        assignQuietly(id.value(), name, CurrentUser.name());
        return assignees(id);
    }

    /** A manager ends an assignment. Audited. */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public List<String> unassign(ClientId id, String username) {
        load(id.value());
        if (assignments.deleteByClientIdAndUsername(id.value(), username) > 0) {
            audit.record(CLIENT, String.valueOf(id.value()), AuditAction.CHANGED,
                    write(Map.of("assigned", username)), write(Map.of("unassigned", username)));
        }
        return assignees(id);
    }

    /** Without the role check: the demo data assigns its clients at start-up. */
    void assignQuietly(long clientId, String username, String by) {
        if (!assignments.existsByClientIdAndUsername(clientId, username)) {
            assignments.save(new ClientAssignment(clientId, username, by, Instant.now(clock)));
            audit.record(CLIENT, String.valueOf(clientId), AuditAction.CHANGED, null, write(Map.of("assigned", username)));
        }
    }

    /** Refused with {@link StaleClientEdit} when {@code expectedVersion} is not the stored version. */
    @Transactional
    public ClientView update(ClientId id, long expectedVersion, ClientDetails details) {
        Client client = load(id.value());
        if (client.version() != expectedVersion) {
            throw StaleClientEdit.ofClient(id.value(), expectedVersion, client.version());
        }
        String before = write(client.toDetails());
        client.change(details);
        clients.saveAndFlush(client);
        audit.record(CLIENT, client.id().toString(), AuditAction.CHANGED, before, write(details));
        return view(client);
    }

    /** Clients are never deleted: their history and clearance records must stay readable. */
    @Transactional
    public ClientView archive(ClientId id) {
        Client client = load(id.value());
        if (!client.archived()) {
            client.archive(Instant.now(clock));
            clients.saveAndFlush(client);
            audit.record(CLIENT, client.id().toString(), AuditAction.ARCHIVED, null, null);
        }
        return view(client);
    }

    /**
     * The other clients on file with the tax id {@code details} normalises to (統一編號, ABN), archived
     * ones included; {@code excluding} is the client being edited, checked only when its number
     * changes (a duplicate let through once is not warned of at every later edit). The same number
     * twice is usually the same company entered again, so the pages warn and link to it before saving.
     */
    @Transactional(readOnly = true)
    public List<ClientSummary> sameTaxId(ClientDetails details, Long excluding) {
        if (details.taxId() == null) {
            return List.of();
        }
        if (excluding != null && details.taxId().equals(load(excluding).toDetails().taxId())) {
            return List.of();
        }
        return clients.findByTaxIdOrderByIdAsc(details.taxId()).stream()
                .filter(c -> excluding == null || !c.id().equals(excluding)).map(Client::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public boolean existsWithTaxId(String taxId) {
        return taxId != null && clients.existsByTaxId(taxId);
    }

    // ---- contacts ----

    @Transactional
    public ContactView addContact(ClientId clientId, ContactDetails details) {
        Client client = load(clientId.value());
        if (client.archived()) {
            throw ClientArchived.forId(clientId.value());
        }
        Contact contact = contacts.save(new Contact(clientId.value(), details, Instant.now(clock)));
        ContactView view = contactView(contact);
        audit.record(CONTACT, contact.id().toString(), AuditAction.CREATED, null, write(view));
        return view;
    }

    /** A contact's details as shown to a user: recorded in the audit as VIEWED (個資法: who looked at whose data). */
    @Transactional
    public ContactView viewContact(ClientId clientId, long contactId) {
        ContactView view = contactView(loadContact(clientId.value(), contactId));
        audit.record(CONTACT, String.valueOf(contactId), AuditAction.VIEWED, null, null);
        return view;
    }

    @Transactional
    public ContactView updateContact(ClientId clientId, long contactId, long expectedVersion, ContactDetails details) {
        Contact contact = loadContact(clientId.value(), contactId);
        contact.refuseIfErased();
        if (contact.version() != expectedVersion) {
            throw StaleClientEdit.ofContact(contactId, expectedVersion, contact.version());
        }
        String before = write(contactView(contact));
        contact.change(details);
        contacts.saveAndFlush(contact);
        ContactView after = contactView(contact);
        audit.record(CONTACT, String.valueOf(contactId), AuditAction.CHANGED, before, write(after));
        return after;
    }

    @Transactional
    public ContactView recordConsent(ClientId clientId, long contactId, ConsentDecision decision) {
        Contact contact = loadContact(clientId.value(), contactId);
        contact.refuseIfErased();
        String before = write(consentViews(contactId));
        consents.save(new ConsentRecord(contactId, decision, CurrentUser.name(), Instant.now(clock)));
        ContactView after = contactView(contact);
        audit.record(CONTACT, String.valueOf(contactId), AuditAction.CHANGED, before, write(after.consents()));
        return after;
    }

    /** All data held about the contact (個資法 art. 10: the person's right to a copy). Audited as EXPORTED. */
    @Transactional
    public ContactDataExport exportContact(ClientId clientId, long contactId) {
        Contact contact = loadContact(clientId.value(), contactId);
        Client client = load(clientId.value());
        List<CommunicationEntry> log = communications.findByContactIdOrderByOccurredAtAscIdAsc(contactId).stream()
                .map(Communication::toEntry).toList();
        ContactDataExport export = new ContactDataExport(Instant.now(clock), CurrentUser.name(), contactView(contact),
                clientId.value(), client.name(), log);
        audit.record(CONTACT, String.valueOf(contactId), AuditAction.EXPORTED, null,
                write(Map.of("consents", export.contact().consents().size(), "communications", log.size())));
        return export;
    }

    /**
     * Erases the contact's personal data (個資法 art. 11: deletion when the purpose has ended or on
     * request): name, e-mail, phone and role are replaced, every consent still given is withdrawn
     * today. The row, the client's history and the audit trail stay; the erasure's own audit entry
     * names the fields erased, not their values, so it does not copy back what it removed. Irreversible,
 * so a manager's decision.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public ContactView eraseContact(ClientId clientId, long contactId) {
        Contact contact = loadContact(clientId.value(), contactId);
        contact.refuseIfErased();
        ContactView before = contactView(contact);
        LocalDate today = calendar.today();
        List<String> withdrawn = new ArrayList<>();
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            if (before.consents(purpose)) {
                consents.save(new ConsentRecord(contactId,
                        new ConsentDecision(purpose, false, today, "withdrawn on erasure of personal data"),
                        CurrentUser.name(), Instant.now(clock)));
                withdrawn.add(purpose.name());
            }
        }
        contact.erase(Instant.now(clock));
        contacts.saveAndFlush(contact);
        ContactView after = contactView(contact);
        Map<String, Object> erased = new LinkedHashMap<>();
        erased.put("contactId", contactId);
        erased.put("clientId", clientId.value());
        erased.put("fieldsErased", List.of("name", "email", "phone", "jobRole"));
        erased.put("consentsWithdrawn", withdrawn);
        audit.record(CONTACT, String.valueOf(contactId), AuditAction.ERASED, write(erased), write(after));
        return after;
    }

    // ---- history ----

    /**
     * Adds to the client's history now, as the current user (the history form and API). Other modules
     * publish a {@link ClientHistoryEvent} instead, recorded once their transaction committed.
     */
    @Transactional
    public CommunicationEntry logCommunication(ClientId clientId, NewCommunication entry) {
        return logCommunication(clientId.value(), entry, CurrentUser.name());
    }

    /** As {@link #logCommunication(ClientId, NewCommunication)}, for a user other than the current one (an event recorded later). */
    @Transactional
    CommunicationEntry logCommunication(long clientId, NewCommunication entry, String username) {
        load(clientId);
        if (entry.contactId() != null) {
            loadContact(clientId, entry.contactId());
        }
        Instant at = entry.occurredAt() == null ? Instant.now(clock) : entry.occurredAt();
        return communications.save(new Communication(clientId, entry, at, username)).toEntry();
    }

    @Transactional(readOnly = true)
    public Page<CommunicationEntry> history(ClientId clientId, Pageable page) {
        load(clientId.value());
        return communications.findByClientIdOrderByOccurredAtDescIdDesc(clientId.value(), page).map(Communication::toEntry);
    }

    // ---- used by ClientMailer ----

    /** The contact to send to, refusing an erased one or one without an address. */
    @Transactional(readOnly = true)
    ContactView mailableContact(ClientId clientId, long contactId) {
        Contact contact = loadContact(clientId.value(), contactId);
        if (contact.erased()) {
            throw ContactErased.forId(contactId);
        }
        if (contact.email() == null) {
            throw ContactHasNoEmail.forId(contactId);
        }
        return contactView(contact);
    }

    /** The history entry and the SENT audit of a mail the server accepted, in one transaction. */
    @Transactional
    CommunicationEntry logSentMail(ClientId clientId, NewCommunication entry) {
        CommunicationEntry logged = logCommunication(clientId, entry);
        audit.record(CONTACT, String.valueOf(entry.contactId()), AuditAction.SENT, null,
                write(Map.of("communicationId", logged.id(), "subject", logged.subject(),
                        "attachments", logged.attachmentNames())));
        return logged;
    }

    /** The SENT audit of a mail whose history entry the sending module publishes as a {@link ClientHistoryEvent}. */
    @Transactional
    void auditSentMail(long contactId, String subject, List<String> attachmentNames) {
        audit.record(CONTACT, String.valueOf(contactId), AuditAction.SENT, null,
                write(Map.of("subject", subject, "attachments", attachmentNames)));
    }

    // ---- internals ----

    private Client load(long id) {
        return clients.findById(id).orElseThrow(() -> ClientNotFound.forId(id));
    }

    private Contact loadContact(long clientId, long contactId) {
        return contacts.findById(contactId).filter(c -> c.clientId() == clientId)
                .orElseThrow(() -> ContactNotFound.of(clientId, clients.findById(clientId).map(Client::name).orElse(null), contactId));
    }

    private ClientView view(Client client) {
        List<ContactSummary> list = contacts.findByClientIdOrderByIdAsc(client.id()).stream().map(Contact::toSummary).toList();
        return client.toView(list);
    }

    private ContactView contactView(Contact contact) {
        return contact.toView(consentViews(contact.id()));
    }

    private List<ConsentView> consentViews(long contactId) {
        return consents.findByContactIdOrderByEffectiveOnAscIdAsc(contactId).stream().map(ConsentRecord::toView).toList();
    }

    private String write(Object value) {
        return json.writeValueAsString(value);
    }

}
