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
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
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

    /**
     * An alternative: either {@code costAmount} + {@code costCurrency} typed by hand (as before), or {@code engine} to have the
     * tax engine compute the duties and taxes from the file's invoice under the alternative's treatment, with
     * {@code handCosts} (storage, freight, handling…) added, each with its description, in the local currency.
     */
    record AlternativeRequest(@NotNull AlternativeKind kind, @NotBlank @Size(max = 2000) String benefits,
            @Schema(description = "The whole cost typed by hand (recorded as entered by hand); leave out with engine")
            @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal costAmount,
            @Pattern(regexp = "[A-Z]{3}") String costCurrency,
            @NotBlank @Size(max = 2000) String legalRequirements, @NotBlank @Size(max = 2000) String risks,
            @NotBlank @Size(max = 2000) String riskManagement,
            @NotNull @Min(1) @Max(5) Integer likelihood, @NotNull @Min(1) @Max(5) Integer impact,
            @Schema(description = "Compute the duties and taxes with the tax engine from the file's commercial invoice under the "
                    + "alternative's treatment: MFN general rate; FTA_PREFERENCE the preference named (only one the engine offers "
                    + "for the origin; refused otherwise); TCO the concession with its number (AU: Free) or, where the engine has "
                    + "no TCO data, a rate typed by hand (tcoRate, marked) or no engine figure (handCosts only); BONDED_STORAGE the "
                    + "general-rate figures, deferred; RE_EXPORT none payable")
            @Valid EngineRequest engine,
            @Schema(description = "Costs entered by hand next to the engine's figures (storage, freight, handling), each with "
                    + "its description, in the local currency")
            @Size(max = 10) List<@NotNull @Valid HandCostRequest> handCosts,
            @Schema(description = "Without engine: true when costAmount is the alternative's whole cost, duty and tax included; "
                    + "false or left out: costAmount is an extra cost on top of the duty and tax the current declaration computes "
                    + "(added to it, so alternatives are ranked on comparable totals)")
            Boolean costReplacesTaxes) {

        /**
         * The details whatever is wrong with the cost typed by hand (t4fixK 3: the other checks still run): its refusal
         * goes to {@code problems}, the cost left out.
         */
        AlternativeDetails toDetails(List<org.tradedesk.clearance.ClearanceInputInvalid> problems) {
            try {
                return toDetails();
            } catch (org.tradedesk.clearance.ClearanceInputInvalid e) {
                problems.add(e);
                return details(null);
            }
        }

        AlternativeDetails toDetails() {
            if (engine == null && (costAmount == null || costCurrency == null)) {
                throw new org.tradedesk.clearance.ClearanceInputInvalid(costAmount == null ? "costAmount" : "costCurrency",
                        "clearance.field.required", (costAmount == null ? "costAmount" : "costCurrency") + " is required",
                        costAmount == null ? "costAmount" : "costCurrency");
            }
            Money cost = costAmount == null ? null
                    : org.tradedesk.clearance.ClearanceInputInvalid.money("costCurrency", costAmount, costCurrency == null ? "" : costCurrency);
            return details(cost);
        }

        private AlternativeDetails details(Money cost) {
            // likelihood, impact or a hand cost left out: bean validation names them; the other checks still run (t4fixK 3)
            return new AlternativeDetails(kind, benefits, cost, legalRequirements, risks, riskManagement,
                    likelihood == null ? 0 : likelihood, impact == null ? 0 : impact, engine == null ? null : engine.toTreatment(),
                    handCosts == null ? List.of() : handCosts.stream()
                            .filter(java.util.Objects::nonNull)
                            .map(h -> new AlternativeDetails.HandCost(h.description(), h.amount())).toList(), Boolean.TRUE.equals(costReplacesTaxes));
        }
    }

    /** What the tax engine is asked for an alternative (see {@link AlternativeDetails.EngineTreatment}). */
    record EngineRequest(
            @Schema(description = "FTA_PREFERENCE: the preference scheme (e.g. JAEPA, ChAFTA, ECFA code) among those the engine offers")
            @Size(max = 40) String preference,
            @Schema(description = "TCO: the Tariff Concession Order number (AU)") @Size(max = 40) String tcoNumber,
            @Schema(description = "TCO where the engine has no TCO data: the concession's rate typed by hand, e.g. 0%")
            @Size(max = 200) String tcoRate,
            @Schema(description = "The invoice line numbers the preference or concession is claimed on; all when left out")
            @Size(max = 200) List<@NotNull @Positive Integer> lines,
            @Schema(description = "Freight in the invoice currency, as a declaration draft takes it")
            @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal freight,
            @Schema(description = "Insurance in the invoice currency") @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal insurance,
            @Schema(description = "Local currency per one unit of the invoice currency; the customs rate table's when left out")
            @Positive @Digits(integer = 9, fraction = 10) BigDecimal exchangeRate) {

        AlternativeDetails.EngineTreatment toTreatment() {
            return new AlternativeDetails.EngineTreatment(preference, tcoNumber, tcoRate, lines, freight, insurance, exchangeRate);
        }
    }

    record HandCostRequest(@NotBlank @Size(max = 200) String description,
            @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal amount) {
    }

    record ChoiceRequest(@NotNull @Positive Long alternativeId, @NotNull Long version, @NotBlank @Size(max = 2000) String reasons,
            @NotBlank @Size(max = 1000) String regulationReferences, @NotBlank @Size(max = 200) String confirmedBy,
            @NotNull Instant confirmedAt) {

        ChoiceDetails toDetails() {
            return new ChoiceDetails(alternativeId, reasons, regulationReferences, confirmedBy, confirmedAt);
        }
    }

    /**
     * An issue opened from a finding ({@code …/issues/from-finding}): the finding's key as {@code …/findings} gives it; the
     * owner (the user when left out); likelihood and impact 1 to 5, suggested from the severity when left out (ERROR 4 × 4,
     * WARNING 3 × 3, INFO 2 × 2).
     */
    record FindingIssueRequest(@NotBlank @Size(max = 1000) String findingKey, @Size(max = 100) String owner,
            @Min(1) @Max(5) Integer likelihood, @Min(1) @Max(5) Integer impact) {
    }

    /**
     * The finding an issue was opened from: its key, rule (id) and its name in the reader's language, severity and regulation; {@code resolved} once it is no longer
     * among the file's findings, with the day ({@code resolvedOn}, of the change that fixed it) and the sentence saying so.
     */
    record FindingLinkJson(String key, String rule, String ruleName, String severity, String regulation, boolean resolved,
            java.time.LocalDate resolvedOn, String resolvedText) {
    }

    record RiskJson(int likelihood, int impact, int score, String level) {
    }

    /** {@code costAmount}: the total the ranking uses (engine + hand); {@code costing}: how it was reached. */
    record AlternativeJson(long id, int rank, AlternativeKind kind, String benefits, BigDecimal costAmount, String costCurrency,
            String legalRequirements, String risks, String riskManagement, RiskJson risk, CostingJson costing) {
    }

    /**
     * How an alternative's cost was reached: {@code engineTotal} (null when the engine was not used) with its
     * {@code engineSource} ("computed by the tax engine on … (data: …)"), the engine's {@code taxes} (base, rate, amount),
     * the {@code dataVersions} it used, {@code treatment} (what it was asked, with the law's reason where no figure is
     * payable), and apart from them the {@code handCosts} entered by hand ({@code handSource}).
     */
    record CostingJson(BigDecimal engineTotal, java.time.LocalDate calculatedFor, Instant calculatedAt, String engineSource,
            boolean rateEnteredByHand, String treatment, List<TaxJson> taxes, List<String> dataVersions, BigDecimal handTotal,
            String handSource, List<HandCostJson> handCosts, BigDecimal total, String currency) {
    }

    /** One tax of the engine's costing; {@code rate} as the reader reads it ("Free" in English, 免稅 in zh-TW). */
    record TaxJson(String code, String label, BigDecimal base, String rate, BigDecimal amount) {
    }

    record HandCostJson(String description, BigDecimal amount) {
    }

    record ChoiceJson(long alternativeId, String reasons, String regulationReferences, String confirmedBy, Instant confirmedAt) {
    }

    /** An issue as the API answers it: alternatives best first (rank 1), by the rule named in {@code rankingRule}. */
    record IssueJson(long id, long version, String description, String implications, RiskJson risk, String owner, String status,
            String rankingRule, List<AlternativeJson> alternatives, ChoiceJson choice, String createdBy, Instant createdAt,
            FindingLinkJson finding) {

        static IssueJson of(IssueView i, org.tradedesk.platform.MessageTexts texts, java.util.Locale locale) {
            return new IssueJson(i.id(), i.version(), texts.render(i.descriptionText(), locale), texts.render(i.implicationsText(), locale),
                    risk(i.risk()), i.owner(),
                    i.status().name(), "COST_THEN_RISK_SCORE",
                    i.alternatives().stream().map(a -> new AlternativeJson(a.id(), a.rank(), a.kind(), a.benefits(),
                            a.cost().amount(), a.cost().currency().value(), a.legalRequirements(), a.risks(), a.riskManagement(),
                            risk(a.risk()), costing(a.costing(), texts, locale))).toList(),
                    i.choice() == null ? null : new ChoiceJson(i.choice().alternativeId(), i.choice().reasons(),
                            i.choice().regulationReferences(), i.choice().confirmedBy(), i.choice().confirmedAt()),
                    i.createdBy(), i.createdAt(), i.finding() == null ? null : new FindingLinkJson(i.finding().key(),
                            i.finding().rule(), texts.render(org.tradedesk.clearance.domain.FindingNames.rule(i.finding().rule()), locale),
                            i.finding().severity(), i.finding().regulationText() == null ? null
                                    : texts.render(i.finding().regulationText(), locale), i.finding().resolved(),
                            i.finding().resolvedOn(), i.finding().resolved() ? texts.render(i.finding().resolvedText(), locale) : null));
        }

        private static CostingJson costing(org.tradedesk.clearance.AlternativeCosting c, org.tradedesk.platform.MessageTexts texts,
                java.util.Locale locale) {
            return new CostingJson(c.engineTotal(), c.engineDate(), c.calculatedAt(),
                    c.engineSource() == null ? null : texts.render(c.engineSource(), locale), c.handRate(),
                    c.treatment() == null ? null : texts.render(c.treatment(), locale),
                    c.taxes().stream().map(t -> new TaxJson(t.code(), t.label() == null ? texts.render(org.tradedesk.shared.MessageText.of("clearance.as-named", org.tradedesk.clearance.messages.DutyNoticeCheck.taxType(t.code())), locale) : t.label().in(locale), t.base(),
                            t.rate() == null ? null : texts.render(t.rateText(), locale), t.amount())).toList(),
                    c.dataVersions().stream().map(m -> texts.render(m, locale)).toList(), c.handTotal(),
                    c.handCosts().isEmpty() ? null : texts.render(org.tradedesk.shared.MessageText.of("clearance.alternative.source.hand"), locale),
                    c.handCosts().stream().map(h -> new HandCostJson(h.description(), h.amount())).toList(), c.total(), c.currency());
        }

        private static RiskJson risk(org.tradedesk.clearance.domain.RiskRating r) {
            return new RiskJson(r.likelihood(), r.impact(), r.score(), r.level().name());
        }
    }
}
