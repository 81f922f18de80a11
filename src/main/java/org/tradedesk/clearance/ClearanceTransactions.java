package org.tradedesk.clearance;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.clearance.domain.CaptureProblem;
import org.tradedesk.clearance.domain.CapturedInvoiceCheck;
import org.tradedesk.clearance.domain.Deadline;
import org.tradedesk.clearance.domain.DeadlineRules;
import org.tradedesk.clearance.domain.FileDates;
import org.tradedesk.clearance.domain.Retention;
import org.tradedesk.clearance.domain.RetentionRules;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.InvoiceFormats;
import org.tradedesk.clearance.messages.UnreadableMessage;
import org.tradedesk.clearance.persistence.DisputeStore;
import org.tradedesk.clearance.persistence.TransactionStore;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientNotFound;
import org.tradedesk.identity.AuditAction;
import org.tradedesk.identity.AuditTrail;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.shared.TradedeskException;

/**
 * The clearance module's facade: the file of one shipment (transaction), its documents and captured invoice
 * data, its status, history, deadlines and retention. A coordinator works the files of the clients assigned
 * to them; a manager every file — the clients module's one rule ({@link ClientDirectory#maySee}, as its
 * {@code requireAccess}), a file the user may not see answered as one that does not exist. Every change is written to the file's
 * history (who, when, what, as message codes) in the same transaction; creation, status moves and deletion
 * also go to the {@link AuditTrail}.
 */
@Service
public class ClearanceTransactions {

    static final String SUBJECT = "clearance-transaction";
    /** A document is kept in the database: 10 MB each, 50 per file. */
    public static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;
    public static final int MAX_DOCUMENTS = 50;
    /** The work queue and history show at most this many rows. */
    public static final int MAX_ROWS = 500;
    static final String MANUAL = "MANUAL";

    private final TransactionStore store;
    private final ClientDirectory clients;
    private final DeadlineRules deadlines;
    private final RetentionRules retention;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.tradedesk.clearance.persistence.DisputeStore disputes;
    private final org.tradedesk.clearance.persistence.DeclarationStore declarations;
    private final org.tradedesk.clearance.persistence.QueryStore queries;
    private final org.tradedesk.clearance.domain.DocumentChecks documentChecks;
    private final org.tradedesk.clearance.persistence.IssueStore issues;
    private final org.tradedesk.clearance.domain.ReviewRoutes routes;

