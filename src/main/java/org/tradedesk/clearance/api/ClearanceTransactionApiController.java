package org.tradedesk.clearance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tradedesk.clearance.ClearanceInputInvalid;
import org.tradedesk.clearance.ClearanceChecks;
import org.tradedesk.clearance.ClearanceQueries;
import org.tradedesk.clearance.ClearanceTransactions;
import org.tradedesk.clearance.DocumentType;
import org.tradedesk.clearance.DocumentView;
import org.tradedesk.clearance.StoredFile;
import org.tradedesk.clearance.TransactionId;
import org.tradedesk.clearance.TransactionStatus;
import org.tradedesk.clearance.TransactionView;
import org.tradedesk.platform.MessageTextJson;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.platform.validation.DateWindow;

@RestController
@RequestMapping("/api/v1/clearance/transactions")
@Tag(name = "Clearance transactions", description = "T4 border clearance: the file of one shipment, its documents, "
        + "captured invoice data, status, history, deadlines and retention")
class ClearanceTransactionApiController {

    static final String CREATE_EXAMPLE = """
            {"clientId":1,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","incoterm":"CIF","reference":"KHH-2026-0142",
             "importer":"寶島食品有限公司","exporter":"Barossa Valley Wines Pty Ltd","carrier":"Evergreen Marine",
             "portOfLoading":"AUADL","portOfDischarge":"TWKHH","arrivalDate":"2026-03-02",
             "customs":{"transportDocumentNumber":"EGLV142600012345","journeyId":"0142-015N","goodsLocation":"C2036",
              "packageTypeCode":"CTN","representativeId":"10321","importerTypeCode":"1","importerEnglishName":"Formosa Foods Co., Ltd.",
              "importerAddress":"No. 88, Chenggong 2nd Rd., Qianzhen Dist., Kaohsiung City","dutyMethodCode":"1"}}""";
    static final String UNREADABLE_EXAMPLE = """
            {"type":"urn:tradedesk:problem:clearance.document.unreadable","title":"Bad Request","status":400,
             "detail":"segment UNT (position 41), element 1: ...","code":"clearance.document.unreadable",
             "reason":{"code":"...","args":[],"text":"..."},"location":"segment UNT (position 41), element 1",
             "errors":[{"field":"file","location":"segment UNT (position 41), element 1","message":"..."}]}""";

    private final ClearanceTransactions transactions;
    private final ClearanceChecks checks;
    private final ClearanceQueries queries;
    private final MessageTexts texts;
    private final MessageSource messages;
    private final org.tradedesk.clearance.ClearanceIssues issues;

    ClearanceTransactionApiController(ClearanceTransactions transactions, ClearanceChecks checks, ClearanceQueries queries,
            MessageTexts texts, MessageSource messages, org.tradedesk.clearance.ClearanceIssues issues) {
        this.issues = issues;
        this.queries = queries;
        this.transactions = transactions;
        this.checks = checks;
        this.texts = texts;
        this.messages = messages;
    }

    // ---- errors of this API: ClearanceApiErrors (one advice for the clearance API) ----

    private Object answer(Object body) {
        return MessageTextJson.rendered(body, LocaleContextHolder.getLocale(), texts);
    }

    // ---- transactions ----

    /** A line of the work queue: the file and its open deadline due soonest (null when none). */
    record QueueRow(long id, long clientId, String clientName, String reference, org.tradedesk.tariff.Jurisdiction jurisdiction,
            TransactionStatus status, String nextDeadline, LocalDate nextDeadlineLastDay, Long daysLeft) {
    }

