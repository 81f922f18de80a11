package org.tradedesk.clearance.web;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.tradedesk.clearance.DecisionKind;
import org.tradedesk.clearance.DisputeDetails;
import org.tradedesk.clearance.DisputeOutcomeDetails;
import org.tradedesk.clearance.DisputeStepDetails;
import org.tradedesk.clearance.DocumentType;
import org.tradedesk.clearance.domain.DisputeOutcome;
import org.tradedesk.platform.validation.DateWindow;
import org.tradedesk.shared.Money;

/**
 * The page forms of a dispute: open one, record a step, add evidence, record the outcome. Their dates are bounded here
 * only by the plausible window; "not after today" is the file's today ({@code FileTime}), checked by the page
 * controller with the other field errors and again by the facade, with the message in the reader's language — a
 * bean-validation {@code notInFuture} would take a day that is not the file's.
 */
final class DisputeForms {

    private DisputeForms() {
    }

    record DisputeForm(@NotNull DecisionKind decisionKind, @NotBlank @Size(max = 100) String decisionReference,
            @NotBlank @Size(max = 2000) String decisionSummary,
            @NotNull @DateWindow @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate noticeReceived,
            @DateWindow @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
            @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency, @NotBlank @Size(max = 2000) String clientNeeds) {

        static DisputeForm blank(String currency) {
            return blank(currency, null);
        }

        /** A new dispute, its notice date taken from the day the file's duty notice was received (when on the file). */
        static DisputeForm blank(String currency, java.time.LocalDate noticeReceived) {
            return new DisputeForm(DecisionKind.DUTY_ASSESSMENT, null, null, noticeReceived, null, null, currency, null);
        }

        DisputeDetails toDetails() {
            return new DisputeDetails(decisionKind, decisionReference, decisionSummary, noticeReceived, paidOn,
                    org.tradedesk.clearance.ClearanceInputInvalid.money(amount, currency), clientNeeds);
        }
    }

    record StepForm(@NotNull Long version, @NotBlank String stepId,
            @NotNull @DateWindow @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate filedOn,
            @DateWindow @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
            @NotBlank @Size(max = 2000) String summary) {

        static StepForm blank(long version) {
            return new StepForm(version, null, null, null, null);
        }

        DisputeStepDetails toDetails() {
            return new DisputeStepDetails(stepId, filedOn, decidedOn, summary);
        }
    }

    /** A document of the file ({@code documentId}) or a new file uploaded with the form (then of {@code type}). */
    record EvidenceForm(@NotNull Long version, @Positive Long documentId, DocumentType type, @Size(max = 1000) String note) {

        static EvidenceForm blank(long version) {
            return new EvidenceForm(version, null, DocumentType.OTHER, null);
        }
    }

    record OutcomeForm(@NotNull Long version, @NotNull DisputeOutcome outcome,
            @NotNull @DateWindow @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
            @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal refundedAmount, @Size(max = 2000) String note) {

        static OutcomeForm blank(long version) {
            return new OutcomeForm(version, null, null, null, null);
        }

        DisputeOutcomeDetails toDetails(String currency) {
            // left empty: nothing refunded — taken for REFUSED and WITHDRAWN, required by the service otherwise (F11)
            return new DisputeOutcomeDetails(outcome, decidedOn,
                    refundedAmount == null ? null : Money.of(refundedAmount.toPlainString(), currency), note);
        }
    }
}
