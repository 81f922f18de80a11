package org.tradedesk.clearance.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.http.HttpStatus;
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
import org.tradedesk.clearance.ClearanceDisputes;
import org.tradedesk.clearance.ClearanceInputInvalid;
import org.tradedesk.clearance.ClearanceTransactions;
import org.tradedesk.clearance.DecisionKind;
import org.tradedesk.clearance.DisputeView;
import org.tradedesk.clearance.DocumentType;
import org.tradedesk.clearance.DocumentView;
import org.tradedesk.clearance.TransactionId;
import org.tradedesk.clearance.TransactionView;
import org.tradedesk.clearance.domain.DisputeOutcome;
import org.tradedesk.clearance.messages.UnreadableMessage;
import org.tradedesk.clearance.web.DisputeForms.DisputeForm;
import org.tradedesk.clearance.web.DisputeForms.EvidenceForm;
import org.tradedesk.clearance.web.DisputeForms.OutcomeForm;
import org.tradedesk.clearance.web.DisputeForms.StepForm;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.platform.web.FormRebinding;
import org.tradedesk.shared.TradedeskException;

/**
 * The dispute pages (T4.7): open a dispute on a file, and on the dispute's page its review route with each step's
 * deadline, the steps taken, the evidence and the outcome, each with its form; the summary letter as PDF.
 */
@Controller
@RequestMapping("/clearance/transactions/{id}/disputes")
class ClearanceDisputePageController {

    private final ClearanceDisputes disputes;
    private final ClearanceTransactions transactions;
    private final MessageTexts texts;
    private final SmartValidator validator;

    ClearanceDisputePageController(ClearanceDisputes disputes, ClearanceTransactions transactions, MessageTexts texts,
            SmartValidator validator) {
        this.disputes = disputes;
        this.transactions = transactions;
        this.texts = texts;
        this.validator = validator;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("decisionKinds", DecisionKind.values());
        model.addAttribute("outcomes", DisputeOutcome.values());
        model.addAttribute("documentTypes", DocumentType.values());
    }

    // ---- open a dispute ----

    @GetMapping("/new")
    String newForm(@PathVariable long id, Model model, RedirectAttributes flash) {
        TransactionView tx = transactions.transaction(TransactionId.of(id));
        if (tx.readOnly()) {
            flash.addFlashAttribute("notice", "clearance.transaction.closed.no-form");
            return "redirect:/clearance/transactions/" + id;
        }
        model.addAttribute("tx", tx);
        model.addAttribute("form", DisputeForm.blank(tx.details().jurisdiction().localCurrency().value(),
                tx.details().dutyNoticeReceived()));
        return "clearance/dispute-form";
    }

