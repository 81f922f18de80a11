package org.tradedesk.clearance.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tradedesk.clearance.CustomsParticulars;
import org.tradedesk.clearance.Direction;
import org.tradedesk.clearance.Parties;
import org.tradedesk.clearance.TransactionDetails;
import org.tradedesk.clearance.TransportMode;
import org.tradedesk.clients.ClientId;
import org.tradedesk.platform.validation.DateWindow;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.tariff.Jurisdiction;

/**
 * The body of a new transaction or of a change ({@code version} required to change). Blank texts are kept as none. The
 * customs particulars come nested under {@code customs}, in the shape the answer has them ({@code TransactionJson}), so a
 * file read and sent back keeps them; {@code customs} left out of a change keeps the stored particulars (see
 * {@link #toDetails(CustomsParticulars)}), {@code customs:{}} clears them.
 */
record TransactionRequest(
        @NotNull @Positive Long clientId,
        @NotNull Direction direction,
        @NotNull Jurisdiction jurisdiction,
        @NotNull TransportMode mode,
        Incoterm incoterm,
        @Size(max = 64) String reference,
        @Size(max = 300) String importer,
        @Size(max = 300) String exporter,
        @Size(max = 300) String consignee,
        @Size(max = 300) String carrier,
        @Size(max = 300) String broker,
        @Size(max = 100) String portOfLoading,
        @Size(max = 100) String portOfDischarge,
        @DateWindow LocalDate arrivalDate,
        @DateWindow LocalDate declarationDate,
        @DateWindow LocalDate releaseDate,
        @DateWindow LocalDate dutyNoticeDate,
        @DateWindow LocalDate dutyPaidDate,
        @DateWindow LocalDate dutyNoticeReceived,
        @Valid Customs customs,
        Long version) {

    /** The Taiwan customs particulars as sent, the field names of {@link CustomsParticulars}. */
    record Customs(
            @Size(max = 35) String transportDocumentNumber,
            @Size(max = 12) String journeyId,
            @Size(max = 8) String goodsLocation,
            @Size(max = 3) String packageTypeCode,
            @Size(max = 5) String representativeId,
            @Size(max = 3) String importerTypeCode,
            @Size(max = 80) String importerEnglishName,
            @Size(max = 120) String importerAddress,
            @Size(max = 1) String dutyMethodCode) {

        CustomsParticulars particulars() {
            return new CustomsParticulars(text(transportDocumentNumber), text(journeyId), text(goodsLocation), text(packageTypeCode),
                    text(representativeId), text(importerTypeCode), text(importerEnglishName), text(importerAddress), text(dutyMethodCode));
        }
    }

    /** The details of a new file: no {@code customs}, no particulars. */
    TransactionDetails toDetails() {
        return toDetails(null);
    }

    /** The details of a change: {@code customs} left out keeps {@code stored} (the particulars the file has). */
    TransactionDetails toDetails(CustomsParticulars stored) {
        return new TransactionDetails(new ClientId(clientId), direction, jurisdiction, mode, incoterm, text(reference),
                new Parties(text(importer), text(exporter), text(consignee), text(carrier), text(broker)), text(portOfLoading),
                text(portOfDischarge), arrivalDate, declarationDate, releaseDate, dutyNoticeDate, dutyPaidDate,
                dutyNoticeReceived, customs == null ? stored : customs.particulars());
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
