package org.tradedesk.clearance.api;

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

    record OutcomeRequest(@NotNull Long version, @NotNull DisputeOutcome outcome, @NotNull LocalDate decidedOn,
            @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal refundedAmount,
            @Pattern(regexp = "[A-Z]{3}") String refundedCurrency, @Size(max = 2000) String note) {

        /**
         * The refund may be left out when nothing is refunded (REFUSED, WITHDRAWN: acceptance review F11 — the service records
         * 0 in the dispute's currency and requires it for the other outcomes); an amount needs its currency.
         */
        DisputeOutcomeDetails toDetails() {
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

    record RouteStepJson(String id, String from, String afterStep, int amount, String unit, String legalReference, boolean toConfirm) {

        static RouteStepJson of(ReviewStep s) {
            return new RouteStepJson(s.id(), s.from().name(), s.afterStep(), s.amount(), s.unit().name(), s.legalReference(),
                    s.toConfirm());
        }
    }

    /**
     * A step's deadline: {@code warning} when open and due within 7 days, or overdue; {@code rolledFrom} the day the period
     * would have ended when it fell on a Saturday, Sunday or holiday (else null).
     */
    record DeadlineJson(String stepId, String legalReference, boolean toConfirm, LocalDate from, LocalDate lastDay, LocalDate filedOn,
            String state, Long daysLeft, boolean warning, LocalDate rolledFrom) {

        static DeadlineJson of(DisputeDeadline d) {
            return new DeadlineJson(d.step().id(), d.step().legalReference(), d.step().toConfirm(), d.from(), d.lastDay(), d.filedOn(),
                    d.state().name(), d.daysLeft(), d.warn(), d.rolled() ? d.roll().from() : null);
        }
    }

    record StepJson(long id, String stepId, LocalDate filedOn, LocalDate decidedOn, String summary, String recordedBy) {
    }

    record EvidenceJson(long id, long documentId, String fileName, String type, String sha256, String note) {
    }

    record OutcomeJson(String outcome, LocalDate decidedOn, BigDecimal refundedAmount, String currency, BigDecimal stillBorne,
            String note) {
    }

    record DisputeJson(long id, long version, long transactionId, DecisionKind decisionKind, String decisionReference,
            String decisionSummary, LocalDate noticeReceived, LocalDate paidOn, BigDecimal amount, String currency, String clientNeeds,
            List<DeadlineJson> deadlines, List<StepJson> steps, List<EvidenceJson> evidence, OutcomeJson outcome, String createdBy,
            Instant createdAt, List<org.tradedesk.shared.MessageText> warnings) {

        /** {@code warnings}: what looks wrong on the dispute (code, arguments and text in the reader's language). */
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
                            v.outcome().stillBorne(d.amountInDispute()), v.outcome().note()),
                    v.createdBy(), v.createdAt(), v.warnings());
        }
    }
}
