package org.tradedesk.taxes.web;

import org.tradedesk.platform.web.FormRebinding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tradedesk.taxes.CalculationId;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientSummary;
import org.tradedesk.clients.ClientView;
import org.tradedesk.clients.MailNotSent;
import org.tradedesk.identity.AuditTrail;
import org.tradedesk.platform.validation.Bounds;
import org.tradedesk.platform.web.IndexedParameterLimit;
import org.tradedesk.shared.TradedeskException;
import org.tradedesk.taxes.CalculationStatus;
import org.tradedesk.taxes.SavedCalculation;
import org.tradedesk.taxes.TaxCalculations;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.documents.CalculationDocuments;

/**
 * The T1 pages: saved calculations, the quotation screen with live recalculation (htmx posts the
 * form to {@code /taxes/quotations/preview} and swaps the result panel), the review of a saved
 * calculation (a coordinator submits, a manager approves or returns it, P1.3.2), its documents
 * and the advice e-mail.
 */
@Controller
@RequestMapping("/taxes")
class QuotationPageController {

    private static final int MAX_CLIENTS = 500;
    private static final int MAX_ROWS = 200;
    private final SmartValidator validator;

    private final TaxCalculations calculations;
    private final ClientDirectory clients;
    private final CalculationDocuments documents;
    private final AdviceMail adviceMail;
    private final AuditTrail audit;
    private final org.tradedesk.platform.BusinessCalendar calendar;
    private final org.tradedesk.platform.MessageTexts messageTexts;

    QuotationPageController(TaxCalculations calculations, ClientDirectory clients, CalculationDocuments documents, AdviceMail adviceMail,
            AuditTrail audit, org.tradedesk.platform.BusinessCalendar calendar, SmartValidator validator, org.tradedesk.platform.MessageTexts messageTexts) {
        this.messageTexts = messageTexts;
        this.validator = validator;
        this.calculations = calculations;
        this.clients = clients;
        this.documents = documents;
        this.adviceMail = adviceMail;
        this.audit = audit;
        this.calendar = calendar;
    }

    @ModelAttribute
    void choices(Model model) {
        InvoiceHeaderChoices.addTo(model, calculations);
        model.addAttribute("statuses", CalculationStatus.values());
    }

    @GetMapping
    String home(@RequestParam(required = false) Long clientId, @RequestParam(required = false) CalculationStatus status, Model model) {
        if (clientId != null) {
            // a coordinator filters by a client assigned to them only (404 otherwise, as the clients module answers)
            clients.requireAccess(new ClientId(clientId));
        }
        // One query for the list, whatever the number of clients; names only for the clients shown.
        List<SavedCalculation.Summary> rows = calculations.search(clientId == null ? null : new ClientId(clientId), status, MAX_ROWS);
        List<ClientSummary> all = clientList();
        // the filter's client list has the names already; only a client outside it is looked up
        java.util.Map<ClientId, String> names = new java.util.HashMap<>();
        all.forEach(c -> names.put(c.clientId(), c.name()));
        for (SavedCalculation.Summary row : rows) {
            names.computeIfAbsent(row.clientId(), this::clientName);
        }
        model.addAttribute("clients", all);
        model.addAttribute("clientNames", names);
        model.addAttribute("clientId", clientId);
        model.addAttribute("status", status);
        model.addAttribute("calculations", rows);
        model.addAttribute("maxRows", MAX_ROWS);
        return "taxes/home";
    }

    private boolean clientExists(long id) {
        try {
            clients.requireAccess(new ClientId(id));
            return true;
        } catch (TradedeskException e) {
            return false;
        }
    }

    private String clientName(ClientId clientId) {
        if (clientId == null) {
            return null;
        }
        try {
            return clients.client(clientId).name();
        } catch (RuntimeException e) {
            return clientId.toString(); // a client erased since: the calculation keeps its id
        }
    }

