package org.tradedesk.taxes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.tradedesk.clients.ClientId;

/** A calculation kept for a client ({@code clientId} null when it was saved for none): what was asked, what came out, by whom, and where it is in review. */
public record SavedCalculation(CalculationId id, ClientId clientId, String jurisdiction, LocalDate date, CalculationStatus status,
        String currency, BigDecimal total, String chainVersion, TaxRequest request, TaxResult result,
        String createdBy, Instant createdAt, String approvedBy, Instant approvedAt, long version) {

    /** The reference a client reads on every document of a calculation: T1- and its id's first eight digits. */
    public static String reference(CalculationId id) {
        return id.reference();
    }

    /** The list view: no request or result bodies. */
    public record Summary(CalculationId id, ClientId clientId, String jurisdiction, LocalDate date, CalculationStatus status,
            String currency, BigDecimal total, String createdBy, Instant createdAt, String chainVersion) {

        /** {@code chainVersion}: the chain the calculation ran on, so its total is shown in that chain's payable unit. */
        public Summary(CalculationId id, ClientId clientId, String jurisdiction, LocalDate date, CalculationStatus status,
                String currency, BigDecimal total, String createdBy, Instant createdAt) {
            this(id, clientId, jurisdiction, date, status, currency, total, createdBy, createdAt, null);
        }
    }

    /** A saved calculation run again with today's code and data, and whether it came out the same. */
    public record Rerun(CalculationId id, boolean identical, TaxResult saved, TaxResult rerun) {
    }
}
