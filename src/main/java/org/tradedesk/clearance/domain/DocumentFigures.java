package org.tradedesk.clearance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The key figures of a packing list, bill of lading, air waybill, certificate of origin or permit, captured by hand:
 * packages, gross and net mass in kg, total quantity (packing list), shipper and consignee as printed, the day it was
 * issued and the last day it is valid (certificate, permit), and the tariff codes (or their first digits) a permit
 * covers. Anything not on the document is null.
 */
public record DocumentFigures(Integer packages, BigDecimal grossMassKg, BigDecimal netMassKg, BigDecimal quantity, String shipper,
        String consignee, LocalDate issuedOn, LocalDate validUntil, List<String> tariffCodes,
        java.util.Map<String, BigDecimal> quantityByUnit) {

    public DocumentFigures {
        tariffCodes = tariffCodes == null ? List.of() : List.copyOf(tariffCodes);
        quantityByUnit = quantityByUnit == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(quantityByUnit));
    }

    /**
     * Figures whose quantity has no unit (typed by hand as one total): {@code quantityByUnit} null. A packing list read from
     * a CSV gives its quantity per unit ({@code PCE → 1,400}), so the invoices' quantities are compared unit by unit.
     */
    public DocumentFigures(Integer packages, BigDecimal grossMassKg, BigDecimal netMassKg, BigDecimal quantity, String shipper,
            String consignee, LocalDate issuedOn, LocalDate validUntil, List<String> tariffCodes) {
        this(packages, grossMassKg, netMassKg, quantity, shipper, consignee, issuedOn, validUntil, tariffCodes, null);
    }
}