    @PostMapping
    String open(@PathVariable long id, @Validated @ModelAttribute("form") DisputeForm bound, BindingResult bindingErrors, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        TransactionView tx = transactions.transaction(TransactionId.of(id));
        model.addAttribute("tx", tx);
        FormRebinding.Bound<DisputeForm> rebound = WordedFieldErrors.formToShow(bound, bindingErrors, DisputeForm.class, request, validator,
                model, texts);
        if (rebound.form() != null) {
            java.time.LocalDate today = fileToday(tx);
            notAfter(rebound.errors(), "noticeReceived", rebound.form().noticeReceived(), today);
            notAfter(rebound.errors(), "paidOn", rebound.form().paidOn(), today);
        }
        if (rebound.form() == null || rebound.errors().hasErrors()) {
            if (rebound.form() == null) {
                model.addAttribute("form", DisputeForm.blank(tx.details().jurisdiction().localCurrency().value()));
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "clearance/dispute-form";
        }
        try {
            DisputeView opened = disputes.open(TransactionId.of(id), rebound.form().toDetails());
            return "redirect:/clearance/transactions/" + id + "/disputes/" + opened.id();
        } catch (TradedeskException e) {
            refused(e, rebound.errors(), response);
            return "clearance/dispute-form";
        }
    }

    // ---- the dispute's page ----

    @GetMapping("/{disputeId}")
    String dispute(@PathVariable long id, @PathVariable long disputeId, Model model) {
        TransactionView tx = transactions.transaction(TransactionId.of(id));
        DisputeView dispute = disputes.dispute(TransactionId.of(id), disputeId);
        model.addAttribute("tx", tx);
        model.addAttribute("dispute", dispute);
        model.addAttribute("route", disputes.route(tx.details().jurisdiction()));
        model.addAttribute("documents", tx.documents());
        model.addAttribute("today", disputes.today(tx.details().jurisdiction()));
        if (!model.containsAttribute("stepForm")) {
            model.addAttribute("stepForm", StepForm.blank(dispute.version()));
        }
        if (!model.containsAttribute("evidenceForm")) {
            model.addAttribute("evidenceForm", EvidenceForm.blank(dispute.version()));
        }
        if (!model.containsAttribute("assessmentForm")) {
            model.addAttribute("assessmentForm", DisputeForms.AssessmentForm.blank(dispute.version()));
        }
        if (!model.containsAttribute("outcomeForm")) {
            model.addAttribute("outcomeForm", OutcomeForm.blank(dispute.version()));
        }
        return "clearance/dispute";
    }

    @PostMapping("/{disputeId}/steps")
    String step(@PathVariable long id, @PathVariable long disputeId, @Validated @ModelAttribute("stepForm") StepForm bound,
            BindingResult bindingErrors, Model model, HttpServletRequest request, HttpServletResponse response) {
        FormRebinding.Bound<StepForm> rebound = WordedFieldErrors.formToShow(bound, bindingErrors, StepForm.class, request, validator, model,
                texts);
        if (rebound.form() != null) {
            java.time.LocalDate today = fileToday(transactions.transaction(TransactionId.of(id)));
            notAfter(rebound.errors(), "filedOn", rebound.form().filedOn(), today);
            notAfter(rebound.errors(), "decidedOn", rebound.form().decidedOn(), today);
        }
        if (rebound.form() == null || rebound.errors().hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return dispute(id, disputeId, model);
        }
        try {
            StepForm f = rebound.form();
            disputes.addStep(TransactionId.of(id), disputeId, f.version(), f.toDetails());
            return "redirect:/clearance/transactions/" + id + "/disputes/" + disputeId + "#steps";
        } catch (TradedeskException e) {
            refused(e, rebound.errors(), response);
            return dispute(id, disputeId, model);
        }
    }

    @PostMapping("/{disputeId}/evidence")
    String evidence(@PathVariable long id, @PathVariable long disputeId, @Validated @ModelAttribute("evidenceForm") EvidenceForm bound,
            BindingResult bindingErrors, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        FormRebinding.Bound<EvidenceForm> rebound = WordedFieldErrors.formToShow(bound, bindingErrors, EvidenceForm.class, request, validator,
                model, texts);
        if (rebound.form() == null || rebound.errors().hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return dispute(id, disputeId, model);
        }
        EvidenceForm f = rebound.form();
        BindingResult errors = rebound.errors();
        boolean upload = file != null && !file.isEmpty();
        if (!upload && f.documentId() == null) {
            errors.rejectValue("documentId", "clearance.field.required", new Object[] {texts.render(
                    org.tradedesk.shared.MessageText.of("clearance.dispute.evidence.document"))}, "required");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return dispute(id, disputeId, model);
        }
        try {
            long documentId = f.documentId() == null ? -1 : f.documentId();
            if (upload) {
                if (file.getSize() > ClearanceTransactions.MAX_DOCUMENT_BYTES) {
                    throw org.tradedesk.clearance.DocumentTooLarge.of(String.valueOf(file.getOriginalFilename()), file.getSize(),
                            ClearanceTransactions.MAX_DOCUMENT_BYTES);
                }
                DocumentView added = transactions.upload(TransactionId.of(id), null, f.type() == null ? DocumentType.OTHER : f.type(),
                        file.getOriginalFilename(), file.getContentType(), file.getBytes());
                documentId = added.id();
            }
            disputes.addEvidence(TransactionId.of(id), disputeId, f.version(), documentId, f.note());
            return "redirect:/clearance/transactions/" + id + "/disputes/" + disputeId + "#evidence";
        } catch (UnreadableMessage e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            errors.reject("clearance.capture.problem", new Object[] {e.location() + ": " + texts.render(e.reason())}, "unreadable");
            return dispute(id, disputeId, model);
        } catch (TradedeskException e) {
            refused(e, errors, response);
            return dispute(id, disputeId, model);
        }
    }

    @PostMapping("/{disputeId}/outcome")
    String outcome(@PathVariable long id, @PathVariable long disputeId, @Validated @ModelAttribute("outcomeForm") OutcomeForm bound,
            BindingResult bindingErrors, Model model, HttpServletRequest request, HttpServletResponse response) {
        FormRebinding.Bound<OutcomeForm> rebound = WordedFieldErrors.formToShow(bound, bindingErrors, OutcomeForm.class, request, validator,
                model, texts);
        if (rebound.form() != null) {
            notAfter(rebound.errors(), "decidedOn", rebound.form().decidedOn(), fileToday(transactions.transaction(TransactionId.of(id))));
        }
        if (rebound.form() == null || rebound.errors().hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return dispute(id, disputeId, model);
        }
        try {
            String currency = disputes.dispute(TransactionId.of(id), disputeId).details().amountInDispute().currency().value();
            OutcomeForm f = rebound.form();
            disputes.decide(TransactionId.of(id), disputeId, f.version(), f.toDetails(currency));
            return "redirect:/clearance/transactions/" + id + "/disputes/" + disputeId + "#outcome";
        } catch (TradedeskException e) {
            refused(e, rebound.errors(), response);
            return dispute(id, disputeId, model);
        }
    }

    /** The financial effect computed by the tax engine from the line as declared and as customs assessed it (issue 8). */
    @PostMapping("/{disputeId}/assessment")
    String assess(@PathVariable long id, @PathVariable long disputeId,
            @Validated @ModelAttribute("assessmentForm") DisputeForms.AssessmentForm bound, BindingResult bindingErrors, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        FormRebinding.Bound<DisputeForms.AssessmentForm> rebound = WordedFieldErrors.formToShow(bound, bindingErrors,
                DisputeForms.AssessmentForm.class, request, validator, model, texts);
        if (rebound.form() == null || rebound.errors().hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return dispute(id, disputeId, model);
        }
        try {
            disputes.assess(TransactionId.of(id), disputeId, rebound.form().version(), rebound.form().toAsked());
            return "redirect:/clearance/transactions/" + id + "/disputes/" + disputeId + "#assessment";
        } catch (TradedeskException e) {
            if (e instanceof ClearanceInputInvalid invalid && DisputeForms.AssessmentForm.field(invalid.field()) != null) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                WordedFieldErrors.rejectEach(invalid, rebound.errors(), DisputeForms.AssessmentForm::field);
            } else {
                refused(e, rebound.errors(), response);
            }
            return dispute(id, disputeId, model);
        }
    }

