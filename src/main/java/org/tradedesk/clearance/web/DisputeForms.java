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

        /** The refund typed (entered by hand), or none: UPHELD then takes the tax engine's difference when computed. */
        DisputeOutcomeDetails toDetails(String currency) {
            return new DisputeOutcomeDetails(outcome, decidedOn, refundedAmount == null ? null
                    : Money.of(refundedAmount.toPlainString(), currency), note);
        }
    }

    /**
     * One invoice line in dispute as declared and as customs assessed it (tariff code, preference — the general rate (GENERAL or its words) for the general
     * rate —, duty rate, customs value in the invoice currency; blank: as lodged, else as the invoice says), freight and insurance in the
     * invoice currency: the tax engine computes both and the difference.
     */
    record AssessmentForm(@NotNull Long version, @NotNull @Positive Integer line,
            @Size(max = 20) @jakarta.validation.constraints.Pattern(regexp = "[0-9. ]*") String declaredTariffCode,
            @Size(max = 40) String declaredPreference, @Size(max = 200) String declaredDuty,
            @Positive @Digits(integer = 15, fraction = 2) BigDecimal declaredValue,
            @Size(max = 20) @jakarta.validation.constraints.Pattern(regexp = "[0-9. ]*") String assessedTariffCode,
            @Size(max = 40) String assessedPreference, @Size(max = 200) String assessedDuty,
            @Positive @Digits(integer = 15, fraction = 2) BigDecimal assessedValue,
            @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal freight,
            @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal insurance) {

        static AssessmentForm blank(long version) {
            return new AssessmentForm(version, 1, null, null, null, null, null, null, null, null, null, null);
        }

        org.tradedesk.clearance.DisputeAssessment.Asked toAsked() {
            return new org.tradedesk.clearance.DisputeAssessment.Asked(java.util.List.of(new org.tradedesk.clearance.DisputeAssessment.LineChange(
                    line, new org.tradedesk.clearance.DisputeAssessment.Side(blank(declaredTariffCode), blank(declaredPreference),
                            blank(declaredDuty), declaredValue),
                    new org.tradedesk.clearance.DisputeAssessment.Side(blank(assessedTariffCode), blank(assessedPreference),
                            blank(assessedDuty), assessedValue))), freight, insurance, null);
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }

        /** The form's field for a field of the service ({@code lines[0].assessed.value} → {@code assessedValue}). */
        static String field(String serviceField) {
            if (serviceField == null || !serviceField.startsWith("lines[0]")) {
                return null;
            }
            String rest = serviceField.substring("lines[0]".length());
            return switch (rest) {
                case ".line" -> "line";
                case ".declared.value" -> "declaredValue";
                case ".assessed.value" -> "assessedValue";
                case ".assessed" -> "assessedTariffCode";
                default -> null;
            };
        }
    }
}
