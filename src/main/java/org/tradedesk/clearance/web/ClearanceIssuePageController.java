package org.tradedesk.clearance.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tradedesk.clearance.AlternativeKind;
import org.tradedesk.clearance.ClearanceInputInvalid;
import org.tradedesk.clearance.ClearanceIssues;
import org.tradedesk.clearance.ClearanceTransactions;
import org.tradedesk.clearance.IssueStatus;
import org.tradedesk.clearance.IssueView;
import org.tradedesk.clearance.TransactionId;
import org.tradedesk.clearance.TransactionView;
import org.tradedesk.clearance.web.IssueForms.AlternativeForm;
import org.tradedesk.clearance.web.IssueForms.ChoiceForm;
import org.tradedesk.clearance.web.IssueForms.IssueForm;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.platform.web.FormRebinding;
import org.tradedesk.shared.TradedeskException;

/**
 * Page forms of the issue register (P4.2 – P4.4): raise an issue, add an alternative solution, record the chosen one
 * with the client's confirmation. Each form comes back with the input kept and every error at its field.
 */
@Controller
@RequestMapping("/clearance/transactions/{id}/issues")
class ClearanceIssuePageController {

    static final String TEMPLATE = "clearance/issue-forms";

    private final ClearanceIssues issues;
    private final ClearanceTransactions transactions;
    private final SmartValidator validator;
    private final org.tradedesk.platform.MessageTexts texts;

    ClearanceIssuePageController(ClearanceIssues issues, ClearanceTransactions transactions, SmartValidator validator,
            org.tradedesk.platform.MessageTexts texts) {
        this.texts = texts;
        this.issues = issues;
        this.transactions = transactions;
        this.validator = validator;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("alternativeKinds", AlternativeKind.values());
        model.addAttribute("ratings", new int[] {1, 2, 3, 4, 5});
    }

    // ---- raise an issue ----

    @GetMapping("/new")
    String issueForm(@PathVariable long id, Model model, RedirectAttributes flash) {
        TransactionView tx = transactions.transaction(TransactionId.of(id));
        if (tx.readOnly()) {
            flash.addFlashAttribute("notice", "clearance.transaction.closed.no-form");
            return "redirect:/clearance/transactions/" + id;
        }
        return show(tx, null, "issue", "form", IssueForm.blank(CurrentUser.name()), model);
    }

    @PostMapping
    String raise(@PathVariable long id, @Validated @ModelAttribute("form") IssueForm bound, BindingResult bindingErrors, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        TransactionView tx = transactions.transaction(TransactionId.of(id));
        FormRebinding.Bound<IssueForm> rebound = WordedFieldErrors.formToShow(bound, bindingErrors, IssueForm.class, request, validator, model, texts);
        if (rebound.form() == null || rebound.errors().hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(tx, null, "issue", "form", rebound.form() == null ? IssueForm.blank(CurrentUser.name()) : null, model);
        }
        try {
            IssueView raised = issues.raise(TransactionId.of(id), rebound.form().toDetails());
            return "redirect:/clearance/transactions/" + id + "#issue-" + raised.id();
        } catch (TradedeskException e) {
            refused(e, rebound.errors(), response);
            return show(tx, null, "issue", "form", null, model);
        }
    }

    // ---- an alternative ----

    @GetMapping("/{issueId}/alternatives/new")
    String alternativeForm(@PathVariable long id, @PathVariable long issueId, Model model, RedirectAttributes flash) {
        TransactionView tx = transactions.transaction(TransactionId.of(id));
        IssueView issue = issues.issue(TransactionId.of(id), issueId);
        if (tx.readOnly() || issue.status() != IssueStatus.OPEN) {
            flash.addFlashAttribute("notice", "clearance.transaction.closed.no-form");
            return "redirect:/clearance/transactions/" + id;
        }
        String currency = issue.alternatives().isEmpty()
                ? tx.details().jurisdiction().localCurrency().value()
                : issue.alternatives().get(0).cost().currency().value();
        engineChoices(id, null, model);
        return show(tx, issue, "alternative", "form", AlternativeForm.blank(currency), model);
    }

