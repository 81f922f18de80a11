package org.tradedesk.clearance.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tradedesk.clearance.DecisionKind;
import org.tradedesk.clearance.DisputeDetails;
import org.tradedesk.clearance.DisputeOutcomeDetails;
import org.tradedesk.clearance.DisputeStepDetails;
import org.tradedesk.clearance.DisputeView;
import org.tradedesk.clearance.domain.DisputeDeadline;
import org.tradedesk.clearance.domain.DisputeOutcome;
import org.tradedesk.clearance.domain.ReviewStep;
import org.tradedesk.shared.Money;

/** The bodies and answers of the disputes API. */
final class DisputeRequests {

    private DisputeRequests() {
    }

    record DisputeRequest(@NotNull DecisionKind decisionKind, @NotBlank @Size(max = 100) String decisionReference,
            @NotBlank @Size(max = 2000) String decisionSummary, LocalDate noticeReceived, LocalDate paidOn,
            @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount, @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
            @NotBlank @Size(max = 2000) String clientNeeds) {

        DisputeDetails toDetails() {
            return new DisputeDetails(decisionKind, decisionReference, decisionSummary, noticeReceived, paidOn,
                    org.tradedesk.clearance.ClearanceInputInvalid.money(amount, currency), clientNeeds);
        }
    }

    record StepRequest(@NotNull Long version, @NotBlank @Size(max = 40) String stepId, @NotNull LocalDate filedOn, LocalDate decidedOn,
            @NotBlank @Size(max = 2000) String summary) {

        DisputeStepDetails toDetails() {
            return new DisputeStepDetails(stepId, filedOn, decidedOn, summary);
        }
    }

    record EvidenceRequest(@NotNull Long version, @NotNull @Positive Long documentId, @Size(max = 1000) String note) {
    }

    /**
     * The outcome: {@code refundedAmount} + {@code refundedCurrency} entered by hand (marked so), or, for UPHELD with the
     * engine's assessment recorded, left out to take the engine's difference.
     */
    record OutcomeRequest(@NotNull Long version, @NotNull DisputeOutcome outcome, @NotNull LocalDate decidedOn,
            @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal refundedAmount,
            @Pattern(regexp = "[A-Z]{3}") String refundedCurrency, @Size(max = 2000) String note) {

        /**
         * The refund may be left out when nothing is refunded (REFUSED, WITHDRAWN: acceptance review F11 — the service records
         * 0 in the dispute's currency and requires it for the other outcomes); an amount needs its currency.
         */
        DisputeOutcomeDetails toDetails() {
            if (refundedAmount == null && refundedCurrency != null) {
                // a currency without its amount was silently dropped (T4 code read R9)
                throw new org.tradedesk.clearance.ClearanceInputInvalid("refundedAmount", "clearance.field.required",
                        "refundedAmount is required with refundedCurrency",
                        new org.springframework.context.support.DefaultMessageSourceResolvable(
                                new String[] {"clearance.api.field.refundedAmount"}, "refundedAmount"));
            }
            if (refundedAmount == null) {
                return new DisputeOutcomeDetails(outcome, decidedOn, null, note);
            }
            if (refundedCurrency == null) {
                throw new org.tradedesk.clearance.ClearanceInputInvalid("refundedCurrency", "clearance.field.required",
                        "refundedCurrency is required with refundedAmount",
                        new org.springframework.context.support.DefaultMessageSourceResolvable(
                                new String[] {"clearance.api.field.refundedCurrency"}, "refundedCurrency"));
            }
            return new DisputeOutcomeDetails(outcome, decidedOn, Money.of(refundedAmount.toPlainString(), refundedCurrency), note);
        }
    }

    /**
     * The financial effect to compute with the tax engine: the invoice lines in dispute, each as declared and as customs
     * assessed it (tariff code, preference — none for the general rate —, duty rate, customs value in the invoice currency;
     * what is left out is as the invoice says), freight and insurance in the invoice currency, the exchange rate (the customs
     * table's when left out). {@code version}: the dispute's.
     */
    record AssessmentRequest(@NotNull Long version, @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid LineRequest> lines,
            @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal freight,
            @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal insurance,
            @Positive @Digits(integer = 9, fraction = 10) BigDecimal exchangeRate) {

        org.tradedesk.clearance.DisputeAssessment.Asked toAsked() {
            return new org.tradedesk.clearance.DisputeAssessment.Asked(lines.stream().map(l -> new org.tradedesk.clearance.DisputeAssessment.LineChange(
                    l.line(), l.declared() == null ? null : l.declared().toSide(), l.assessed() == null ? null : l.assessed().toSide()))
                    .toList(), freight, insurance, exchangeRate);
        }
    }

    record LineRequest(@NotNull @Positive Integer line, @Valid SideRequest declared, @NotNull @Valid SideRequest assessed) {
    }

    record SideRequest(@Size(max = 20) @Pattern(regexp = "[0-9. ]*") String tariffCode, @Size(max = 40) String preference,
            @Size(max = 200) String duty, @Positive @Digits(integer = 15, fraction = 2) BigDecimal value) {

        org.tradedesk.clearance.DisputeAssessment.Side toSide() {
            return new org.tradedesk.clearance.DisputeAssessment.Side(tariffCode, preference, duty, value);
        }
    }

    /** One tax on both sides as the engine computed it and the difference (customs' assessment − declared). */
    record TaxDifferenceJson(String code, org.tradedesk.shared.LocalizedText label, BigDecimal declaredBase, String declaredRate,
            BigDecimal declaredAmount, BigDecimal assessedBase, String assessedRate, BigDecimal assessedAmount, BigDecimal difference) {
    }

