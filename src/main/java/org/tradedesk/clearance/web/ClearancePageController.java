package org.tradedesk.clearance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tradedesk.clearance.CaptureInvalid;
import org.tradedesk.clearance.ClearanceInputInvalid;
import org.tradedesk.clearance.ClearanceTransactions;
import org.tradedesk.clearance.Direction;
import org.tradedesk.clearance.DocumentType;
import org.tradedesk.clearance.DocumentView;
import org.tradedesk.clearance.StaleTransactionEdit;
import org.tradedesk.clearance.StoredFile;
import org.tradedesk.clearance.TransactionClosed;
import org.tradedesk.clearance.TransactionId;
import org.tradedesk.clearance.TransactionStatus;
import org.tradedesk.clearance.TransactionSummary;
import org.tradedesk.clearance.TransactionView;
import org.tradedesk.clearance.TransportMode;
import org.tradedesk.clearance.domain.CaptureProblem;
import org.tradedesk.clearance.messages.UnreadableMessage;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.shared.TradedeskException;
import org.tradedesk.tariff.Jurisdiction;

/**
 * The clearance pages: the work queue ({@code /clearance}), a new transaction, the transaction's page (parties,
 * documents with their checksums, captured invoice data, status moves, deadlines, retention, history), its edit
 * form, document upload, and the invoice hand-capture form.
 */
@Controller
@RequestMapping("/clearance")
class ClearancePageController {

    private final ClearanceTransactions transactions;
    private final org.tradedesk.clearance.ClearanceChecks checks;
    private final org.tradedesk.clearance.ClearanceQueries queries;
    private final org.tradedesk.clearance.ClearanceIssues issues;
    private final ClientDirectory clients;
    private final MessageTexts texts;
    private final org.springframework.context.MessageSource messages;
    private final org.springframework.validation.SmartValidator validator;

    ClearancePageController(ClearanceTransactions transactions, org.tradedesk.clearance.ClearanceChecks checks,
            org.tradedesk.clearance.ClearanceQueries queries, org.tradedesk.clearance.ClearanceIssues issues,
            ClientDirectory clients, MessageTexts texts,
            org.springframework.context.MessageSource messages, org.springframework.validation.SmartValidator validator) {
        this.transactions = transactions;
        this.checks = checks;
        this.queries = queries;
        this.issues = issues;
        this.clients = clients;
        this.texts = texts;
        this.messages = messages;
        this.validator = validator;
    }

