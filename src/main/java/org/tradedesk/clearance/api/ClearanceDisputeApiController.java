package org.tradedesk.clearance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradedesk.clearance.ClearanceDisputeLetters;
import org.tradedesk.clearance.ClearanceDisputes;
import org.tradedesk.clearance.DisputeView;
import org.tradedesk.clearance.TransactionId;
import org.tradedesk.clearance.api.DisputeRequests.DisputeJson;
import org.tradedesk.clearance.api.DisputeRequests.DisputeRequest;
import org.tradedesk.clearance.api.DisputeRequests.EvidenceRequest;
import org.tradedesk.clearance.api.DisputeRequests.OutcomeRequest;
import org.tradedesk.clearance.api.DisputeRequests.RouteStepJson;
import org.tradedesk.clearance.api.DisputeRequests.StepRequest;
import org.tradedesk.tariff.Jurisdiction;

@RestController
@RequestMapping("/api/v1/clearance")
@Tag(name = "Clearance disputes", description = "T4.7 disputes with customs: the decision, the amount in dispute, the review "
        + "route of the jurisdiction with each step's deadline, evidence, steps taken, outcome, and the summary letter")
class ClearanceDisputeApiController implements CheckedBodies {

    /**
     * A dispute to open that breaks its constraints (or has a value not of its type) is checked by the service too: the
     * currency, the amount, the dates after today named with the rest at once (t4fixU 1).
     */
    @Override
    public java.util.List<org.tradedesk.clearance.ClearanceInputInvalid> problemsOf(Object body, java.util.Map<String, String> vars) {
        if (!(body instanceof DisputeRequest d) || !vars.containsKey("id")) {
            return java.util.List.of();
        }
        java.util.List<org.tradedesk.clearance.ClearanceInputInvalid> out = new java.util.ArrayList<>();
        org.tradedesk.shared.Money amount = null;
        if (d.amount() != null && d.currency() != null) {
            try {
                amount = org.tradedesk.clearance.ClearanceInputInvalid.money(d.amount(), d.currency());
            } catch (org.tradedesk.clearance.ClearanceInputInvalid e) {
                out.addAll(e.problems());
            }
        }
        boolean noAmount = amount == null;
        for (org.tradedesk.clearance.ClearanceInputInvalid p : disputes.openProblems(TransactionId.of(Long.parseLong(vars.get("id"))),
                new org.tradedesk.clearance.DisputeDetails(d.decisionKind(), d.decisionReference(), d.decisionSummary(),
                        d.noticeReceived(), d.paidOn(), amount, d.clientNeeds()))) {
            // an amount not built (its currency refused, or left out: the constraints say so) is not asked for again
            if (!(noAmount && "amount".equals(p.field()) && "clearance.field.required".equals(p.messageCode()))) {
                out.add(p);
            }
        }
        return out;
    }

    private final ClearanceDisputes disputes;
    private final ClearanceDisputeLetters letters;

    private final MessageSource messages;
    private final org.tradedesk.platform.MessageTexts texts;

    ClearanceDisputeApiController(ClearanceDisputes disputes, ClearanceDisputeLetters letters, MessageSource messages,
            org.tradedesk.platform.MessageTexts texts) {
        this.disputes = disputes;
        this.texts = texts;
        this.letters = letters;
        this.messages = messages;
    }

    @GetMapping("/review-routes/{jurisdiction}")
    @Operation(summary = "The review route of a jurisdiction (AU or TW) as data: each step, what its period counts from, the "
            + "period and the law (every reference still marked to confirm)")
    List<RouteStepJson> route(@PathVariable Jurisdiction jurisdiction) {
        return disputes.route(jurisdiction).stream().map(RouteStepJson::of).toList();
    }

    @GetMapping("/transactions/{id}/disputes")
    @Operation(summary = "The file's disputes (at most 20), each with its deadlines on today's date")
    org.tradedesk.platform.MessageTextJson.Rendered list(@PathVariable long id) {
        return rendered(disputes.disputes(TransactionId.of(id)).stream().map(DisputeJson::of).toList());
    }

    @GetMapping("/transactions/{id}/disputes/{disputeId}")
    @Operation(summary = "One dispute")
    org.tradedesk.platform.MessageTextJson.Rendered one(@PathVariable long id, @PathVariable long disputeId) {
        return rendered(DisputeJson.of(disputes.dispute(TransactionId.of(id), disputeId)));
    }

