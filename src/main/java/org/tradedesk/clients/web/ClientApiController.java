package org.tradedesk.clients.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.DuplicateTaxId;
import tools.jackson.databind.json.JsonMapper;
import org.tradedesk.clients.ClientMailer;
import org.tradedesk.clients.ClientSummary;
import org.tradedesk.clients.ClientView;
import org.tradedesk.clients.CommunicationEntry;
import org.tradedesk.clients.ContactDataExport;
import org.tradedesk.clients.ContactSummary;
import org.tradedesk.clients.ContactView;
import org.tradedesk.clients.MailAttachment;
import org.tradedesk.clients.OutgoingMail;

/** REST mirror of the client pages. Errors are problem details (platform's ApiExceptionHandler). */
@RestController
@RequestMapping("/api/v1/clients")
class ClientApiController {

    private final ClientDirectory directory;
    private final ClientMailer mailer;
    private final Clock clock;
    private final JsonMapper json;
    private final MessageSource messages;

    ClientApiController(ClientDirectory directory, ClientMailer mailer, Clock clock, JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
        this.directory = directory;
        this.mailer = mailer;
        this.clock = clock;
    }

    /**
     * Before every per-client page or endpoint of this controller: a coordinator sees only the clients assigned to them, a
     * manager every client ({@link ClientDirectory#requireAccess}: 404 for an unknown id, 403 without the client's name).
     */
    @ModelAttribute
    void requireAccess(@PathVariable(name = "id", required = false) Long id) {
        if (id != null) {
            directory.requireAccess(new ClientId(id));
        }
    }

    @GetMapping
    PageResponse<ClientSummary> list(@RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(directory.searchVisible(q, archived, org.tradedesk.platform.web.Paging.of(page, size, 200)));
    }

    @GetMapping("/{id}")
    ClientView get(@PathVariable long id) {
        return directory.client(new ClientId(id));
    }

    /**
     * 409 {@code clients.tax-id.duplicate} with {@code existing} (id, name, href) when another client has
     * the same tax id; {@code ?allowDuplicateTaxId=true} saves it anyway (two branches under one ABN).
     */
    @PostMapping
    ResponseEntity<ClientView> create(@Valid @RequestBody ClientForm body, @RequestParam(defaultValue = "false") boolean allowDuplicateTaxId) {
        ClientDetails details = body.toDetails();
        refuseDuplicate(details, null, allowDuplicateTaxId);
        ClientView created = directory.create(details);
        return ResponseEntity.created(URI.create("/api/v1/clients/" + created.id())).body(created);
    }

    /** 409 problem detail when {@code version} is not the stored one. */
    @PutMapping("/{id}")
    ClientView update(@PathVariable long id,
            @Validated({Default.class, ClientForm.Update.class}) @RequestBody ClientForm body,
            @RequestParam(defaultValue = "false") boolean allowDuplicateTaxId) {
        ClientDetails details = body.toDetails();
        refuseDuplicate(details, id, allowDuplicateTaxId);
        return directory.update(new ClientId(id), body.version(), details);
    }

    private void refuseDuplicate(ClientDetails details, Long id, boolean allowed) {
        if (!allowed) {
            List<ClientSummary> same = directory.sameTaxId(details, id);
            if (!same.isEmpty()) {
                throw DuplicateTaxId.of(details.taxId(), same);
            }
        }
    }

    @ExceptionHandler(DuplicateTaxId.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateTaxId e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments()), e.getMessage(), locale));
        // RFC 9457's title is for people: in the reader's language like every other problem's (review r-t1 F4(e))
        problem.setTitle(messages.getMessage("problem.title.409", null, HttpStatus.CONFLICT.getReasonPhrase(), locale));
        problem.setProperty("code", e.messageCode());
        problem.setProperty("existing", e.existing().stream().map(c -> Map.of("id", c.id(), "name", c.name(),
                "href", "/api/v1/clients/" + c.id())).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @PostMapping("/{id}/archive")
    ClientView archive(@PathVariable long id) {
        return directory.archive(new ClientId(id));
    }

    /** Names and roles only; a contact's e-mail and phone come from the (audited) single-contact endpoint. */
    @GetMapping("/{id}/contacts")
    List<ContactSummary> contacts(@PathVariable long id) {
        return directory.client(new ClientId(id)).contacts();
    }

    @PostMapping("/{id}/contacts")
    ResponseEntity<ContactView> addContact(@PathVariable long id, @Valid @RequestBody ContactForm body) {
        ContactView created = directory.addContact(new ClientId(id), body.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/contacts/" + created.id())).body(created);
    }

    /** Reading one contact's details is audited as VIEWED. */
    @GetMapping("/{id}/contacts/{contactId}")
    ContactView contact(@PathVariable long id, @PathVariable long contactId) {
        return directory.viewContact(new ClientId(id), contactId);
    }

    @PutMapping("/{id}/contacts/{contactId}")
    ContactView updateContact(@PathVariable long id, @PathVariable long contactId,
            @Validated({Default.class, ClientForm.Update.class}) @RequestBody ContactForm body) {
        return directory.updateContact(new ClientId(id), contactId, body.version(), body.toDetails());
    }

    @PostMapping("/{id}/contacts/{contactId}/consents")
    ContactView consent(@PathVariable long id, @PathVariable long contactId, @Valid @RequestBody ConsentForm body) {
        return directory.recordConsent(new ClientId(id), contactId, body.toDecision());
    }

    /** All data held about the contact, as a JSON file to hand to them. */
    @GetMapping("/{id}/contacts/{contactId}/export")
    ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable long contactId) {
        return ResponseEntity.ok().contentType(ContactExportJson.TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contact-" + contactId + ".json\"")
                .body(ContactExportJson.write(json, directory.exportContact(new ClientId(id), contactId)));
    }

    @PostMapping("/{id}/contacts/{contactId}/erase")
    ContactView erase(@PathVariable long id, @PathVariable long contactId) {
        return directory.eraseContact(new ClientId(id), contactId);
    }

    @PostMapping("/{id}/contacts/{contactId}/mail")
    ResponseEntity<CommunicationEntry> mail(@PathVariable long id, @PathVariable long contactId,
            @Valid @RequestBody MailRequest body) {
        List<MailAttachment> attachments = body.attachments() == null ? List.of()
                : body.attachments().stream().map(a -> new MailAttachment(a.fileName(), a.contentType(), a.content())).toList();
        CommunicationEntry entry = mailer.send(new OutgoingMail(new ClientId(id), contactId, body.subject(), body.body(), attachments));
        return ResponseEntity.status(201).body(entry);
    }

    @GetMapping("/{id}/history")
    PageResponse<CommunicationEntry> history(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(directory.history(new ClientId(id), org.tradedesk.platform.web.Paging.of(page, size, 200)));
    }

    @PostMapping("/{id}/history")
    ResponseEntity<CommunicationEntry> log(@PathVariable long id, @Valid @RequestBody CommunicationForm body) {
        return ResponseEntity.status(201).body(directory.logCommunication(new ClientId(id), body.toNew(clock.getZone())));
    }

    /** An e-mail to a contact; attachment content is base64 in JSON. */
    record MailRequest(@NotBlank @Size(max = 300) String subject, @Size(max = 100_000) String body,
            List<@Valid AttachmentBody> attachments) {
    }

    record AttachmentBody(@NotBlank String fileName, String contentType, @NotNull byte[] content) {
    }
}