    private String localized(TradedeskException e) {
        // the refusals raised with a message text (closing with running obligations) render it; the others their code and arguments
        if (e.messageText() != null) {
            return texts.render(e.messageText());
        }
        return messages.getMessage(e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments()), e.getMessage(),
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** A client to choose on the new-transaction form. */
    record ClientChoice(long id, String name) {
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("directions", Direction.values());
        model.addAttribute("jurisdictions", Jurisdiction.values());
        model.addAttribute("modes", TransportMode.values());
        model.addAttribute("incoterms", Incoterm.values());
        model.addAttribute("documentTypes", DocumentType.values());
    }

    // ---- the work queue ----

    @GetMapping
    String queue(Model model) {
        List<TransactionSummary> all = transactions.queue();
        Map<TransactionStatus, List<TransactionSummary>> byStatus = new EnumMap<>(TransactionStatus.class);
        for (TransactionSummary s : all) {
            byStatus.computeIfAbsent(s.transaction().status(), k -> new ArrayList<>()).add(s);
        }
        model.addAttribute("queue", all);
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("seesAll", transactions.seesAll());
        return "clearance/queue";
    }

    // ---- new transaction, edit ----

    @GetMapping("/transactions/new")
    String newForm(@RequestParam(required = false) Long clientId, @RequestParam(required = false) Jurisdiction jurisdiction,
            Model model) {
        model.addAttribute("form", TransactionForm.blank(clientId, jurisdiction));
        model.addAttribute("clientChoices", clientChoices());
        return "clearance/form";
    }

    @PostMapping("/transactions")
    String create(@Validated @ModelAttribute("form") TransactionForm bound, BindingResult bindingErrors, Model model,
            HttpServletResponse response, jakarta.servlet.http.HttpServletRequest request,
            @RequestParam(name = "show", required = false) String show) {
        model.addAttribute("clientChoices", clientChoices());
        // a date that does not exist leaves no record form: rebuilt from what converts, the input kept, every error worded
        org.tradedesk.platform.web.FormRebinding.Bound<TransactionForm> rebound = WordedFieldErrors.formToShow(bound, bindingErrors,
                TransactionForm.class, request, validator, model, texts);
        if (rebound.form() == null) {
            model.addAttribute("form", TransactionForm.blank(null));
        }
        if (show != null) {
            return fieldsShown(rebound, model);
        }
        TransactionForm form = rebound.form() == null ? null : rebound.form().ofItsJurisdiction();
        BindingResult errors = rebound.errors();
        if (form == null || errors.hasErrors()) {
            if (form != null) {
                // the ports are named with the other errors, at once (review r-t4c F7), not once the dates are right
                for (ClearanceInputInvalid e : org.tradedesk.clearance.ClearanceTransactions.portProblems(form.portOfLoading(),
                        form.portOfDischarge())) {
                    if (!errors.hasFieldErrors(e.field())) {
                        WordedFieldErrors.reject(e, errors, e.field());
                    }
                }
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "clearance/form";
        }
        try {
            return "redirect:/clearance/transactions/" + transactions.create(form.toDetails()).id();
        } catch (ClearanceInputInvalid e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            WordedFieldErrors.rejectEach(e, errors);
            return "clearance/form";
        }
    }

    /**
     * The file's page; with {@code preview} and a {@code contactId} (the query form's "Preview the mail") it shows the client
     * query's mail as drafted for that contact — subject and text in the contact's language — so it can be read before it
     * goes, and copied by hand where no mail server is configured (acceptance review, issue 8).
     */
    @GetMapping("/transactions/{id}")
    String transactionPage(@PathVariable long id, @RequestParam(required = false) Long contactId,
            @RequestParam(required = false) String preview, Model model) {
        if (preview != null && contactId != null) {
            queryDraft(id, contactId, model);
        }
        return transaction(id, model);
    }

    /** The client query's mail as drafted for the contact, in the model for the page ({@code queryDraft}). */
    private void queryDraft(long id, long contactId, Model model) {
        try {
            model.addAttribute("queryDraft", queries.draft(TransactionId.of(id), contactId));
            model.addAttribute("queryDraftContact", contactId);
        } catch (TradedeskException e) {
            if (e.kind() == TradedeskException.Kind.FORBIDDEN) {
                throw e;
            }
            model.addAttribute("actionError", localized(e));
        }
    }

    String transaction(long id, Model model) {
        TransactionView view = transactions.transaction(TransactionId.of(id));
        model.addAttribute("tx", view);
        model.addAttribute("history", transactions.history(TransactionId.of(id)));
        model.addAttribute("invoices", view.documents().stream().filter(d -> d.captured() != null).toList());
        java.util.Optional<List<org.tradedesk.clearance.domain.Finding>> readable = checks.readableFindings(view);
        // a declaration of the file that cannot be read back: the page shows, the checks flagged as not run (review R10)
        model.addAttribute("checksUnreadable", readable.isEmpty());
        List<org.tradedesk.clearance.domain.Finding> findings = readable.orElse(List.of());
        model.addAttribute("findings", findings);
        // where each finding is, named as the document set names it for the client (one mapping: FindingNames)
        java.util.Map<org.tradedesk.clearance.domain.DocumentId, org.tradedesk.clearance.domain.CheckedFile.Document> documents = findings.isEmpty() ? java.util.Map.of()
                : checks.documents(view);
        model.addAttribute("findingPlaces", findings.stream().map(f -> org.tradedesk.clearance.domain.FindingNames.where(f, documents)).toList());
        model.addAttribute("awaited", queries.awaited(TransactionId.of(id)));
        model.addAttribute("contacts", clients.client(view.details().clientId()).contacts().stream().filter(c -> !c.erased()).toList());
        model.addAttribute("issues", issues.issues(TransactionId.of(id)));
        model.addAttribute("findingIssues", issues.issuesOfFindings(TransactionId.of(id)));
        return "clearance/transaction";
    }

    /** The client query (P4.1.3): the missing or unclear items mailed to the chosen contact in their language. */
    @PostMapping("/transactions/{id}/query")
    String query(@PathVariable long id, @RequestParam long contactId, Model model, HttpServletResponse response,
            RedirectAttributes flash) {
        try {
            org.tradedesk.clearance.AwaitedQuery sent = queries.send(TransactionId.of(id), contactId);
            flash.addFlashAttribute("querySent", sent.contactName());
            return "redirect:/clearance/transactions/" + id + "#findings";
        } catch (TradedeskException e) {
            if (e.kind() == TradedeskException.Kind.NOT_FOUND && !(e instanceof org.tradedesk.clients.ContactNotFound)
                    || e.kind() == TradedeskException.Kind.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.kind() == TradedeskException.Kind.CONFLICT ? 409 : 422);
            if (e instanceof org.tradedesk.clients.MailNotSent m && m.serverMissing()) {
                // no mail server: the mail as drafted is shown on the page to copy, and the text says so (acceptance review:
                // it said the mail was "still in the form below", where the form has only the contact)
                response.setStatus(503);
                queryDraft(id, contactId, model);
                model.addAttribute("actionError", texts.render(org.tradedesk.shared.MessageText.of("clearance.query.mail-not-configured")));
                return transaction(id, model);
            }
            model.addAttribute("actionError", localized(e));
            return transaction(id, model);
        }
    }

    /**
     * The client's answer to a query recorded (t4fixK 2): the items ticked are marked answered; none ticked, the items whose
     * check no longer fails at ERROR (t4fixQ 3: answers are per item).
     */
    @PostMapping("/transactions/{id}/queries/{queryId}/answer")
    String answerQuery(@PathVariable long id, @PathVariable long queryId, @RequestParam(required = false) String note,
            @RequestParam(name = "answeredItems", required = false) java.util.List<String> items, Model model, HttpServletResponse response) {
        try {
            queries.answer(TransactionId.of(id), queryId, note, items);
            return "redirect:/clearance/transactions/" + id + "#awaited-list";
        } catch (TradedeskException e) {
            return actionRefused(id, e, model, response);
        }
    }

    /**
     * One click on a finding opens its issue in the register, pre-filled from the finding (issue 8); a finding that has its
     * issue already goes to that issue (no second one). A refusal shows on the file's page, the findings as they are.
     */
    @PostMapping("/transactions/{id}/issues/from-finding")
    String issueFromFinding(@PathVariable long id, @RequestParam(required = false) String findingKey, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        try {
            return "redirect:/clearance/transactions/" + id + "#issue-"
                    + issues.raiseFromFinding(TransactionId.of(id), findingKey, null, null, null).id();
        } catch (org.tradedesk.clearance.FindingHasIssue e) {
            flash.addFlashAttribute("notice", "clearance.issue.finding-has-issue.notice");
            return "redirect:/clearance/transactions/" + id + "#issue-" + e.issueId();
        } catch (TradedeskException e) {
            return actionRefused(id, e, model, response);
        }
    }

    @GetMapping("/transactions/{id}/edit")
    String editForm(@PathVariable long id, Model model, RedirectAttributes flash) {
        TransactionView view = transactions.transaction(TransactionId.of(id));
        if (view.readOnly()) {
            flash.addFlashAttribute("notice", "clearance.transaction.closed.no-form");
            return "redirect:/clearance/transactions/" + id;
        }
        model.addAttribute("transactionId", id);
        model.addAttribute("clientName", view.clientName());
        model.addAttribute("form", TransactionForm.of(view.transaction()));
        return "clearance/form";
    }

    /**
     * The form again with the fields of the jurisdiction chosen (t4fixAC 3; {@code show=fields}: the button without scripts,
     * the jurisdiction's choice with them): nothing saved, everything typed kept, no "required" said of a field not yet
     * reached — a value that did not convert (a date that does not exist) is still said, with the text as typed.
     */
    private String fieldsShown(org.tradedesk.platform.web.FormRebinding.Bound<TransactionForm> rebound, Model model) {
        if (rebound.form() != null) {
            model.addAttribute("form", rebound.form());
        }
        BindingResult errors = rebound.errors();
        if (errors != null) {
            org.springframework.validation.BeanPropertyBindingResult kept = new org.springframework.validation.BeanPropertyBindingResult(
                    errors.getTarget(), errors.getObjectName());
            errors.getFieldErrors().stream().filter(org.springframework.validation.FieldError::isBindingFailure).forEach(kept::addError);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), kept);
        }
        return "clearance/form";
    }

