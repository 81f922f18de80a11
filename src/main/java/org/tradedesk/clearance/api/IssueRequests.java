package org.tradedesk.clearance.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.tradedesk.clearance.AlternativeDetails;
import org.tradedesk.clearance.AlternativeKind;
import org.tradedesk.clearance.ChoiceDetails;
import org.tradedesk.clearance.IssueDetails;
import org.tradedesk.clearance.IssueView;
import org.tradedesk.shared.Money;

/** The bodies and answers of the issue register API. */
final class IssueRequests {

    private IssueRequests() {
    }

    record IssueRequest(@NotBlank @Size(max = 2000) String description, @NotBlank @Size(max = 2000) String implications,
            @NotNull @Min(1) @Max(5) Integer likelihood, @NotNull @Min(1) @Max(5) Integer impact,
            @NotBlank @Size(max = 100) String owner) {

        IssueDetails toDetails() {
            return new IssueDetails(description, implications, likelihood, impact, owner);
        }
    }

    record AlternativeRequest(@NotNull AlternativeKind kind, @NotBlank @Size(max = 2000) String benefits,
            @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal costAmount,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String costCurrency,
            @NotBlank @Size(max = 2000) String legalRequirements, @NotBlank @Size(max = 2000) String risks,
            @NotBlank @Size(max = 2000) String riskManagement,
            @NotNull @Min(1) @Max(5) Integer likelihood, @NotNull @Min(1) @Max(5) Integer impact) {

        AlternativeDetails toDetails() {
            return new AlternativeDetails(kind, benefits, Money.of(costAmount.toPlainString(), costCurrency), legalRequirements,
                    risks, riskManagement, likelihood, impact);
        }
    }

    record ChoiceRequest(@NotNull @Positive Long alternativeId, @NotNull Long version, @NotBlank @Size(max = 2000) String reasons,
            @NotBlank @Size(max = 1000) String regulationReferences, @NotBlank @Size(max = 200) String confirmedBy,
            @NotNull Instant confirmedAt) {

        ChoiceDetails toDetails() {
            return new ChoiceDetails(alternativeId, reasons, regulationReferences, confirmedBy, confirmedAt);
        }
    }

    record RiskJson(int likelihood, int impact, int score, String level) {
    }

    record AlternativeJson(long id, int rank, AlternativeKind kind, String benefits, BigDecimal costAmount, String costCurrency,
            String legalRequirements, String risks, String riskManagement, RiskJson risk) {
    }

    record ChoiceJson(long alternativeId, String reasons, String regulationReferences, String confirmedBy, Instant confirmedAt) {
    }

    /** An issue as the API answers it: alternatives best first (rank 1), by the rule named in {@code rankingRule}. */
    record IssueJson(long id, long version, String description, String implications, RiskJson risk, String owner, String status,
            String rankingRule, List<AlternativeJson> alternatives, ChoiceJson choice, String createdBy, Instant createdAt) {

        static IssueJson of(IssueView i) {
            return new IssueJson(i.id(), i.version(), i.description(), i.implications(), risk(i.risk()), i.owner(),
                    i.status().name(), "COST_THEN_RISK_SCORE",
                    i.alternatives().stream().map(a -> new AlternativeJson(a.id(), a.rank(), a.kind(), a.benefits(),
                            a.cost().amount(), a.cost().currency().value(), a.legalRequirements(), a.risks(), a.riskManagement(),
                            risk(a.risk()))).toList(),
                    i.choice() == null ? null : new ChoiceJson(i.choice().alternativeId(), i.choice().reasons(),
                            i.choice().regulationReferences(), i.choice().confirmedBy(), i.choice().confirmedAt()),
                    i.createdBy(), i.createdAt());
        }

        private static RiskJson risk(org.tradedesk.clearance.domain.RiskRating r) {
            return new RiskJson(r.likelihood(), r.impact(), r.score(), r.level().name());
        }
    }
}
