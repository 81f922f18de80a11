package org.tradedesk.clearance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tradedesk.clearance.ClearanceDeclarations;
import org.tradedesk.clearance.ClearanceDocumentSet;
import org.tradedesk.clearance.ClearanceInputInvalid;
import org.tradedesk.clearance.DeclarationView;
import org.tradedesk.clearance.StoredFile;
import org.tradedesk.clearance.TransactionId;
import org.tradedesk.clearance.messages.CustomsResponses;
import org.tradedesk.clearance.messages.WcoDeclarationXml;
import org.tradedesk.platform.MessageTextJson;
import org.tradedesk.platform.MessageTexts;

@RestController
@RequestMapping("/api/v1/clearance/transactions/{id}")
@Tag(name = "Clearance declarations", description = "T4 declaration built from the transaction, the client's confirmation, "
        + "lodgement through the channel, customs responses and the clearance document set")
class ClearanceDeclarationApiController {

    static final String DRAFT_EXAMPLE = """
            {"declarantId":"53004085616","declarantName":"Harbour Customs Brokers Pty Ltd","importerId":"51824753556",
             "exchangeRate":1.5360,"freight":950,"insurance":45,"recommendation":"Claim ChAFTA on line 2 (certificate of origin held)",
             "items":[{"line":1,"tariffCode":"8507600010","duty":"5%"},{"line":2,"preference":"ChAFTA"}]}""";

    private final ClearanceDeclarations declarations;
    private final ClearanceDocumentSet documentSet;
    private final MessageTexts texts;
    private final MessageSource messages;

    ClearanceDeclarationApiController(ClearanceDeclarations declarations, ClearanceDocumentSet documentSet, MessageTexts texts,
            MessageSource messages) {
        this.declarations = declarations;
        this.documentSet = documentSet;
        this.texts = texts;
        this.messages = messages;
    }

    private Object answer(Object body) {
        return MessageTextJson.rendered(body, LocaleContextHolder.getLocale(), texts);
    }

    private static Locale language() {
        return "zh".equals(LocaleContextHolder.getLocale().getLanguage()) ? Locale.TAIWAN : Locale.ENGLISH;
    }

    // ---- declarations ----

    @PostMapping(path = "/declarations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Build a declaration draft from the transaction (P4.5.3)",
            description = "Header from the file and its newest captured commercial invoice, items from the invoice lines with the "
                    + "recommended classification / preference / duty per line, customs values, duties and taxes from the tax engine. "
                    + "Validated at once: findings[] name each rule; when none blocks, the standard message (CUSDEC D99B for AU, "
                    + "single-window XML for TW) is written and its sha256 and confirmationCode returned. A newer draft supersedes "
                    + "every draft not yet lodged; after a lodgement the next draft is an amendment (version + 1, function code 4). "
                    + "Example: " + DRAFT_EXAMPLE)
    ResponseEntity<Object> draft(@PathVariable long id, @Valid @RequestBody DeclarationRequests.DraftRequest body) {
        DeclarationView created = declarations.draft(TransactionId.of(id), body.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/clearance/transactions/" + id + "/declarations/" + created.id()))
                .body(answer(created));
    }

    @GetMapping("/declarations")
    @Operation(summary = "The transaction's declarations, newest first (at most 100), with status and findings")
    Object list(@PathVariable long id) {
        return answer(declarations.declarations(TransactionId.of(id)));
    }

    @GetMapping("/declarations/{declarationId}")
    @Operation(summary = "One declaration: header, items, figures, findings, who confirmed which SHA-256 and when, lodgement")
    Object one(@PathVariable long id, @PathVariable long declarationId) {
        return answer(declarations.declaration(TransactionId.of(id), declarationId));
    }

    @GetMapping("/declarations/{declarationId}/message")
    @Operation(summary = "The declaration's standard message, byte for byte what is (or will be) lodged (X-Checksum-SHA256)")
    ResponseEntity<byte[]> message(@PathVariable long id, @PathVariable long declarationId) {
        return file(declarations.message(TransactionId.of(id), declarationId));
    }

    @GetMapping("/declaration")
    @Operation(summary = "The newest declaration as a message: format=cusdec (AU CUSDEC D99B), xml (the administration's XML: "
            + "TW single-window) or wco (WCO Data Model 3.6 XML); version=N the message version N instead (the lodged one of that "
            + "version, else its newest draft without validation errors)",
            description = "409 clearance.declaration.newest-not-lodgeable when the newest draft has validation errors: the detail "
                    + "names its draft and message version and, when one was lodged, the lodged version and where it is "
                    + "(?version=N or /declarations/{declarationId}/message; lodgedVersion, lodgedMessage); 409 "
                    + "clearance.declaration.version-not-lodgeable when version=N was not lodged and has only drafts with validation "
                    + "errors. 400 for a version "
                    + "the file does not have.")
    ResponseEntity<byte[]> current(@PathVariable long id, @RequestParam(defaultValue = "native") String format,
            @RequestParam(required = false) Integer version) {
        List<DeclarationView> all = declarations.declarations(TransactionId.of(id));
        if (all.isEmpty()) {
            throw new ClearanceInputInvalid("declaration", "clearance.declaration.none", "transaction " + id + " has no declaration");
        }
        DeclarationView newest = version == null ? all.get(0) : ofVersion(all, version);
        if (!newest.lodgeable() && version != null) {
            // the version asked for, not the newest draft (T4 code read R8: it said "newest-not-lodgeable")
            throw new org.tradedesk.clearance.DeclarationRefused("clearance.declaration.version-not-lodgeable",
                    "message version " + version + " has only drafts with validation errors", String.valueOf(version),
                    String.valueOf(newest.revision()));
        }
        if (!newest.lodgeable()) {
            throw notLodgeable(id, newest, all);
        }
        String f = format.strip().toLowerCase(Locale.ROOT);
        if (f.equals("wco")) {
            byte[] xml = WcoDeclarationXml.write(newest.declaration());
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(newest.messageId() + "-wco.xml").build()
                            .toString()).body(xml);
        }
        boolean au = "CUSDEC_D99B".equals(newest.format());
        if (!(f.equals("native") || f.equals("cusdec") && au || f.equals("xml") && !au)) {
            throw new ClearanceInputInvalid("format", "clearance.declaration.format", "format " + format + " is not this declaration's",
                    format, au ? "cusdec, wco" : "xml, wco");
        }
        return file(declarations.message(TransactionId.of(id), newest.id()));
    }