    @PostMapping("/transactions/{id}")
    String update(@PathVariable long id, @Validated @ModelAttribute("form") TransactionForm bound, BindingResult bindingErrors,
            Model model, HttpServletResponse response, jakarta.servlet.http.HttpServletRequest request,
            @RequestParam(name = "show", required = false) String show) {
        TransactionView current = transactions.transaction(TransactionId.of(id));
        model.addAttribute("transactionId", id);
        model.addAttribute("clientName", current.clientName());
        org.tradedesk.platform.web.FormRebinding.Bound<TransactionForm> rebound = WordedFieldErrors.formToShow(bound, bindingErrors,
                TransactionForm.class, request, validator, model, texts);
        if (rebound.form() == null) {
            model.addAttribute("form", TransactionForm.of(current.transaction()));
        }
        if (show != null) {
            return fieldsShown(rebound, model);
        }
        TransactionForm form = rebound.form() == null ? null : rebound.form().ofItsJurisdiction();
        BindingResult errors = rebound.errors();
        if (form == null || errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "clearance/form";
        }
        try {
            transactions.update(TransactionId.of(id), form.version() == null ? -1 : form.version(), form.toDetails());
            return "redirect:/clearance/transactions/" + id;
        } catch (StaleTransactionEdit e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject("clearance.stale-edit.page");
            model.addAttribute("stale", true);
            return "clearance/form";
        } catch (TransactionClosed e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            WordedFieldErrors.reject(e, errors, null);
            model.addAttribute("closed", true);
            return "clearance/form";
        } catch (ClearanceInputInvalid e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            WordedFieldErrors.rejectEach(e, errors);
            return "clearance/form";
        }
    }

