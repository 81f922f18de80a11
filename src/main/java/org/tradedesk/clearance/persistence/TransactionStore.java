package org.tradedesk.clearance.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.clearance.ClearanceTransaction;
import org.tradedesk.clearance.DocumentNotFound;
import org.tradedesk.clearance.DocumentType;
import org.tradedesk.clearance.DocumentView;
import org.tradedesk.clearance.HistoryEntry;
import org.tradedesk.clearance.StaleTransactionEdit;
import org.tradedesk.clearance.StoredFile;
import org.tradedesk.clearance.TransactionDetails;
import org.tradedesk.clearance.TransactionNotFound;
import org.tradedesk.clearance.TransactionStatus;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.shared.MessageText;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clearance files on the database. Every change checks the version the caller started from, goes through
 * the aggregate's guarded methods (a closed file refuses it) and writes its history lines in the same
 * transaction, so a change and its record are committed together or not at all.
 */
@Component
public class TransactionStore {

    private final TransactionRepository transactions;
    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;
    private final DocumentRepository documents;
    private final HistoryRepository history;
    private final IssueStore issues;
    private final JsonMapper json;
    private final DisputeRepository disputes;
    private final JavaType argList;

    TransactionStore(TransactionRepository transactions, DocumentRepository documents, HistoryRepository history,
            IssueStore issues, JsonMapper json, DisputeRepository disputes) {
        this.disputes = disputes;
        this.issues = issues;
        this.transactions = transactions;
        this.documents = documents;
        this.history = history;
        this.json = json;
        this.argList = json.getTypeFactory().constructCollectionType(List.class, MessageText.Arg.class);
    }

    @Transactional
    public ClearanceTransaction create(TransactionDetails details, String user, Instant now, MessageText created) {
        TransactionEntity entity = transactions.saveAndFlush(new TransactionEntity(details, user, now));
        record(entity.id(), user, now, List.of(created));
        return entity.toRecord();
    }

    @Transactional(readOnly = true)
    public Optional<ClearanceTransaction> find(long id) {
        return transactions.findById(id).map(TransactionEntity::toRecord);
    }

    /** The newest files first, of the given clients only (or of all when {@code clientIds} is null). */
    @Transactional(readOnly = true)
    public List<ClearanceTransaction> newest(Collection<Long> clientIds, int limit) {
        PageRequest page = PageRequest.of(0, limit);
        if (clientIds == null) {
            return transactions.newest(page).stream().map(TransactionEntity::toRecord).toList();
        }
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return transactions.newestOf(clientIds, page).stream().map(TransactionEntity::toRecord).toList();
    }

    @Transactional
    public ClearanceTransaction change(long id, long expectedVersion, TransactionDetails details, String user, Instant now,
            List<MessageText> changes) {
        TransactionEntity entity = load(id, expectedVersion);
        entity.change(details, now);
        TransactionEntity saved = transactions.saveAndFlush(entity);
        record(id, user, now, changes);
        return saved.toRecord();
    }

    /** Moves the status; {@code details} carries the dates the move sets (declaration, release), or is null. */
    @Transactional
    public ClearanceTransaction move(long id, long expectedVersion, TransactionStatus target, TransactionDetails details,
            String user, Instant now, List<MessageText> changes) {
        TransactionEntity entity = load(id, expectedVersion);
        if (details != null) {
            entity.change(details, now);
        }
        entity.moveTo(target, now);
        // released: customs asks nothing more of the declaration (an open N5107 補辦 is met on the release date)
        LocalDate due = entity.documentsDue();
        boolean met = target == TransactionStatus.RELEASED && entity.documentsMet(entity.toRecord().details().releaseDate());
        TransactionEntity saved = transactions.saveAndFlush(entity);
        List<MessageText> lines = changes;
        if (met) {
            lines = new java.util.ArrayList<>(changes);
            lines.add(MessageText.of("clearance.history.documents-supplied.release", MessageText.Arg.date(due)));
        }
        record(id, user, now, lines);
        return saved.toRecord();
    }

    /**
     * Customs asked for documents (N5107): on {@code requestedOn}, by {@code due} as customs wrote it; replaces an earlier
     * request. The file's version moves (its deadlines changed).
     */
    @Transactional
    public ClearanceTransaction documentsRequested(long id, LocalDate requestedOn, LocalDate due, Instant now) {
        TransactionEntity entity = load(id);
        if (!entity.documentsRequested(requestedOn, due, now)) {
            // not a new request (older, the same again, or dated before customs moved on or the request was met)
            return entity.toRecord();
        }
        return transactions.saveAndFlush(entity).toRecord();
    }