    /** The declaration of message version {@code version}: the lodged one, else its newest draft without validation errors. */
    private static DeclarationView ofVersion(List<DeclarationView> all, int version) {
        List<DeclarationView> of = all.stream().filter(d -> d.version() == version).toList();
        if (of.isEmpty()) {
            throw new ClearanceInputInvalid("version", "clearance.declaration.version-unknown", "no declaration of version " + version,
                    String.valueOf(version), String.valueOf(all.get(0).version()));
        }
        return of.stream().filter(d -> d.status().lodged()).findFirst()
                .or(() -> of.stream().filter(DeclarationView::lodgeable).findFirst()).orElse(of.get(0));
    }

    /**
     * The newest draft has validation errors (acceptance review F12c: "Draft 3 has validation errors" — the draft number,
     * read as the declaration id — while the lodged version 1 was only reachable by its id): names its draft and message
     * version, and the lodged version and where it is.
     */
    private static org.tradedesk.clearance.DeclarationRefused notLodgeable(long id, DeclarationView newest, List<DeclarationView> all) {
        DeclarationView lodged = all.stream().filter(d -> d.status().lodged() && d.lodgeable()).findFirst().orElse(null);
        if (lodged == null) {
            return new org.tradedesk.clearance.DeclarationRefused("clearance.declaration.newest-not-lodgeable",
                    "declaration " + newest.id() + " has validation errors", String.valueOf(newest.revision()),
                    String.valueOf(newest.version()));
        }
        String where = "/api/v1/clearance/transactions/" + id + "/declarations/" + lodged.id() + "/message";
        return new org.tradedesk.clearance.DeclarationRefused("clearance.declaration.newest-not-lodgeable.lodged",
                "declaration " + newest.id() + " has validation errors; lodged: " + lodged.id(), String.valueOf(newest.revision()),
                String.valueOf(newest.version()), String.valueOf(lodged.version()), where) {
            @Override
            public java.util.Map<String, Object> problemProperties() {
                return java.util.Map.of("lodgedVersion", lodged.version(), "lodgedMessage", where);
            }
        };
    }