    ClearanceTransactions(TransactionStore store, ClientDirectory clients, DeadlineRules deadlines, RetentionRules retention,
            AuditTrail audit, Clock clock, org.tradedesk.clearance.persistence.DisputeStore disputes,
            org.tradedesk.clearance.persistence.DeclarationStore declarations, org.tradedesk.clearance.persistence.QueryStore queries,
            org.tradedesk.clearance.domain.DocumentChecks documentChecks, org.tradedesk.clearance.persistence.IssueStore issues,
            org.tradedesk.clearance.domain.ReviewRoutes routes) {
        this.routes = routes;
        this.queries = queries;
        this.documentChecks = documentChecks;
        this.issues = issues;
        this.disputes = disputes;
        this.declarations = declarations;
        this.store = store;
        this.clients = clients;
        this.deadlines = deadlines;
        this.retention = retention;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- the file ----

    @Transactional
    public TransactionView create(TransactionDetails details) {
        requireClient(details.clientId());
        checkAll(null, TransactionStatus.DRAFT, details);
        ClearanceTransaction created = store.create(details, CurrentUser.name(), now(), MessageText.of("clearance.history.created",
                Arg.code("clearance.direction." + details.direction()), Arg.country(details.jurisdiction().name())));
        audit.record(SUBJECT, created.id().toString(), AuditAction.CREATED, null,
                "{\"clientId\":" + details.clientId().value() + ",\"jurisdiction\":\"" + details.jurisdiction() + "\"}");
        return view(created);
    }

    @Transactional(readOnly = true)
    public TransactionView transaction(TransactionId id) {
        return view(load(id));
    }

    /** Changes the details; the client of a file never changes. Each changed field is a line of the history. */
    @Transactional
    public TransactionView update(TransactionId id, long expectedVersion, TransactionDetails details) {
        ClearanceTransaction current = load(id);
        if (current.status().readOnly()) {
            throw TransactionClosed.of(named(current), id.value());
        }
        if (!current.details().clientId().equals(details.clientId())) {
            // the client by its name, not its id (issue 8)
            throw new ClearanceInputInvalid("clientId", "clearance.transaction.client-fixed",
                    "the client of a clearance transaction cannot change", clientName(current.details().clientId().value()));
        }
        checkAll(current.details(), current.status(), details);
        List<MessageText> changes = Changes.between(current.details(), details);
        if (changes.isEmpty()) {
            if (current.version() != expectedVersion) {
                throw StaleTransactionEdit.ofTransaction(id.value(), expectedVersion, current.version());
            }
            return view(current);
        }
        return view(store.change(id.value(), expectedVersion, details, CurrentUser.name(), now(), changes));
    }

    /**
     * Moves the file to {@code target}. Declaring sets the declaration date and releasing the release date —
     * to {@code date}, or to today when the file has none yet; both are recorded in the history.
     */
    @Transactional
    public TransactionView move(TransactionId id, long expectedVersion, TransactionStatus target, LocalDate date) {
        return move(id, expectedVersion, target, date, null);
    }

    /**
     * As {@link #move(TransactionId, long, TransactionStatus, LocalDate)}; closing is refused (409) while a dispute of the
     * file is undecided — a closed file is read-only and would freeze it — whatever the reason given, and while an
     * obligation of the file runs (a deadline met by a date of the file, e.g. lodgement or payment, not met) unless
     * {@code reason} says why the file closes anyway; that reason and the deadlines are recorded in the history.
     * The window to dispute the assessment (the first step of the jurisdiction's review route held as a file deadline: TW
     * 復查, AU protest) refuses the close the same way while it runs and no dispute was opened (t4fixAD M3: a closed file
     * cannot take a dispute); later rights (refund) do not hold the file open (acceptance review F5).
     */
    @Transactional
    public TransactionView move(TransactionId id, long expectedVersion, TransactionStatus target, LocalDate date, String reason) {
        ClearanceTransaction current = load(id);
        if (current.status().readOnly()) {
            throw TransactionClosed.of(named(current), id.value());
        }
        current.status().moveTo(target);
        List<MessageText> closedAnyway = target == TransactionStatus.CLOSED ? closing(current, reason) : List.of();
        LocalDate today = today(current.details().jurisdiction());
        if (date != null && date.isAfter(today)) {
            // a declaration or a release has happened, or it has not: a date after today is a typing error
            throw new ClearanceInputInvalid("date", "clearance.transaction.date-future", "the date " + date + " is after today "
                    + today, date, today);
        }
        List<MessageText> lines = new ArrayList<>();
        lines.add(MessageText.of("clearance.history.status", Arg.code("clearance.status." + current.status()),
                Arg.code("clearance.status." + target)));
        TransactionDetails details = null;
        TransactionDetails d = current.details();
        if (target == TransactionStatus.DECLARED && (date != null || d.declarationDate() == null)) {
            LocalDate day = date == null ? today : date;
            details = d.withDeclarationDate(day);
            lines.add(MessageText.of("clearance.history.date-set", Arg.code("clearance.field.declarationDate"), Arg.date(day)));
        } else if (target == TransactionStatus.RELEASED && (date != null || d.releaseDate() == null)) {
            LocalDate day = date == null ? today : date;
            details = d.withReleaseDate(day);
            lines.add(MessageText.of("clearance.history.date-set", Arg.code("clearance.field.releaseDate"), Arg.date(day)));
        }
        if (details != null) {
            checkDates(details);
        }
        lines.addAll(closedAnyway);
        ClearanceTransaction moved = store.move(id.value(), expectedVersion, target, details, CurrentUser.name(), now(), lines);
        audit.record(SUBJECT, id.toString(), AuditAction.CHANGED, "{\"status\":\"" + current.status() + "\"}",
                "{\"status\":\"" + target + "\"}");
        return view(moved);
    }

    /** Max length of the reason for closing a file with an obligation still running. */
    public static final int MAX_CLOSE_REASON = 500;

    /**
     * Whether the file may close: refused naming the undecided disputes; refused naming the running obligations unless a
     * reason is given — then the history lines that record them and the reason (none when nothing runs); the same for the
     * window to dispute the assessment while the file has no dispute.
     */
    private List<MessageText> closing(ClearanceTransaction current, String reason) {
        List<DisputeView> open = disputes.undecided(List.of(current.id().value()), DisputeStore.MAX_DISPUTES);
        if (!open.isEmpty()) {
            // each named as users know it (kind and decision reference, DisputeView#named), never "#<id>"
            List<Arg> named = open.stream().map(d -> Arg.message(d.named())).toList();
            throw new TradedeskException(TradedeskException.Kind.CONFLICT, "clearance.transaction.close-open-disputes",
                    MessageText.of("clearance.transaction.close-open-disputes", Arg.number(open.size()), joined(named)),
                    "transaction " + current.id().value() + " has " + open.size() + " undecided disputes");
        }
        // an issue still open is a question the file has not answered: closing (read-only) would leave it so, whatever the
        // reason given (t4fixL: CLOSED with an OPEN issue succeeded silently); it is resolved first
        List<IssueView> register = issues.issues(current.id().value());
        List<IssueView> openIssues = register.stream().filter(i -> i.status() == IssueStatus.OPEN).toList();
        if (!openIssues.isEmpty()) {
            // each by its place in the file's register (as the document set names it: issue 1, 2…), never its database id,
            // with its description in the reader's language (T4 code read R10)
            List<Arg> named = openIssues.stream().map(i -> Arg.message(MessageText.of("clearance.transaction.close.issue",
                    Arg.number(register.indexOf(i) + 1), Arg.message(i.descriptionText())))).toList();
            throw new TradedeskException(TradedeskException.Kind.CONFLICT, "clearance.transaction.close-open-issues",
                    MessageText.of("clearance.transaction.close-open-issues", Arg.number(openIssues.size()), joined(named)),
                    "transaction " + current.id().value() + " has " + openIssues.size() + " open issues: "
                            + openIssues.stream().map(IssueView::id).toList());
        }
        List<Deadline> running = deadlines.compute(current.details().jurisdiction(), directionOf(current), dates(current), today(current.details().jurisdiction()))
                .stream().filter(d -> d.open() && d.rule().metBy() != null).toList();
        List<Deadline> window = disputeWindow(current);
        if (running.isEmpty() && window.isEmpty()) {
            return List.of();
        }
        Arg named = running.isEmpty() ? null : deadlinesNamed(running);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() && !running.isEmpty()) {
            throw new TradedeskException(TradedeskException.Kind.CONFLICT, "clearance.transaction.close-open-deadlines",
                    MessageText.of("clearance.transaction.close-open-deadlines", named),
                    "transaction " + current.id().value() + " has running obligations: " + running.stream().map(d -> d.rule().id()).toList());
        }
        if (why.isEmpty()) {
            // t4fixAD M3: a closed file takes no dispute; the broker closes during 復查 (or the protest period) only on
            // the client's word that the assessment is not disputed, and that word is recorded
            throw new TradedeskException(TradedeskException.Kind.CONFLICT, "clearance.transaction.close-dispute-window",
                    MessageText.of("clearance.transaction.close-dispute-window", deadlinesNamed(window)),
                    "transaction " + current.id().value() + " is within its dispute window: " + window.get(0).rule().id());
        }
        if (why.length() > MAX_CLOSE_REASON) {
            throw new ClearanceInputInvalid("reason", "clearance.transaction.close-reason-long", "the reason is too long",
                    MAX_CLOSE_REASON);
        }
        List<MessageText> out = new ArrayList<>();
        if (!running.isEmpty()) {
            out.add(MessageText.of("clearance.history.closed-with-deadlines", named, Arg.literal(why)));
        }
        if (!window.isEmpty()) {
            out.add(MessageText.of("clearance.history.closed-in-dispute-window", deadlinesNamed(window), Arg.literal(why)));
        }
        return out;
    }

    private static Arg deadlinesNamed(List<Deadline> deadlines) {
        return joined(deadlines.stream().map(d -> Arg.message(MessageText.of("clearance.transaction.close.deadline",
                Arg.code("clearance.deadline." + d.rule().id()), Arg.date(d.lastDay())))).toList());
    }

    /**
     * The window to dispute the file's assessment while it runs (not yet passed) and no dispute was opened on the file: the
     * file deadline named as the first step of the jurisdiction's review route (TW tw-review 復查, AU au-protest).
     */
    private List<Deadline> disputeWindow(ClearanceTransaction current) {
        List<org.tradedesk.clearance.domain.ReviewStep> route = routes.route(current.details().jurisdiction());
        if (route.isEmpty() || !disputes.disputes(current.id().value()).isEmpty()) {
            return List.of();
        }
        String first = route.get(0).id();
        return deadlines.compute(current.details().jurisdiction(), directionOf(current), dates(current),
                today(current.details().jurisdiction())).stream()
                .filter(d -> d.rule().id().equals(first) && d.state() == Deadline.State.OPEN).toList();
    }