    /**
     * Customs moved on (a duty notice on the declaration): an open request for documents is met on {@code day}, with a
     * history line; nothing when none is open.
     */
    @Transactional
    public boolean documentsMet(long id, LocalDate day, String user, Instant now, MessageText line) {
        TransactionEntity entity = load(id);
        if (!entity.documentsMet(day)) {
            return false;
        }
        entity.touch(now);
        transactions.saveAndFlush(entity);
        record(id, user, now, List.of(line));
        return true;
    }

    /** Adds a document (with its file, its captured data, or both); {@code expectedVersion} null skips the version check. */
    @Transactional
    public DocumentView addDocument(long id, Long expectedVersion, DocumentType type, String fileName, String contentType,
            byte[] content, String sha256, CapturedInvoice captured, String user, Instant now, MessageText added) {
        TransactionEntity entity = expectedVersion == null ? load(id) : load(id, expectedVersion);
        entity.touch(now);
        // the documents customs asked for (N5107 補辦) came in: a FILE uploaded after the request meets it (captured data
        // typed by hand, an invoice corrected, is no document supplied to customs)
        LocalDate due = entity.documentsDue();
        boolean met = content != null
                && entity.documentsMet(org.tradedesk.clearance.FileTime.date(now, entity.toRecord().details().jurisdiction()));
        transactions.saveAndFlush(entity);
        DocumentEntity document = documents.saveAndFlush(new DocumentEntity(id, type, fileName, contentType, content, sha256,
                captured == null ? null : captured.format(), captured == null ? null : json.writeValueAsString(captured),
                user, now));
        record(id, user, now, met ? List.of(added, MessageText.of("clearance.history.documents-supplied.document",
                MessageText.Arg.date(due))) : List.of(added));
        return view(document);
    }

    /** The file's document to change, at the version the editor read (two coordinators never overwrite each other). */
    private DocumentEntity documentAt(long id, long documentId, long expectedVersion) {
        DocumentEntity document = documents.findByIdAndTransactionId(documentId, id)
                .orElseThrow(() -> DocumentNotFound.forIds(id, documentId));
        if (document.version() != expectedVersion) {
            throw StaleTransactionEdit.ofDocument(documentId, expectedVersion, document.version());
        }
        return document;
    }

    @Transactional
    public DocumentView recapture(long id, long documentId, long expectedVersion, CapturedInvoice captured, String user,
            Instant now, MessageText changed) {
        TransactionEntity entity = load(id);
        DocumentEntity document = documentAt(id, documentId, expectedVersion);
        if (document.withdrawnAt() != null) {
            throw org.tradedesk.clearance.DocumentWithdrawn.noChange(documentId, documentNamed(id, documentId));
        }
        entity.touch(now);
        transactions.saveAndFlush(entity);
        document.recapture(captured.format(), json.writeValueAsString(captured));
        DocumentEntity saved = documents.saveAndFlush(document);
        record(id, user, now, List.of(changed));
        return view(saved);
    }

    /**
     * Files a document kept as another type under {@code type}, with what was read of it (null: nothing read); the file is
     * touched and the history line written in the same transaction.
     */
    @Transactional
    public DocumentView reclassify(long id, long documentId, long expectedVersion, DocumentType type, CapturedInvoice captured,
            String user, Instant now, MessageText changed) {
        TransactionEntity entity = load(id);
        DocumentEntity document = documentAt(id, documentId, expectedVersion);
        if (document.withdrawnAt() != null) {
            throw org.tradedesk.clearance.DocumentWithdrawn.noChange(documentId, documentNamed(id, documentId));
        }
        entity.touch(now);
        transactions.saveAndFlush(entity);
        document.reclassify(type, captured == null ? null : captured.format(), captured == null ? null : json.writeValueAsString(captured));
        DocumentEntity saved = documents.saveAndFlush(document);
        record(id, user, now, List.of(changed));
        return view(saved);
    }

    @Transactional(readOnly = true)
    public List<DocumentView> documents(long id) {
        return documents.listing(id).stream().map(r -> new DocumentView((Long) r[0], (Long) r[1], (DocumentType) r[2],
                (String) r[3], (String) r[4], (Long) r[5], (String) r[6], (String) r[7], captured((String) r[8]),
                (String) r[9], (Instant) r[10])).toList();
    }