    /** The file's today: the day in its jurisdiction's zone ({@code FileTime}), the same the facade bounds the dates by. */
    private java.time.LocalDate fileToday(TransactionView tx) {
        return disputes.today(tx.details().jurisdiction());
    }

    /**
     * A date after the file's today, said at its field with the other errors of the form (the facade says the same when
     * the form is otherwise right), both dates in the reader's style.
     */
    private static void notAfter(BindingResult errors, String field, java.time.LocalDate value, java.time.LocalDate today) {
        if (value != null && value.isAfter(today) && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "clearance.dispute.date.future", org.tradedesk.platform.Formats.readerArguments(new Object[] {value, today}),
                    field + " " + value + " is after the file's today " + today);
        }
    }

    /** A refusal of the facade: at its field when the form has it, else above the form; not found and forbidden go on up. */
    private static void refused(TradedeskException e, BindingResult errors, HttpServletResponse response) {
        if (e.kind() == TradedeskException.Kind.NOT_FOUND && !(e instanceof org.tradedesk.clearance.DocumentNotFound)
                || e.kind() == TradedeskException.Kind.FORBIDDEN) {
            throw e;
        }
        response.setStatus(e.kind() == TradedeskException.Kind.CONFLICT ? HttpStatus.CONFLICT.value()
                : HttpStatus.UNPROCESSABLE_CONTENT.value());
        if (e instanceof ClearanceInputInvalid invalid) {
            WordedFieldErrors.rejectEach(invalid, errors, f -> "refundedCurrency".equals(f) ? "refundedAmount" : f);
            return;
        }
        String field = e instanceof org.tradedesk.clearance.DocumentNotFound ? "documentId" : null;
        WordedFieldErrors.reject(e, errors,
                field != null && errors.getTarget() != null && new BeanWrapperImpl(errors.getTarget()).isReadableProperty(field) ? field : null);
    }
}