    // ---- status, deletion ----

    @PostMapping("/transactions/{id}/status")
    String move(@PathVariable long id, @RequestParam TransactionStatus status, @RequestParam long version,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate date,
            @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
        try {
            transactions.move(TransactionId.of(id), version, status, date, reason);
            return "redirect:/clearance/transactions/" + id + "#status";
        } catch (TradedeskException e) {
            return actionRefused(id, e, model, response);
        }
    }

    @PostMapping("/transactions/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes flash) {
        transactions.delete(TransactionId.of(id));
        flash.addFlashAttribute("notice", "clearance.transaction.deleted");
        return "redirect:/clearance";
    }

    // ---- documents ----

    @PostMapping("/transactions/{id}/documents")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam(name = "type", required = false) String type, Model model, HttpServletResponse response,
            RedirectAttributes flash) throws IOException {
        try {
            if (file.isEmpty()) {
                throw new ClearanceInputInvalid("file", "clearance.document.empty", "no file", String.valueOf(file.getOriginalFilename()));
            }
            if (file.getSize() > ClearanceTransactions.MAX_DOCUMENT_BYTES) {
                throw org.tradedesk.clearance.DocumentTooLarge.of(String.valueOf(file.getOriginalFilename()), file.getSize(),
                        ClearanceTransactions.MAX_DOCUMENT_BYTES);
            }
            boolean untyped = type == null || type.isBlank();
            byte[] content = file.getBytes();
            DocumentView added = transactions.upload(TransactionId.of(id), null,
                    untyped ? ClearanceTransactions.untypedAs(content, file.getOriginalFilename()) : DocumentType.parse(type),
                    file.getOriginalFilename(), file.getContentType(), content);
            flash.addFlashAttribute("notice", "clearance.document.added");
            org.tradedesk.shared.MessageText warning = untyped ? ClearanceTransactions.untypedWarning(added) : null;
            if (warning != null) {
                // kept as OTHER, unread: said, with how to have it read (acceptance review, t4fixM)
                flash.addFlashAttribute("uploadWarning", texts.render(warning));
            }
            return "redirect:/clearance/transactions/" + id + "#document-" + added.id();
        } catch (UnreadableMessage e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("uploadLocation", e.locationText() == null || e.reasonSaysWhere() ? null : texts.render(e.locationText()));
            model.addAttribute("uploadReason", texts.render(e.reason()));
            model.addAttribute("uploadFile", file.getOriginalFilename());
            return transaction(id, model);
        } catch (org.tradedesk.clearance.DuplicateDocument e) {
            // the same file again: say so at the upload form and point at the document already kept
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("actionError", localized(e));
            model.addAttribute("duplicateOf", e.existingDocumentId());
            model.addAttribute("duplicateName", texts.render(e.existing()));
            model.addAttribute("duplicateText", localized(e));
            return transaction(id, model);
        } catch (TradedeskException e) {
            if (e.kind() == TradedeskException.Kind.NOT_FOUND || e.kind() == TradedeskException.Kind.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.kind() == TradedeskException.Kind.CONFLICT ? 409 : 400);
            model.addAttribute("actionError", localized(e));
            return transaction(id, model);
        }
    }

    /**
     * Withdraws a document (the same invoice twice, a file of another client's shipment): the reason is required; a refusal
     * comes back on the file's page with the reason typed kept in the document's form and what went wrong (422 for the input,
     * 409 for a closed file, a stale version or a document a lodged declaration rests on).
     */
    @PostMapping("/transactions/{id}/documents/{documentId}/withdrawal")
    String withdraw(@PathVariable long id, @PathVariable long documentId, @RequestParam(required = false) Long version,
            @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response, RedirectAttributes flash) {
        try {
            if (version == null) {
                throw new ClearanceInputInvalid("version", "clearance.version.required", "the version read is required to withdraw");
            }
            transactions.withdraw(TransactionId.of(id), documentId, version, reason);
            flash.addFlashAttribute("notice", "clearance.document.withdrawn.notice");
            return "redirect:/clearance/transactions/" + id + "#withdrawn-documents";
        } catch (TradedeskException e) {
            if (e.kind() == TradedeskException.Kind.NOT_FOUND || e.kind() == TradedeskException.Kind.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.kind() == TradedeskException.Kind.CONFLICT ? HttpStatus.CONFLICT.value()
                    : HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("withdrawDocument", documentId);
            model.addAttribute("withdrawReason", reason);
            model.addAttribute("withdrawError", localized(e));
            return transaction(id, model);
        }
    }

    @GetMapping("/transactions/{id}/documents/{documentId}/file")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long documentId) {
        StoredFile file = transactions.file(TransactionId.of(id), documentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Checksum-SHA256", file.sha256())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(file.content());
    }

    // ---- invoice hand capture ----

    @GetMapping("/transactions/{id}/invoice/new")
    String captureForm(@PathVariable long id, Model model, RedirectAttributes flash) {
        TransactionView view = transactions.transaction(TransactionId.of(id));
        if (view.readOnly()) {
            flash.addFlashAttribute("notice", "clearance.transaction.closed.no-form");
            return "redirect:/clearance/transactions/" + id;
        }
        model.addAttribute("tx", view);
        model.addAttribute("form", InvoiceForm.blank());
        return "clearance/invoice";
    }

    @PostMapping("/transactions/{id}/invoice")
    String capture(@PathVariable long id, @Validated @ModelAttribute("form") InvoiceForm form, BindingResult errors,
            @RequestParam(required = false) String addLine, Model model, HttpServletResponse response,
            jakarta.servlet.http.HttpServletRequest request) {
        return saveCapture(id, null, form, errors, addLine, model, response, request);
    }

    @GetMapping("/transactions/{id}/documents/{documentId}/capture")
    String recaptureForm(@PathVariable long id, @PathVariable long documentId, Model model, RedirectAttributes flash) {
        TransactionView view = transactions.transaction(TransactionId.of(id));
        DocumentView document = transactions.document(TransactionId.of(id), documentId);
        if (view.readOnly() || document.captured() == null) {
            flash.addFlashAttribute("notice", view.readOnly() ? "clearance.transaction.closed.no-form" : "clearance.document.no-capture");
            return "redirect:/clearance/transactions/" + id;
        }
        model.addAttribute("tx", view);
        model.addAttribute("documentId", documentId);
        model.addAttribute("form", InvoiceForm.of(document.captured(), document.version()));
        return "clearance/invoice";
    }

    @PostMapping("/transactions/{id}/documents/{documentId}/capture")
    String recapture(@PathVariable long id, @PathVariable long documentId, @Validated @ModelAttribute("form") InvoiceForm form,
            BindingResult errors, @RequestParam(required = false) String addLine, Model model, HttpServletResponse response,
            jakarta.servlet.http.HttpServletRequest request) {
        return saveCapture(id, documentId, form, errors, addLine, model, response, request);
    }

    private String saveCapture(long id, Long documentId, InvoiceForm bound, BindingResult bindingErrors, String addLine, Model model,
            HttpServletResponse response, jakarta.servlet.http.HttpServletRequest request) {
        TransactionView view = transactions.transaction(TransactionId.of(id));
        model.addAttribute("tx", view);
        model.addAttribute("documentId", documentId);
        // "abc" in an amount or 30 February leaves no record form: rebuilt from what converts, every error kept
        org.tradedesk.platform.web.FormRebinding.Bound<InvoiceForm> rebound = WordedFieldErrors.formToShow(
                bound, bindingErrors, InvoiceForm.class, request, validator, model, texts);
        if (rebound.form() == null) {
            model.addAttribute("form", InvoiceForm.blank());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "clearance/invoice";
        }
        InvoiceForm form = rebound.form();
        BindingResult errors = rebound.errors();
        if (addLine != null) {
            // a fresh form with one more (empty) line; the errors of the old form's binding do not apply to it
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
            model.addAttribute("form", form.withLine());
            return "clearance/invoice";
        }
        if (errors.hasErrors()) {
            // every problem at once: the conversion failures said specifically (worded with the binding), and the
            // module's checks of what could be read at the fields that have no error yet
            for (CaptureProblem p : transactions.captureProblems(TransactionId.of(id), form.toCaptured(), documentId == null)) {
                String text = texts.render(p.reason());
                if (p.field().equals("lines")) {
                    errors.reject("clearance.capture.problem", new Object[] {text}, text);
                } else if (!errors.hasFieldErrors(p.field())) {
                    errors.rejectValue(p.field(), "clearance.capture.problem", new Object[] {text}, text);
                }
            }
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "clearance/invoice";
        }
        try {
            DocumentView saved = documentId == null
                    ? transactions.captureInvoice(TransactionId.of(id), null, form.toCaptured())
                    : transactions.recapture(TransactionId.of(id), documentId, form.version() == null ? -1 : form.version(),
                            form.toCaptured());
            return "redirect:/clearance/transactions/" + id + "#document-" + saved.id();
        } catch (CaptureInvalid e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            for (CaptureProblem p : e.problems()) {
                String text = texts.render(p.reason());
                if (p.field().equals("lines")) {
                    errors.reject("clearance.capture.problem", new Object[] {text}, text);
                } else {
                    errors.rejectValue(p.field(), "clearance.capture.problem", new Object[] {text}, text);
                }
            }
            return "clearance/invoice";
        } catch (StaleTransactionEdit | TransactionClosed e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            WordedFieldErrors.reject(e, errors, null);
            return "clearance/invoice";
        }
    }

    private List<ClientChoice> clientChoices() {
        List<ClientChoice> out = new ArrayList<>();
        if (transactions.seesAll()) {
            clients.search("", false, PageRequest.of(0, ClearanceTransactions.MAX_ROWS))
                    .forEach(c -> out.add(new ClientChoice(c.id(), c.name())));
        } else {
            for (ClientId id : clients.clientsAssignedTo(org.tradedesk.identity.CurrentUser.name())) {
                out.add(new ClientChoice(id.value(), clients.client(id).name()));
                if (out.size() >= ClearanceTransactions.MAX_ROWS) {
                    break;
                }
            }
            out.sort(Comparator.comparing(ClientChoice::name, String.CASE_INSENSITIVE_ORDER));
        }
        return out;
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /**
     * An action of the file page refused: the file page again with the reason above its actions, 409 for a conflict and 422
     * otherwise; a file not found or not the user's is not shown (404/403 as the API answers).
     */
    private String actionRefused(long id, TradedeskException e, Model model, HttpServletResponse response) {
        if (e.kind() == TradedeskException.Kind.NOT_FOUND || e.kind() == TradedeskException.Kind.FORBIDDEN) {
            throw e;
        }
        response.setStatus(e.kind() == TradedeskException.Kind.CONFLICT ? 409 : 422);
        model.addAttribute("actionError", localized(e));
        return transaction(id, model);
    }
}