    /** The file's withdrawn documents, kept for the record, oldest first. */
    @Transactional(readOnly = true)
    public List<DocumentView> withdrawnDocuments(long id) {
        return documents.withdrawnListing(id).stream().map(r -> new DocumentView((Long) r[0], (Long) r[1], (DocumentType) r[2],
                (String) r[3], (String) r[4], (Long) r[5], (String) r[6], (String) r[7], captured((String) r[8]),
                (String) r[9], (Instant) r[10], (Instant) r[11], (String) r[12], (String) r[13])).toList();
    }

    /** Whether a document on the file at {@code builtAt} was withdrawn since (a declaration built then rests on it). */
    @Transactional(readOnly = true)
    public boolean withdrawnSince(long id, Instant builtAt) {
        return documents.withdrawnSince(id, builtAt) > 0;
    }

    /**
     * Withdraws a document: {@code expectedVersion} is the document's version read (two coordinators: the second is told
     * with {@link StaleTransactionEdit}); the file is touched and the history line written in the same transaction.
     */
    @Transactional
    public DocumentView withdraw(long id, long documentId, long expectedVersion, String reason, String user, Instant now,
            MessageText line) {
        TransactionEntity entity = load(id);
        DocumentEntity document = documentAt(id, documentId, expectedVersion);
        if (document.withdrawnAt() != null) {
            throw org.tradedesk.clearance.DocumentWithdrawn.already(documentId, documentNamed(id, documentId));
        }
        entity.touch(now);
        LocalDate due = entity.documentsDue();
        boolean reopened = false;
        if (metBy(entity, document)) {
            // the document that met customs' request is withdrawn: open again, unless another file uploaded after it meets
            // it (one uploaded before it came before the request was recorded, else it would have met it)
            LocalDate requested = entity.documentsRequestedOn();
            entity.documentsReopened(now);
            java.time.ZoneId zone = org.tradedesk.clearance.FileTime.zone(entity.toRecord().details().jurisdiction());
            LocalDate other = documents.uploadedFiles(id).stream().filter(r -> (Long) r[0] > documentId)
                    .map(r -> ((Instant) r[1]).atZone(zone).toLocalDate()).filter(day -> !day.isBefore(requested))
                    .min(LocalDate::compareTo).orElse(null);
            reopened = other == null || !entity.documentsMet(other);
        }
        transactions.saveAndFlush(entity);
        document.withdraw(user, now, reason);
        DocumentEntity saved = documents.saveAndFlush(document);
        record(id, user, now, reopened ? List.of(line, MessageText.of("clearance.history.documents-reopened", MessageText.Arg.date(due)))
                : List.of(line));
        return view(saved);
    }

    /**
     * Whether the file's met request for documents (N5107) was met by this document: an uploaded file, added on or after
     * the day of the request and on the day the request is met, while neither customs (a duty notice on or after the
     * request) nor the release met it.
     */
    private static boolean metBy(TransactionEntity entity, DocumentEntity document) {
        LocalDate requested = entity.documentsRequestedOn();
        LocalDate supplied = entity.documentsSuppliedOn();
        if (requested == null || supplied == null || document.sha256() == null) {
            return false;
        }
        org.tradedesk.clearance.TransactionDetails d = entity.toRecord().details();
        if (d.releaseDate() != null || d.dutyNoticeDate() != null && !d.dutyNoticeDate().isBefore(requested)) {
            return false;
        }
        LocalDate added = org.tradedesk.clearance.FileTime.date(document.uploadedAt(), d.jurisdiction());
        return !added.isBefore(requested) && supplied.equals(added);
    }


    @Transactional(readOnly = true)
    public long documentCount(long id) {
        return documents.countByTransactionId(id);
    }

    @Transactional(readOnly = true)
    public DocumentView document(long id, long documentId) {
        return documents.findByIdAndTransactionId(documentId, id).map(this::view)
                .orElseThrow(() -> DocumentNotFound.forIds(id, documentId));
    }

    @Transactional(readOnly = true)
    public StoredFile file(long id, long documentId) {
        DocumentEntity d = documents.findByIdAndTransactionId(documentId, id)
                .filter(e -> e.content() != null)
                .orElseThrow(() -> DocumentNotFound.forIds(id, documentId));
        return new StoredFile(d.fileName(), d.contentType(), d.sha256(), d.content());
    }