    /** A blank quotation, or with {@code from} a copy of a saved one (any status) to change and save as new. */
    @GetMapping("/quotations/new")
    String newQuotation(@RequestParam(required = false) Long clientId, @RequestParam(defaultValue = "TW") String jurisdiction,
            @RequestParam(required = false) CalculationId from, Model model) {
        if (from != null) {
            SavedCalculation original = calculations.find(from);
            if (original.request().lines().size() > Bounds.MAX_FORM_LINES) {
                // a calculation made by the API (up to Bounds.MAX_API_LINES lines) does not fit the form, whose rows are
                // each a dozen fields on one page: it is copied to the batch upload instead, every line kept in its file
                return "redirect:/taxes/batch?from=" + from;
            }
            model.addAttribute("form", QuotationForm.copyOf(original.clientId() == null ? "" : original.clientId().toString(), original.request()));
            model.addAttribute("copiedFrom", SavedCalculation.reference(from));
            model.addAttribute("clients", clientList());
            return "taxes/quotation";
        }
        // a client the user may not see is not loaded into the form (404, as the clients module answers)
        ClientView client = clientId == null ? null : clients.visibleClient(new ClientId(clientId));

        String formJurisdiction = client != null && "AU".equals(client.country()) ? "AU" : jurisdiction;
        // the calculation date is the day in the calculation's jurisdiction (an AU quotation at 23:30 in Sydney is tomorrow's in UTC)
        LocalDate today = calendar.todayIn(formJurisdiction == null || formJurisdiction.isBlank() ? "TW" : formJurisdiction);
        model.addAttribute("form", QuotationForm.blank(clientId == null ? "" : clientId.toString(), formJurisdiction, today));
        model.addAttribute("clients", clientList());
        return "taxes/quotation";
    }

    /** htmx: the result panel recalculated from the form as it stands; errors listed by field. */
    @PostMapping("/quotations/preview")
    String preview(@Validated({Default.class, QuotationForm.WithLines.class}) @ModelAttribute("form") QuotationForm bound,
            BindingResult bindingErrors, Model model, HttpServletRequest request) {
        FormRebinding.Bound<QuotationForm> rebound = FormRebinding.formToShow(bound, bindingErrors, QuotationForm.class, request,
                validator, model, Default.class, QuotationForm.WithLines.class);
        if (rebound.form() == null) {
            throw new TradedeskException(TradedeskException.Kind.INVALID, "taxes.page.form.unreadable", "the form could not be read");
        }
        IndexedParameterLimit.reject(request, rebound.errors());
        calculate(rebound.form(), rebound.errors(), model);
        return "taxes/quotation :: result";
    }

    /** htmx: the lines table with a line added or one removed. */
    @PostMapping("/quotations/lines")
    String lines(@ModelAttribute("form") QuotationForm form, BindingResult ignored,
            @RequestParam(required = false) Integer remove, Model model) {
        List<QuotationForm.LineForm> lines = new ArrayList<>(form.lines());
        if (remove != null && remove >= 0 && remove < lines.size() && lines.size() > 1) {
            lines.remove((int) remove);
        } else if (remove == null && lines.size() < Bounds.MAX_FORM_LINES) {
            lines.add(QuotationForm.LineForm.blank());
        }
        model.addAttribute("form", form.withLines(lines));
        return "taxes/quotation :: lines";
    }

    @PostMapping("/quotations")
    String save(@Validated({Default.class, QuotationForm.WithLines.class}) @ModelAttribute("form") QuotationForm bound,
            BindingResult bindingErrors, Model model, HttpServletRequest request, HttpServletResponse response) {
        FormRebinding.Bound<QuotationForm> rebound = FormRebinding.formToShow(bound, bindingErrors, QuotationForm.class, request,
                validator, model, Default.class, QuotationForm.WithLines.class);
        QuotationForm form = rebound.form();
        BindingResult errors = rebound.errors();
        if (form == null) {
            throw new TradedeskException(TradedeskException.Kind.INVALID, "taxes.page.form.unreadable", "the form could not be read");
        }
        IndexedParameterLimit.reject(request, errors);
        // a page re-rendered with errors is not a success: 422, so scripts and tests see it (the browser shows the page)
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        if (form.clientNumber() == null) {
            errors.rejectValue("clientId", "taxes.page.client.required", "choose a client");
        } else if (!clientExists(form.clientNumber())) {
            errors.rejectValue("clientId", "taxes.page.client.unknown", "no such client");
        }
        if (errors.hasErrors()) {
            model.addAttribute("clients", clientList());
            return "taxes/quotation";
        }
        try {
            // save() runs the engine; its refusal names the field, shown there like the form's own errors
            SavedCalculation saved = calculations.save(new ClientId(form.clientNumber()), form.toRequest());
            return "redirect:/taxes/calculations/" + saved.id();
        } catch (TradedeskException e) {
            reject(errors, e);
            model.addAttribute("clients", clientList());
            return "taxes/quotation";
        }
    }