    @PostMapping(path = "/declarations/{declarationId}/send", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send the draft and the recommendation to a contact of the client for confirmation (P4.5.1/P4.5.2)",
            description = "An e-mail in the contact's language with the items, totals, the recommendation, the message attached and "
                    + "its confirmation code. 409 when findings block the draft or a newer draft superseded it.")
    Object send(@PathVariable long id, @PathVariable long declarationId, @Valid @RequestBody DeclarationRequests.SendRequest body) {
        return answer(declarations.send(TransactionId.of(id), declarationId, body.contactId()));
    }

    @PostMapping(path = "/declarations/{declarationId}/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the client's confirmation: the contact, the code they quoted and when (default now)",
            description = "400 clearance.declaration.code-mismatch when the code is not this draft's; 409 "
                    + "clearance.declaration.superseded when the declaration changed after it was sent (a new confirmation is needed).")
    Object confirm(@PathVariable long id, @PathVariable long declarationId,
            @Valid @RequestBody DeclarationRequests.ConfirmationRequest body) {
        return answer(declarations.confirm(TransactionId.of(id), declarationId, body.contactId(), body.code(),
                body.confirmedAt() == null ? null : body.confirmedAt().toInstant()));
    }

    @PostMapping("/declarations/{declarationId}/lodgement")
    @Operation(summary = "Lodge the confirmed declaration through the configured channel (P4.6.2)",
            description = "Exactly the confirmed bytes; a message id is lodged once (a repeat answers the lodged declaration and sends "
                    + "nothing). 409 clearance.declaration.not-confirmed, clearance.lodgement.failed (endpoint not reachable; "
                    + "nothing recorded).")
    Object lodge(@PathVariable long id, @PathVariable long declarationId) {
        return answer(declarations.lodge(TransactionId.of(id), declarationId));
    }

    // ---- responses ----

    @PostMapping(path = "/responses", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Record a customs response (multipart file): CUSRES D99B, or Taiwan NX901/N5107/N5108/N5109/N5110/N5111/N5116 XML",
            description = "Read, kept with its SHA-256 and put in the file's history; the declaration's status follows "
                    + "(ACCEPTED, QUERIED, REJECTED, RELEASED) and a release releases the file on the day the response gives; a duty notice "
                    + "dates the file's duty notice, carries the payment deadline and findings[] for each amount that differs from the "
                    + "declaration. 400 naming where a message is unreadable.")
    ResponseEntity<Object> responseFile(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        if (file.getSize() > CustomsResponses.MAX_BYTES) {
            throw new ClearanceInputInvalid("file", "clearance.message.too-large", "too large", CustomsResponses.MAX_BYTES);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(answer(declarations.receive(TransactionId.of(id), file.getBytes(), "UPLOAD")));
    }

    @PostMapping(path = "/responses", consumes = {"application/EDIFACT", MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
            MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Record a customs response sent as the request body (the message itself)")
    ResponseEntity<Object> responseBody(@PathVariable long id, @RequestBody byte[] body) {
        if (body.length > CustomsResponses.MAX_BYTES) {
            throw new ClearanceInputInvalid("file", "clearance.message.too-large", "too large", CustomsResponses.MAX_BYTES);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(answer(declarations.receive(TransactionId.of(id), body, "API")));
    }

    @GetMapping("/responses")
    @Operation(summary = "The customs responses recorded, oldest first")
    Object responses(@PathVariable long id) {
        return answer(declarations.responses(TransactionId.of(id)));
    }

    // ---- O4.6.1 the document set ----

    @GetMapping("/document-set")
    @Operation(summary = "The clearance document set (O4.6.1): one ZIP with every document, the lodged messages, the responses "
            + "and index.pdf listing each file with SHA-256, date and the retention period (zh-TW or en by Accept-Language), the "
            + "declaration worksheet, the findings, issue reports, dispute letters and summary.pdf; format=pdf: the summary PDF alone")
    ResponseEntity<byte[]> documentSet(@PathVariable long id, @RequestParam(defaultValue = "zip") String format) {
        if ("pdf".equalsIgnoreCase(format.strip())) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("clearance-" + id + "-summary.pdf").build().toString())
                    .body(documentSet.summary(TransactionId.of(id), language()));
        }
        byte[] zip = documentSet.zip(TransactionId.of(id), language());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("clearance-" + id + "-document-set.zip").build().toString())
                .body(zip);
    }

    private static ResponseEntity<byte[]> file(StoredFile f) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Checksum-SHA256", f.sha256())
                .contentType(MediaType.parseMediaType(f.contentType())).body(f.content());
    }
}