    /** The newest {@code limit} lines of the file's history, newest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id, int limit) {
        List<HistoryEntity> lines = history.findByTransactionIdOrderByIdDesc(id, PageRequest.of(0, limit));
        // the file's documents, read only when a line stored before documents were named by what the user knows needs them
        java.util.function.Supplier<List<DocumentView>> all = new java.util.function.Supplier<>() {
            private List<DocumentView> read;

            @Override
            public List<DocumentView> get() {
                if (read == null) {
                    read = allDocuments(id);
                }
                return read;
            }
        };
        // the file's disputes by id, read only when a line stored before disputes were named (re-review F3) needs them
        java.util.function.LongFunction<MessageText> disputeNamed = new java.util.function.LongFunction<>() {
            private java.util.Map<Long, MessageText> read;

            @Override
            public MessageText apply(long disputeId) {
                if (read == null) {
                    read = new java.util.HashMap<>();
                    for (DisputeEntity d : disputes.findByTransactionIdOrderByIdAsc(id, PageRequest.of(0, DisputeStore.MAX_DISPUTES))) {
                        read.put(d.id(), DisputeStore.named(d).message());
                    }
                }
                MessageText named = read.get(disputeId);
                return named != null ? named : MessageText.of("clearance.dispute.named.id", MessageText.Arg.number(disputeId));
            }
        };
        return lines.stream()
                .map(h -> new HistoryEntry(h.id(), h.occurredAt(), h.username(),
                        disputeLine(line(h.code(), json.readValue(h.argsJson(), argList), all), disputeNamed)))
                .toList();
    }

    /**
     * A dispute's line as written now (re-review F3): lines stored before named the dispute by our id ("Dispute 2: …",
     * a number first); read with its name (kind and customs' decision reference) instead. The stored line is not changed.
     */
    static MessageText disputeLine(MessageText text, java.util.function.LongFunction<MessageText> disputeNamed) {
        if (!text.code().startsWith("clearance.history.dispute-") || text.args().isEmpty()
                || text.args().get(0).kind() != MessageText.Kind.NUMBER || !text.args().get(0).value().matches("\\d{1,18}")) {
            return text;
        }
        List<MessageText.Arg> out = new java.util.ArrayList<>(text.args());
        out.set(0, MessageText.Arg.message(disputeNamed.apply(Long.parseLong(text.args().get(0).value()))));
        return new MessageText(text.code(), out);
    }

    /** The file's current and withdrawn documents (what a document's place in the file counts). */
    private List<DocumentView> allDocuments(long id) {
        List<DocumentView> all = new java.util.ArrayList<>(documents(id));
        all.addAll(withdrawnDocuments(id));
        return all;
    }

    /** The file's document as every text names it ({@link org.tradedesk.clearance.DocumentReference}): never its id. */
    @Transactional(readOnly = true)
    public MessageText documentNamed(long id, long documentId) {
        // the one document, its place and its twins queried directly (t4fixK 4: every document of the file was read, its
        // captured JSON parsed, to name one); the same names as DocumentReference#named gives from the whole list
        List<Object[]> rows = documents.naming(id, documentId);
        if (rows.isEmpty()) {
            return MessageText.of("clearance.document.named.gone");
        }
        org.tradedesk.clearance.DocumentType type = (org.tradedesk.clearance.DocumentType) rows.get(0)[1];
        CapturedInvoice captured = type.invoice() ? captured((String) rows.get(0)[2]) : null;
        int position = (int) documents.placeOf(id, documentId);
        String fileName = (String) rows.get(0)[3];
        String own = captured == null ? null : captured.invoiceNumber();
        String number = twinKey(own);
        if (number != null) {
            // the database narrows on the number as typed; one JSON would escape (a quote, a backslash, a control or
            // non-ASCII character, upper-cased apart) is compared on every candidate of the type
            String text = own.strip().chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\') ? own.strip() : "";
            boolean twin = documents.capturedContaining(id, type, documentId, text, org.springframework.data.domain.PageRequest.of(0, 50))
                    .stream().anyMatch(r -> {
                        CapturedInvoice other = captured((String) r[1]);
                        return other != null && number.equals(twinKey(other.invoiceNumber()));
                    });
            if (twin) {
                return org.tradedesk.clearance.domain.DocumentNames.referenceWithPosition(type.name(), own, fileName, position);
            }
        }
        return org.tradedesk.clearance.domain.DocumentNames.reference(type.name(), own, fileName, position);
    }

