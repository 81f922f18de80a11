/**
 * T1 duty and tax engine (稅費試算): valuation of an invoice on the jurisdiction's basis, the
 * duty and tax chain of the jurisdiction read from a versioned definition file, duty options
 * (general, FTA preference, concession) with the cheapest flagged, penalty exposure, and saved
 * calculations that re-run identically. The root package is the module's API: the
 * {@link org.tradedesk.taxes.TaxCalculations} facade, the request/result records and the events
 * {@link org.tradedesk.taxes.CalculationApproved} and {@link org.tradedesk.taxes.CalculationSent}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Taxes",
        allowedDependencies = {"tariff", "clients", "shared", "platform", "identity", "reporting"})
package org.tradedesk.taxes;