    /**
     * The dispute's financial effect computed by the tax engine: per tax the declared and assessed figures and the
     * difference; {@code difference} &gt; 0 is the extra payable on customs' assessment, refunded if the dispute succeeds;
     * {@code effect} and {@code source} (date and data versions of both runs) as sentences in the reader's language.
     */
    record AssessmentJson(String currency, LocalDate engineDate, Instant calculatedAt, List<org.tradedesk.clearance.DisputeAssessment.LineChange> lines,
            List<TaxDifferenceJson> taxes, BigDecimal declaredTotal, BigDecimal assessedTotal, BigDecimal difference,
            org.tradedesk.shared.MessageText effect, org.tradedesk.shared.MessageText source,
            List<org.tradedesk.shared.MessageText> declaredData, List<org.tradedesk.shared.MessageText> assessedData) {

        static AssessmentJson of(org.tradedesk.clearance.DisputeAssessment a) {
            return a == null ? null : new AssessmentJson(a.currency(), a.engineDate(), a.calculatedAt(), a.lines(),
                    a.taxes().stream().map(t -> new TaxDifferenceJson(t.code(), t.label(), t.declaredBase(), t.declaredRate(),
                            t.declaredAmount(), t.assessedBase(), t.assessedRate(), t.assessedAmount(), t.difference())).toList(),
                    a.declaredTotal(), a.assessedTotal(), a.difference(), a.effect(), a.source(), a.declaredData(), a.assessedData());
        }
    }

    record RouteStepJson(String id, String from, String afterStep, int amount, String unit, org.tradedesk.platform.MessageTextJson.TextInAnswer legalReference, boolean toConfirm) {

        static RouteStepJson of(ReviewStep s) {
            return new RouteStepJson(s.id(), s.from().name(), s.afterStep(), s.amount(), s.unit().name(), TransactionJson.cited(s.legalText(), s.legalReference()),
                    s.toConfirm());
        }
    }

    /**
     * A step's deadline: {@code warning} when open and due within 7 days, or overdue; {@code rolledFrom} the day the period
     * would have ended when it fell on a Saturday, Sunday or holiday (else null).
     */
    record DeadlineJson(String stepId, org.tradedesk.platform.MessageTextJson.TextInAnswer legalReference, boolean toConfirm, LocalDate from, LocalDate lastDay, LocalDate filedOn,
            String state, Long daysLeft, boolean warning, LocalDate rolledFrom) {

        static DeadlineJson of(DisputeDeadline d) {
            return new DeadlineJson(d.step().id(), TransactionJson.cited(d.step().legalText(), d.step().legalReference()), d.step().toConfirm(), d.from(), d.lastDay(), d.filedOn(),
                    d.state().name(), d.daysLeft(), d.warn(), d.rolled() ? d.roll().from() : null);
        }
    }

    record StepJson(long id, String stepId, LocalDate filedOn, LocalDate decidedOn, String summary, String recordedBy) {
    }

    record EvidenceJson(long id, long documentId, String fileName, String type, String sha256, String note) {
    }

    /** {@code refundSource}: ENGINE (the engine's difference) or HAND (entered by hand). */
    record OutcomeJson(String outcome, LocalDate decidedOn, BigDecimal refundedAmount, String currency, BigDecimal stillBorne,
            String note, String refundSource) {
    }

    record DisputeJson(long id, long version, long transactionId, DecisionKind decisionKind, String decisionReference,
            String decisionSummary, LocalDate noticeReceived, LocalDate paidOn, BigDecimal amount, String currency, String clientNeeds,
            List<DeadlineJson> deadlines, List<StepJson> steps, List<EvidenceJson> evidence, OutcomeJson outcome, String createdBy,
            Instant createdAt, List<org.tradedesk.shared.MessageText> warnings, String amountSource, AssessmentJson assessment) {

        /**
         * {@code warnings}: what looks wrong on the dispute (code, arguments and text in the reader's language);
         * {@code amountSource}: the amount in dispute is entered by hand (HAND); {@code assessment}: the engine's figures, when computed.
         */
        static DisputeJson of(DisputeView v) {
            DisputeDetails d = v.details();
            return new DisputeJson(v.id(), v.version(), v.transactionId(), d.decisionKind(), d.decisionReference(), d.decisionSummary(),
                    d.noticeReceived(), d.paidOn(), d.amountInDispute().amount(), d.amountInDispute().currency().value(),
                    d.clientNeeds(), v.deadlines().stream().map(DeadlineJson::of).toList(),
                    v.steps().stream().map(s -> new StepJson(s.id(), s.stepId(), s.filedOn(), s.decidedOn(), s.summary(),
                            s.recordedBy())).toList(),
                    v.evidence().stream().map(e -> new EvidenceJson(e.id(), e.documentId(), e.fileName(), e.type().name(), e.sha256(),
                            e.note())).toList(),
                    v.outcome() == null ? null : new OutcomeJson(v.outcome().outcome().name(), v.outcome().decidedOn(),
                            v.outcome().refunded().amount(), v.outcome().refunded().currency().value(),
                            v.outcome().stillBorne(d.amountInDispute()), v.outcome().note(),
                            v.outcome().refundByEngine() ? "ENGINE" : "HAND"),
                    v.createdBy(), v.createdAt(), v.warnings(), "HAND", AssessmentJson.of(v.assessment()));
        }
    }
}
