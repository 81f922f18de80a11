package org.tradedesk.clearance;

import java.time.Instant;
import java.util.List;
import org.tradedesk.clearance.domain.RiskRating;
import org.tradedesk.shared.Money;

/**
 * An issue of a file with its alternatives ranked by {@link org.tradedesk.clearance.domain.AlternativeRanking#RULE}
 * (cost, then risk score, then first recorded; rank 1 is best) and the choice, when made.
 */
public record IssueView(long id, long version, long transactionId, String description, String implications, RiskRating risk,
        String owner, IssueStatus status, List<Alternative> alternatives, Choice choice, String createdBy, Instant createdAt,
        FindingLink finding) {

    /** An issue typed by hand (no finding behind it). */
    public IssueView(long id, long version, long transactionId, String description, String implications, RiskRating risk,
            String owner, IssueStatus status, List<Alternative> alternatives, Choice choice, String createdBy, Instant createdAt) {
        this(id, version, transactionId, description, implications, risk, owner, status, alternatives, choice, createdBy, createdAt,
                null);
    }

    /**
     * The finding of the document checks an issue was opened from (issue 8: findings feed the issue register): its key
     * ({@link org.tradedesk.clearance.domain.Finding#key()}), rule, severity and regulation; the explanation and the
     * implications as message codes with arguments (read in the reader's language). {@code resolvedOn}: set when reading,
     * once the finding is no longer among the file's findings (fixed and re-checked), the day of the change that fixed it
     * ({@link ClearanceIssues#withFindingState}); null while it stands.
     */
    public record FindingLink(String key, String rule, String severity, String regulation,
            org.tradedesk.shared.MessageText explanation, org.tradedesk.shared.MessageText implications,
            java.time.LocalDate resolvedOn) {

        public boolean resolved() {
            return resolvedOn != null;
        }

        /** "Finding resolved on …" in the reader's language; null while the finding stands. */
        public org.tradedesk.shared.MessageText resolvedText() {
            return resolvedOn == null ? null : org.tradedesk.shared.MessageText.of("clearance.issue.finding-resolved",
                    org.tradedesk.shared.MessageText.Arg.date(resolvedOn));
        }

        /**
         * The regulation in the reader's language (t4fixT 5): a {@code law:} code of checks.tsv as its message, a text
         * stored before the codes as it was written; null when none.
         */
        public org.tradedesk.shared.MessageText regulationText() {
            return org.tradedesk.clearance.domain.Regulations.text(regulation);
        }

        public FindingLink resolvedOn(java.time.LocalDate day) {
            return new FindingLink(key, rule, severity, regulation, explanation, implications, day);
        }
    }

    /** The same issue with the state of its finding as read now. */
    public IssueView withFinding(FindingLink link) {
        return new IssueView(id, version, transactionId, description, implications, risk, owner, status, alternatives, choice,
                createdBy, createdAt, link);
    }

    /** The description in the reader's language: the finding's explanation, or the text typed. */
    public org.tradedesk.shared.MessageText descriptionText() {
        return finding != null ? finding.explanation() : org.tradedesk.shared.MessageText.of("clearance.issue.typed", 
                org.tradedesk.shared.MessageText.Arg.literal(description));
    }

    /** The implications in the reader's language: those derived from the finding, or the text typed. */
    public org.tradedesk.shared.MessageText implicationsText() {
        return finding != null ? finding.implications() : org.tradedesk.shared.MessageText.of("clearance.issue.typed",
                org.tradedesk.shared.MessageText.Arg.literal(implications));
    }

    /** {@code costing}: how the cost was reached (the engine's figures and data, the costs entered by hand). */
    public record Alternative(long id, int rank, AlternativeKind kind, String benefits, Money cost, String legalRequirements,
            String risks, String riskManagement, RiskRating risk, AlternativeCosting costing) {

        /** An alternative whose cost was typed by hand. */
        public Alternative(long id, int rank, AlternativeKind kind, String benefits, Money cost, String legalRequirements,
                String risks, String riskManagement, RiskRating risk) {
            this(id, rank, kind, benefits, cost, legalRequirements, risks, riskManagement, risk,
                    AlternativeCosting.typedByHand(cost.currency().value(), cost.amount()));
        }
    }

    public record Choice(long alternativeId, String reasons, String regulationReferences, String confirmedBy, Instant confirmedAt) {
    }

    public Alternative chosen() {
        return choice == null ? null
                : alternatives.stream().filter(a -> a.id() == choice.alternativeId()).findFirst().orElse(null);
    }
}
