package org.tradedesk.clearance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tradedesk.clearance.ClearanceIssueReports;
import org.tradedesk.clearance.ClearanceIssueReports.Report;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tradedesk.clearance.ClearanceIssues;
import org.tradedesk.clearance.IssueView;
import org.tradedesk.clearance.TransactionId;
import org.tradedesk.clearance.api.IssueRequests.AlternativeRequest;
import org.tradedesk.clearance.api.IssueRequests.ChoiceRequest;
import org.tradedesk.clearance.api.IssueRequests.IssueJson;
import org.tradedesk.clearance.api.IssueRequests.IssueRequest;

@RestController
@RequestMapping("/api/v1/clearance/transactions/{id}/issues")
@Tag(name = "Clearance issues", description = "T4 issue register of a clearance file: risk, alternative solutions ranked by "
        + "cost then risk, and the chosen solution with the client's confirmation")
class ClearanceIssueApiController implements CheckedBodies {

    /** A choice that breaks its constraints is checked by the service too: every field at fault at once (t4fixU 1). */
    @Override
    public List<org.tradedesk.clearance.ClearanceInputInvalid> problemsOf(Object body, java.util.Map<String, String> vars) {
        if (body instanceof ChoiceRequest c && vars.containsKey("id") && vars.containsKey("issueId")) {
            return issues.choiceProblems(TransactionId.of(Long.parseLong(vars.get("id"))), Long.parseLong(vars.get("issueId")),
                    c.toDetails());
        }
        return List.of();
    }

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ClearanceIssues issues;
    private final ClearanceIssueReports reports;
    private final org.tradedesk.platform.MessageTexts texts;

    private final jakarta.validation.Validator validator;

    ClearanceIssueApiController(ClearanceIssues issues, ClearanceIssueReports reports, org.tradedesk.platform.MessageTexts texts,
            jakarta.validation.Validator validator) {
        this.validator = validator;
        this.issues = issues;
        this.reports = reports;
        this.texts = texts;
    }

    /** The issue in the reader's language (the costing's texts rendered). */
    private IssueJson json(IssueView issue) {
        return IssueJson.of(issue, texts, LocaleContextHolder.getLocale());
    }

