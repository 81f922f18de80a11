package org.tradedesk.clearance.web;

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
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.tradedesk.clearance.AlternativeDetails;
import org.tradedesk.clearance.AlternativeKind;
import org.tradedesk.clearance.ChoiceDetails;
import org.tradedesk.clearance.ClearanceInputInvalid;
import org.tradedesk.clearance.IssueDetails;

/** The page forms of the issue register: raise an issue, add an alternative, record the choice. */
final class IssueForms {

    /** The client's confirmation is typed in Taipei time, as the reports show it. */

    private IssueForms() {
    }

    record IssueForm(@NotBlank @Size(max = 2000) String description, @NotBlank @Size(max = 2000) String implications,
            @NotNull @Min(1) @Max(5) Integer likelihood, @NotNull @Min(1) @Max(5) Integer impact,
            @NotBlank @Size(max = 100) String owner) {

        static IssueForm blank(String owner) {
            return new IssueForm(null, null, 3, 3, owner);
        }

        IssueDetails toDetails() {
            return new IssueDetails(description, implications, likelihood, impact, owner);
        }
    }

    /**
     * An alternative typed on the page: its cost typed whole ({@code costAmount}, as before), or with {@code engine} ticked
     * computed by the tax engine from the file's invoice under the kind's treatment ({@code preference}, {@code tcoNumber} or
     * {@code tcoRate}, {@code freight} and {@code insurance} in the invoice currency, the invoice {@code lines} to claim the
     * preference or TCO on (none ticked: every line the engine offers it for) and an {@code exchangeRate} (empty: the customs
     * rate table's), the same choices as the API's {@code engine}) with one cost entered by hand next to it.
     */
    record AlternativeForm(@NotNull AlternativeKind kind, @NotBlank @Size(max = 2000) String benefits,
            @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal costAmount,
            @Pattern(regexp = "[A-Z]{3}") String costCurrency, @NotBlank @Size(max = 2000) String legalRequirements,
            @NotBlank @Size(max = 2000) String risks, @NotBlank @Size(max = 2000) String riskManagement,
            @NotNull @Min(1) @Max(5) Integer likelihood, @NotNull @Min(1) @Max(5) Integer impact,
            Boolean engine, @Size(max = 40) String preference, @Size(max = 40) String tcoNumber, @Size(max = 200) String tcoRate,
            @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal freight,
            @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal insurance,
            @Size(max = 200) String handCostDescription, @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal handCostAmount,
            @Size(max = 200) java.util.List<@NotNull @Positive Integer> lines,
            @Positive @Digits(integer = 9, fraction = 10) BigDecimal exchangeRate, Boolean costReplacesTaxes) {

        static AlternativeForm blank(String currency) {
            return new AlternativeForm(AlternativeKind.MFN, null, null, currency, null, null, null, 2, 2, null, null, null, null, null,
                    null, null, null, null, null, null);
        }

        /** Whether the invoice line numbered {@code number} is ticked (for the checkboxes kept on an error). */
        public boolean ticked(int number) {
            return lines != null && lines.contains(number);
        }

        AlternativeDetails toDetails() {
            if (!Boolean.TRUE.equals(engine)) {
                if (costAmount == null || costCurrency == null || costCurrency.isBlank()) {
                    String field = costAmount == null ? "costAmount" : "costCurrency";
                    throw new ClearanceInputInvalid(field, "clearance.field.required", field + " is required", field);
                }
                return new AlternativeDetails(kind, benefits, ClearanceInputInvalid.money("costCurrency", costAmount, costCurrency), legalRequirements, risks,
                        riskManagement, likelihood, impact, null, java.util.List.of(), Boolean.TRUE.equals(costReplacesTaxes));
            }
            boolean hand = handCostAmount != null || (handCostDescription != null && !handCostDescription.isBlank());
            if (hand && handCostAmount == null) {
                throw new ClearanceInputInvalid("handCostAmount", "clearance.field.required", "handCostAmount is required", "handCostAmount");
            }
            if (hand && (handCostDescription == null || handCostDescription.isBlank())) {
                throw new ClearanceInputInvalid("handCostDescription", "clearance.field.required", "handCostDescription is required",
                        "handCostDescription");
            }
            if (costAmount != null && (costCurrency == null || costCurrency.isBlank())) {
                // a whole cost typed next to the engine: refused as the service refuses it, without a made-up currency
                throw new ClearanceInputInvalid("costAmount", "clearance.alternative.cost-with-engine",
                        "with an engine computation the costs entered by hand go in handCosts, each with its description");
            }
            return new AlternativeDetails(kind, benefits, costAmount == null ? null : ClearanceInputInvalid.money("costCurrency",
                    costAmount, costCurrency), legalRequirements, risks, riskManagement,
                    likelihood, impact, new AlternativeDetails.EngineTreatment(preference, tcoNumber, tcoRate,
                            lines == null ? java.util.List.of() : lines, freight, insurance, exchangeRate),
                    hand ? java.util.List.of(new AlternativeDetails.HandCost(handCostDescription, handCostAmount)) : java.util.List.of());
        }
    }

    record ChoiceForm(@NotNull Long version, @NotNull @Positive Long alternativeId, @NotBlank @Size(max = 2000) String reasons,
            @NotBlank @Size(max = 1000) String regulationReferences, @NotBlank @Size(max = 200) String confirmedBy,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime confirmedAt) {

        static ChoiceForm blank(long version) {
            return new ChoiceForm(version, null, null, null, null, null);
        }

        /** The time typed is the file's clock time (臺北時間 / Sydney time, named next to the field), not the server's. */
        ChoiceDetails toDetails(ZoneId fileZone) {
            return new ChoiceDetails(alternativeId, reasons, regulationReferences, confirmedBy, confirmedAt.atZone(fileZone).toInstant());
        }
    }
}
