package org.tradedesk.clearance;

import java.time.LocalDate;
import org.tradedesk.clients.ClientId;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.tariff.Jurisdiction;

/**
 * What a coordinator writes on the file of one shipment. {@code reference} is the desk's own reference
 * (or the B/L or AWB number); the dates drive the deadlines and the retention period. The duty notice
 * (稅款繳納證 / notice of assessment) and payment dates start the payment, review and refund periods.
 */
public record TransactionDetails(
        ClientId clientId,
        Direction direction,
        Jurisdiction jurisdiction,
        TransportMode mode,
        Incoterm incoterm,
        String reference,
        Parties parties,
        String portOfLoading,
        String portOfDischarge,
        LocalDate arrivalDate,
        LocalDate declarationDate,
        LocalDate releaseDate,
        LocalDate dutyNoticeDate,
        LocalDate dutyPaidDate) {

    public TransactionDetails {
        parties = parties == null ? Parties.none() : parties;
    }

    TransactionDetails withDeclarationDate(LocalDate date) {
        return new TransactionDetails(clientId, direction, jurisdiction, mode, incoterm, reference, parties, portOfLoading,
                portOfDischarge, arrivalDate, date, releaseDate, dutyNoticeDate, dutyPaidDate);
    }

    TransactionDetails withReleaseDate(LocalDate date) {
        return new TransactionDetails(clientId, direction, jurisdiction, mode, incoterm, reference, parties, portOfLoading,
                portOfDischarge, arrivalDate, declarationDate, date, dutyNoticeDate, dutyPaidDate);
    }

    TransactionDetails withDutyNoticeDate(LocalDate date) {
        return new TransactionDetails(clientId, direction, jurisdiction, mode, incoterm, reference, parties, portOfLoading,
                portOfDischarge, arrivalDate, declarationDate, releaseDate, date, dutyPaidDate);
    }
}