    @GetMapping("/{issueId}/{report:evaluation|solution}.{format:pdf|xlsx}")
    @Operation(summary = "The alternative-solutions evaluation (O4.3.1) or the solution report (O4.4.1) as PDF or XLSX, "
            + "in zh-TW or en (Accept-Language; anything else gets en); the solution report once a choice is recorded")
    ResponseEntity<byte[]> report(@PathVariable long id, @PathVariable long issueId, @PathVariable String report,
            @PathVariable String format) {
        Locale asked = LocaleContextHolder.getLocale();
        Locale language = "zh".equals(asked.getLanguage()) ? Locale.TAIWAN : Locale.ENGLISH;
        Report which = "solution".equals(report) ? Report.SOLUTION : Report.EVALUATION;
        boolean pdf = "pdf".equals(format);
        byte[] body = pdf ? reports.pdf(TransactionId.of(id), issueId, which, language)
                : reports.xlsx(TransactionId.of(id), issueId, which, language);
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("clearance-" + id + "-issue-" + issueId + "-" + report + "." + format).build().toString())
                .body(body);
    }

    @GetMapping
    @Operation(summary = "The file's issues (at most 100), each with its alternatives ranked and its choice")
    List<IssueJson> list(@PathVariable long id) {
        return issues.issues(TransactionId.of(id)).stream().map(this::json).toList();
    }

    @GetMapping("/{issueId}")
    @Operation(summary = "One issue")
    IssueJson one(@PathVariable long id, @PathVariable long issueId) {
        return json(issues.issue(TransactionId.of(id), issueId));
    }

    @PostMapping
    @Operation(summary = "Raise an issue (likelihood and impact 1 to 5; the risk level follows the score)")
    ResponseEntity<IssueJson> raise(@PathVariable long id, @Valid @RequestBody IssueRequest body) {
        IssueView raised = issues.raise(TransactionId.of(id), body.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/clearance/transactions/" + id + "/issues/" + raised.id()))
                .body(json(raised));
    }

    @PostMapping("/from-finding")
    @Operation(summary = "Open an issue from a finding of the document checks (findingKey as …/findings gives it): description "
            + "= the finding's explanation and implications from its severity and rule, both in the reader's language; the "
            + "regulation of the rule; the risk suggested from the severity unless given. 409 with existingIssue (and Location) "
            + "when the finding already has its issue; 400 at findingKey when no such finding stands on the file")
    ResponseEntity<IssueJson> fromFinding(@PathVariable long id, @Valid @RequestBody IssueRequests.FindingIssueRequest body) {
        IssueView raised = issues.raiseFromFinding(TransactionId.of(id), body.findingKey(), body.owner(), body.likelihood(),
                body.impact());
        return ResponseEntity.created(URI.create("/api/v1/clearance/transactions/" + id + "/issues/" + raised.id()))
                .body(json(raised));
    }

    @PostMapping("/{issueId}/alternatives")
    @Operation(summary = "Add an alternative solution (all of an issue's alternatives in one currency); answers the issue re-ranked. "
            + "The cost is typed by hand (costAmount, costCurrency: recorded as entered by hand) or computed by the tax engine "
            + "from the file's invoice under the alternative's treatment (engine), with costs entered by hand apart (handCosts); "
            + "the ranking uses the total (engine + hand) then the risk score")
    ResponseEntity<IssueJson> alternative(@PathVariable long id, @PathVariable long issueId,
            @RequestBody AlternativeRequest body) throws NoSuchMethodException, org.springframework.web.bind.MethodArgumentNotValidException {
        // every field at fault in one 400 (t4fixK 3): the body's constraints and the checks that need no engine, together,
        // as bean validation answers (errors[] with field paths and labels); a field's own constraint names it once
        org.springframework.validation.BeanPropertyBindingResult binding = new org.springframework.validation.BeanPropertyBindingResult(
                body, "alternativeRequest");
        new org.springframework.validation.beanvalidation.SpringValidatorAdapter(validator).validate(body, binding);
        List<org.tradedesk.clearance.ClearanceInputInvalid> problems = new java.util.ArrayList<>();
        org.tradedesk.clearance.AlternativeDetails details = body.toDetails(problems);
        boolean costRefused = !problems.isEmpty();
        for (org.tradedesk.clearance.ClearanceInputInvalid p : issues.alternativeProblems(TransactionId.of(id), details)) {
            // the cost typed by hand refused already: it is not asked for again
            if (!costRefused || !p.field().startsWith("cost")) {
                problems.add(p);
            }
        }
        if (!binding.hasErrors() && problems.size() == 1) {
            throw problems.get(0); // one fault: its own code, as before
        }
        for (org.tradedesk.clearance.ClearanceInputInvalid p : problems) {
            String field = p.field();
            if (binding.getFieldErrors().stream().noneMatch(f -> f.getField().equals(field) || f.getField().startsWith(field + "[")
                    || f.getField().startsWith(field + "."))) {
                binding.addError(new org.springframework.validation.FieldError(binding.getObjectName(), field, null, false,
                        new String[] {p.messageCode()}, p.arguments(), p.getMessage()));
            }
        }
        if (binding.hasErrors()) {
            throw new org.springframework.web.bind.MethodArgumentNotValidException(new org.springframework.core.MethodParameter(
                    ClearanceIssueApiController.class.getDeclaredMethod("alternative", long.class, long.class, AlternativeRequest.class), 2),
                    binding);
        }
        IssueView issue;
        try {
            issue = issues.addAlternative(TransactionId.of(id), issueId, details);
        } catch (org.tradedesk.clearance.ClearanceInputInvalid e) {
            throw inEngine(e);
        }
        return ResponseEntity.created(URI.create("/api/v1/clearance/transactions/" + id + "/issues/" + issueId)).body(json(issue));
    }

    /** The members of {@code engine} the costing names by their own name (the page's fields). */
    private static final java.util.Set<String> ENGINE_FIELDS = java.util.Set.of("lines", "preference", "tcoNumber", "tcoRate",
            "exchangeRate", "freight", "insurance");

    /**
     * A refusal of the engine's treatment at its path in this body, {@code engine.lines} (acceptance review t4fixU 2: it
     * said "lines", which this body has not at its top); the page keeps the form's own field names.
     */
    static org.tradedesk.clearance.ClearanceInputInvalid inEngine(org.tradedesk.clearance.ClearanceInputInvalid e) {
        if (e.problems().size() != 1 || e.field() == null || !ENGINE_FIELDS.contains(e.field())) {
            return e;
        }
        String field = "engine." + e.field();
        org.tradedesk.clearance.ClearanceInputInvalid moved = e.messageText() != null
                ? new org.tradedesk.clearance.ClearanceInputInvalid(field, e.messageCode(), e.messageText(), e.getMessage())
                : new org.tradedesk.clearance.ClearanceInputInvalid(field, e.messageCode(), e.getMessage(), e.arguments());
        moved.setStackTrace(e.getStackTrace());
        return moved;
    }

    @PostMapping("/{issueId}/choice")
    @Operation(summary = "Record the chosen alternative with reasons, regulation references and the client's confirmation; "
            + "the issue becomes RESOLVED (version = the issue's version read)")
    IssueJson choose(@PathVariable long id, @PathVariable long issueId, @Valid @RequestBody ChoiceRequest body) {
        return json(issues.choose(TransactionId.of(id), issueId, body.version(), body.toDetails()));
    }
}