    /** An invoice number as a twin is compared ({@link org.tradedesk.clearance.DocumentReference}); null when none. */
    private static String twinKey(String n) {
        return n == null || n.isBlank() ? null : n.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * A history line as stored, read as written now (the stored line is not changed): one written before the rule of a
     * finding was named by its title is read with it; one written before documents were named by what the user knows
     * (issue 8: 「已登錄文件 8 之數據」, "Captured data of document 8 corrected", "Document Commercial invoice #8 withdrawn"
     * — our database id) names the document as {@link org.tradedesk.clearance.DocumentReference} does.
     */
    static MessageText line(String code, List<MessageText.Arg> args, java.util.function.Supplier<List<DocumentView>> documents) {
        MessageText text = new MessageText(code, args);
        if ("clearance.history.issue-from-finding".equals(code)) {
            return org.tradedesk.clearance.domain.FindingNames.withRuleNamed(text, 1);
        }
        if (("clearance.history.figures-captured".equals(code) || "clearance.history.invoice-corrected".equals(code))
                && !args.isEmpty() && storedId(args.get(0)) != null) {
            List<MessageText.Arg> out = new java.util.ArrayList<>(args);
            out.set(0, MessageText.Arg.message(org.tradedesk.clearance.DocumentReference.named(documents.get(), storedId(args.get(0)))));
            return new MessageText(code, out);
        }
        if ("clearance.history.document-withdrawn".equals(code) && args.size() > 1 && args.get(0).kind() == MessageText.Kind.CODE) {
            // stored as the type's code and a name: the file's name, an invoice's number or "#" and the id
            List<MessageText.Arg> out = new java.util.ArrayList<>(args);
            String name = args.get(1).value() == null ? "" : args.get(1).value();
            Long stored = name.matches("#\\d+") ? Long.valueOf(name.substring(1)) : null;
            out.set(0, MessageText.Arg.message(stored != null ? org.tradedesk.clearance.DocumentReference.named(documents.get(), stored)
                    : name.isBlank() ? MessageText.of("clearance.document.named.type", args.get(0))
                    : MessageText.of("clearance.document.named.number", args.get(0), MessageText.Arg.literal(name))));
            out.set(1, MessageText.Arg.literal(""));
            return new MessageText(code, out);
        }
        return text;
    }

    /** A document's id as an old line stored it (a number, or a literal of digits); null for a name. */
    private static Long storedId(MessageText.Arg arg) {
        return (arg.kind() == MessageText.Kind.NUMBER || arg.kind() == MessageText.Kind.LITERAL) && arg.value() != null
                && arg.value().matches("\\d+") ? Long.valueOf(arg.value()) : null;
    }

    /** Deletes the file with its documents and history: the caller has checked that its retention period ended. */
    @Transactional
    public void delete(long id) {
        TransactionEntity entity = load(id);
        documents.deleteByTransactionId(id);
        issues.deleteOf(id);
        history.deleteByTransactionId(id);
        transactions.delete(entity);
    }

    /**
     * Takes the file's row for the rest of the transaction by a versioned update (its version goes up): a change of the file
     * by another instance that read the version before waits for this transaction and is then refused as stale (a lodgement
     * and a withdrawal of a document it rests on cannot both succeed).
     */
    @Transactional
    public void claim(long id, Instant now) {
        TransactionEntity entity = load(id);
        entity.touch(now);
        // the version is raised now, by an update of the row that holds it until commit, even when nothing else changed
        try {
            entityManager.lock(entity, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            transactions.saveAndFlush(entity);
        } catch (jakarta.persistence.OptimisticLockException | org.springframework.dao.OptimisticLockingFailureException e) {
            // issue 8 F1: another send, confirmation or lodgement of the file took the row first and committed while this
            // one waited for it; the loser is refused (409, the stale-edit problem), nothing changed — never a 500
            throw StaleTransactionEdit.ofBusyFile(id);
        }
    }

    /**
     * Locks the file's row until the transaction ends, without changing it (its version stays: a form holding it is not made
     * stale): a second request of the same kind on another instance waits here and then reads what the first committed, so
     * a check for a duplicate made after this (a query mailed twice, a dispute opened twice on one decision, an issue or a
     * hand capture posted twice — acceptance review) holds across instances on one database.
     */
    @Transactional
    public void lockRow(long id) {
        TransactionEntity entity = load(id);
        entityManager.refresh(entity, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /** Adds a line to the file's history without changing the file (a query sent to the client). */
    @Transactional
    public void note(long id, String user, Instant now, MessageText line) {
        load(id);
        record(id, user, now, List.of(line));
    }

    private void record(long id, String user, Instant now, List<MessageText> lines) {
        for (MessageText line : lines) {
            history.save(new HistoryEntity(id, now, user, line.code(), json.writeValueAsString(line.args())));
        }
    }

    private TransactionEntity load(long id) {
        return transactions.findById(id).orElseThrow(() -> TransactionNotFound.forId(id));
    }

    private TransactionEntity load(long id, long expectedVersion) {
        TransactionEntity entity = load(id);
        if (entity.version() != expectedVersion) {
            throw StaleTransactionEdit.ofTransaction(id, expectedVersion, entity.version());
        }
        return entity;
    }

    private DocumentView view(DocumentEntity d) {
        return new DocumentView(d.id(), d.version(), d.type(), d.fileName(), d.contentType(), d.sizeBytes(), d.sha256(),
                d.captureFormat(), captured(d.capturedJson()), d.uploadedBy(), d.uploadedAt(), d.withdrawnAt(), d.withdrawnBy(),
                d.withdrawalReason());
    }

    /**
     * A commercial invoice of an open file of a client as the duplicate-invoice check's key reads it: the file's id and
     * reference, the document's id, version and SHA-256 — not its captured data (see {@link #invoiceHeads}).
     */
    public record OpenInvoice(long clientId, long transactionId, String reference, long documentId, long documentVersion,
            String sha256) {
    }

    /** The commercial invoices of the clients' files not closed, by file then document (one statement, no JSON read). */
    @Transactional(readOnly = true)
    public List<OpenInvoice> invoicesOfOpenFiles(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return documents.invoicesOfOpenFiles(clientIds).stream().map(r -> new OpenInvoice((Long) r[0], (Long) r[1], (String) r[2],
                (Long) r[3], ((Number) r[4]).longValue(), (String) r[5])).toList();
    }

    /** What the duplicate-invoice check compares of an invoice's captured data; both null when nothing is captured. */
    public record InvoiceHead(String invoiceNumber, String sellerName) {
    }

    /** A document's {@link InvoiceHead} with the version of the document it was read from. */
    public record VersionedHead(long version, InvoiceHead head) {
    }

    private static final int IDS_PER_STATEMENT = 1_000;

    /**
     * The invoice number and seller of the documents' captured data, by document id (a statement per thousand documents).
     * Only these two fields are read of each JSON, its lines skipped, so a client's thousand-line invoices cost little.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, VersionedHead> invoiceHeads(Collection<Long> documentIds) {
        java.util.Map<Long, VersionedHead> out = new java.util.HashMap<>();
        List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(documentIds));
        for (int i = 0; i < ids.size(); i += IDS_PER_STATEMENT) {
            for (Object[] r : documents.captured(ids.subList(i, Math.min(ids.size(), i + IDS_PER_STATEMENT)))) {
                out.put((Long) r[0], new VersionedHead(((Number) r[1]).longValue(), head((String) r[2])));
            }
        }
        return out;
    }

    /** The invoice number and seller of captured JSON, read by tokens: the other fields (the lines) are skipped unread. */
    InvoiceHead head(String text) {
        if (text == null) {
            return new InvoiceHead(null, null);
        }
        String number = null;
        String seller = null;
        try (tools.jackson.core.JsonParser p = json.createParser(text)) {
            if (p.nextToken() != tools.jackson.core.JsonToken.START_OBJECT) {
                return new InvoiceHead(null, null);
            }
            while (p.nextToken() == tools.jackson.core.JsonToken.PROPERTY_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "invoiceNumber" -> number = p.getValueAsString();
                    case "sellerName" -> seller = p.getValueAsString();
                    default -> p.skipChildren();
                }
            }
        }
        return new InvoiceHead(number, seller);
    }

    private CapturedInvoice captured(String text) {
        return text == null ? null : json.readValue(text, CapturedInvoice.class);
    }
}