    @GetMapping
    @Operation(summary = "The work queue: the caller's files (a manager's: every file), open deadline due soonest first",
            description = "At most 500 files. A coordinator sees the files of the clients assigned to them.")
    Object queue() {
        return answer(transactions.queue().stream().map(s -> new QueueRow(s.id(), s.transaction().details().clientId().value(),
                s.clientName(), s.transaction().details().reference(), s.transaction().details().jurisdiction(),
                s.transaction().status(), s.nextDeadline() == null ? null : s.nextDeadline().rule().id(),
                s.nextDeadline() == null ? null : s.nextDeadline().lastDay(),
                s.nextDeadline() == null ? null : s.nextDeadline().daysLeft())).toList());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a clearance transaction for a client (status DRAFT)",
            description = "clientId is the client's number; direction IMPORT|EXPORT, jurisdiction AU|TW, mode SEA|AIR|POST|EXPRESS, "
                    + "incoterm an Incoterms 2020 rule. The Taiwan customs particulars come nested as customs:{transportDocumentNumber, "
                    + "journeyId, goodsLocation, packageTypeCode, representativeId, importerTypeCode, importerEnglishName, "
                    + "importerAddress, dutyMethodCode}, the shape the answer has them; a value too long is 400 at customs.<field>. "
                    + "A coordinator opens files only for the clients assigned to them (403). "
                    + "Dates recording an event (declarationDate, releaseDate, dutyNoticeDate, dutyNoticeReceived, dutyPaidDate) "
                    + "after today in the file's jurisdiction: 400 clearance.transaction.field-date-future at the field; arrivalDate "
                    + "may be expected (after today). A releaseDate on a new (DRAFT) file: 400 clearance.transaction.release-before-declared.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(name = "Taiwan import", value = CREATE_EXAMPLE))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "the transaction, with its deadlines and retention"),
                    @ApiResponse(responseCode = "400", description = "bad input (unknown client, a value not of the list, a date "
                            + "of an event after today, a release date before the file is declared): "
                            + "problem detail with errors[{field, message}]", content = @Content(mediaType = "application/problem+json")),
                    @ApiResponse(responseCode = "403", description = "the client is not assigned to the caller",
                            content = @Content(mediaType = "application/problem+json"))})
    ResponseEntity<Object> create(@Valid @RequestBody TransactionRequest body) {
        TransactionView created = transactions.create(body.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/clearance/transactions/" + created.id()))
                .body(answer(TransactionJson.of(created)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A transaction with its documents, deadlines (days left) and retention period",
            description = "404 clearance.transaction.not-found for an id that does not exist and, with the same body, for a file "
                    + "of a client not assigned to the caller (ids cannot be enumerated); the same on every endpoint by file id.")
    Object get(@PathVariable long id) {
        return answer(TransactionJson.of(transactions.transaction(TransactionId.of(id))));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a transaction's details (body with the version read; 409 when stale or closed)",
            description = "The whole details are sent, in the shape GET answers them (a file read and sent back keeps "
                    + "everything). customs left out keeps the stored customs particulars; customs:{} (or its fields null) clears "
                    + "them; a value too long is 400 at customs.<field>. A date the status stands on cannot be cleared: the declarationDate of a "
                    + "DECLARED, HELD or RELEASED file, the releaseDate of a RELEASED file — left out or null is 400 "
                    + "clearance.transaction.date-kept-by-status at the field (send the date, or another day to correct it). "
                    + "A changed date of an event after today: 400 clearance.transaction.field-date-future; a releaseDate on a "
                    + "DRAFT or DOCUMENTS_COMPLETE file: 400 clearance.transaction.release-before-declared.")
    Object update(@PathVariable long id, @Valid @RequestBody TransactionRequest body) {
        if (body.version() == null) {
            throw new ClearanceInputInvalid("version", "clearance.version.required", "the version read is required to change");
        }
        // customs left out: the particulars stay as stored (a stale version is still refused by update)
        org.tradedesk.clearance.CustomsParticulars stored = body.customs() != null ? null
                : transactions.transaction(TransactionId.of(id)).details().customs();
        return answer(TransactionJson.of(transactions.update(TransactionId.of(id), body.version(), body.toDetails(stored))));
    }

    /** A status move: the target, the version read, and the date it happened (declaration, release; default today). */
    record TransactionStatusRequest(@NotNull TransactionStatus status, @NotNull Long version, @DateWindow LocalDate date,
            @jakarta.validation.constraints.Size(max = ClearanceTransactions.MAX_CLOSE_REASON) String reason) {
    }

    @PostMapping(path = "/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move the transaction's status",
            description = "DRAFT → DOCUMENTS_COMPLETE → DECLARED → RELEASED | HELD → CLOSED (also DRAFT/DOCUMENTS_COMPLETE → CLOSED, "
                    + "DOCUMENTS_COMPLETE → DRAFT, HELD → RELEASED). 409 with code clearance.transaction.status for a move not "
                    + "allowed, clearance.transaction.closed on a closed file, error.stale-edit on a stale version (the one code of every module). "
                    + "CLOSED is refused with 409 clearance.transaction.close-open-disputes while a dispute is undecided, and with "
                    + "clearance.transaction.close-open-deadlines while an obligation runs (lodgement, payment not met) unless "
                    + "'reason' says why; the reason is recorded in the history.")
    Object move(@PathVariable long id, @Valid @RequestBody TransactionStatusRequest body) {
        return answer(TransactionJson.of(transactions.move(TransactionId.of(id), body.version(), body.status(), body.date(), body.reason())));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The file's history, newest first (who, when, what; at most 500 lines)")
    Object history(@PathVariable long id) {
        return answer(transactions.history(TransactionId.of(id)));
    }

    @GetMapping("/{id}/findings")
    @Operation(summary = "The findings of the document checks (rules of clearance/checks.tsv): severity, rule (its id) and ruleName (its name), documents, "
            + "fields, explanation in the caller's language, regulation; key (what …/issues/from-finding takes) and issueId "
            + "with issue (its link) when an issue was opened from the finding. Each of documents[] is {id, kind, number, name}: "
            + "the document's id (for …/documents/{id}), its kind (COMMERCIAL_INVOICE…), its own number (an invoice's; null when "
            + "none) and its name in the caller's language (\"Commercial invoice INV-7\", 「裝箱單（案件第 2 份文件）」)")
    Object findings(@PathVariable long id) {
        java.util.Map<String, Long> opened = issues.issuesOfFindings(TransactionId.of(id));
        TransactionView view = transactions.transaction(TransactionId.of(id));
        java.util.Map<org.tradedesk.clearance.domain.DocumentId, org.tradedesk.clearance.domain.CheckedFile.Document> documents = checks.documents(view);
        java.util.Locale locale = LocaleContextHolder.getLocale();
        return answer(checks.findings(view).stream().map(f -> {
            Long issueId = opened.get(f.key());
            return new FindingJson(f.severity(), f.rule(), org.tradedesk.clearance.domain.FindingNames.rule(f.rule()),
                    FindingDocumentJson.of(f.documents(), documents, view, texts, locale), f.fields(),
                    f.message(), f.regulationText() == null ? null : texts.render(f.regulationText(), locale), f.key(), issueId,
                    issueId == null ? null : "/api/v1/clearance/transactions/" + id + "/issues/" + issueId);
        }).toList());
    }

    /**
     * A finding as the API answers it: the finding, its rule's id ({@code rule}, for programs) and name in the reader's language
     * ({@code ruleName}), its key and the issue opened from it (null when none).
     */
    record FindingJson(org.tradedesk.clearance.domain.Finding.Severity severity, String rule, org.tradedesk.shared.MessageText ruleName,
            java.util.List<FindingDocumentJson> documents,
            java.util.List<String> fields, org.tradedesk.shared.MessageText message, String regulation, String key, Long issueId, String issue) {
    }

    /**
     * A document of a finding (issue 8: the API answered {@code COMMERCIAL_INVOICE#14}, our id as its name): its id for
     * machines, its kind, its own number (an invoice's, null when none) and its name as every text names it
     * ({@link org.tradedesk.clearance.domain.DocumentNames#reference}) in the caller's language.
     */
    record FindingDocumentJson(Long id, String kind, String number, String name) {

        /**
         * The finding's documents, one entry each (a check comparing the file's invoices together names them as one: one
         * entry per invoice here), from the typed ids the checks carry — no label is parsed back.
         */
        static java.util.List<FindingDocumentJson> of(java.util.List<org.tradedesk.clearance.domain.FindingDocument> entries,
                java.util.Map<org.tradedesk.clearance.domain.DocumentId, org.tradedesk.clearance.domain.CheckedFile.Document> documents,
                TransactionView view, MessageTexts texts, java.util.Locale locale) {
            // one naming for every answer (FindingDocumentNames; t4fixX 3: a declaration's fileErrors names them the same)
            return org.tradedesk.clearance.FindingDocumentNames.of(entries, documents, view).stream()
                    .map(n -> new FindingDocumentJson(n.id(), n.kind(), n.number(), texts.render(n.name(), locale))).toList();
        }
    }

    /** The contact of the client to ask about the missing or unclear items. */
    record QueryRequest(@jakarta.validation.constraints.NotNull Long contactId) {
    }

    @PostMapping(path = "/{id}/queries", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ask a contact of the client for the missing or unclear items (the ERROR and WARNING findings): "
            + "an e-mail in the contact's language, logged in the client's and the file's history",
            description = "Signed by the coordinator's display name and the office, Reply-To the coordinator's address. 400 "
                    + "clearance.query.none when nothing is to be asked; 503 clients.mail.not-configured when no mail server is "
                    + "configured (the detail names the settings; nothing recorded). The mail goes once the query is recorded "
                    + "(committed): 409 clients.mail.not-sent when the server then refused (the detail says why in the reader's "
                    + "language) — the query stays recorded with mailSent false, mailFailedAt and mailFailure (code "
                    + "clients.mail.failure.<CONNECTION_REFUSED|HOST_UNKNOWN|AUTH_FAILED|RECIPIENT_REJECTED|TIMEOUT|OTHER> and "
                    + "text) in GET …/queries, a line in the history and an item on the work queue; it awaits nothing and may be "
                    + "sent again at once.")
    ResponseEntity<Object> query(@PathVariable long id, @jakarta.validation.Valid @RequestBody QueryRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(answer(queried(id, queries.send(TransactionId.of(id), body.contactId()))));
    }

    @GetMapping("/{id}/queries")
    @Operation(summary = "What is awaited from whom since when: the queries sent about the file, newest first (at most 50)",
            description = "awaiting[]: the rule ids still awaited; awaitingItems[]: each of them as the reader reads it — item "
                    + "(rule id), what (the rule's name with the documents its findings concern now), documents ({id, kind, "
                    + "number, name}), contact ({id, name, email}), since, sinceDay (the file's zone) and text (one sentence, the "
                    + "day in the reader's format). mailSent false, mailFailedAt, mailFailure ({code, text}: why, in the reader's "
                    + "language): the server refused the mail; mailFailureDetail: the server's own text, to administrators only "
                    + "(null to others).")
    Object queries(@PathVariable long id) {
        return answer(queried(id, queries.awaited(TransactionId.of(id))));
    }

    /**
     * A query as the API answers it: the query, and each answered item with the document that answered it named as
     * findings[].documents name theirs ({@code document}: id, kind, own number, name in the reader's language; t4fixQ 2:
     * {@code answered[]} gave the document's id alone), null for an answer recorded by hand.
     */
    record QueryJson(long id, long contactId, String contactName, String contactEmail, int itemCount, java.util.List<String> items,
            String sentBy, java.time.Instant sentAt, java.util.List<AnsweredJson> answered, java.util.List<String> awaiting,
            boolean fullyAnswered, java.util.List<AwaitedItemJson> awaitingItems, boolean mailSent, java.time.Instant mailFailedAt,
            org.tradedesk.shared.MessageText mailFailure, String mailFailureDetail) {
    }

    /**
     * An item a query still awaits as the reader reads it (t4fixX 1; {@code awaiting[]} keeps the rule ids): the item (rule
     * id), {@code what} (the rule's name with the documents its findings concern now, in the reader's language), those
     * {@code documents} as findings[].documents name them, from whom ({@code contact}), since when ({@code since}, and
     * {@code sinceDay} in the file's zone), and {@code text}: all of it in one sentence, the day in the reader's format.
     */
    record AwaitedItemJson(String item, org.tradedesk.shared.MessageText what, java.util.List<FindingDocumentJson> documents,
            ContactJson contact, java.time.Instant since, java.time.LocalDate sinceDay, org.tradedesk.shared.MessageText text) {
    }

    /** The contact an item is awaited from. */
    record ContactJson(long id, String name, String email) {
    }

    /** An answered item of a query: the item (rule id), how, the document that answered it (null: an answer recorded), who, when. */
    record AnsweredJson(String item, String how, Long documentId, QueryDocumentJson document, String note, String answeredBy,
            java.time.Instant answeredAt) {
    }

    /** The document that answered an item: its id, kind, own number (an invoice's; null when none) and name. */
    record QueryDocumentJson(Long id, String kind, String number, String name) {
    }

    private QueryJson queried(long id, org.tradedesk.clearance.AwaitedQuery sent) {
        return queried(id, java.util.List.of(sent)).get(0);
    }

    /** The queries as {@link QueryJson}: the file read once, only when a document answered an item. */
    private java.util.List<QueryJson> queried(long id, java.util.List<org.tradedesk.clearance.AwaitedQuery> sent) {
        boolean named = sent.stream().anyMatch(q -> q.answered().stream().anyMatch(a -> a.documentId() != null));
        TransactionView view = named ? transactions.transaction(TransactionId.of(id)) : null;
        java.util.Locale locale = LocaleContextHolder.getLocale();
        // the server's text is shown for the administrators' role, a servlet question; who sees the client is not asked here
        // (that is the clients module's rule, ClearanceClientAccessRuleTest)
        boolean admin = ((org.springframework.web.context.request.ServletRequestAttributes) org.springframework.web.context.request
                .RequestContextHolder.currentRequestAttributes()).getRequest().isUserInRole("ADMIN");
        return sent.stream().map(q -> new QueryJson(q.id(), q.contactId(), q.contactName(),
                q.contactEmail(), q.itemCount(), q.items(), q.sentBy(), q.sentAt(), q.answered().stream().map(a -> new AnsweredJson(
                        a.item(), a.how(), a.documentId(), a.documentId() == null || view == null ? null : queryDocument(view, a.documentId(), locale),
                        a.note(), a.answeredBy(), a.answeredAt())).toList(), q.awaiting(), q.fullyAnswered(),
                q.awaitedItems().stream().map(i -> new AwaitedItemJson(i.item(), i.what(), i.documents().stream()
                        .map(n -> new FindingDocumentJson(n.id(), n.kind(), n.number(), texts.render(n.name(), locale))).toList(),
                        new ContactJson(i.contactId(), i.contactName(), i.contactEmail()), i.since(), i.sinceDay(), i.text())).toList(),
                !q.mailFailed(), q.mailFailedAt(), q.mailFailed() ? org.tradedesk.shared.MessageText.of(q.mailFailureCode()) : null,
                // the server's own (English) text: for the administrators, not a sentence for the reader (t4fixAC 1)
                admin ? q.mailFailure() : null)).toList();
    }

    private QueryDocumentJson queryDocument(TransactionView view, long documentId, java.util.Locale locale) {
        java.util.List<org.tradedesk.clearance.DocumentView> all = new java.util.ArrayList<>(view.documents());
        if (view.withdrawnDocuments() != null) {
            all.addAll(view.withdrawnDocuments());
        }
        org.tradedesk.clearance.DocumentView d = all.stream().filter(x -> x.id() == documentId).findFirst().orElse(null);
        String number = d == null || d.captured() == null || !d.type().invoice() || d.captured().invoiceNumber() == null
                || d.captured().invoiceNumber().isBlank() ? null : d.captured().invoiceNumber().strip();
        return new QueryDocumentJson(documentId, d == null ? null : d.type().name(), number,
                texts.render(view.documentNamed(documentId), locale));
    }

    /** The client's answer to a query, as the coordinator records it. */
    record QueryAnswerRequest(@jakarta.validation.constraints.Size(max = 500) String note,
            @jakarta.validation.constraints.Size(max = 50) java.util.List<String> answeredItems) {
    }

    @PostMapping(path = "/{id}/queries/{queryId}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the client's answer to a query: the items named in answeredItems (rule ids the query awaits) are "
            + "marked answered (who, when, the note), each a line of the file's history; without answeredItems, every awaited item whose "
            + "check no longer fails at ERROR (an item whose ERROR finding stands stays awaited: 400 clearance.query.answer.items-required "
            + "at answeredItems when none is left); 400 clearance.query.answer.item-unknown at answeredItems for an item the query did not ask about; "
            + "a document of an awaited kind uploaded after the query answers its item by itself. 404 clearance.query.unknown for a query the file does not have; 400 clearance.query.answer.note-blank at note "
            + "for no note or a blank one (nothing marked); 409 clearance.query.already-answered for a query answered in full")
    Object answerQuery(@PathVariable long id, @PathVariable long queryId, @jakarta.validation.Valid @RequestBody QueryAnswerRequest body) {
        return answer(queried(id, queries.answer(TransactionId.of(id), queryId, body.note(), body.answeredItems())));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a file whose retention period has ended (manager); 409 clearance.transaction.retained before")
    ResponseEntity<Void> delete(@PathVariable long id) {
        transactions.delete(TransactionId.of(id));
        return ResponseEntity.noContent().build();
    }

    // ---- documents ----

    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a document (multipart file, optional type)",
            description = "type: COMMERCIAL_INVOICE, PACKING_LIST, BILL_OF_LADING, AIR_WAYBILL, CERTIFICATE_OF_ORIGIN, PERMIT, "
                    + "DG_DECLARATION, OTHER. Without a type, a structured invoice (UBL, CII, EDIFACT) or a CSV/XLSX line list whose "
                    + "header the invoice reader recognises is read as COMMERCIAL_INVOICE; anything else is kept as OTHER, unread, "
                    + "and the answer's warning says so. The same file sent again with another type than OTHER files the document "
                    + "kept as OTHER under that type (read as it); otherwise the same file twice is 409. The file is kept (at most 10 MB, 50 per transaction) with its SHA-256. "
                    + "An invoice is read (format detected from the content) and its captured data returned; a file that "
                    + "cannot be read is refused with 400 naming the line or element and the reason, and nothing is stored.",
            responses = {
                    @ApiResponse(responseCode = "201", description = "the document with its captured data"),
                    @ApiResponse(responseCode = "400", description = "unreadable invoice, empty or too large file",
                            content = @Content(mediaType = "application/problem+json",
                                    examples = @ExampleObject(name = "unreadable", value = UNREADABLE_EXAMPLE)))})
    ResponseEntity<Object> upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "version", required = false) Long version) throws IOException {
        if (file.getSize() > ClearanceTransactions.MAX_DOCUMENT_BYTES) {
            throw org.tradedesk.clearance.DocumentTooLarge.of(String.valueOf(file.getOriginalFilename()), file.getSize(),
                    ClearanceTransactions.MAX_DOCUMENT_BYTES);
        }
        byte[] content = file.getBytes();
        DocumentType documentType = DocumentType.parse(type);
        boolean untyped = type == null || type.isBlank();
        if (untyped) {
            // the format comes from the content: an e-invoice or a CSV/XLSX invoice sent without a type is read, not filed
            // away unread (acceptance review, t4fixM: a CSV invoice was kept as OTHER without a word)
            documentType = ClearanceTransactions.untypedAs(content, file.getOriginalFilename());
        }
        DocumentView added = transactions.upload(TransactionId.of(id), version, documentType, file.getOriginalFilename(),
                file.getContentType(), content);
        org.tradedesk.shared.MessageText warning = untyped ? ClearanceTransactions.untypedWarning(added) : null;
        return ResponseEntity.created(URI.create("/api/v1/clearance/transactions/" + id + "/documents/" + added.id()))
                .body(answer(warning == null ? added : new UploadedJson(added, warning)));
    }

    /** A document kept with a warning (sent without a type, kept as OTHER unread): the document's fields and {@code warning}. */
    record UploadedJson(@com.fasterxml.jackson.annotation.JsonUnwrapped DocumentView document,
            org.tradedesk.shared.MessageText warning) {
    }

    @PostMapping(path = "/{id}/documents/invoice", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Capture an invoice by hand (no file): header and lines, checked field by field",
            description = "400 with errors[{field, message}] naming e.g. lines[0].tariffCode or lines[1].originCountry.")
    ResponseEntity<Object> capture(@PathVariable long id, @jakarta.validation.Valid @RequestBody InvoiceRequest body,
            @RequestParam(name = "version", required = false) Long version) {
        DocumentView added = transactions.captureInvoice(TransactionId.of(id), version, body.toCaptured());
        return ResponseEntity.created(URI.create("/api/v1/clearance/transactions/" + id + "/documents/" + added.id()))
                .body(answer(added));
    }

    @GetMapping("/{id}/documents/{documentId}")
    @Operation(summary = "A document with its captured data")
    Object document(@PathVariable long id, @PathVariable long documentId) {
        return answer(transactions.document(TransactionId.of(id), documentId));
    }

    @PutMapping(path = "/{id}/documents/{documentId}/capture", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Correct an invoice's captured data (?version= the document's version read; recorded in the history)")
    Object recapture(@PathVariable long id, @PathVariable long documentId, @RequestParam long version,
            @jakarta.validation.Valid @RequestBody InvoiceRequest body) {
        return answer(transactions.recapture(TransactionId.of(id), documentId, version, body.toCaptured()));
    }

    /** A withdrawal: the document's version read and why it is withdrawn (required, at most 500 characters). */
    record WithdrawalRequest(@NotNull Long version, String reason) {
    }

    @PostMapping(path = "/{id}/documents/{documentId}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Withdraw a document from the file (the same invoice twice, a file of another client's shipment)",
            description = "Body {\"version\": the document's version read, \"reason\": why (required, at most 500 characters)}. "
                    + "The document is kept for the record (file, SHA-256, captured data, still downloadable; listed under "
                    + "withdrawnDocuments of the file with who, when and why) and a history line says who withdrew it and why; it "
                    + "no longer counts in the checks, the declaration, the duplicate search, the client query or the document set's "
                    + "current documents. A confirmed draft built while the document was on the file is refused at lodgement "
                    + "(409 clearance.declaration.document-withdrawn): build a new draft.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the withdrawn document (withdrawnAt, withdrawnBy, withdrawalReason)"),
                    @ApiResponse(responseCode = "400", description = "no reason (clearance.document.withdraw-reason-required, field "
                            + "reason), a reason over 500 characters, or no version (error.validation)"),
                    @ApiResponse(responseCode = "403", description = "the client is not assigned to the caller (clearance.access.not-assigned)"),
                    @ApiResponse(responseCode = "404", description = "no such file or document"),
                    @ApiResponse(responseCode = "409", description = "clearance.transaction.closed (a closed file), error.stale-edit "
                            + "(the document changed since read), clearance.document.withdrawn-already, or "
                            + "clearance.document.withdraw-lodged (the document was on the file when a declaration since lodged was "
                            + "built: customs hold it, a correction goes as an amendment)")})
    Object withdraw(@PathVariable long id, @PathVariable long documentId, @Valid @RequestBody WithdrawalRequest body) {
        return answer(transactions.withdraw(TransactionId.of(id), documentId, body.version(), body.reason()));
    }

    @GetMapping("/{id}/documents/{documentId}/file")
    @Operation(summary = "Download a document's file as uploaded (X-Checksum-SHA256 header)")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long documentId) {
        StoredFile file = transactions.file(TransactionId.of(id), documentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Checksum-SHA256", file.sha256())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(file.content());
    }
}