    /** htmx: the penalty exposure (K05) of a mistake in this calculation's declaration. */
    @PostMapping("/calculations/{id}/penalties")
    String penalties(@PathVariable CalculationId id, @Valid @ModelAttribute("penaltyForm") PenaltyForm bound, BindingResult bindingErrors,
            Model model, HttpServletRequest request) {
        // an htmx fragment: answered 200 so htmx swaps it in; the errors are in the panel
        FormRebinding.Bound<PenaltyForm> rebound = FormRebinding.formToShow(bound, bindingErrors, PenaltyForm.class, request,
                validator, model);
        PenaltyForm form = rebound.form() == null ? PenaltyForm.blank() : rebound.form();
        BindingResult errors = rebound.errors();
        SavedCalculation c = calculations.find(id);
        model.addAttribute("calc", c);
        if (errors.hasErrors()) {
            // the other fields' refusals too, all at once (acceptance review t1fixG 3: a bad goods value hid the multiple 7)
            try {
                calculations.penaltyInputErrors(form.toRequest(c)).stream().filter(e -> !errors.hasFieldErrors(formField(e.field())))
                        .forEach(e -> reject(errors, e));
            } catch (TradedeskException e) {
                // no chain for the calculation's date: the errors already shown stand
            }
        }
        if (!errors.hasErrors() && !form.asksSomething()) {
            errors.reject("taxes.page.penalties.nothing", "give a shortfall or a number of days late");
        }
        if (!errors.hasErrors()) {
            try {
                model.addAttribute("exposure", calculations.penalties(form.toRequest(c)));
            } catch (TradedeskException e) {
                reject(errors, e);
            }
        }
        return "taxes/penalties :: panel";
    }

    @GetMapping("/calculations/{id}")
    String calculation(@PathVariable CalculationId id, Model model) {
        SavedCalculation c = calculations.find(id);
        model.addAttribute("penaltyForm", PenaltyForm.blank());
        ClientView client = documents.clientOf(c);
        model.addAttribute("calc", c);
        model.addAttribute("result", c.result());
        model.addAttribute("client", client);
        model.addAttribute("reference", SavedCalculation.reference(id));
        model.addAttribute("contacts", client == null ? List.of() : client.contacts().stream().filter(x -> !x.erased()).toList());
        // a button the user may not use is not shown (the author of a calculation does not approve it)
        model.addAttribute("mayApprove", calculations.mayApprove(c));
        // an approved calculation whose letter now says a tax is left out is not offered for sending (acceptance review t1fixN)
        model.addAttribute("maySend", c.status() == CalculationStatus.APPROVED && calculations.approvable(c));
        if (c.status() == CalculationStatus.DRAFT && !model.containsAttribute("returnComment")) {
            lastReturnComment(id).ifPresent(comment -> model.addAttribute("returnComment", comment));
        }
        return "taxes/calculation";
    }

    @PostMapping("/calculations/{id}/submit")
    @PreAuthorize("hasAnyRole('COORDINATOR','MANAGER')")
    String submit(@PathVariable CalculationId id, RedirectAttributes flash) {
        calculations.submit(id);
        flash.addFlashAttribute("notice", "taxes.page.notice.submitted");
        return "redirect:/taxes/calculations/" + id;
    }

    @PostMapping("/calculations/{id}/approve")
    @PreAuthorize("hasRole('MANAGER')")
    String approve(@PathVariable CalculationId id, RedirectAttributes flash) {
        calculations.approve(id);
        flash.addFlashAttribute("notice", "taxes.page.notice.approved");
        return "redirect:/taxes/calculations/" + id;
    }

    /** The manager sends it back to the coordinator; the comment is kept in the audit trail. */
    @PostMapping("/calculations/{id}/return")
    @PreAuthorize("hasRole('MANAGER')")
    String returnToDraft(@PathVariable CalculationId id, @RequestParam(defaultValue = "") String comment, RedirectAttributes flash) {
        try {
            calculations.returnToDraft(id, comment);
        } catch (TaxInputInvalid noComment) {
            flash.addFlashAttribute("error", noComment.messageCode());
            return "redirect:/taxes/calculations/" + id;
        }
        flash.addFlashAttribute("notice", "taxes.page.notice.returned");
        flash.addFlashAttribute("returnComment", comment.strip());
        return "redirect:/taxes/calculations/" + id;
    }

    @PostMapping("/calculations/{id}/send")
    @PreAuthorize("hasAnyRole('COORDINATOR','MANAGER')")
    String send(@PathVariable CalculationId id, @RequestParam long contactId, RedirectAttributes flash) {
        try {
            adviceMail.send(id, contactId);
        } catch (MailNotSent e) {
            // said on the calculation's page with what to configure; the calculation stays APPROVED
            flash.addFlashAttribute("error", e.serverMissing() ? "taxes.page.send.mail-not-configured" : "taxes.page.send.mail-failed");
            return "redirect:/taxes/calculations/" + id;
        }
        flash.addFlashAttribute("notice", "taxes.page.notice.sent");
        return "redirect:/taxes/calculations/" + id;
    }

