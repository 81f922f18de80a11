package org.tradedesk.clearance.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.clearance.ClearanceInputInvalid;
import org.tradedesk.clearance.DisputeDecided;
import org.tradedesk.clearance.DisputeDetails;
import org.tradedesk.clearance.DisputeNotFound;
import org.tradedesk.clearance.DisputeOutcomeDetails;
import org.tradedesk.clearance.DisputeStepDetails;
import org.tradedesk.clearance.DisputeView;
import org.tradedesk.clearance.DocumentNotFound;
import org.tradedesk.clearance.DocumentType;
import org.tradedesk.clearance.StaleDisputeEdit;
import org.tradedesk.clearance.TransactionNotFound;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.Money;
import tools.jackson.databind.json.JsonMapper;

/**
 * The disputes of files on the database. Each change writes its line to the file's history in the same transaction
 * and touches the file (so its version moves). Views come without deadlines: the facade computes them on the day.
 */
@Component
public class DisputeStore {

    /** At most this many disputes per file, and steps and pieces of evidence per dispute. */
    public static final int MAX_DISPUTES = 20;
    public static final int MAX_STEPS = 20;
    public static final int MAX_EVIDENCE = 30;

    private final TransactionRepository transactions;
    private final DocumentRepository documents;
    private final DisputeRepository disputes;
    private final DisputeStepRepository steps;
    private final DisputeEvidenceRepository evidence;
    private final HistoryRepository history;
    private final JsonMapper json;
    private final TransactionStore files;

    DisputeStore(TransactionRepository transactions, DocumentRepository documents, DisputeRepository disputes,
            DisputeStepRepository steps, DisputeEvidenceRepository evidence, HistoryRepository history, JsonMapper json,
            TransactionStore files) {
        this.files = files;
        this.transactions = transactions;
        this.documents = documents;
        this.disputes = disputes;
        this.steps = steps;
        this.evidence = evidence;
        this.history = history;
        this.json = json;
    }

    /**
     * A customs decision reference as the duplicate check compares it (README: spaces and case aside): NFKC (full-width
     * digits and letters as ASCII), every whitespace removed — ASCII, the ideographic space U+3000 and the no-break spaces
     * — and case folded, so 「高關稅字第 1150001號」 is 「高關稅字第1150001號」 (acceptance review, issue 8).
     */
    public static String referenceKey(String reference) {
        if (reference == null) {
            return "";
        }
        String n = java.text.Normalizer.normalize(reference, java.text.Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(n.length());
        n.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != 0x200B && cp != 0xFEFF)
                .forEach(out::appendCodePoint);
        return out.toString().toLowerCase(java.util.Locale.ROOT);
    }

    @Transactional
    public DisputeView open(long transactionId, DisputeDetails d, String user, Instant now) {
        // one dispute per customs decision (acceptance review: the same POST twice opened two disputes, each with its own
        // deadlines and reminders): the file's row is locked first, so a second request on another instance waits and then
        // sees the first one's dispute here, and is refused naming it (409)
        files.lockRow(transactionId);
        String reference = d.decisionReference() == null ? "" : d.decisionReference().strip();
        String key = referenceKey(reference);
        for (DisputeEntity existing : disputes.findByTransactionIdOrderByIdAsc(transactionId, PageRequest.of(0, MAX_DISPUTES))) {
            if (existing.decisionReference() != null && referenceKey(existing.decisionReference()).equals(key)) {
                throw new org.tradedesk.shared.TradedeskException(org.tradedesk.shared.TradedeskException.Kind.CONFLICT,
                        MessageText.of("clearance.dispute.duplicate", named(existing), MessageText.Arg.literal(reference)),
                        "transaction " + transactionId + " has dispute " + existing.id() + " on decision " + reference);
            }
        }
        touchFile(transactionId, now);
        if (disputes.countByTransactionId(transactionId) >= MAX_DISPUTES) {
            throw new ClearanceInputInvalid("decisionReference", "clearance.dispute.too-many",
                    "a clearance transaction holds at most " + MAX_DISPUTES + " disputes", String.valueOf(MAX_DISPUTES));
        }
        DisputeEntity saved = disputes.saveAndFlush(new DisputeEntity(transactionId, d.decisionKind(), d.decisionReference(),
                d.decisionSummary(), d.noticeReceived(), d.paidOn(), d.amountInDispute().amount(),
                d.amountInDispute().currency().value(), d.clientNeeds(), user, now));
        record(transactionId, user, now, MessageText.of("clearance.history.dispute-opened", named(saved),
                MessageText.Arg.code("clearance.dispute.kind." + d.decisionKind()), MessageText.Arg.literal(d.decisionReference()),
                org.tradedesk.clearance.domain.MoneyCodes.taxAmount(d.amountInDispute())));
        return view(saved, List.of(), List.of());
    }

    @Transactional(readOnly = true)
    public List<DisputeView> disputes(long transactionId) {
        return views(disputes.findByTransactionIdOrderByIdAsc(transactionId, PageRequest.of(0, MAX_DISPUTES)));
    }

