package org.tradedesk.clearance.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.tradedesk.clearance.ClearanceTransaction;
import org.tradedesk.clearance.Direction;
import org.tradedesk.clearance.Parties;
import org.tradedesk.clearance.TransactionClosed;
import org.tradedesk.clearance.TransactionDetails;
import org.tradedesk.clearance.TransactionId;
import org.tradedesk.clearance.TransactionStatus;
import org.tradedesk.clearance.TransportMode;
import org.tradedesk.clients.ClientId;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.tariff.Jurisdiction;

/**
 * The clearance transaction aggregate: no setters; every change goes through a guarded method that refuses
 * a closed file, and touches {@code updatedAt} so the optimistic-lock version moves with every change
 * (documents and captures included).
 */
@Entity
@Table(name = "clearance_transaction")
class TransactionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    private Direction direction;
    @Enumerated(EnumType.STRING)
    private Jurisdiction jurisdiction;
    @Enumerated(EnumType.STRING)
    @Column(name = "transport_mode")
    private TransportMode mode;
    @Enumerated(EnumType.STRING)
    private Incoterm incoterm;
    private String reference;
    private String importer;
    private String exporter;
    private String consignee;
    private String carrier;
    private String broker;
    @Column(name = "port_of_loading")
    private String portOfLoading;
    @Column(name = "port_of_discharge")
    private String portOfDischarge;
    @Column(name = "arrival_date")
    private LocalDate arrivalDate;
    @Column(name = "declaration_date")
    private LocalDate declarationDate;
    @Column(name = "release_date")
    private LocalDate releaseDate;
    @Column(name = "duty_notice_date")
    private LocalDate dutyNoticeDate;
    @Column(name = "duty_paid_date")
    private LocalDate dutyPaidDate;
    @Column(name = "duty_notice_received")
    private LocalDate dutyNoticeReceived;
    @Column(name = "transport_document_number")
    private String transportDocumentNumber;
    @Column(name = "journey_id")
    private String journeyId;
    @Column(name = "goods_location")
    private String goodsLocation;
    @Column(name = "package_type_code")
    private String packageTypeCode;
    @Column(name = "representative_id")
    private String representativeId;
    @Column(name = "importer_type_code")
    private String importerTypeCode;
    @Column(name = "importer_english_name")
    private String importerEnglishName;
    @Column(name = "importer_address")
    private String importerAddress;
    @Column(name = "duty_method_code")
    private String dutyMethodCode;

    @Enumerated(EnumType.STRING)
    private TransactionStatus status;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "documents_requested_on")
    private LocalDate documentsRequestedOn;
    @Column(name = "documents_due")
    private LocalDate documentsDue;
    @Column(name = "documents_supplied_on")
    private LocalDate documentsSuppliedOn;

    protected TransactionEntity() {
    }

    TransactionEntity(TransactionDetails details, String user, Instant now) {
        this.clientId = details.clientId().value();
        this.status = TransactionStatus.DRAFT;
        this.createdBy = user;
        this.createdAt = now;
        this.updatedAt = now;
        apply(details);
    }

    void refuseIfClosed() {
        if (status.readOnly()) {
            throw TransactionClosed.ofReference(reference, id);
        }
    }

    /** The client of a file never changes (its records belong to that client). */
    void change(TransactionDetails details, Instant now) {
        refuseIfClosed();
        apply(details);
        updatedAt = now;
    }

    void moveTo(TransactionStatus target, Instant now) {
        refuseIfClosed();
        status = status.moveTo(target);
        updatedAt = now;
        if (target == TransactionStatus.CLOSED) {
            closedAt = now;
        }
    }

    /**
     * Customs asked for documents on {@code requestedOn}, to be supplied by {@code due} (N5107 補辦期限, as customs wrote
     * it); a later request replaces an earlier one, met or not. Not a new request, so false and nothing changes: a notice
     * older than the request the file has (recorded late); the same request again (the same day and 補辦期限, a notice sent
     * again — a met request stays met); a notice dated on or before the day customs moved on (its duty notice) or the
     * request was met.
     */
    boolean documentsRequested(LocalDate requestedOn, LocalDate due, Instant now) {
        refuseIfClosed();
        if (documentsRequestedOn != null && (requestedOn.isBefore(documentsRequestedOn)
                || requestedOn.equals(documentsRequestedOn) && java.util.Objects.equals(due, documentsDue))) {
            return false;
        }
        if (dutyNoticeDate != null && !requestedOn.isAfter(dutyNoticeDate)
                || documentsSuppliedOn != null && !requestedOn.isAfter(documentsSuppliedOn)) {
            return false;
        }
        documentsRequestedOn = requestedOn;
        documentsDue = due;
        documentsSuppliedOn = null;
        updatedAt = now;
        return true;
    }

    LocalDate documentsRequestedOn() {
        return documentsRequestedOn;
    }

    LocalDate documentsSuppliedOn() {
        return documentsSuppliedOn;
    }

    /** A document that met the request was withdrawn and nothing else meets it: the request is open again. */
    void documentsReopened(Instant now) {
        refuseIfClosed();
        documentsSuppliedOn = null;
        updatedAt = now;
    }

    /**
     * Customs' request for documents is met on {@code day} (not before the request): true when it was open and is now met.
     * A closed file keeps what it has.
     */
    boolean documentsMet(LocalDate day) {
        if (status.readOnly() || documentsRequestedOn == null || documentsSuppliedOn != null || day == null) {
            return false;
        }
        documentsSuppliedOn = day.isBefore(documentsRequestedOn) ? documentsRequestedOn : day;
        return true;
    }

    LocalDate documentsDue() {
        return documentsDue;
    }

    /** A document was added or its captured data changed: the file changed. */
    void touch(Instant now) {
        refuseIfClosed();
        updatedAt = now;
    }

    private void apply(TransactionDetails d) {
        direction = d.direction();
        jurisdiction = d.jurisdiction();
        mode = d.mode();
        incoterm = d.incoterm();
        reference = d.reference();
        importer = d.parties().importer();
        exporter = d.parties().exporter();
        consignee = d.parties().consignee();
        carrier = d.parties().carrier();
        broker = d.parties().broker();
        portOfLoading = d.portOfLoading();
        portOfDischarge = d.portOfDischarge();
        arrivalDate = d.arrivalDate();
        declarationDate = d.declarationDate();
        releaseDate = d.releaseDate();
        dutyNoticeDate = d.dutyNoticeDate();
        dutyPaidDate = d.dutyPaidDate();
        dutyNoticeReceived = d.dutyNoticeReceived();
        org.tradedesk.clearance.CustomsParticulars c = d.customs();
        transportDocumentNumber = c.transportDocumentNumber();
        journeyId = c.journeyId();
        goodsLocation = c.goodsLocation();
        packageTypeCode = c.packageTypeCode();
        representativeId = c.representativeId();
        importerTypeCode = c.importerTypeCode();
        importerEnglishName = c.importerEnglishName();
        importerAddress = c.importerAddress();
        dutyMethodCode = c.dutyMethodCode();
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    long clientId() {
        return clientId;
    }

    TransactionStatus status() {
        return status;
    }

    TransactionDetails details() {
        return new TransactionDetails(new ClientId(clientId), direction, jurisdiction, mode, incoterm, reference,
                new Parties(importer, exporter, consignee, carrier, broker), portOfLoading, portOfDischarge, arrivalDate,
                declarationDate, releaseDate, dutyNoticeDate, dutyPaidDate, dutyNoticeReceived,
                new org.tradedesk.clearance.CustomsParticulars(transportDocumentNumber, journeyId, goodsLocation, packageTypeCode,
                        representativeId, importerTypeCode, importerEnglishName, importerAddress, dutyMethodCode));
    }

    ClearanceTransaction toRecord() {
        return new ClearanceTransaction(new TransactionId(id), version, details(), status, createdBy, createdAt, updatedAt,
                closedAt, documentsRequestedOn, documentsDue, documentsSuppliedOn);
    }
}
