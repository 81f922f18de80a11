package org.tradedesk.clearance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.clearance.domain.CheckedFile;
import org.tradedesk.clearance.domain.Finding;
import org.tradedesk.clearance.persistence.QueryStore;
import org.tradedesk.clearance.persistence.TransactionStore;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientMailer;
import org.tradedesk.clients.ContactView;
import org.tradedesk.clients.OutgoingMail;
import org.tradedesk.identity.CoordinatorSignature;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * The client query (P4.1.3): an e-mail to a contact of the file's client listing the missing or unclear items (the
 * ERROR and WARNING findings of the checks), in the contact's language, sent over SMTP by {@link ClientMailer} (which
 * logs it in the client's history); the file's history records it and the file shows what is awaited from whom since
 * when. The mail goes once the query is committed (t4fixX 2, as the declaration's: {@link AfterCommit}), so no mail goes
 * for a query that rolls back and no SMTP call holds the file's row; a mail that cannot go at all (no server, an erased
 * contact, none with an address) is refused before anything is recorded; a mail the server refuses after the commit is
 * recorded on the query ({@code mailFailedAt}, {@code mailFailure}) and in the file's history, and the refusal reaches the
 * user.
 */
@Service
public class ClearanceQueries {

    /** The file shows at most this many queries. */
    public static final int MAX_SHOWN = 50;

