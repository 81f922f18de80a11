package org.tradedesk.clearance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tradedesk.clearance.domain.DisputeDeadline;
import org.tradedesk.clearance.domain.DisputeOutcome;
import org.tradedesk.shared.Money;

/**
 * A dispute of a file as pages and the API show it: its details, the steps taken, the evidence, the outcome once
 * decided, and the deadline of every step of the jurisdiction's review route on today's date.
 */
public record DisputeView(long id, long version, long transactionId, DisputeDetails details, List<Step> steps,
        List<Evidence> evidence, Outcome outcome, List<DisputeDeadline> deadlines, String createdBy, Instant createdAt,
        List<org.tradedesk.shared.MessageText> warnings, DisputeAssessment assessment) {

    public DisputeView {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Without the tax engine's assessment of its financial effect. */
    public DisputeView(long id, long version, long transactionId, DisputeDetails details, List<Step> steps, List<Evidence> evidence,
            Outcome outcome, List<DisputeDeadline> deadlines, String createdBy, Instant createdAt,
            List<org.tradedesk.shared.MessageText> warnings) {
        this(id, version, transactionId, details, steps, evidence, outcome, deadlines, createdBy, createdAt, warnings, null);
    }

    /** As stored, before the file's dates are looked at (no warnings yet). */
    public DisputeView(long id, long version, long transactionId, DisputeDetails details, List<Step> steps, List<Evidence> evidence,
            Outcome outcome, List<DisputeDeadline> deadlines, String createdBy, Instant createdAt) {
        this(id, version, transactionId, details, steps, evidence, outcome, deadlines, createdBy, createdAt, List.of());
    }

    public record Step(long id, String stepId, LocalDate filedOn, LocalDate decidedOn, String summary, String recordedBy) {
    }

    /** A document of the file put forward as evidence (its type, name and SHA-256 from the file's documents). */
    public record Evidence(long id, long documentId, String fileName, DocumentType type, String sha256, String note) {
    }

    /** {@code refundByEngine}: the refund is the tax engine's difference ({@link DisputeAssessment}); false: entered by hand. */
    public record Outcome(DisputeOutcome outcome, LocalDate decidedOn, Money refunded, String note, boolean refundByEngine) {

        public Outcome(DisputeOutcome outcome, LocalDate decidedOn, Money refunded, String note) {
            this(outcome, decidedOn, refunded, note, false);
        }

        /** What the client still bears of the amount in dispute. */
        public BigDecimal stillBorne(Money inDispute) {
            return DisputeOutcome.stillBorne(inDispute.amount(), refunded.amount());
        }
    }

    public boolean closed() {
        return outcome != null;
    }

    /** The open deadline due soonest, or null. */
    public DisputeDeadline nextDeadline() {
        return deadlines.stream().filter(DisputeDeadline::open)
                .min(java.util.Comparator.comparing(DisputeDeadline::lastDay)).orElse(null);
    }
}