    @PostMapping("/transactions/{id}/disputes")
    @Operation(summary = "Open a dispute about a customs decision (noticeReceived and paidOn not in the future; amount > 0; "
            + "noticeReceived left out: the day the file's duty notice was received, when the file has it)")
    ResponseEntity<org.tradedesk.platform.MessageTextJson.Rendered> open(@PathVariable long id, @Valid @RequestBody DisputeRequest body) {
        DisputeView opened = disputes.open(TransactionId.of(id), body.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/clearance/transactions/" + id + "/disputes/" + opened.id()))
                .body(rendered(DisputeJson.of(opened)));
    }

    /** The answer with its warnings' texts in the reader's language. */
    private org.tradedesk.platform.MessageTextJson.Rendered rendered(Object body) {
        return org.tradedesk.platform.MessageTextJson.rendered(body, org.springframework.context.i18n.LocaleContextHolder.getLocale(), texts);
    }

    @PostMapping("/transactions/{id}/disputes/{disputeId}/steps")
    @Operation(summary = "Record a step taken on the route (stepId of the jurisdiction's route, once each; version = the dispute's)")
    DisputeJson step(@PathVariable long id, @PathVariable long disputeId, @Valid @RequestBody StepRequest body) {
        return DisputeJson.of(disputes.addStep(TransactionId.of(id), disputeId, body.version(), body.toDetails()));
    }

    @PostMapping("/transactions/{id}/disputes/{disputeId}/evidence")
    @Operation(summary = "Put a document of the file forward as evidence (upload it first to …/documents)")
    DisputeJson evidence(@PathVariable long id, @PathVariable long disputeId, @Valid @RequestBody EvidenceRequest body) {
        return DisputeJson.of(disputes.addEvidence(TransactionId.of(id), disputeId, body.version(), body.documentId(), body.note()));
    }

    @PostMapping("/transactions/{id}/disputes/{disputeId}/outcome")
    @Operation(summary = "Record the outcome: UPHELD (refund at most the amount), PARTLY_UPHELD (more than 0, less than the amount), "
            + "REFUSED or WITHDRAWN (0); the dispute then no longer changes. The refund is entered by hand (refundSource HAND) or, "
            + "UPHELD with the engine's assessment and refundedAmount left out, the engine's difference (refundSource ENGINE)",
            description = "refundedAmount and refundedCurrency may be left out for REFUSED and WITHDRAWN (nothing is refunded: 0 "
                    + "in the dispute's currency is recorded); an amount given for them must be 0. PARTLY_UPHELD requires them, "
                    + "and UPHELD unless the dispute has the engine's assessment (400 at refundedAmount).")
    DisputeJson outcome(@PathVariable long id, @PathVariable long disputeId, @Valid @RequestBody OutcomeRequest body) {
        return DisputeJson.of(disputes.decide(TransactionId.of(id), disputeId, body.version(), body.toDetails()));
    }

    @PostMapping("/transactions/{id}/disputes/{disputeId}/assessment")
    @Operation(summary = "Compute the dispute's financial effect with the tax engine: the invoice lines in dispute as declared "
            + "and as customs assessed them (tariff code, preference, duty rate, value), both run through the engine; per tax the "
            + "declared and assessed base, rate and amount and the difference (extra payable on customs' assessment = refund if the "
            + "dispute succeeds), with the data versions; replaces one computed before. 400 with errors[] for bad lines")
    org.tradedesk.platform.MessageTextJson.Rendered assess(@PathVariable long id, @PathVariable long disputeId,
            @Valid @RequestBody DisputeRequests.AssessmentRequest body) {
        return rendered(DisputeJson.of(disputes.assess(TransactionId.of(id), disputeId, body.version(), body.toAsked())));
    }

    @GetMapping("/transactions/{id}/disputes/{disputeId}/letter.pdf")
    @Operation(summary = "The dispute summary letter as PDF, in the client's preferred language unless lang=zh-TW|en")
    ResponseEntity<byte[]> letter(@PathVariable long id, @PathVariable long disputeId, @RequestParam(required = false) String lang) {
        Locale language = letters.language(TransactionId.of(id), lang);
        byte[] body = letters.pdf(TransactionId.of(id), disputeId, language);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("clearance-" + id + "-dispute-" + disputeId + ".pdf").build().toString())
                .body(body);
    }
}
