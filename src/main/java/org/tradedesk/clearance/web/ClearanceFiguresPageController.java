package org.tradedesk.clearance.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.tradedesk.clearance.ClearanceDocumentFigures;
import org.tradedesk.clearance.ClearanceTransactions;
import org.tradedesk.clearance.DocumentView;
import org.tradedesk.clearance.TransactionId;
import org.tradedesk.clearance.TransactionView;
import org.tradedesk.platform.web.FormRebinding;
import org.tradedesk.shared.TradedeskException;

/** The hand capture of a document's key figures (packing list, B/L, AWB, certificate of origin, permit) for the cross-document checks. */
@Controller
@RequestMapping("/clearance/transactions/{id}/documents/{documentId}/figures")
class ClearanceFiguresPageController {

    static final String TEMPLATE = "clearance/figures";

    private final ClearanceDocumentFigures figures;
    private final ClearanceTransactions transactions;
    private final SmartValidator validator;
    private final org.tradedesk.platform.MessageTexts texts;

    ClearanceFiguresPageController(ClearanceDocumentFigures figures, ClearanceTransactions transactions, SmartValidator validator,
            org.tradedesk.platform.MessageTexts texts) {
        this.texts = texts;
        this.figures = figures;
        this.transactions = transactions;
        this.validator = validator;
    }

    @GetMapping
    String form(@PathVariable long id, @PathVariable long documentId, Model model, RedirectAttributes flash) {
        TransactionView tx = transactions.transaction(TransactionId.of(id));
        DocumentView doc = transactions.document(TransactionId.of(id), documentId);
        if (tx.readOnly() || !ClearanceDocumentFigures.TYPES.contains(doc.type())) {
            flash.addFlashAttribute("notice", "clearance.transaction.closed.no-form");
            return "redirect:/clearance/transactions/" + id;
        }
        model.addAttribute("tx", tx);
        model.addAttribute("doc", doc);
        model.addAttribute("form", FiguresForm.of(figures.figures(TransactionId.of(id)).get(documentId)));
        return TEMPLATE;
    }

    @PostMapping
    String save(@PathVariable long id, @PathVariable long documentId, @Validated @ModelAttribute("form") FiguresForm bound,
            BindingResult bindingErrors, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes flash) {
        model.addAttribute("tx", transactions.transaction(TransactionId.of(id)));
        model.addAttribute("doc", transactions.document(TransactionId.of(id), documentId));
        FormRebinding.Bound<FiguresForm> rebound = WordedFieldErrors.formToShow(bound, bindingErrors, FiguresForm.class, request, validator,
                model, texts);
        if (rebound.form() == null || rebound.errors().hasErrors()) {
            if (rebound.form() == null) {
                model.addAttribute("form", FiguresForm.of(null));
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return TEMPLATE;
        }
        try {
            figures.record(TransactionId.of(id), documentId, rebound.form().toFigures());
            flash.addFlashAttribute("notice", "clearance.figures.saved");
            return "redirect:/clearance/transactions/" + id + "#findings";
        } catch (TradedeskException e) {
            ClearanceIssuePageController.refused(e, rebound.errors(), response);
            return TEMPLATE;
        }
    }
}