    private final ClearanceTransactions transactions;
    private final ClearanceChecks checks;
    private final ClientDirectory clients;
    private final ClientMailer mailer;
    private final TransactionStore store;
    private final QueryStore queries;
    private final MessageTexts texts;
    private final MessageSource messages;
    private final Clock clock;
    private final CoordinatorSignature signature;
    private org.springframework.transaction.PlatformTransactionManager transactionManager;

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void transactionManager(org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    ClearanceQueries(ClearanceTransactions transactions, ClearanceChecks checks, ClientDirectory clients, ClientMailer mailer,
            TransactionStore store, QueryStore queries, MessageTexts texts, MessageSource messages, Clock clock,
            CoordinatorSignature signature) {
        this.signature = signature;
        this.transactions = transactions;
        this.checks = checks;
        this.clients = clients;
        this.mailer = mailer;
        this.store = store;
        this.queries = queries;
        this.texts = texts;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The mail as it would go to the contact: subject and body in the contact's language, signed by the coordinator's
     * display name and the office; answers go to the coordinator's own address ({@code replyTo}, null when the
     * coordinator has none on their account: then to the desk's sending address).
     */
    public record Draft(ContactView contact, Locale language, String subject, String body, List<Finding> items,
            OutgoingMail.ReplyTo replyTo) {
    }

    @Transactional(readOnly = true)
    public Draft draft(TransactionId id, long contactId) {
        TransactionView view = transactions.transaction(id);
        return drafted(view, contactId).draft();
    }

    /** The mail and the number of entries it lists (issue 8 F9), from one run of the checks. */
    private record Drafted(Draft draft, int listed) {
    }

    @Transactional
    public AwaitedQuery send(TransactionId id, long contactId) {
        // the file's row is locked first (not changed): the same query posted twice, on one instance or two, is read after
        // the first one committed, and refused below before any second mail goes out
        store.lockRow(id.value());
        TransactionView view = transactions.transaction(id);
        if (view.readOnly()) {
            throw TransactionClosed.of(view);
        }
        Drafted drafted = drafted(view, contactId);
        Draft draft = drafted.draft();
        refuseRepeat(view, contactId, draft.items().stream().map(Finding::rule).distinct().toList(), Instant.now(clock));
        OutgoingMail outgoing = new OutgoingMail(view.details().clientId(), contactId, draft.subject(), draft.body(), List.of(),
                draft.replyTo());
        // a mail that cannot go at all is refused before anything is recorded (no server: 503 saying what to configure)
        mailer.checkSendable(outgoing);
        Instant now = Instant.now(clock);
        List<String> rules = draft.items().stream().map(Finding::rule).distinct().toList();
        // the count is of the entries the mail lists (issue 8 F9: not the findings behind them), counted as the mail was drafted
        int listed = drafted.listed();
        String user = CurrentUser.name();
        long queryId = queries.add(id.value(), contactId, draft.contact().name(), draft.contact().email(), rules, listed, user, now);
        store.note(id.value(), user, now, MessageText.of("clearance.history.query-sent",
                Arg.literal(draft.contact().name()), Arg.number(listed)));
        // t4fixX 2: the mail goes once the query is committed (it went inside the transaction: a rollback after it left a
        // mail sent for a query nobody recorded, and the file's row was held for the SMTP call)
        String contact = draft.contact().name();
        AfterCommit.run(() -> deliver(id, queryId, contact, outgoing, user));
        return named(view, queries.of(id.value(), 1).get(0));
    }

    /**
     * Sends the committed query's mail. A mail the server refuses is not lost: the query keeps when and why
     * ({@code mailFailedAt}, {@code mailFailure}; it then awaits nothing and may be sent again), the file's history says so,
     * and the refusal reaches the user.
     */
    private void deliver(TransactionId id, long queryId, String contact, OutgoingMail outgoing, String user) {
        try {
            AfterCommit.inNewTransaction(transactionManager, () -> mailer.send(outgoing));
        } catch (RuntimeException e) {
            // why, as a code worded in the reader's language; the server's own text for the log and the administrators only
            // (t4fixAC 1: the history and the page showed JavaMail's English inside a zh-TW sentence)
            org.tradedesk.clients.MailFailure cause = failureOf(e);
            String serverText = serverText(e);
            log.warn("Client query {} of file {}: the mail to contact {} was not sent ({}): {}", queryId, id.value(), outgoing.contactId(),
                    cause, serverText);
            Instant now = Instant.now(clock);
            AfterCommit.inNewTransaction(transactionManager, () -> {
                queries.mailFailed(queryId, now, cause, serverText);
                store.note(id.value(), user, now, MessageText.of("clearance.history.query-mail-failed", Arg.literal(contact),
                        Arg.code(cause.messageCode())));
            });
            throw e;
        }
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ClearanceQueries.class);

    /** Why a mail did not go: the mailer's classification, else the exception's own. */
    static org.tradedesk.clients.MailFailure failureOf(RuntimeException e) {
        return e instanceof org.tradedesk.clients.MailNotSent m && m.failure() != null ? m.failure()
                : org.tradedesk.clients.MailFailure.of(e);
    }

    /** The server's own text of a mail that did not go (English, as the mail library gave it). */
    static String serverText(RuntimeException e) {
        String text = e instanceof org.tradedesk.clients.MailNotSent m ? m.serverText() : e.getMessage();
        return text == null ? e.getClass().getSimpleName() : text;
    }

    /** A query the same as one still awaited is refused when sent again within this time of it (a double submit). */
    static final java.time.Duration REPEAT_WINDOW = java.time.Duration.ofMinutes(15);

    /**
     * Acceptance review: {@code POST …/queries} twice sent two identical mails a second apart. The same query — to the same
     * contact, on the same items — sent again while the first still awaits an answer and within {@link #REPEAT_WINDOW} of
     * it is refused (409, naming when the first went out), no mail sent; later, or once answered, it may be sent again as a
     * reminder.
     */
    private void refuseRepeat(TransactionView view, long contactId, List<String> rules, Instant now) {
        String asked = String.join(",", rules);
        org.tradedesk.tariff.Jurisdiction j = view.details().jurisdiction();
        for (AwaitedQuery q : queries.of(view.id(), MAX_SHOWN)) {
            String stored = String.join(",", q.items());
            boolean same = q.contactId() == contactId && (stored.equals(asked) || asked.length() > stored.length() && asked.startsWith(stored)
                    && stored.length() >= 4000);
            // a query whose mail did not go is no repeat: it is sent again (t4fixX 2)
            if (same && !q.mailFailed() && !q.fullyAnswered() && q.sentAt() != null && q.sentAt().isAfter(now.minus(REPEAT_WINDOW))) {
                throw new org.tradedesk.shared.TradedeskException(org.tradedesk.shared.TradedeskException.Kind.CONFLICT,
                        MessageText.of("clearance.query.repeat", Arg.literal(q.contactName() == null ? "" : q.contactName()),
                                Arg.date(FileTime.date(q.sentAt(), j)),
                                Arg.literal(FileTime.localDateTime(q.sentAt(), j).toLocalTime().withNano(0).toString()),
                                Arg.number(REPEAT_WINDOW.toMinutes())),
                        "the same query went to contact " + contactId + " at " + q.sentAt() + " and awaits an answer");
            }
        }
    }

    /**
     * The queries sent about the file, newest first, each with the items it still awaits named for the reader
     * ({@link AwaitedQuery#awaitedItems}; t4fixX 1: the file showed a count): what (the rule's name and the documents its
     * findings concern now), from whom, since when (the day the query went, in the file's zone).
     */
    @Transactional(readOnly = true)
    public List<AwaitedQuery> awaited(TransactionId id) {
        TransactionView view = transactions.transaction(id);
        List<AwaitedQuery> sent = queries.of(id.value(), MAX_SHOWN);
        if (sent.stream().allMatch(q -> q.mailFailed() || q.awaiting().isEmpty())) {
            return sent;
        }
        List<Finding> findings = checks.readableFindings(view).orElse(List.of());
        java.util.Map<org.tradedesk.clearance.domain.DocumentId, CheckedFile.Document> documents = findings.isEmpty() ? java.util.Map.of()
                : checks.documents(view);
        return sent.stream().map(q -> q.withAwaitedItems(awaitedItems(view, q, findings, documents))).toList();
    }

    /** The items {@code q} still awaits as the reader reads them; none when its mail did not go. */
    static List<AwaitedQuery.AwaitedItem> awaitedItems(TransactionView view, AwaitedQuery q, List<Finding> findings,
            java.util.Map<org.tradedesk.clearance.domain.DocumentId, CheckedFile.Document> documents) {
        if (q.mailFailed()) {
            return List.of();
        }
        java.time.LocalDate day = FileTime.date(q.sentAt(), view.details().jurisdiction());
        List<AwaitedQuery.AwaitedItem> out = new java.util.ArrayList<>();
        for (String item : q.awaiting()) {
            List<org.tradedesk.clearance.domain.FindingDocument> concerned = findings.stream().filter(f -> f.rule().equals(item))
                    .flatMap(f -> f.documents().stream()).distinct().toList();
            java.util.Map<Long, FindingDocumentNames.Named> named = new java.util.LinkedHashMap<>();
            for (FindingDocumentNames.Named n : FindingDocumentNames.of(concerned, documents, view)) {
                named.putIfAbsent(n.id(), n);
            }
            MessageText rule = org.tradedesk.clearance.domain.FindingNames.rule(item);
            MessageText what = rule;
            if (!named.isEmpty()) {
                // "Invoice issue date (Commercial invoice INV-7)" / 「發票日期（商業發票 INV-7）」
                List<FindingDocumentNames.Named> list = List.copyOf(named.values());
                Arg joined = Arg.message(list.get(list.size() - 1).name());
                for (int i = list.size() - 2; i >= 0; i--) {
                    joined = Arg.message(MessageText.of("clearance.query.item.list", Arg.message(list.get(i).name()), joined));
                }
                what = MessageText.of("clearance.query.awaited.what", Arg.message(rule), joined);
            }
            out.add(new AwaitedQuery.AwaitedItem(item, what, List.copyOf(named.values()), q.contactId(), q.contactName(),
                    q.contactEmail(), q.sentAt(), day, MessageText.of("clearance.query.awaited.item", Arg.message(what),
                            Arg.literal(q.contactName() == null ? "" : q.contactName()),
                            Arg.literal(q.contactEmail() == null ? "" : q.contactEmail()), Arg.date(day))));
        }
        return out;
    }

    /**
     * Records the client's answer to a query (t4fixK 2): every item it still awaits is answered, with the note (what the
     * client said, at most 500 characters, never blank: 400 at {@code note}), who recorded it and when, and a history line
     * per item. A query of another file, or none, is not found (404); a query answered in full takes no further answer
     * (409, nothing recorded); a closed file takes no answer.
     */
    @Transactional
    public AwaitedQuery answer(TransactionId id, long queryId, String note) {
        return answer(id, queryId, note, null);
    }

    /**
     * Records the client's answer to the {@code items} of a query (rule ids the query awaits; t4fixQ 3: answers are per
     * item). Without items, the answer covers the items the query still awaits whose check no longer fails at ERROR: an item
     * whose ERROR finding still stands (the B/L still missing) stays awaited until a document answers it or an answer
     * names it — a note "B/L follows on Monday" does not hide it. An item the query does not await: 400 at {@code answeredItems};
     * no item left to answer that way: 400 {@code clearance.query.answer.items-required} at {@code answeredItems} naming them.
     */
    @Transactional
    public AwaitedQuery answer(TransactionId id, long queryId, String note, List<String> items) {
        TransactionView view = transactions.transaction(id);
        if (view.readOnly()) {
            throw TransactionClosed.of(view);
        }
        // a query of another file, or none: not found (issue 8 F5: it was 400 at queryId)
        AwaitedQuery query = queries.of(id.value(), MAX_SHOWN).stream().filter(q -> q.id() == queryId).findFirst()
                .orElseThrow(() -> new org.tradedesk.shared.TradedeskException(org.tradedesk.shared.TradedeskException.Kind.NOT_FOUND,
                        "clearance.query.unknown", "transaction " + id.value() + " has no query " + queryId, String.valueOf(queryId)));
        // issue 8 F2: an answer without a note ({} or blanks) marked every awaited item answered with nothing recorded
        if (note == null || note.isBlank()) {
            throw new ClearanceInputInvalid("note", "clearance.query.answer.note-blank", "the answer has no note");
        }
        String text = note.strip();
        if (text.length() > 500) {
            throw new ClearanceInputInvalid("note", "clearance.field.too-long", "note is longer than 500 characters", "note", "500");
        }
        if (query.fullyAnswered()) {
            // issue 8 F2: a later answer to a query answered in full returned 200 and recorded nothing; refused, nothing changed
            throw new org.tradedesk.shared.TradedeskException(org.tradedesk.shared.TradedeskException.Kind.CONFLICT,
                    "clearance.query.already-answered", "query " + queryId + " is answered in full", String.valueOf(queryId));
        }
        java.util.Set<String> answered;
        if (items != null && !items.isEmpty()) {
            answered = new java.util.LinkedHashSet<>();
            for (String item : items) {
                String one = item == null ? "" : item.strip();
                if (!query.items().contains(one)) {
                    throw new ClearanceInputInvalid("answeredItems", "clearance.query.answer.item-unknown",
                            "query " + queryId + " did not ask about " + one, one.length() > 100 ? one.substring(0, 100) : one);
                }
                answered.add(one);
            }
        } else {
            java.util.Set<String> failing = checks.findings(view).stream().filter(f -> f.severity() == Finding.Severity.ERROR)
                    .map(Finding::rule).collect(java.util.stream.Collectors.toSet());
            answered = query.awaiting().stream().filter(i -> !failing.contains(i)).collect(java.util.stream.Collectors.toSet());
            if (answered.isEmpty()) {
                MessageText named = null;
                for (String i : query.awaiting()) {
                    MessageText one = MessageText.of("clearance.query.answer.item", Arg.code("clearance.check.rule." + i));
                    named = named == null ? one : MessageText.of("clearance.query.item.list", Arg.message(named), Arg.message(one));
                }
                throw new ClearanceInputInvalid("answeredItems", "clearance.query.answer.items-required", MessageText.of(
                        "clearance.query.answer.items-required", Arg.message(named)),
                        "every item query " + queryId + " awaits still fails an ERROR check");
            }
        }
        Instant now = Instant.now(clock);
        String user = CurrentUser.name();
        for (QueryStore.Marked m : queries.answer(id.value(), query.id(), answered::contains, "ANSWER", null, text, user, now)) {
            store.note(id.value(), user, now, MessageText.of("clearance.history.query-item.answer",
                    Arg.code("clearance.check.rule." + m.item()), Arg.literal(m.contactName()), Arg.literal(text)));
        }
        return named(view, queries.of(id.value(), MAX_SHOWN).stream().filter(q -> q.id() == queryId).findFirst().orElseThrow());
    }

    /** {@code q} with the items it awaits named ({@link #awaitedItems}) as the file stands. */
    private AwaitedQuery named(TransactionView view, AwaitedQuery q) {
        if (q.mailFailed() || q.awaiting().isEmpty()) {
            return q;
        }
        List<Finding> findings = checks.readableFindings(view).orElse(List.of());
        return q.withAwaitedItems(awaitedItems(view, q, findings, findings.isEmpty() ? java.util.Map.of() : checks.documents(view)));
    }

    private static final java.util.regex.Pattern LINE_FIELD = java.util.regex.Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

    /**
     * The entries of the mail, as the client reads them (review of issue 8): one entry per missing or unclear item, the
     * findings of one rule on the same field of the same document grouped with the lines they concern, by the invoice's
     * own line numbers ("Commercial invoice INV-7 of 10 Feb 2026, lines 3, 7, 12: tariff code missing"); the documents
     * named by type, number, date or file name ({@link org.tradedesk.clearance.domain.DocumentNames}), never by our ids.
     * A finding the client cannot act on line by line (no {@code clearance.query.problem.*} text) keeps its own sentence,
     * once however often it was found.
     */
    static List<MessageText> items(List<Finding> findings, java.util.Map<org.tradedesk.clearance.domain.DocumentId, CheckedFile.Document> documents,
            org.tradedesk.tariff.Jurisdiction jurisdiction) {
        record Group(String rule, String code, org.tradedesk.clearance.domain.DocumentId document, String field, String value) {
        }
        java.util.Map<Object, List<Integer>> lines = new java.util.LinkedHashMap<>();
        java.util.Map<Object, MessageText> whole = new java.util.LinkedHashMap<>();
        // the same invoice in the file twice (uploaded as UBL and as INVOIC…): the duplicate-invoice finding names the pair,
        // and the later copy's line findings repeat the first's — each missing item is asked once (issue 8 F9)
        java.util.Set<org.tradedesk.clearance.domain.FindingDocument> copies = new java.util.HashSet<>();
        for (Finding f : findings) {
            String code = f.message().code();
            if ((code.equals("clearance.finding.invoice-twice") || code.equals("clearance.finding.invoice-twice-file")) && f.documents().size() == 2) {
                copies.add(f.documents().get(1));
            }
        }
        for (Finding f : findings) {
            if (f.documents().size() == 1 && copies.contains(f.documents().get(0)) && !f.fields().isEmpty()
                    && LINE_FIELD.matcher(f.fields().get(0)).matches()) {
                continue;
            }
            String suffix = f.message().code().substring(f.message().code().lastIndexOf('.') + 1);
            java.util.regex.Matcher m = f.fields().size() == 1 && f.documents().size() == 1 ? LINE_FIELD.matcher(f.fields().get(0)) : null;
            CheckedFile.Document doc = !f.documents().isEmpty() && f.documents().get(0) instanceof org.tradedesk.clearance.domain.FindingDocument.DocumentRef ref
                    ? documents.get(ref.id()) : null;
            if (m != null && m.matches() && doc != null && doc.invoice() != null && GROUPED.contains(suffix)) {
                int index = Integer.parseInt(m.group(1));
                int line = index < doc.invoice().lines().size() ? doc.invoice().lines().get(index).lineNumber() : index + 1;
                // a tariff code's problem names the code (review r-t4c F6: "tariff code not found" said not which): grouped per code
                // written as the administration writes it, as the declaration's page and the other documents show it (t4fixAC 6:
                // the mail gave the code as typed, 22039999 beside the page's 2203.99.99)
                String value = TARIFF_PROBLEMS.contains(suffix) && !f.message().args().isEmpty()
                        ? org.tradedesk.clearance.domain.TariffCodeFormat.shown(jurisdiction, f.message().args().get(0).value(), null) : null;
                List<Integer> numbers = lines.computeIfAbsent(new Group(f.rule(), suffix, doc.ref().id(), m.group(2), value),
                        g -> new java.util.ArrayList<>());
                if (!numbers.contains(line)) {
                    numbers.add(line);
                }
            } else if (!OURS.contains(f.message().code())) {
                // worded for the client where the checks' text speaks to the coordinator (T4 review, t4fixT 1)
                MessageText asked = ASKED.contains(f.message().code())
                        ? new MessageText("clearance.query.ask." + f.message().code().substring("clearance.finding.".length()), f.message().args())
                        : f.message();
                if (f.message().code().equals("clearance.finding.credit-line") && doc != null && doc.invoice() != null
                        && f.message().args().size() == 2) {
                    // t4fixAF 2: 「第 20 項金額為負數…」 said not of which invoice: the invoice named, as a line's other problems are
                    asked = MessageText.of("clearance.query.ask.credit-line", org.tradedesk.clearance.domain.DocumentNames.of(doc),
                            f.message().args().get(0), f.message().args().get(1));
                }
                whole.putIfAbsent(f.message(), asked);
            }
        }
        List<MessageText> out = new java.util.ArrayList<>(whole.values());
        lines.forEach((key, numbers) -> {
            Group g = (Group) key;
            numbers.sort(null);
            MessageText problem = g.value() == null
                    ? MessageText.of("clearance.query.problem." + g.code(), Arg.code("clearance.invoice.field." + g.field()))
                    : MessageText.of("clearance.query.problem." + g.code(), Arg.code("clearance.invoice.field." + g.field()),
                            Arg.literal(g.value()));
            // "3, 7, 12" / "3、7、12": joined two by two in the reader's language
            Arg joined = Arg.literal(numbers.get(numbers.size() - 1));
            for (int i = numbers.size() - 2; i >= 0; i--) {
                joined = Arg.message(MessageText.of("clearance.query.item.list", Arg.literal(numbers.get(i)), joined));
            }
            out.add(MessageText.of(numbers.size() == 1 ? "clearance.query.item.line" : "clearance.query.item.lines",
                    org.tradedesk.clearance.domain.DocumentNames.of(documents.get(g.document())),
                    joined, Arg.message(problem)));
        });
        return out;
    }

    /**
     * The findings whose remedy is ours, not the client's (T4 acceptance review, t4fixT 1): build the declaration again,
     * lodge an amendment, withdraw a duplicate we filed, confirm a capture, a tariff we have not loaded, our declaration
     * date. They are not put in the client's mail; they stay on the file's page and its work queue.
     */
    static final java.util.Set<String> OURS = java.util.Set.of("clearance.finding.invoice-not-in-draft",
            "clearance.finding.invoice-corrected-after-draft", "clearance.finding.invoice-lodged-differs",
            "clearance.finding.invoice-lodged-line-added", "clearance.finding.invoice-lodged-line-removed",
            "clearance.finding.invoice-twice", "clearance.finding.invoice-twice-file", "clearance.finding.invoice-unconfirmed",
            "clearance.finding.invoice-not-declared", "clearance.finding.tariff-no-data", "clearance.finding.dates.declaration-arrival");

    /** Whether the client can give or answer what the finding asks (a document, a figure, a confirmation). */
    static boolean askable(Finding f) {
        return f.severity() != Finding.Severity.INFO && !OURS.contains(f.message().code());
    }

    /**
     * The findings the client is asked about in words of their own ({@code clearance.query.ask.<code>}, the finding's
     * arguments): the checks' text tells the coordinator what to do ("Enter its lines"), the mail asks the client.
     */
    private static final java.util.Set<String> ASKED = java.util.Set.of("clearance.finding.invoice-no-lines",
            "clearance.finding.invoice-elsewhere", "clearance.finding.invoice-elsewhere-many",
            "clearance.finding.invoice-currencies-differ", "clearance.finding.invoice-incoterms-differ",
            "clearance.finding.dates.invoice-future", "clearance.finding.dates.invoice-transport");

    /** The finding codes whose problem names the line's tariff code (the finding's first argument). */
    private static final java.util.Set<String> TARIFF_PROBLEMS = java.util.Set.of("tariff-unknown", "tariff-not-in-force");

    /** The finding codes the mail groups line by line; each has a {@code clearance.query.problem.<code>} text. */
    private static final java.util.Set<String> GROUPED = java.util.Set.of("line-field-missing", "tariff-unknown", "tariff-not-in-force",
            "origin-invalid", "permit-missing", "value-implausible",
            "value-reference-low", "value-reference-high");

    private Drafted drafted(TransactionView view, long contactId) {
        List<Finding> found = checks.findings(view).stream().filter(f -> f.severity() != Finding.Severity.INFO).toList();
        // only what the client can give or answer (t4fixT 1); the duplicates among the rest still tell items() which copy to skip
        List<Finding> items = found.stream().filter(ClearanceQueries::askable).toList();
        if (items.isEmpty()) {
            throw new ClearanceInputInvalid("contactId", "clearance.query.none", "the checks found nothing to ask the client");
        }
        ContactView contact;
        try {
            contact = clients.viewContact(view.details().clientId(), contactId);
        } catch (org.tradedesk.clients.ContactNotFound e) {
            // re-review F4 (t4fixO): 「客戶 2 沒有編號 99 的聯絡人。」 named the client by our id: named by its name, at the field
            throw new ClearanceInputInvalid("contactId", "clearance.query.contact-unknown",
                    "the file's client has no contact " + contactId, clients.client(view.details().clientId()).name(),
                    String.valueOf(contactId));
        }
        Locale language = (contact.preferredLanguage() != null ? contact.preferredLanguage()
                : clients.client(view.details().clientId()).preferredLanguage()).locale();
        StringBuilder list = new StringBuilder();
        List<MessageText> entries = items(found, checks.documents(view), view.details().jurisdiction());
        for (MessageText item : entries) {
            list.append("- ").append(texts.render(item, language)).append('\n');
        }
        // the file by its reference (the file number only without one), never "#<id>" (issue 8)
        String ref = texts.render(org.tradedesk.clearance.domain.TransactionNames.named(view.details().reference(), null, view.id()), language);
        String subject = messages.getMessage("clearance.query.subject", new Object[] {ref}, language);
        // signed by the coordinator (display name, not the login) and the office, in the contact's language
        CoordinatorSignature.Signed signed = signature.of(language);
        String body = messages.getMessage("clearance.query.body",
                new Object[] {contact.name(), ref, list.toString(), signed.lines()}, language);
        OutgoingMail.ReplyTo replyTo = signed.replyTo().map(a -> new OutgoingMail.ReplyTo(a, signed.name())).orElse(null);
        return new Drafted(new Draft(contact, language, subject, body, items, replyTo), entries.size());
    }
}