    /** Undecided disputes of the given files, oldest first (for the work queue). */
    @Transactional(readOnly = true)
    public List<DisputeView> undecided(java.util.Collection<Long> transactionIds, int limit) {
        if (transactionIds.isEmpty()) {
            return List.of();
        }
        return views(disputes.findByTransactionIdInAndOutcomeIsNullOrderByIdAsc(transactionIds, PageRequest.of(0, limit)));
    }

    @Transactional(readOnly = true)
    public DisputeView dispute(long transactionId, long disputeId) {
        return views(List.of(load(transactionId, disputeId))).get(0);
    }

    @Transactional
    public DisputeView addStep(long transactionId, long disputeId, long expectedVersion, DisputeStepDetails s, String user,
            Instant now) {
        DisputeEntity d = load(transactionId, disputeId, expectedVersion);
        d.touch(now);
        if (steps.countByDisputeId(disputeId) >= MAX_STEPS) {
            throw new ClearanceInputInvalid("stepId", "clearance.dispute.steps.too-many",
                    "a dispute holds at most " + MAX_STEPS + " steps", String.valueOf(MAX_STEPS));
        }
        disputes.saveAndFlush(d);
        steps.saveAndFlush(new DisputeStepEntity(disputeId, s.stepId(), s.filedOn(), s.decidedOn(), s.summary(), user, now));
        touchFile(transactionId, now);
        record(transactionId, user, now, MessageText.of("clearance.history.dispute-step", named(d),
                MessageText.Arg.code("clearance.dispute.step." + s.stepId()), MessageText.Arg.date(s.filedOn())));
        return dispute(transactionId, disputeId);
    }

    @Transactional
    public DisputeView addEvidence(long transactionId, long disputeId, long expectedVersion, long documentId, String note,
            String user, Instant now) {
        DisputeEntity d = load(transactionId, disputeId, expectedVersion);
        d.touch(now);
        Object[] document = documentRow(transactionId, documentId);
        if (evidence.countByDisputeId(disputeId) >= MAX_EVIDENCE) {
            throw new ClearanceInputInvalid("documentId", "clearance.dispute.evidence.too-many",
                    "a dispute holds at most " + MAX_EVIDENCE + " pieces of evidence", String.valueOf(MAX_EVIDENCE));
        }
        boolean already = evidence.findByDisputeIdInOrderByIdAsc(List.of(disputeId)).stream()
                .anyMatch(e -> e.documentId() == documentId);
        if (already) {
            throw new ClearanceInputInvalid("documentId", "clearance.dispute.evidence.already",
                    "document " + documentId + " is already evidence of dispute " + disputeId, files.documentNamed(transactionId, documentId));
        }
        disputes.saveAndFlush(d);
        evidence.saveAndFlush(new DisputeEvidenceEntity(disputeId, documentId, note, user, now));
        touchFile(transactionId, now);
        // an invoice typed by hand has no file: the history names it by its type
        record(transactionId, user, now, MessageText.of("clearance.history.dispute-evidence", named(d),
                document[3] == null ? MessageText.Arg.code("clearance.document.type." + ((DocumentType) document[2]).name())
                        : MessageText.Arg.literal((String) document[3])));
        return dispute(transactionId, disputeId);
    }

    /**
     * Records the tax engine's assessment of the dispute's financial effect (replacing one recorded before), with its line in
     * the file's history: the difference and where it comes from.
     */
    @Transactional
    public DisputeView assess(long transactionId, long disputeId, long expectedVersion,
            org.tradedesk.clearance.DisputeAssessment a, String user, Instant now) {
        DisputeEntity d = load(transactionId, disputeId, expectedVersion);
        d.assess(json.writeValueAsString(a), now);
        disputes.saveAndFlush(d);
        touchFile(transactionId, now);
        record(transactionId, user, now, MessageText.of("clearance.history.dispute-assessed", named(d),
                MessageText.Arg.message(a.effect()), MessageText.Arg.message(a.historySource())));
        return dispute(transactionId, disputeId);
    }

    @Transactional
    public DisputeView decide(long transactionId, long disputeId, long expectedVersion, DisputeOutcomeDetails o, String user,
            Instant now) {
        return decide(transactionId, disputeId, expectedVersion, o, false, user, now);
    }

    /** Records the outcome; {@code refundByEngine}: the refund is the engine's difference, not entered by hand. */
    @Transactional
    public DisputeView decide(long transactionId, long disputeId, long expectedVersion, DisputeOutcomeDetails o, boolean refundByEngine,
            String user, Instant now) {
        DisputeEntity d = load(transactionId, disputeId, expectedVersion);
        d.decide(o.outcome(), o.decidedOn(), o.refunded().amount(), refundByEngine, o.note(), now);
        disputes.saveAndFlush(d);
        touchFile(transactionId, now);
        record(transactionId, user, now, MessageText.of("clearance.history.dispute-decided", named(d),
                MessageText.Arg.code("clearance.dispute.outcome." + o.outcome()), org.tradedesk.clearance.domain.MoneyCodes.taxAmount(o.refunded())));
        return dispute(transactionId, disputeId);
    }