    @PostMapping("/{issueId}/alternatives")
    String addAlternative(@PathVariable long id, @PathVariable long issueId, @Validated @ModelAttribute("form") AlternativeForm bound,
            BindingResult bindingErrors, Model model, HttpServletRequest request, HttpServletResponse response) {
        TransactionView tx = transactions.transaction(TransactionId.of(id));
        IssueView issue = issues.issue(TransactionId.of(id), issueId);
        FormRebinding.Bound<AlternativeForm> rebound = WordedFieldErrors.formToShow(bound, bindingErrors, AlternativeForm.class, request,
                validator, model, texts);
        engineChoices(id, rebound.form(), model);
        if (rebound.form() == null || rebound.errors().hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(tx, issue, "alternative", "form", rebound.form() == null ? AlternativeForm.blank(tx.details().jurisdiction().localCurrency().value()) : null, model);
        }
        try {
            issues.addAlternative(TransactionId.of(id), issueId, rebound.form().toDetails());
            return "redirect:/clearance/transactions/" + id + "#issue-" + issueId;
        } catch (TradedeskException e) {
            refused(e, rebound.errors(), response);
            return show(tx, issue, "alternative", "form", null, model);
        }
    }

    /**
     * The engine's choices for the form (issue 8: the same as the API's): the invoice lines, the preferences the engine offers
     * — and the one typed, when it is not among them, so the form comes back with it and its refusal at the field.
     */
    private void engineChoices(long id, AlternativeForm typed, Model model) {
        org.tradedesk.clearance.EngineChoices choices = issues.engineChoices(TransactionId.of(id));
        java.util.List<String> preferences = new java.util.ArrayList<>(choices.preferences());
        String given = typed == null || typed.preference() == null ? null : typed.preference().strip();
        if (given != null && !given.isEmpty() && !preferences.contains(given)) {
            preferences.add(given);
        }
        model.addAttribute("engineChoices", choices);
        model.addAttribute("preferenceChoices", preferences);
    }

    // ---- the choice ----

    @GetMapping("/{issueId}/choice")
    String choiceForm(@PathVariable long id, @PathVariable long issueId, Model model, RedirectAttributes flash) {
        TransactionView tx = transactions.transaction(TransactionId.of(id));
        IssueView issue = issues.issue(TransactionId.of(id), issueId);
        if (tx.readOnly() || issue.status() != IssueStatus.OPEN || issue.alternatives().isEmpty()) {
            flash.addFlashAttribute("notice", "clearance.transaction.closed.no-form");
            return "redirect:/clearance/transactions/" + id;
        }
        return show(tx, issue, "choice", "form", ChoiceForm.blank(issue.version()), model);
    }

    @PostMapping("/{issueId}/choice")
    String choose(@PathVariable long id, @PathVariable long issueId, @Validated @ModelAttribute("form") ChoiceForm bound,
            BindingResult bindingErrors, Model model, HttpServletRequest request, HttpServletResponse response) {
        TransactionView tx = transactions.transaction(TransactionId.of(id));
        IssueView issue = issues.issue(TransactionId.of(id), issueId);
        FormRebinding.Bound<ChoiceForm> rebound = WordedFieldErrors.formToShow(bound, bindingErrors, ChoiceForm.class, request, validator,
                model, texts);
        if (rebound.form() == null || rebound.errors().hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(tx, issue, "choice", "form", rebound.form() == null ? ChoiceForm.blank(issue.version()) : null, model);
        }
        try {
            ChoiceForm f = rebound.form();
            issues.choose(TransactionId.of(id), issueId, f.version(), f.toDetails(tx.clockZone()));
            return "redirect:/clearance/transactions/" + id + "#issue-" + issueId;
        } catch (TradedeskException e) {
            refused(e, rebound.errors(), response);
            return show(tx, issue, "choice", "form", null, model);
        }
    }

    private static String show(TransactionView tx, IssueView issue, String mode, String name, Object form, Model model) {
        model.addAttribute("tx", tx);
        model.addAttribute("issue", issue);
        model.addAttribute("mode", mode);
        if (form != null) {
            model.addAttribute(name, form);
        }
        return TEMPLATE;
    }

    /** A refusal of the facade at its field when the form has it, else above the form; not found and forbidden go on up. */
    static void refused(TradedeskException e, BindingResult errors, HttpServletResponse response) {
        if (e.kind() == TradedeskException.Kind.NOT_FOUND && !(e instanceof org.tradedesk.clearance.IssueNotFound)
                || e.kind() == TradedeskException.Kind.FORBIDDEN) {
            throw e;
        }
        response.setStatus(e.kind() == TradedeskException.Kind.CONFLICT ? HttpStatus.CONFLICT.value()
                : HttpStatus.UNPROCESSABLE_CONTENT.value());
        if (e instanceof ClearanceInputInvalid invalid) {
            WordedFieldErrors.rejectEach(invalid, errors);
            return;
        }
        String field = e instanceof org.tradedesk.clearance.IssueNotFound ? "alternativeId" : null;
        WordedFieldErrors.reject(e, errors,
                field != null && errors.getTarget() != null && new BeanWrapperImpl(errors.getTarget()).isReadableProperty(field) ? field : null);
    }
}
