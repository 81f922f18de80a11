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

    /** The dispute as every text names it ({@link #named(DisputeDetails)}), never by its id. */
    public org.tradedesk.shared.MessageText named() {
        return named(details);
    }

    /**
     * A dispute as users know it (issue 8: "Dispute 2", our id): the kind of decision and customs' decision reference
     * ("Duty assessment (112-AB-0042)" / 「稅款核定（112-AB-0042）」); without a reference, the kind and the day the notice was
     * received, else the kind alone.
     */
    public static org.tradedesk.shared.MessageText named(DisputeDetails d) {
        org.tradedesk.shared.MessageText.Arg kind = org.tradedesk.shared.MessageText.Arg.code("clearance.dispute.kind." + d.decisionKind());
        if (d.decisionReference() != null && !d.decisionReference().isBlank()) {
            return org.tradedesk.shared.MessageText.of("clearance.dispute.named.reference", kind,
                    org.tradedesk.shared.MessageText.Arg.literal(d.decisionReference().strip()));
        }
        if (d.noticeReceived() != null) {
            return org.tradedesk.shared.MessageText.of("clearance.dispute.named.received", kind,
                    org.tradedesk.shared.MessageText.Arg.date(d.noticeReceived()));
        }
        return org.tradedesk.shared.MessageText.of("clearance.dispute.named.kind", kind);
    }

    /**
     * The dispute's letter as the document set names its file: the kind and customs' decision reference, ASCII-safe
     * ({@code duty-assessment-112-AB-0042-letter.pdf}); without a reference, the kind and its number among the file's
     * disputes ({@code place}, 1 for the first).
     */
    public String letterFileName(int place) {
        String kind = details.decisionKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        String reference = org.tradedesk.clearance.domain.TransactionNames.slug(details.decisionReference());
        return kind + "-" + (reference.isEmpty() ? "dispute-" + place : reference) + "-letter.pdf";
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
