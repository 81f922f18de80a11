package org.tradedesk.clearance.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tradedesk.clearance.ClearanceDeclarations;
import org.tradedesk.clearance.ClearanceDocumentSet;
import org.tradedesk.clearance.ClearanceInputInvalid;
import org.tradedesk.clearance.ClearanceTransactions;
import org.tradedesk.clearance.DeclarationView;
import org.tradedesk.clearance.StoredFile;
import org.tradedesk.clearance.TransactionId;
import org.tradedesk.clearance.TransactionView;
import org.tradedesk.clearance.messages.UnreadableMessage;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.platform.web.FormRebinding;
import org.tradedesk.shared.TradedeskException;

/**
 * The declaration page of a transaction ({@code /clearance/transactions/{id}/declaration}): build a draft from the
 * file with the recommended options, send it to the client, record the confirmation, lodge it, record customs
 * responses, and download the clearance document set.
 */
@Controller
@RequestMapping("/clearance/transactions/{id}")
class DeclarationPageController {

    private final ClearanceTransactions transactions;
    private final ClearanceDeclarations declarations;
    private final ClearanceDocumentSet documentSet;
    private final ClientDirectory clients;
    private final MessageTexts texts;
    private final MessageSource messages;
    private final SmartValidator validator;

    private final org.tradedesk.taxes.TaxCalculations taxes;

    DeclarationPageController(ClearanceTransactions transactions, ClearanceDeclarations declarations, ClearanceDocumentSet documentSet,
            ClientDirectory clients, MessageTexts texts, MessageSource messages, SmartValidator validator,
            org.tradedesk.taxes.TaxCalculations taxes) {
        this.taxes = taxes;
        this.transactions = transactions;
        this.declarations = declarations;
        this.documentSet = documentSet;
        this.clients = clients;
        this.texts = texts;
        this.messages = messages;
        this.validator = validator;
    }