    private static String clip(String text, int max) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    /** Items named in one argument: "a, b, c" (「a、b、c」). */
    private static Arg joined(List<Arg> items) {
        Arg out = items.get(0);
        for (int i = 1; i < items.size(); i++) {
            out = Arg.message(MessageText.of("clearance.list.and", out, items.get(i)));
        }
        return out;
    }

    /**
     * The last day to pay a duty notice of {@code noticeDay} under the file's jurisdiction's payment rule (deadline rules
     * whose period runs from the duty notice to the payment: Taiwan tw-pay, 關稅法 第43條), or null when it has none.
     */
    @Transactional(readOnly = true)
    public LocalDate paymentDeadline(TransactionId id, LocalDate noticeDay) {
        ClearanceTransaction current = load(id);
        return deadlines.rules().stream()
                .filter(r -> r.jurisdiction() == current.details().jurisdiction())
                .filter(r -> r.from() == org.tradedesk.clearance.domain.DateAnchor.DUTY_NOTICE
                        && r.metBy() == org.tradedesk.clearance.domain.DateAnchor.DUTY_PAID)
                .map(r -> deadlines.lastDay(r, noticeDay)).findFirst().orElse(null);
    }

    /**
     * Customs asked for documents (N5107 補辦/補件) on {@code requestedOn}, to be supplied by {@code due} as customs wrote it:
     * the file's documents deadline (rolled off a rest day like the others), replacing an earlier request.
     */
    void documentsRequested(TransactionId id, LocalDate requestedOn, LocalDate due) {
        store.documentsRequested(load(id).id().value(), requestedOn, due, now());
    }

    /** Customs moved on (a duty notice): an open request for documents is met on {@code day}, with a history line. */
    void documentsMetByCustoms(TransactionId id, LocalDate day, MessageText line) {
        store.documentsMet(load(id).id().value(), day, CurrentUser.name(), now(), line);
    }

    /** A deadline customs gave (N5107 補辦期限) moved off a Saturday, Sunday or holiday of the file's jurisdiction. */
    @Transactional(readOnly = true)
    public LocalDate workingDay(TransactionId id, LocalDate day) {
        return day == null ? null : deadlines.workingDay(load(id).details().jurisdiction(), day);
    }

    /** The file's history, newest first (at most {@link #MAX_ROWS} lines). */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(TransactionId id) {
        load(id);
        return store.history(id.value(), MAX_ROWS);
    }

    /** Deletes the file once the law no longer requires it to be kept (manager only); refused before. */
    @Transactional
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public void delete(TransactionId id) {
        ClearanceTransaction current = load(id);
        Retention kept = retention(current);
        if (!kept.ended(today(current.details().jurisdiction()))) {
            throw TransactionRetained.until(named(current), id.value(), kept.keepUntil(), kept.rule().legalReference());
        }
        store.delete(id.value());
        audit.record(SUBJECT, id.toString(), AuditAction.DELETED, null, null);
    }

    // ---- documents ----

    /**
     * Keeps an uploaded document with its SHA-256. An invoice is read ({@link InvoiceFormats#read}) and its data
     * kept with it; a file that cannot be read as an invoice is refused with {@link UnreadableMessage} (where and
     * why) and nothing is stored. {@code expectedVersion} may be null (an upload does not change what others edit).
     */
    @Transactional
    public DocumentView upload(TransactionId id, Long expectedVersion, DocumentType type, String fileName, String contentType,
            byte[] content) {
        ClearanceTransaction current = load(id);
        if (current.status().readOnly()) {
            throw TransactionClosed.of(named(current), id.value());
        }
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        if (content == null || content.length == 0) {
            throw new ClearanceInputInvalid("file", "clearance.document.empty", "the file " + name + " is empty", name);
        }
        if (content.length > MAX_DOCUMENT_BYTES) {
            throw DocumentTooLarge.of(name, content.length, MAX_DOCUMENT_BYTES);
        }
        refuseIfFull(id);
        String sha256 = sha256(content);
        for (DocumentView existing : store.documents(id.value())) {
            if (sha256.equals(existing.sha256())) {
                if (existing.type() == DocumentType.OTHER && type != DocumentType.OTHER) {
                    // kept as OTHER (sent without a type), now sent with the type it is: filed and read as that, not a dead
                    // end of 409 duplicate (acceptance review, t4fixM)
                    return reclassify(id, existing, type, name, contentType, content);
                }
                // the same file twice is one document: the answer names the one already kept as the user knows it
                throw DuplicateDocument.of(name, existing.id(), documentNamed(id, existing.id()));
            }
        }
        CapturedInvoice captured = read(type, name, contentType, content);
        String mediaType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        DocumentView added = store.addDocument(id.value(), expectedVersion, type, name, mediaType.length() > 127 ? "application/octet-stream" : mediaType,
                content, sha256, captured, CurrentUser.name(), now(),
                MessageText.of("clearance.history.document-added", Arg.code("clearance.document.type." + type), Arg.literal(name),
                        Arg.literal(sha256.substring(0, 12)), captured == null ? Arg.literal("-") : captureFormatName(captured.format())));
        answerQueries(id, current, type, added);
        return added;
    }

    /**
     * A document of a kind a query awaits (the checks' rule that asks for a document of this type: a packing list for
     * {@code doc.packing-list}…) uploaded after the query: that item of the query is answered (t4fixK 2), with who and when,
     * and the file's history says so.
     */
    private void answerQueries(TransactionId id, ClearanceTransaction file, DocumentType type, DocumentView added) {
        java.util.Set<String> rules = new java.util.HashSet<>();
        for (org.tradedesk.clearance.domain.CheckRule r : documentChecks.rules(file.details().jurisdiction().name())) {
            if (r.kind() == org.tradedesk.clearance.domain.CheckRule.Kind.DOCUMENT && type.name().equals(r.param())) {
                rules.add(r.id());
            }
        }
        if (rules.isEmpty()) {
            return;
        }
        String user = CurrentUser.name();
        Instant at = now();
        for (org.tradedesk.clearance.persistence.QueryStore.Marked m : queries.answer(id.value(), null, rules::contains, "DOCUMENT",
                added.id(), null, user, at)) {
            store.note(id.value(), user, at, MessageText.of("clearance.history.query-item.document",
                    Arg.code("clearance.check.rule." + m.item()), Arg.literal(m.contactName()), Arg.message(documentNamed(id, added.id()))));
        }
    }

