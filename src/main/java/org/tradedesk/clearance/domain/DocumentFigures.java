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
        String consignee, LocalDate issuedOn, LocalDate validUntil, List<String> tariffCodes) {

    public DocumentFigures {
        tariffCodes = tariffCodes == null ? List.of() : List.copyOf(tariffCodes);
    }
}
