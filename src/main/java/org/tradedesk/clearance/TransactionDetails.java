package org.tradedesk.clearance;

import java.time.LocalDate;
import org.tradedesk.clients.ClientId;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.tariff.Jurisdiction;

/**
 * What a coordinator writes on the file of one shipment. {@code reference} is the desk's own reference
 * (or the B/L or AWB number); the dates drive the deadlines and the retention period. The duty notice
 * (稅款繳納證 / notice of assessment) and payment dates start the payment, review and refund periods; the day the client
 * RECEIVED the duty notice ({@code dutyNoticeReceived}), when known, is the one those periods count from (關稅法 第45條:
 * 復查 within 30 days from the day after the 稅款繳納證 is received; 第43條: payment within 14 days after it is served).
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
        LocalDate dutyPaidDate,
        LocalDate dutyNoticeReceived,
        CustomsParticulars customs) {

    public TransactionDetails {
        parties = parties == null ? Parties.none() : parties;
        customs = customs == null ? CustomsParticulars.none() : customs;
    }

    /** Without the customs particulars (none recorded). */
    public TransactionDetails(ClientId clientId, Direction direction, Jurisdiction jurisdiction, TransportMode mode, Incoterm incoterm,
            String reference, Parties parties, String portOfLoading, String portOfDischarge, LocalDate arrivalDate,
            LocalDate declarationDate, LocalDate releaseDate, LocalDate dutyNoticeDate, LocalDate dutyPaidDate, LocalDate dutyNoticeReceived) {
        this(clientId, direction, jurisdiction, mode, incoterm, reference, parties, portOfLoading, portOfDischarge, arrivalDate,
                declarationDate, releaseDate, dutyNoticeDate, dutyPaidDate, dutyNoticeReceived, null);
    }

    /** Without the day the duty notice was received (not known). */
    public TransactionDetails(ClientId clientId, Direction direction, Jurisdiction jurisdiction, TransportMode mode, Incoterm incoterm,
            String reference, Parties parties, String portOfLoading, String portOfDischarge, LocalDate arrivalDate,
            LocalDate declarationDate, LocalDate releaseDate, LocalDate dutyNoticeDate, LocalDate dutyPaidDate) {
        this(clientId, direction, jurisdiction, mode, incoterm, reference, parties, portOfLoading, portOfDischarge, arrivalDate,
                declarationDate, releaseDate, dutyNoticeDate, dutyPaidDate, null, null);
    }

    TransactionDetails withDeclarationDate(LocalDate date) {
        return new TransactionDetails(clientId, direction, jurisdiction, mode, incoterm, reference, parties, portOfLoading,
                portOfDischarge, arrivalDate, date, releaseDate, dutyNoticeDate, dutyPaidDate, dutyNoticeReceived, customs);
    }

    TransactionDetails withReleaseDate(LocalDate date) {
        return new TransactionDetails(clientId, direction, jurisdiction, mode, incoterm, reference, parties, portOfLoading,
                portOfDischarge, arrivalDate, declarationDate, date, dutyNoticeDate, dutyPaidDate, dutyNoticeReceived, customs);
    }

    TransactionDetails withDutyNoticeDate(LocalDate date) {
        return new TransactionDetails(clientId, direction, jurisdiction, mode, incoterm, reference, parties, portOfLoading,
                portOfDischarge, arrivalDate, declarationDate, releaseDate, date, dutyPaidDate, dutyNoticeReceived, customs);
    }
}