    private List<DisputeView> views(List<DisputeEntity> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(DisputeEntity::id).toList();
        Map<Long, List<DisputeStepEntity>> stepsOf = new HashMap<>(steps.findByDisputeIdInOrderByIdAsc(ids).stream()
                .collect(Collectors.groupingBy(DisputeStepEntity::disputeId)));
        Map<Long, List<DisputeEvidenceEntity>> evidenceOf = new HashMap<>(evidence.findByDisputeIdInOrderByIdAsc(ids).stream()
                .collect(Collectors.groupingBy(DisputeEvidenceEntity::disputeId)));
        List<DisputeView> out = new ArrayList<>();
        for (DisputeEntity d : found) {
            out.add(view(d, stepsOf.getOrDefault(d.id(), List.of()), evidenceOf.getOrDefault(d.id(), List.of())));
        }
        return out;
    }

    private DisputeView view(DisputeEntity d, List<DisputeStepEntity> stepList, List<DisputeEvidenceEntity> evidenceList) {
        CurrencyCode currency = CurrencyCode.of(d.currency());
        Map<Long, Object[]> docs = new HashMap<>();
        if (!evidenceList.isEmpty()) {
            for (Object[] row : documents.listing(d.transactionId())) {
                docs.put((Long) row[0], row);
            }
        }
        List<DisputeView.Evidence> ev = new ArrayList<>();
        for (DisputeEvidenceEntity e : evidenceList) {
            Object[] row = docs.get(e.documentId());
            ev.add(new DisputeView.Evidence(e.id(), e.documentId(), row == null ? "?" : (String) row[3],
                    row == null ? DocumentType.OTHER : (DocumentType) row[2], row == null ? "" : (String) row[6], e.note()));
        }
        DisputeView.Outcome outcome = d.outcome() == null ? null
                : new DisputeView.Outcome(d.outcome(), d.outcomeDecidedOn(), Money.of(scale(d.refundedAmount()), currency),
                        d.outcomeNote(), d.refundByEngine());
        return new DisputeView(d.id(), d.version(), d.transactionId(),
                new DisputeDetails(d.decisionKind(), d.decisionReference(), d.decisionSummary(), d.noticeReceived(), d.paidOn(),
                        Money.of(scale(d.amount()), currency), d.clientNeeds()),
                stepList.stream().map(s -> new DisputeView.Step(s.id(), s.stepId(), s.filedOn(), s.decidedOn(), s.summary(),
                        s.recordedBy())).toList(),
                List.copyOf(ev), outcome, List.of(), d.createdBy(), d.createdAt(), List.of(),
                d.assessment() == null ? null : json.readValue(d.assessment(), org.tradedesk.clearance.DisputeAssessment.class));
    }

    private static BigDecimal scale(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private Object[] documentRow(long transactionId, long documentId) {
        for (Object[] row : documents.listing(transactionId)) {
            if (((Long) row[0]) == documentId) {
                return row;
            }
        }
        if (!documents.naming(transactionId, documentId).isEmpty()) {
            // on the file but withdrawn (T4 review r-t4c 12: it was answered "the file has no such document")
            throw new ClearanceInputInvalid("documentId", "clearance.dispute.evidence.withdrawn",
                    "document " + documentId + " is withdrawn", files.documentNamed(transactionId, documentId));
        }
        throw DocumentNotFound.forIds(transactionId, documentId);
    }

    private void touchFile(long transactionId, Instant now) {
        TransactionEntity t = transactions.findById(transactionId).orElseThrow(() -> TransactionNotFound.forId(transactionId));
        t.touch(now);
        transactions.saveAndFlush(t);
    }

    private DisputeEntity load(long transactionId, long disputeId) {
        return disputes.findByIdAndTransactionId(disputeId, transactionId)
                .orElseThrow(() -> DisputeNotFound.forIds(transactionId, disputeId));
    }

    private DisputeEntity load(long transactionId, long disputeId, long expectedVersion) {
        DisputeEntity d = load(transactionId, disputeId);
        if (d.outcome() != null) {
            throw new DisputeDecided(disputeId, d.decisionKind(), d.decisionReference());
        }
        if (d.version() != expectedVersion) {
            throw new StaleDisputeEdit(disputeId, expectedVersion, d.version());
        }
        return d;
    }

    /**
     * The dispute as its history lines name it (issue 8 re-review F3: "Dispute 2", our id): the kind and customs' decision
     * reference, as {@link DisputeView#named(DisputeDetails)}.
     */
    static MessageText.Arg named(DisputeEntity d) {
        return MessageText.Arg.message(DisputeView.named(
                new DisputeDetails(d.decisionKind(), d.decisionReference(), null, d.noticeReceived(), null, null, null)));
    }

    private void record(long transactionId, String user, Instant now, MessageText line) {
        history.save(new HistoryEntity(transactionId, now, user, line.code(), json.writeValueAsString(line.args())));
    }
}
