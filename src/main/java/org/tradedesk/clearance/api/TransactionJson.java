package org.tradedesk.clearance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.tradedesk.clearance.CustomsParticulars;
import org.tradedesk.clearance.Direction;
import org.tradedesk.clearance.DocumentView;
import org.tradedesk.clearance.Parties;
import org.tradedesk.clearance.TransactionStatus;
import org.tradedesk.clearance.TransactionView;
import org.tradedesk.clearance.TransportMode;
import org.tradedesk.clearance.domain.Deadline;
import org.tradedesk.clearance.domain.Retention;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.platform.MessageTextJson.TextInAnswer;
import org.tradedesk.shared.MessageText;
import org.tradedesk.tariff.Jurisdiction;

/** A transaction as the API answers it; names and notes are messages with their text in the caller's language. */
record TransactionJson(long id, long version, long clientId, String clientName, Direction direction, Jurisdiction jurisdiction,
        TransportMode mode, Incoterm incoterm, String reference, Parties parties, String portOfLoading, String portOfDischarge,
        LocalDate arrivalDate, LocalDate declarationDate, LocalDate releaseDate, LocalDate dutyNoticeDate, LocalDate dutyPaidDate,
        LocalDate dutyNoticeReceived, CustomsParticulars customs, TransactionStatus status, Set<TransactionStatus> nextStatuses, boolean readOnly, String createdBy, Instant createdAt,
        Instant closedAt, List<DocumentView> documents, List<DeadlineJson> deadlines, RetentionJson retention,
        List<DocumentView> withdrawnDocuments) {

    /**
     * {@code rolledFrom}: the day the period would have ended, when it fell on a Saturday, Sunday or holiday (else null);
     * {@code countsFrom}: the date of the file {@code from} is ({@code DUTY_NOTICE_RECEIVED} when the duty notice's receipt is
     * on the file, else the rule's anchor: {@code DUTY_NOTICE}, {@code ARRIVAL}…).
     */
    record DeadlineJson(String id, MessageText name, TextInAnswer legalReference, boolean toConfirm, LocalDate from, LocalDate lastDay,
            Deadline.State state, Long daysLeft, LocalDate metOn, MessageText note, LocalDate rolledFrom, String countsFrom) {
    }

    record RetentionJson(int years, String from, LocalDate fromDate, LocalDate keepUntil, boolean ended, TextInAnswer legalReference,
            boolean toConfirm) {
    }

    /** A legal reference in the answer's language, as findings name the law (t4fixAE 1); as written outside an answer. */
    static TextInAnswer cited(MessageText text, String asWritten) {
        return new TextInAnswer(text, asWritten);
    }

    static TransactionJson of(TransactionView v) {
        var t = v.transaction();
        var d = t.details();
        List<DeadlineJson> deadlines = v.deadlines().stream().map(x -> new DeadlineJson(x.rule().id(),
                MessageText.of("clearance.deadline." + x.rule().id()), cited(x.rule().legalText(), x.rule().legalReference()), x.rule().toConfirm(), x.from(),
                x.lastDay(), x.state(), x.daysLeft(), x.metOn(), x.rule().note() == null ? null : MessageText.of(x.rule().note()),
                x.rolled() ? x.roll().from() : null, v.countsFrom(x)))
                .toList();
        Retention r = v.retention();
        RetentionJson retention = new RetentionJson(r.rule().years(), r.fromWhat() == null ? "OPENED" : r.fromWhat().name(),
                r.from(), r.keepUntil(), v.retentionEnded(), cited(r.rule().legalText(), r.rule().legalReference()), r.rule().toConfirm());
        return new TransactionJson(v.id(), t.version(), d.clientId().value(), v.clientName(), d.direction(), d.jurisdiction(),
                d.mode(), d.incoterm(), d.reference(), d.parties(), d.portOfLoading(), d.portOfDischarge(), d.arrivalDate(),
                d.declarationDate(), d.releaseDate(), d.dutyNoticeDate(), d.dutyPaidDate(), d.dutyNoticeReceived(), d.customs(), t.status(), v.nextStatuses(),
                v.readOnly(), t.createdBy(), t.createdAt(), t.closedAt(), v.documents(), deadlines, retention,
                v.withdrawnDocuments());
    }
}