    @GetMapping("/declaration")
    String page(@PathVariable long id, Model model) {
        TransactionView view = transactions.transaction(TransactionId.of(id));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DeclarationForm.blank(declarations.draftItems(TransactionId.of(id)), view.details().parties().broker()));
        }
        return show(view, model);
    }

    private String show(TransactionView view, Model model) {
        TransactionId id = TransactionId.of(view.id());
        List<DeclarationView> all = declarations.declarations(id);
        model.addAttribute("tx", view);
        model.addAttribute("declarations", all);
        model.addAttribute("current", all.isEmpty() ? null : all.get(0));
        // the rate table's customs rate on the declaration date, to show where the declaration's rate comes from
        org.tradedesk.clearance.messages.DeclarationMessage m = all.isEmpty() ? null : all.get(0).declaration();
        model.addAttribute("customsRate", m == null || m.currency() == null || m.declarationDate() == null ? null
                : taxes.customsRate(m.jurisdiction(), m.currency(), m.declarationDate()).orElse(null));
        java.util.List<org.tradedesk.clearance.ResponseView> responses = declarations.responses(id);
        model.addAttribute("responses", responses);
        // a repeated release names the first one as users know it (kind, date, customs' reference), not by its id
        java.util.Map<Long, org.tradedesk.shared.MessageText> responseNames = new java.util.HashMap<>();
        responses.forEach(r -> responseNames.put(r.id(), r.named()));
        model.addAttribute("responseNames", responseNames);
        List<org.tradedesk.clearance.ClearanceDeclarations.DraftItem> draftItems = declarations.draftItems(id);
        model.addAttribute("hasInvoice", !draftItems.isEmpty());
        // an export file builds an export declaration (t4exp): the form and the declaration say so and show its fields
        model.addAttribute("exportFile", view.details().direction() == org.tradedesk.clearance.Direction.EXPORT);
        // each item's invoice as a text names it (its number, else its place in the file), by the key the form carries
        java.util.Map<String, org.tradedesk.shared.MessageText> invoiceNames = new java.util.HashMap<>();
        draftItems.stream().filter(d -> d.invoice() != null && d.invoiceNamed() != null).forEach(d -> invoiceNames.put(d.invoice(), d.invoiceNamed()));
        model.addAttribute("invoiceNames", invoiceNames);
        model.addAttribute("contacts", clients.client(view.details().clientId()).contacts().stream().filter(c -> !c.erased()).toList());
        return "clearance/declaration";
    }

    @PostMapping("/declaration")
    String draft(@PathVariable long id, @Validated @ModelAttribute("form") DeclarationForm bound, BindingResult bindingErrors, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        TransactionView view = transactions.transaction(TransactionId.of(id));
        // "abc" as a rate comes back at its field with the rest of what was typed
        FormRebinding.Bound<DeclarationForm> rebound = WordedFieldErrors.formToShow(bound, bindingErrors, DeclarationForm.class, request,
                validator, model, texts);
        if (rebound.form() == null) {
            model.addAttribute("form", DeclarationForm.blank(declarations.draftItems(TransactionId.of(id)), view.details().parties().broker()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(view, model);
        }
        BindingResult errors = rebound.errors();
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(view, model);
        }
        try {
            DeclarationView created = declarations.draft(TransactionId.of(id), rebound.form().toDraft());
            flash.addFlashAttribute("notice", created.lodgeable() ? "clearance.declaration.drafted" : "clearance.declaration.drafted-blocked");
            return "redirect:/clearance/transactions/" + id + "/declaration#current";
        } catch (ClearanceInputInvalid e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            WordedFieldErrors.rejectEach(e, errors, f -> hasField(f) ? f : null);
            return show(view, model);
        } catch (TradedeskException e) {
            if (e.kind() == TradedeskException.Kind.NOT_FOUND || e.kind() == TradedeskException.Kind.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.kind() == TradedeskException.Kind.CONFLICT ? 409 : 422);
            errors.reject("clearance.declaration.refused", new Object[] {localized(e)}, localized(e));
            return show(view, model);
        }
    }

    private static boolean hasField(String field) {
        return List.of("declarantId", "declarantName", "importerId", "exchangeRate", "freight", "insurance", "recommendation")
                .contains(field);
    }

    @PostMapping("/declarations/{declarationId}/send")
    String send(@PathVariable long id, @PathVariable long declarationId, @RequestParam long contactId, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        return act(id, model, response, flash, "clearance.declaration.sent-notice",
                () -> declarations.send(TransactionId.of(id), declarationId, contactId));
    }

    @PostMapping("/declarations/{declarationId}/confirmation")
    String confirm(@PathVariable long id, @PathVariable long declarationId, @RequestParam long contactId, @RequestParam String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime confirmedAt, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        return act(id, model, response, flash, "clearance.declaration.confirmed-notice",
                () -> declarations.confirm(TransactionId.of(id), declarationId, contactId, code,
                        // the time typed is the file's clock time (Taipei for TW, Sydney for AU), not Taipei for every file
                        org.tradedesk.clearance.FileTime.instant(confirmedAt,
                                transactions.transaction(TransactionId.of(id)).details().jurisdiction())));
    }

    @PostMapping("/declarations/{declarationId}/lodgement")
    String lodge(@PathVariable long id, @PathVariable long declarationId, Model model, HttpServletResponse response,
            RedirectAttributes flash) {
        return act(id, model, response, flash, "clearance.declaration.lodged-notice",
                () -> declarations.lodge(TransactionId.of(id), declarationId));
    }

    @PostMapping("/responses")
    String response(@PathVariable long id, @RequestParam("file") MultipartFile file, Model model, HttpServletResponse response,
            RedirectAttributes flash) throws IOException {
        byte[] content = file.getBytes();
        return act(id, model, response, flash, "clearance.response.recorded",
                () -> declarations.receive(TransactionId.of(id), content, "UPLOAD"));
    }

    private String act(long id, Model model, HttpServletResponse response, RedirectAttributes flash, String notice, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", notice);
            return "redirect:/clearance/transactions/" + id + "/declaration#current";
        } catch (UnreadableMessage e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            String where = e.locationText() == null ? "" : texts.render(e.locationText());
            String reason = texts.render(e.reason());
            model.addAttribute("actionError", where.isBlank() || e.reasonSaysWhere() ? reason
                    : messages.getMessage("clearance.document.unreadable.at", new Object[] {where, reason}, LocaleContextHolder.getLocale()));
            return page(id, model);
        } catch (TradedeskException e) {
            if (e.kind() == TradedeskException.Kind.NOT_FOUND && !(e instanceof org.tradedesk.clients.ContactNotFound)
                    || e.kind() == TradedeskException.Kind.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.kind() == TradedeskException.Kind.CONFLICT ? 409 : 422);
            model.addAttribute("actionError", localized(e));
            return page(id, model);
        }
    }

    @GetMapping("/declarations/{declarationId}/message")
    ResponseEntity<byte[]> message(@PathVariable long id, @PathVariable long declarationId) {
        StoredFile f = declarations.message(TransactionId.of(id), declarationId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Checksum-SHA256", f.sha256()).contentType(MediaType.APPLICATION_OCTET_STREAM).body(f.content());
    }

    @GetMapping("/document-set")
    ResponseEntity<byte[]> documentSet(@PathVariable long id, @RequestParam(defaultValue = "zip") String format) {
        Locale asked = LocaleContextHolder.getLocale();
        if ("pdf".equalsIgnoreCase(format.strip())) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("clearance-" + id + "-summary.pdf").build().toString())
                    .body(documentSet.summary(TransactionId.of(id), "zh".equals(asked.getLanguage()) ? Locale.TAIWAN : Locale.ENGLISH));
        }
        byte[] zip = documentSet.zip(TransactionId.of(id), "zh".equals(asked.getLanguage()) ? Locale.TAIWAN : Locale.ENGLISH);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("clearance-" + id + "-document-set.zip").build().toString())
                .body(zip);
    }

    private String localized(TradedeskException e) {
        // an exception raised with a message text (the tax engine's) renders it; the others their code and arguments
        return e.messageText() != null ? texts.render(e.messageText())
                : messages.getMessage(e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments()), e.getMessage(), LocaleContextHolder.getLocale());
    }
}