    @GetMapping("/calculations/{id}/worksheet.xlsx")
    ResponseEntity<byte[]> worksheetXlsx(@PathVariable CalculationId id, @RequestParam(required = false) String lang) {
        return download(documents.worksheetXlsx(id, language(lang)), SavedCalculation.reference(id) + "-worksheet.xlsx",
                MediaType.parseMediaType(AdviceMail.XLSX));
    }

    @GetMapping("/calculations/{id}/worksheet.pdf")
    ResponseEntity<byte[]> worksheetPdf(@PathVariable CalculationId id, @RequestParam(required = false) String lang) {
        return download(documents.worksheetPdf(id, language(lang)), SavedCalculation.reference(id) + "-worksheet.pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/calculations/{id}/advice.pdf")
    ResponseEntity<byte[]> advicePdf(@PathVariable CalculationId id, @RequestParam(required = false) String lang) {
        return download(documents.adviceLetterPdf(id, language(lang)), SavedCalculation.reference(id) + "-advice.pdf", MediaType.APPLICATION_PDF);
    }

    /**
     * The language a download link asks for ({@code ?lang=en}), or null: the client's preferred language
     * then decides, as for a letter sent by e-mail.
     */
    private static Locale language(String lang) {
        return lang == null || lang.isBlank() ? null : Locale.forLanguageTag(lang);
    }

    static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .contentType(type).body(body);
    }

    private TaxResult calculate(QuotationForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return null;
        }
        try {
            TaxResult result = calculations.calculate(form.toRequest());
            model.addAttribute("result", result);
            return result;
        } catch (TradedeskException e) {
            reject(errors, e);
            return null;
        }
    }

    private static final java.util.regex.Pattern OPTION_FIELD = java.util.regex.Pattern.compile("\\.options\\[0]\\.(duty|reference|scheme)$");

    /** The form field a request field is typed in: a line's measures text, its one option's fields. */
    static String formField(String requestField) {
        if (PenaltyForm.MULTIPLE_FIELDS.containsKey(requestField)) {
            return PenaltyForm.MULTIPLE_FIELDS.get(requestField);
        }
        java.util.regex.Matcher option = OPTION_FIELD.matcher(requestField);
        if (option.find()) {
            String part = option.group(1);
            return requestField.substring(0, option.start()) + ".option" + Character.toUpperCase(part.charAt(0)) + part.substring(1);
        }
        return requestField.replaceFirst("\\.measures\\..*$", ".measures").replaceFirst("\\.scheme$", ".optionScheme");
    }

    /**
     * An engine error names a request field; shown at the form field of that name when there is one, in the
     * reader's language: at its own field the reason alone (the label is beside it), a measure with its
     * measure's name (the form field holds all measures), elsewhere the field's label and the reason.
     */
    void reject(BindingResult errors, TradedeskException e) {
        if (e instanceof TaxInputInvalid invalid && invalid.field() != null) {
            String field = formField(invalid.field());
            boolean ownField = !invalid.field().contains(".measures.");
            String text = messageTexts.render(ownField ? invalid.reason() : e.messageText());
            try {
                errors.rejectValue(field, RENDERED, new Object[] {text}, text);
                return;
            } catch (RuntimeException notAFormField) {
                // falls through to a global error that still names the field
            }
        }
        String text = messageTexts.render(e.asText());
        errors.reject(RENDERED, new Object[] {text}, text);
    }

    /** A message already rendered in the reader's language, passed through the binding's errors as it is. */
    static final String RENDERED = "taxes.input.rendered";

    /** The manager's comment of the latest return, kept in the audit trail, so the coordinator sees why. */
    private java.util.Optional<String> lastReturnComment(CalculationId id) {
        return audit.search("tax-calculation", id.toString(), null, null, null, PageRequest.of(0, 20)).stream()
                .filter(r -> r.after() != null && r.after().contains("\"comment\":\""))
                .findFirst()
                .map(r -> r.username() + ": " + unjson(r.after().substring(r.after().indexOf("\"comment\":\"") + 11, r.after().length() - 2)));
    }

    private static String unjson(String s) {
        return s.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private List<ClientSummary> clientList() {
        // a coordinator picks among the clients assigned to them; a manager among all
        return clients.searchVisible("", false, PageRequest.of(0, MAX_CLIENTS)).getContent();
    }
}