    /** What is read of an uploaded file of {@code type}: an invoice's data, a CSV packing list's figures; null otherwise. */
    private static CapturedInvoice read(DocumentType type, String name, String contentType, byte[] content) {
        if (type.invoice()) {
            return InvoiceFormats.read(content, name);
        }
        if (type == DocumentType.PACKING_LIST && (name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                || String.valueOf(contentType).startsWith("text/csv"))) {
            // a packing list saved as CSV is read like a line list, so the invoice-vs-packing-list checks have its figures
            return InvoiceFormats.readPackingList(content, name);
        }
        return null;
    }

    private DocumentView reclassify(TransactionId id, DocumentView existing, DocumentType type, String name, String contentType,
            byte[] content) {
        CapturedInvoice captured = read(type, name, contentType, content);
        return store.reclassify(id.value(), existing.id(), existing.version(), type, captured, CurrentUser.name(), now(),
                MessageText.of("clearance.history.document-reclassified", Arg.message(documentNamed(id, existing.id())),
                        Arg.code("clearance.document.type." + type),
                        captured == null ? Arg.literal("-") : captureFormatName(captured.format())));
    }

    /**
     * The type of a file uploaded without one, from its content: a structured invoice (UBL, CII, EDIFACT INVOIC) or a line
     * list (CSV, XLSX) whose header the invoice reader recognises — the same reading as an upload typed COMMERCIAL_INVOICE —
     * is a COMMERCIAL_INVOICE; anything else OTHER (kept unread: {@link #untypedWarning} says so).
     */
    public static DocumentType untypedAs(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            return DocumentType.OTHER;
        }
        return switch (InvoiceFormats.detect(content)) {
            case UBL, CII, EDIFACT -> DocumentType.COMMERCIAL_INVOICE;
            case CSV, XLSX -> {
                try {
                    InvoiceFormats.read(content, fileName == null ? "document" : fileName);
                    yield DocumentType.COMMERCIAL_INVOICE;
                } catch (org.tradedesk.clearance.messages.UnreadableMessage e) {
                    // an invoice's header with a faulty value is an invoice: the upload refuses it as the typed path does;
                    // a header the reader does not know (or no table at all) is not one
                    String reason = e.reason() == null ? "" : e.reason().code();
                    yield reason.startsWith("clearance.linelist.missing-column") || reason.equals("clearance.linelist.no-header")
                            || reason.equals("clearance.linelist.too-many-columns") || reason.equals("clearance.linelist.no-lines")
                            || reason.startsWith("clearance.csv.") || reason.startsWith("clearance.xlsx.")
                            ? DocumentType.OTHER : DocumentType.COMMERCIAL_INVOICE;
                } catch (RuntimeException notAnInvoice) {
                    yield DocumentType.OTHER;
                }
            }
            default -> DocumentType.OTHER;
        };
    }

    /** What a file uploaded without a type and kept as OTHER is told: not read as an invoice, and how to have it read. */
    public static MessageText untypedWarning(DocumentView added) {
        return added.type() == DocumentType.OTHER ? MessageText.of("clearance.document.untyped-other",
                Arg.literal(added.fileName() == null ? "" : added.fileName())) : null;
    }

    /** An invoice captured by hand (no file): checked field by field ({@link CaptureInvalid} names every problem). */
    @Transactional
    public DocumentView captureInvoice(TransactionId id, Long expectedVersion, CapturedInvoice typed) {
        ClearanceTransaction current = load(id);
        if (current.status().readOnly()) {
            throw TransactionClosed.of(named(current), id.value());
        }
        CapturedInvoice invoice = manual(current, typed, true);
        // acceptance review: the same capture posted twice kept two documents. The file's row is locked (not changed) and
        // its documents read after: a hand capture the same as one on the file is refused (409) naming it — on another
        // instance too, which waits here for the first and then sees its document
        store.lockRow(id.value());
        TransactionView file = transaction(id);
        for (DocumentView d : file.documents()) {
            if (d.withdrawnAt() == null && d.type() == DocumentType.COMMERCIAL_INVOICE && !d.hasFile() && sameCapture(d.captured(), invoice)) {
                throw DuplicateDocument.ofCapture(d.id(), file.documentNamed(d.id()));
            }
        }
        refuseIfFull(id);
        return store.addDocument(id.value(), expectedVersion, DocumentType.COMMERCIAL_INVOICE, null, null, null, null, invoice,
                CurrentUser.name(), now(), MessageText.of("clearance.history.invoice-captured",
                        Arg.literal(invoice.invoiceNumber() == null ? "-" : invoice.invoiceNumber()),
                        Arg.number(invoice.lines().size())));
    }

    /**
     * Two invoices typed by hand are the same capture when every figure and word typed is the same: the header (number,
     * date, currency, parties, Incoterm, total, mass, packages) and each line (amounts compared as numbers: 1000 = 1000.00).
     */
    static boolean sameCapture(CapturedInvoice a, CapturedInvoice b) {
        if (a == null || b == null || a.lines().size() != b.lines().size()) {
            return false;
        }
        boolean header = sameText(a.invoiceNumber(), b.invoiceNumber()) && java.util.Objects.equals(a.issueDate(), b.issueDate())
                && sameText(a.currency(), b.currency()) && sameText(a.sellerName(), b.sellerName()) && sameText(a.sellerCountry(), b.sellerCountry())
                && sameText(a.buyerName(), b.buyerName()) && sameText(a.buyerCountry(), b.buyerCountry()) && sameText(a.incoterm(), b.incoterm())
                && sameText(a.incotermPlace(), b.incotermPlace()) && sameNumber(a.totalAmount(), b.totalAmount())
                && sameNumber(a.grossMassKg(), b.grossMassKg()) && java.util.Objects.equals(a.packages(), b.packages());
        if (!header) {
            return false;
        }
        for (int i = 0; i < a.lines().size(); i++) {
            CapturedInvoice.CapturedLine x = a.lines().get(i);
            CapturedInvoice.CapturedLine y = b.lines().get(i);
            if (x.lineNumber() != y.lineNumber() || !sameText(x.description(), y.description()) || !sameText(x.tariffCode(), y.tariffCode())
                    || !sameText(x.originCountry(), y.originCountry()) || !sameNumber(x.quantity(), y.quantity()) || !sameText(x.unitCode(), y.unitCode())
                    || !sameNumber(x.netMassKg(), y.netMassKg()) || !sameNumber(x.grossMassKg(), y.grossMassKg())
                    || !sameNumber(x.unitPrice(), y.unitPrice()) || !sameNumber(x.amount(), y.amount())
                    || !sameNumber(x.litres(), y.litres()) || !sameNumber(x.alcoholByVolume(), y.alcoholByVolume())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameText(String a, String b) {
        String x = a == null ? "" : a.strip();
        String y = b == null ? "" : b.strip();
        return x.equals(y);
    }

    private static boolean sameNumber(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /**
     * What the module's check finds in invoice data typed by hand, without keeping anything — so a form with
     * errors of its own can show these with them, not in a later round.
     */
    @Transactional(readOnly = true)
    public List<CaptureProblem> captureProblems(TransactionId id, CapturedInvoice typed) {
        return captureProblems(id, typed, false);
    }

    /** As {@link #captureProblems(TransactionId, CapturedInvoice)}; {@code capture}: a new invoice, its number required. */
    @Transactional(readOnly = true)
    public List<CaptureProblem> captureProblems(TransactionId id, CapturedInvoice typed, boolean capture) {
        ClearanceTransaction current = load(id);
        return CapturedInvoiceCheck.check(current.details().jurisdiction(), typed, today(current.details().jurisdiction()), capture);
    }

    /** How a capture was made in the reader's language (MANUAL → 人工輸入, EDIFACT_INVOIC_D96A → UN/EDIFACT INVOIC D96A). */
    static Arg captureFormatName(String format) {
        return org.tradedesk.clearance.domain.DocumentNames.captureFormat(format);
    }

    /** Corrects a document's captured data (read from a file or typed); the format becomes MANUAL, the history says so. */
    @Transactional
    public DocumentView recapture(TransactionId id, long documentId, long expectedVersion, CapturedInvoice typed) {
        ClearanceTransaction current = load(id);
        if (current.status().readOnly()) {
            throw TransactionClosed.of(named(current), id.value());
        }
        DocumentView before = store.document(id.value(), documentId);
        MessageText named = documentNamed(id, documentId);
        if (!before.type().invoice()) {
            throw new ClearanceInputInvalid("type", "clearance.document.not-invoice",
                    "document " + documentId + " is not an invoice", named);
        }
        CapturedInvoice invoice = manual(current, typed, false);
        return store.recapture(id.value(), documentId, expectedVersion, invoice, CurrentUser.name(), now(),
                MessageText.of("clearance.history.invoice-corrected", Arg.message(named),
                        captureFormatName(before.captureFormat()),
                        Arg.number(invoice.lines().size())));
    }

    /** The longest reason a withdrawal keeps (the column's width). */
    public static final int MAX_WITHDRAWAL_REASON = 500;

    /**
     * Withdraws a document from the file (acceptance review F1: the same invoice uploaded twice gave an ERROR nobody could
     * clear, so the file could never be lodged; a file uploaded to the wrong client's transaction stayed in its document set).
     * The document is kept for the record — file, SHA-256, captured data — with who withdrew it, when and why, and a history
     * line says so; from then on it counts nowhere: not in the checks, the declaration, the duplicate search, the client
     * query, the document set's current documents. Refused on a closed file ({@link TransactionClosed}), without a reason
     * (400, field {@code reason}), on a stale version ({@link StaleTransactionEdit}), twice, and for a document that was on
     * the file when a declaration since lodged was built ({@link DocumentWithdrawn#lodged}): customs hold that declaration,
     * the file it rests on stays as it was, and a correction goes to customs as an amendment.
     */
    @Transactional
    public DocumentView withdraw(TransactionId id, long documentId, long expectedVersion, String reason) {
        ClearanceTransaction current = load(id);
        if (current.status().readOnly()) {
            throw TransactionClosed.of(named(current), id.value());
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new ClearanceInputInvalid("reason", "clearance.document.withdraw-reason-required",
                    "a withdrawal of document " + documentId + " needs a reason");
        }
        if (why.length() > MAX_WITHDRAWAL_REASON) {
            throw new ClearanceInputInvalid("reason", "clearance.document.withdraw-reason-long",
                    "the reason is longer than " + MAX_WITHDRAWAL_REASON + " characters", MAX_WITHDRAWAL_REASON);
        }
        DocumentView document = store.document(id.value(), documentId);
        MessageText named = documentNamed(id, documentId);
        if (document.withdrawn()) {
            throw DocumentWithdrawn.already(documentId, named);
        }
        // a lodged declaration built from it (its recorded document ids; read without loading any declaration's data)
        java.util.Optional<Integer> lodged = declarations.lodgedRestingOn(id.value(), documentId, document.uploadedAt());
        if (lodged.isPresent()) {
            throw DocumentWithdrawn.lodged(documentId, named, lodged.get());
        }
        String user = CurrentUser.name();
        DocumentView withdrawn = store.withdraw(id.value(), documentId, expectedVersion, why, user, now(),
                MessageText.of("clearance.history.document-withdrawn", Arg.message(withFile(named, document)), Arg.literal(""),
                        Arg.literal(user), Arg.literal(why)));
        // t4fixQ 3: a query item the withdrawn document answered is awaited again (the B/L withdrawn, "B/L on file" is not) —
        // unless another document of its kind is still on the file (T4 code read R3)
        answerAgain(id, document, named, queries.unanswered(id.value(), documentId));
        return withdrawn;
    }

    /**
     * The query items {@code withdrawn} answered (T4 code read R3: all were awaited again, though a second B/L on the file
     * still answered "Bill of lading on file", and the history said nothing). Each is answered again by the oldest uploaded
     * document of the same kind still on the file, as its upload would have answered it (a query sent by then; its uploader
     * and upload time); the history says which document answers it now, or that the item is awaited again.
     */
    private void answerAgain(TransactionId id, DocumentView withdrawn, MessageText named,
            List<org.tradedesk.clearance.persistence.QueryStore.Marked> removed) {
        if (removed.isEmpty()) {
            return;
        }
        List<DocumentView> sameKind = store.documents(id.value()).stream()
                .filter(d -> d.type() == withdrawn.type() && d.id() != withdrawn.id() && d.hasFile()).toList();
        String user = CurrentUser.name();
        Instant at = now();
        for (org.tradedesk.clearance.persistence.QueryStore.Marked m : removed) {
            DocumentView by = null;
            for (DocumentView d : sameKind) {
                if (!queries.answer(id.value(), m.queryId(), m.item()::equals, "DOCUMENT", d.id(), null, d.uploadedBy(),
                        d.uploadedAt()).isEmpty()) {
                    by = d;
                    break;
                }
            }
            store.note(id.value(), user, at, by == null
                    ? MessageText.of("clearance.history.query-item.reopened", Arg.code("clearance.check.rule." + m.item()),
                            Arg.literal(m.contactName()), Arg.message(named))
                    : MessageText.of("clearance.history.query-item.document-kept", Arg.code("clearance.check.rule." + m.item()),
                            Arg.literal(m.contactName()), Arg.message(named), Arg.message(documentNamed(id, by.id()))));
        }
    }

    /** The file's document as every text names it ({@link DocumentReference}). */
    private MessageText documentNamed(TransactionId id, long documentId) {
        return store.documentNamed(id.value(), documentId);
    }

    /**
     * A document's name with its file's, when it came in one and the name does not already say it
     * ("Commercial invoice INV-7 (inv.pdf)"; "Packing list pl.pdf (2nd document of the file)" stays as it is).
     */
    static MessageText withFile(MessageText named, DocumentView d) {
        return d.fileName() == null || d.fileName().isBlank() || org.tradedesk.clearance.domain.DocumentNames.namesFile(named, d.fileName()) ? named
                : MessageText.of("clearance.document.named.file", Arg.message(named), Arg.literal(d.fileName().strip()));
    }

    /** The file's withdrawn documents, kept for the record, oldest first. */
    @Transactional(readOnly = true)
    public List<DocumentView> withdrawnDocuments(TransactionId id) {
        load(id);
        return store.withdrawnDocuments(id.value());
    }

    /** Whether a document on the file when a declaration was built ({@code builtAt}) has been withdrawn since. */
    @Transactional(readOnly = true)
    public boolean documentWithdrawnSince(TransactionId id, java.time.Instant builtAt) {
        return store.withdrawnSince(id.value(), builtAt);
    }

    @Transactional(readOnly = true)
    public DocumentView document(TransactionId id, long documentId) {
        load(id);
        return store.document(id.value(), documentId);
    }

    @Transactional(readOnly = true)
    public StoredFile file(TransactionId id, long documentId) {
        load(id);
        return store.file(id.value(), documentId);
    }

    // ---- the work queue ----

    /**
     * The files the current user works (a manager: every file), newest {@link #MAX_ROWS}, ordered by their open
     * deadline due soonest (files without one after, newest first), closed files last.
     */
    @Transactional(readOnly = true)
    public List<TransactionSummary> queue() {
        List<ClearanceTransaction> rows = clients.seesEveryClient() ? store.newest(null, MAX_ROWS)
                : store.newest(clients.clientsAssignedTo(CurrentUser.name()).stream().map(ClientId::value)
                        .collect(Collectors.toSet()), MAX_ROWS);
        Map<Long, String> names = new HashMap<>();
        List<TransactionSummary> out = new ArrayList<>();
        for (ClearanceTransaction t : rows) {
            String name = names.computeIfAbsent(t.details().clientId().value(), this::clientName);
            Deadline next = t.status().readOnly() ? null
                    : deadlines.compute(t.details().jurisdiction(), directionOf(t), dates(t), today(t.details().jurisdiction())).stream()
                            .filter(Deadline::open).findFirst().orElse(null);
            out.add(new TransactionSummary(t, name, next));
        }
        out.sort(Comparator.comparing((TransactionSummary s) -> s.transaction().status().readOnly())
                .thenComparing(s -> s.nextDeadline() == null ? LocalDate.MAX : s.nextDeadline().lastDay()));
        return out;
    }

    /** Whether the current user sees every file (a manager) or only their clients' files. */
    public boolean seesAll() {
        return clients.seesEveryClient();
    }

    // ---- rules ----

    /** Typed invoice data checked ({@code capture}: a commercial invoice captured by hand, its number required). */
    private CapturedInvoice manual(ClearanceTransaction current, CapturedInvoice typed, boolean capture) {
        List<CaptureProblem> problems = CapturedInvoiceCheck.check(current.details().jurisdiction(), typed,
                today(current.details().jurisdiction()), capture);
        if (!problems.isEmpty()) {
            throw new CaptureInvalid(problems);
        }
        return new CapturedInvoice(MANUAL, false, typed.invoiceNumber(), typed.issueDate(), typed.currency(), typed.sellerName(),
                typed.sellerCountry(), typed.buyerName(), typed.buyerCountry(), typed.incoterm(), typed.incotermPlace(),
                typed.totalAmount(), typed.grossMassKg(), typed.packages(), typed.lines());
    }

    private void refuseIfFull(TransactionId id) {
        if (store.documentCount(id.value()) >= MAX_DOCUMENTS) {
            throw new ClearanceInputInvalid("file", "clearance.document.too-many", "a transaction holds at most "
                    + MAX_DOCUMENTS + " documents", String.valueOf(MAX_DOCUMENTS));
        }
    }

    /**
     * The dates that record something that has happened — declaration, release, duty notice, notice received, duty paid — are
     * not after today in the file's jurisdiction ({@link FileTime}; the rule of the status move, acceptance review F4); the
     * arrival date may be expected and may be after today. A release date is not taken while the file has not been declared
     * (DRAFT, DOCUMENTS_COMPLETE): a release before any declaration is inconsistent — the release is recorded by the move to
     * RELEASED. A change (PUT, page form) does not clear a date the file's status stands on (acceptance review F3): the
     * declaration date once the file was declared (DECLARED, HELD, RELEASED), the release date once it is RELEASED — both are
     * refused naming the field. Only values that change are checked ({@code before} is null on creation), so a file keeps
     * its stored dates.
     */
    /** Dates, events and ports checked together: every problem at once (t4fixU 1: the API named only the first). */
    private void checkAll(TransactionDetails before, TransactionStatus status, TransactionDetails d) {
        List<ClearanceInputInvalid> problems = new java.util.ArrayList<>();
        ClearanceInputInvalid.collect(problems, () -> checkDates(d));
        checkEvents(before, status, d, problems);
        problems.addAll(portProblems(d.portOfLoading(), d.portOfDischarge()));
        ClearanceInputInvalid.throwAll(problems);
    }

    private void checkEvents(TransactionDetails before, TransactionStatus status, TransactionDetails d, List<ClearanceInputInvalid> problems) {
        LocalDate today = today(d.jurisdiction());
        Object[][] events = {
                {"declarationDate", d.declarationDate(), before == null ? null : before.declarationDate()},
                {"releaseDate", d.releaseDate(), before == null ? null : before.releaseDate()},
                {"dutyNoticeDate", d.dutyNoticeDate(), before == null ? null : before.dutyNoticeDate()},
                {"dutyNoticeReceived", d.dutyNoticeReceived(), before == null ? null : before.dutyNoticeReceived()},
                {"dutyPaidDate", d.dutyPaidDate(), before == null ? null : before.dutyPaidDate()}};
        for (Object[] event : events) {
            String field = (String) event[0];
            LocalDate day = (LocalDate) event[1];
            LocalDate was = (LocalDate) event[2];
            if (day == null && was != null && statusStandsOn(status, field)) {
                problems.add(new ClearanceInputInvalid(field, "clearance.transaction.date-kept-by-status",
                        "the " + field + " cannot be cleared: the file is " + status,
                        named("clearance.field." + field), named("clearance.status." + status)));
            }
            if (day != null && !day.equals(was) && day.isAfter(today)) {
                problems.add(new ClearanceInputInvalid(field, "clearance.transaction.field-date-future",
                        "the " + field + " " + day + " is after today " + today,
                        named("clearance.field." + field), day, today));
            }
        }
        boolean undeclared = status == TransactionStatus.DRAFT || status == TransactionStatus.DOCUMENTS_COMPLETE;
        if (undeclared && d.releaseDate() != null && !d.releaseDate().equals(before == null ? null : before.releaseDate())) {
            problems.add(new ClearanceInputInvalid("releaseDate", "clearance.transaction.release-before-declared",
                    "a release date cannot be recorded on a file in status " + status, named("clearance.status." + status)));
        }
    }

    /** A label or state named in the reader's language when the problem is written. */
    private static Object named(String code) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {code}, code);
    }

    /** Whether a file in {@code status} stands on the date {@code field}: set by the move that led there (F3). */
    private static boolean statusStandsOn(TransactionStatus status, String field) {
        return switch (field) {
            case "declarationDate" -> status == TransactionStatus.DECLARED || status == TransactionStatus.HELD
                    || status == TransactionStatus.RELEASED;
            case "releaseDate" -> status == TransactionStatus.RELEASED;
            default -> false;
        };
    }

    private static void checkDates(TransactionDetails d) {
        if (d.declarationDate() != null && d.releaseDate() != null && d.releaseDate().isBefore(d.declarationDate())) {
            throw new ClearanceInputInvalid("releaseDate", "clearance.transaction.release-before-declaration",
                    "the release date " + d.releaseDate() + " is before the declaration date " + d.declarationDate(),
                    d.releaseDate(), d.declarationDate());
        }
        if (d.dutyNoticeDate() != null && d.declarationDate() != null && d.dutyNoticeDate().isBefore(d.declarationDate())) {
            throw new ClearanceInputInvalid("dutyNoticeDate", "clearance.transaction.notice-before-declaration",
                    "the duty notice date " + d.dutyNoticeDate() + " is before the declaration date " + d.declarationDate(),
                    d.dutyNoticeDate(), d.declarationDate());
        }
        checkReceipt(d);
    }

    /**
     * The ports that are no UN/LOCODE, each as the problem at its field — for a form that reports them with its other errors
     * at once (review r-t4c F7: a port was flagged only once every date was right).
     */
    public static List<ClearanceInputInvalid> portProblems(String portOfLoading, String portOfDischarge) {
        List<ClearanceInputInvalid> out = new java.util.ArrayList<>();
        String[][] ports = {{"portOfLoading", portOfLoading}, {"portOfDischarge", portOfDischarge}};
        for (String[] port : ports) {
            if (port[1] != null && !port[1].isBlank() && !port[1].strip().toUpperCase(java.util.Locale.ROOT).matches("[A-Z]{2}[A-Z0-9]{3}")) {
                out.add(new ClearanceInputInvalid(port[0], "clearance.transaction.port-invalid", port[0] + " is not a UN/LOCODE: " + port[1],
                        port[1].length() > 40 ? port[1].substring(0, 40) : port[1]));
            }
        }
        return out;
    }

    /** Received before the notice was issued is impossible: refused at the field, both dates named. */
    private static void checkReceipt(TransactionDetails d) {
        if (d.dutyNoticeReceived() != null && d.dutyNoticeDate() != null && d.dutyNoticeReceived().isBefore(d.dutyNoticeDate())) {
            throw new ClearanceInputInvalid("dutyNoticeReceived", "clearance.transaction.received-before-notice",
                    "the duty notice received " + d.dutyNoticeReceived() + " is before its date " + d.dutyNoticeDate(),
                    d.dutyNoticeReceived(), d.dutyNoticeDate());
        }
    }

    private void requireClient(ClientId clientId) {
        try {
            clients.client(clientId);
        } catch (ClientNotFound e) {
            throw ClearanceInputInvalid.unknownClient(clientId.value());
        }
        if (!clients.maySee(clientId)) {
            // issue 8 F11: a client the user may not see is answered as one that does not exist (same 400, same body; the 403
            // clearance.access.not-assigned told that client 5 exists while 99 did not), as files answer 404 for both
            org.slf4j.LoggerFactory.getLogger(ClearanceTransactions.class).info("{} is not assigned to client {}",
                    CurrentUser.name(), clientId.value());
            throw ClearanceInputInvalid.unknownClient(clientId.value());
        }
    }

    /** Loads the file and checks that the current user may work it. */
    private ClearanceTransaction load(TransactionId id) {
        ClearanceTransaction t = store.find(id.value()).orElseThrow(() -> TransactionNotFound.forId(id.value()));
        // the clients module's rule (ClientDirectory#maySee, the one behind its requireAccess), answered with the file's 404
        if (!clients.maySee(t.details().clientId())) {
            // a file the user may not see is answered as one that does not exist (same body), so ids cannot be enumerated
            // (acceptance review F12b); the log keeps who asked
            org.slf4j.LoggerFactory.getLogger(ClearanceTransactions.class).info("{} is not assigned to the client of transaction {}",
                    CurrentUser.name(), id.value());
            throw TransactionNotFound.forId(id.value());
        }
        return t;
    }

    private TransactionView view(ClearanceTransaction t) {
        Retention kept = retention(t);
        LocalDate today = today(t.details().jurisdiction());
        List<Deadline> due = deadlines.compute(t.details().jurisdiction(), directionOf(t), lodgedOnceDates(t), today);
        return new TransactionView(t, clientName(t.details().clientId().value()), store.documents(t.id().value()), due, kept,
                kept.ended(today), t.status().next(), store.withdrawnDocuments(t.id().value()));
    }

    private Retention retention(ClearanceTransaction t) {
        return retention.of(t.details().jurisdiction()).apply(dates(t.details()),
                FileTime.date(t.createdAt(), t.details().jurisdiction()));
    }

    /**
     * The file's dates for its deadlines: the declaration counts as lodged once the file went through DECLARED (declared,
     * held, released — or closed after a release), not when only its date was typed.
     */
    /** The file's direction as the deadline data names it (IMPORT, EXPORT); null when not known. */
    static String directionOf(ClearanceTransaction t) {
        return t.details().direction() == null ? null : t.details().direction().name();
    }

    static FileDates dates(ClearanceTransaction t) {
        FileDates d = dates(t.details());
        TransactionStatus s = t.status();
        boolean lodged = s == TransactionStatus.DECLARED || s == TransactionStatus.HELD || s == TransactionStatus.RELEASED
                || t.details().releaseDate() != null;
        // customs' request for documents (N5107 補辦期限) is one of the file's deadlines; a released file owes customs
        // nothing more of it (met on the release date, not before the request) however the release came to be recorded —
        // typed on the file, or a move to RELEASED that did not happen — so it is never shown open nor reminded
        LocalDate supplied = t.documentsSuppliedOn();
        LocalDate released = t.details().releaseDate();
        if (supplied == null && released != null && t.documentsRequestedOn() != null) {
            supplied = released.isBefore(t.documentsRequestedOn()) ? t.documentsRequestedOn() : released;
        }
        return d.withDeclarationLodged(lodged).withDocuments(t.documentsRequestedOn(), t.documentsDue(), supplied);
    }

    /**
     * {@link #dates(ClearanceTransaction)}, and a closed file that passed DECLARED (declared, held, closed without a release)
     * counts as lodged: its history holds the move to DECLARED, so its lodgement deadline is not shown as missed.
     */
    private FileDates lodgedOnceDates(ClearanceTransaction t) {
        FileDates d = dates(t);
        if (d.declarationLodged() || t.status() != TransactionStatus.CLOSED || t.details().declarationDate() == null) {
            return d;
        }
        boolean declared = store.history(t.id().value(), MAX_ROWS).stream().anyMatch(h -> movedToDeclared(h.what()));
        return declared ? d.withDeclarationLodged(true) : d;
    }

    /** Whether a history line (or a line within it) records a move to DECLARED. */
    static boolean movedToDeclared(MessageText what) {
        if (what == null) {
            return false;
        }
        if ("clearance.history.status".equals(what.code()) && what.args().size() > 1
                && ("clearance.status." + TransactionStatus.DECLARED).equals(what.args().get(1).value())) {
            return true;
        }
        return what.args().stream().anyMatch(a -> a.message() != null && movedToDeclared(a.message()));
    }

    static FileDates dates(TransactionDetails d) {
        // the duty-notice periods count from the day the notice was received, when that is known (關稅法 第45條)
        return new FileDates(d.arrivalDate(), d.declarationDate(), d.releaseDate(),
                d.dutyNoticeReceived() != null ? d.dutyNoticeReceived() : d.dutyNoticeDate(), d.dutyPaidDate());
    }

    /** The file as every text names it ({@link org.tradedesk.clearance.domain.TransactionNames}): reference and client. */
    private MessageText named(ClearanceTransaction t) {
        return org.tradedesk.clearance.domain.TransactionNames.named(t.details().reference(), clientName(t.details().clientId().value()),
                t.id().value());
    }

    private String clientName(long clientId) {
        try {
            return clients.client(new ClientId(clientId)).name();
        } catch (ClientNotFound e) {
            return String.valueOf(clientId);
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }

    /** Today in the jurisdiction's zone ({@link FileTime}): the date deadlines count from and lodging dates a file. */
    LocalDate today(org.tradedesk.tariff.Jurisdiction j) {
        return FileTime.today(clock, j);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The history lines of a change of details: one per field that changed, naming the field and the new value. */
    static final class Changes {

        private Changes() {
        }

        static List<MessageText> between(TransactionDetails a, TransactionDetails b) {
            List<MessageText> out = new ArrayList<>();
            field(out, "direction", a.direction(), b.direction());
            field(out, "jurisdiction", a.jurisdiction(), b.jurisdiction());
            field(out, "mode", a.mode(), b.mode());
            field(out, "incoterm", a.incoterm(), b.incoterm());
            field(out, "reference", a.reference(), b.reference());
            field(out, "importer", a.parties().importer(), b.parties().importer());
            field(out, "exporter", a.parties().exporter(), b.parties().exporter());
            field(out, "consignee", a.parties().consignee(), b.parties().consignee());
            field(out, "carrier", a.parties().carrier(), b.parties().carrier());
            field(out, "broker", a.parties().broker(), b.parties().broker());
            field(out, "portOfLoading", a.portOfLoading(), b.portOfLoading());
            field(out, "portOfDischarge", a.portOfDischarge(), b.portOfDischarge());
            field(out, "arrivalDate", a.arrivalDate(), b.arrivalDate());
            field(out, "declarationDate", a.declarationDate(), b.declarationDate());
            field(out, "releaseDate", a.releaseDate(), b.releaseDate());
            field(out, "dutyNoticeDate", a.dutyNoticeDate(), b.dutyNoticeDate());
            field(out, "dutyPaidDate", a.dutyPaidDate(), b.dutyPaidDate());
            field(out, "dutyNoticeReceived", a.dutyNoticeReceived(), b.dutyNoticeReceived());
            // t4last: a change of the customs particulars alone was no change (not stored)
            CustomsParticulars c = a.customs();
            CustomsParticulars d = b.customs();
            field(out, "transportDocumentNumber", c.transportDocumentNumber(), d.transportDocumentNumber());
            field(out, "journeyId", c.journeyId(), d.journeyId());
            field(out, "goodsLocation", c.goodsLocation(), d.goodsLocation());
            field(out, "packageTypeCode", c.packageTypeCode(), d.packageTypeCode());
            field(out, "representativeId", c.representativeId(), d.representativeId());
            field(out, "importerTypeCode", c.importerTypeCode(), d.importerTypeCode());
            field(out, "importerEnglishName", c.importerEnglishName(), d.importerEnglishName());
            field(out, "importerAddress", c.importerAddress(), d.importerAddress());
            field(out, "dutyMethodCode", c.dutyMethodCode(), d.dutyMethodCode());
            return out;
        }

        private static void field(List<MessageText> out, String name, Object before, Object after) {
            if (Objects.equals(before, after)) {
                return;
            }
            Arg value = after == null ? Arg.code("clearance.history.cleared")
                    : after instanceof LocalDate date ? Arg.date(date) : Arg.literal(after);
            out.add(MessageText.of("clearance.history.field-changed", Arg.code("clearance.field." + name), value));
        }
    }
}
