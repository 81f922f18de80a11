package org.tradedesk.taxes.web;

import org.springframework.ui.Model;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.TaxCalculations;
import org.tradedesk.taxes.TaxRequest;

/**
 * The choices the invoice-header fragment ({@code taxes/invoice-header.html}) offers, for the pages
 * that show it. A helper rather than a {@code @ControllerAdvice}: an advice would be picked up by
 * every {@code @WebMvcTest} slice and need the tax engine there.
 */
final class InvoiceHeaderChoices {

    private InvoiceHeaderChoices() {
    }

    static void addTo(Model model, TaxCalculations calculations) {
        model.addAttribute("jurisdictions", calculations.jurisdictions());
        model.addAttribute("incoterms", Incoterm.values());
        model.addAttribute("allocations", TaxRequest.AllocationBasis.values());
    }
}
