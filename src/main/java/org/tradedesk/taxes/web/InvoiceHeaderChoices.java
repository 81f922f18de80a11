package org.tradedesk.taxes.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.TaxCalculations;
import org.tradedesk.taxes.TaxRequest;

/** The choices the invoice-header fragment ({@code taxes/invoice-header.html}) offers, on the pages that show it. */
@ControllerAdvice(assignableTypes = {QuotationPageController.class, BatchPageController.class})
class InvoiceHeaderChoices {

    private final TaxCalculations calculations;

    InvoiceHeaderChoices(TaxCalculations calculations) {
        this.calculations = calculations;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("jurisdictions", calculations.jurisdictions());
        model.addAttribute("incoterms", Incoterm.values());
        model.addAttribute("allocations", TaxRequest.AllocationBasis.values());
    }
}
