package org.tradedesk.clearance.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.tradedesk.clearance.ClearanceTransaction;
import org.tradedesk.clearance.CustomsParticulars;
import org.tradedesk.clearance.Direction;
import org.tradedesk.clearance.Parties;
import org.tradedesk.clearance.TransactionDetails;
import org.tradedesk.clearance.TransportMode;
import org.tradedesk.clients.ClientId;
import org.tradedesk.platform.validation.DateWindow;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.tariff.Jurisdiction;

/** The new-transaction and edit form; {@code version} is the version the user started from (required to change). */
record TransactionForm(
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
        @DateWindow @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate arrivalDate,
        @DateWindow @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate declarationDate,
        @DateWindow @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate releaseDate,
        @DateWindow @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dutyNoticeDate,
        @DateWindow @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dutyPaidDate,
        @DateWindow @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dutyNoticeReceived,
        @Size(max = 35) String transportDocumentNumber,
        @Size(max = 12) String journeyId,
        @Size(max = 8) String goodsLocation,
        @Size(max = 3) String packageTypeCode,
        @Size(max = 5) String representativeId,
        @Size(max = 3) String importerTypeCode,
        @Size(max = 80) String importerEnglishName,
        @Size(max = 120) String importerAddress,
        @Size(max = 1) String dutyMethodCode,
        Long version) {

    static TransactionForm blank(Long clientId) {
        return blank(clientId, Jurisdiction.TW);
    }

    /** A new file's form for the jurisdiction chosen (t4fixAC 3: its fields only). */
    static TransactionForm blank(Long clientId, Jurisdiction jurisdiction) {
        return new TransactionForm(clientId, Direction.IMPORT, jurisdiction == null ? Jurisdiction.TW : jurisdiction, TransportMode.SEA, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static TransactionForm of(ClearanceTransaction t) {
        TransactionDetails d = t.details();
        Parties p = d.parties();
        CustomsParticulars c = d.customs();
        return new TransactionForm(d.clientId().value(), d.direction(), d.jurisdiction(), d.mode(), d.incoterm(), d.reference(),
                p.importer(), p.exporter(), p.consignee(), p.carrier(), p.broker(), d.portOfLoading(), d.portOfDischarge(),
                d.arrivalDate(), d.declarationDate(), d.releaseDate(), d.dutyNoticeDate(), d.dutyPaidDate(), d.dutyNoticeReceived(),
                c.transportDocumentNumber(), c.journeyId(), c.goodsLocation(), c.packageTypeCode(), c.representativeId(),
                c.importerTypeCode(), c.importerEnglishName(), c.importerAddress(), c.dutyMethodCode(), t.version());
    }

    /**
     * The fields only Taiwan's declaration carries (the single-window particulars and the day the client received the duty
     * notice, 關稅法 第45條): the form shows them for a Taiwan file only (t4fixAC 3), and a file of another jurisdiction is
     * saved without them ({@link #ofItsJurisdiction}).
     */
    static final java.util.Set<String> TAIWAN_ONLY = java.util.Set.of("goodsLocation", "packageTypeCode", "representativeId",
            "importerTypeCode", "importerAddress", "dutyMethodCode", "dutyNoticeReceived");

    /**
     * This form with only the fields of its jurisdiction: what was typed in Taiwan's fields before Australia was chosen (the
     * page without scripts keeps them until it is shown again) is not saved with an Australian file.
     */
    TransactionForm ofItsJurisdiction() {
        if (jurisdiction != Jurisdiction.AU) {
            return this;
        }
        return new TransactionForm(clientId, direction, jurisdiction, mode, incoterm, reference, importer, exporter, consignee, carrier,
                broker, portOfLoading, portOfDischarge, arrivalDate, declarationDate, releaseDate, dutyNoticeDate, dutyPaidDate, null,
                transportDocumentNumber, journeyId, null, null, null, null, importerEnglishName, null, null, version);
    }

    TransactionDetails toDetails() {
        return new TransactionDetails(new ClientId(clientId), direction, jurisdiction, mode, incoterm, text(reference),
                new Parties(text(importer), text(exporter), text(consignee), text(carrier), text(broker)), text(portOfLoading),
                text(portOfDischarge), arrivalDate, declarationDate, releaseDate, dutyNoticeDate, dutyPaidDate,
                dutyNoticeReceived, new CustomsParticulars(text(transportDocumentNumber), text(journeyId), text(goodsLocation), text(packageTypeCode), text(representativeId), text(importerTypeCode), text(importerEnglishName), text(importerAddress), text(dutyMethodCode)));
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
