package org.tradedesk.taxes.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tradedesk.taxes.CalculationStatus;

/** A saved calculation as the API publishes it (issue 7: apart from {@link org.tradedesk.taxes.SavedCalculation}). */
@Schema(name = "SavedCalculation")
record SavedCalculationJson(UUID id, Long clientId, String jurisdiction, LocalDate date, CalculationStatus status,
        String currency, BigDecimal total, String chainVersion, TaxRequestJson request, TaxResultJson result,
        String createdBy, Instant createdAt, String approvedBy, Instant approvedAt, long version) {

    /** The list view: no request or result bodies. */
    @Schema(name = "Summary")
    record Summary(UUID id, Long clientId, String jurisdiction, LocalDate date, CalculationStatus status,
            String currency, BigDecimal total, String createdBy, Instant createdAt) {
    }

    /** A saved calculation run again with today's code and data, and whether it came out the same. */
    @Schema(name = "Rerun")
    record Rerun(UUID id, boolean identical, TaxResultJson saved, TaxResultJson rerun) {
    }
}
