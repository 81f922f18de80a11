package org.tradedesk.taxes.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.tradedesk.taxes.CalculationId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tradedesk.clients.ClientId;
import org.tradedesk.taxes.SavedCalculation;
import org.tradedesk.taxes.TaxCalculations;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.persistence.ExchangeRateStore;

@RestController
@RequestMapping("/api/v1/tax")
@Tag(name = "Tax calculations", description = "T1 duty and tax engine: valuation, tax chains, options, saved calculations")
class TaxCalculationApiController {

    static final String TW_EXAMPLE = """
            {"jurisdiction":"TW","date":"2026-03-02","currency":"USD","incoterm":"FOB","exchangeRate":32.15,
             "freight":120,"insurance":15,
             "lines":[{"description":"Bluetooth speaker","tariffCode":"85182200","origin":"CN","value":2000,
                       "quantity":100,"unit":"No","measures":{"duty":"MAX(10%, 20 TWD/No)"}}]}""";
    static final String AU_EXAMPLE = """
            {"jurisdiction":"AU","date":"2026-03-02","currency":"USD","incoterm":"FOB","foreignPerLocalRate":0.65,
             "freight":300,"insurance":20,
             "lines":[{"description":"Shiraz 750 ml x 600","tariffCode":"22042120","origin":"US","value":4200,
                       "litres":450,"alcoholByVolume":14.5,"measures":{"duty":"5%"},
                       "options":[{"scheme":"AUSFTA","duty":"Free","requires":"proof of origin (AUSFTA)"}]}]}""";
    static final String AU_TCO_EXAMPLE = """
            {"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
             "lines":[{"description":"wipes, skin cleaning, micellar","tariffCode":"34011900","origin":"KR","value":12000,
                       "measures":{"duty":"5%"},"options":[{"scheme":"TCO","reference":"1864894"}]}]}""";
    static final String BAD_INPUT_EXAMPLE = """
            {"type":"urn:tradedesk:problem:taxes.input.invalid","title":"Bad Request","status":400,
             "detail":"line 1, duty rate: the duty expression \\"5% +\\" is not valid at character 5 ...",
             "code":"taxes.input.invalid","errors":[{"field":"lines[0].measures.duty","label":"line 1, duty rate",
             "message":"the duty expression \\"5% +\\" is not valid at character 5 ..."}]}""";
    /** Tobacco Products Duty Act 1979 Sch 1 item 1 (from 22.11.2023): 1,000 cigarettes retailing at £1,000 → £481.70. */
    static final String UK_TOBACCO_EXAMPLE = """
            {"jurisdiction":"UK","date":"2024-01-02","currency":"GBP","incoterm":"CIF",
             "lines":[{"description":"cigarettes","tariffCode":"2402209000","value":300,"quantity":1000,"unit":"No",
                       "retailPrice":1000,"measures":{"duty":"0%","alcoholTax":"16.5% retail price + 316.70 GBP/1000 MIN 422.80 GBP/1000"}}]}""";
    static final String UK_EXAMPLE = """
            {"jurisdiction":"UK","date":"2021-01-01","currency":"GBP","incoterm":"FOB","freight":250.89,"insurance":10,
             "lines":[{"description":"ferro-manganese","tariffCode":"7202118000","value":1000,"quantity":2,"unit":"t",
                       "measures":{"duty":"2.7%","safeguard":"25%","additionalDuty":"25%","antiDumping":"144.10 GBP/t"}}]}""";

    private final TaxCalculations calculations;
    private final ExchangeRateStore rates;
    private final MessageSource messages;
    private final org.tradedesk.platform.MessageTexts texts;

    TaxCalculationApiController(TaxCalculations calculations, ExchangeRateStore rates, MessageSource messages,
            org.tradedesk.platform.MessageTexts texts) {
        this.texts = texts;
        this.calculations = calculations;
        this.rates = rates;
        this.messages = messages;
    }

    /**
     * Same problem detail as the platform's, plus {@code errors[{field, message}]} naming the request
     * field (e.g. {@code lines[2].measures.duty}) the engine could not use.
     */
    @ExceptionHandler(TaxInputInvalid.class)
    ResponseEntity<ProblemDetail> invalidInput(TaxInputInvalid e) {
        String detail = texts.render(e.messageText());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(messages.getMessage("problem.title.400", null, "Bad Request", LocaleContextHolder.getLocale()));
        problem.setType(URI.create("urn:tradedesk:problem:" + e.messageCode()));
        problem.setProperty("code", e.messageCode());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "label", texts.render(e.label()),
                "message", texts.render(e.reason()))));
        return ResponseEntity.badRequest().body(problem);
    }

    /** More lines or duty options than one request may ask ({@link RequestLimits}): 413, naming {@code lines} and the limit. */
    @ExceptionHandler(RequestLimits.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestLimits.TooLarge e) {
        String detail = texts.render(e.messageText());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
        problem.setTitle(messages.getMessage("problem.title.413", null, "Content Too Large", LocaleContextHolder.getLocale()));
        problem.setType(URI.create("urn:tradedesk:problem:" + e.messageText().code()));
        problem.setProperty("code", e.messageText().code());
        problem.setProperty("errors", List.of(Map.of("field", "lines", "label", texts.render(org.tradedesk.taxes.FieldLabel.of("lines")),
                "message", detail)));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * A request the constraints refuse: the platform's problem detail, with each field's label in the caller's
     * language beside its path, and a detail that names the fields by their labels (people read the detail,
     * machines the paths).
     */
    @ExceptionHandler(org.springframework.web.bind.MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidRequest(org.springframework.web.bind.MethodArgumentNotValidException e) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> errors = new java.util.ArrayList<>();
        List<String> listed = new java.util.ArrayList<>();
        for (org.springframework.validation.FieldError fe : e.getBindingResult().getFieldErrors()) {
            String field = fe.getField().startsWith("request.") ? fe.getField().substring("request.".length()) : fe.getField();
            String label = texts.render(org.tradedesk.taxes.FieldLabel.of(field));
            String message = messages.getMessage(fe, locale);
            // the constraint's own message where it names one ({taxes.request.origin.pattern}: 「須為兩個字母的 ISO 國家代碼」),
            // not the generic one of its kind (Pattern: 「格式不正確」) (t1fixE 10)
            if (fe.contains(jakarta.validation.ConstraintViolation.class)) {
                String template = fe.unwrap(jakarta.validation.ConstraintViolation.class).getMessageTemplate();
                if (template != null && template.startsWith("{taxes.") && template.endsWith("}")) {
                    message = messages.getMessage(template.substring(1, template.length() - 1), null, message, locale);
                }
            }
            errors.add(Map.of("field", fe.getField(), "label", label, "message", message,
                    "rejectedValue", String.valueOf(fe.getRejectedValue())));
            listed.add(texts.render(org.tradedesk.shared.MessageText.of("taxes.input.invalid",
                    org.tradedesk.shared.MessageText.Arg.literal(label), org.tradedesk.shared.MessageText.Arg.literal(message))));
        }
        for (org.springframework.validation.ObjectError ge : e.getBindingResult().getGlobalErrors()) {
            String message = messages.getMessage(ge, locale);
            errors.add(Map.of("field", ge.getObjectName(), "message", message));
            listed.add(message);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("error.validation.detail", new Object[] {String.join(messages.getMessage(
                        "taxes.input.separator", null, "; ", locale), listed)}, locale));
        problem.setTitle(messages.getMessage("problem.title.400", null, "Bad Request", locale));
        problem.setProperty("code", "error.validation");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @PostMapping("/calculations")
    @Operation(summary = "Calculate duties and taxes of an invoice",
            description = "Values the invoice on the jurisdiction's basis (CIF for TW, FOB for AU), runs its tax chain and "
                    + "returns every tax, the duty options per line and every step with its legal reference. Measures are duty "
                    + "expressions (docs/duty-expressions.md). An option naming a concession of the chain (AU TCO; UK "
                    + "QUOTA, SUSPENSION; TW QUOTA) gives its instrument's number as reference and takes the chain's rate. "
                    + "Nothing is saved. Limits (README \"Limits of a request\"): at most " + RequestLimits.MAX_LINES_TEXT + " lines, "
                    + org.tradedesk.taxes.TaxRequestLine.MAX_OPTIONS + " duty options a line, "
                    + RequestLimits.MAX_OPTION_ROWS_TEXT + " option rows in one answer (the general rate and each option on every line with a choice) — above "
                    + "either a 413 problem detail naming lines and the limit —, " + TaxRequestJson.MAX_MEASURES + " measures a line, a body of 16 MiB; "
                    // the bounds each field enforces (t1fixL 4: this said "every number at most 18 digits before the point and 10 after
                    // it", the JSON edge's bounds, which no field of this request accepts)
                    + "an amount (value, freight, insurance, other costs, quantity, net mass, litres, retail price, annual production) at most "
                    + org.tradedesk.platform.validation.Bounds.AMOUNT_INTEGER_DIGITS + " digits before the point and "
                    + org.tradedesk.platform.validation.Bounds.AMOUNT_FRACTION_DIGITS + " after it, a rate of exchange "
                    + org.tradedesk.platform.validation.Bounds.AMOUNT_INTEGER_DIGITS + " and " + TaxRequestJson.RATE_FRACTION_DIGITS
                    + ", a percentage (alcoholByVolume, sucrosePercent, totalSolubleSolidsPercent) from 0 to "
                    + org.tradedesk.platform.validation.Bounds.MAX_SHARE_PERCENT + "; a key given twice, a key the request does not have (a misspelt field: 400 naming it), a date or a boolean given as a number is refused.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, examples = {
                            @ExampleObject(name = "Taiwan", value = TW_EXAMPLE),
                            @ExampleObject(name = "Australia", value = AU_EXAMPLE),
                            @ExampleObject(name = "Australia, TCO claimed", value = AU_TCO_EXAMPLE),
                            @ExampleObject(name = "United Kingdom", value = UK_EXAMPLE),
                            @ExampleObject(name = "United Kingdom, tobacco: % of the retail price", value = UK_TOBACCO_EXAMPLE)})),
            responses = {
                    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the calculation"),
                    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400",
                            description = "bad input: an RFC 9457 problem detail with code and errors[{field, label, message}]: field "
                                    + "is the request path for machines (e.g. lines[0].measures.duty), label the field as the caller's "
                                    + "language names it (line 1, duty rate / 第 1 項 關稅稅率), message why; detail says both in that language",
                            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "bad duty",
                                    value = BAD_INPUT_EXAMPLE))),
                    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "413",
                            description = "more than 5,000 lines or 10,000 option rows: a problem detail with code "
                                    + "taxes.api.lines.too-many or taxes.api.options.too-many naming lines and the limit",
                            content = @Content(mediaType = "application/problem+json")),
                    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "401", description = "no or a wrong login or token",
                            content = @Content(mediaType = "application/problem+json"))})
    TaxResultJson calculate(@Valid @RequestBody TaxRequestJson request) {
        RequestLimits.check(request);
        return TaxJsonMapper.toJson(calculations.calculate(TaxJsonMapper.toEngine(request)));
    }

    /** A request to keep a calculation for a client of the desk (its number), or for none. */
    record SaveRequest(@Positive Long clientId, @NotNull @Valid TaxRequestJson request) {
    }

    @PostMapping("/calculations/saved")
    @Operation(summary = "Calculate and save for a client (status DRAFT)")
    ResponseEntity<SavedCalculationJson> save(@Valid @RequestBody SaveRequest body) {
        RequestLimits.check(body.request());
        SavedCalculation saved = calculations.save(body.clientId() == null ? null : new ClientId(body.clientId()),
                TaxJsonMapper.toEngine(body.request()));
        return ResponseEntity.created(URI.create("/api/v1/tax/calculations/saved/" + saved.id())).body(TaxJsonMapper.toJson(saved));
    }

    @GetMapping("/calculations/saved")
    @Operation(summary = "Saved calculations of a client, newest first")
    List<SavedCalculationJson.Summary> forClient(@RequestParam long clientId) {
        calculations.requireClientAccess(new ClientId(clientId));
        return calculations.forClient(new ClientId(clientId)).stream().map(TaxJsonMapper::toJson).toList();
    }

    @GetMapping("/calculations/saved/{id}")
    SavedCalculationJson find(@PathVariable CalculationId id) {
        return TaxJsonMapper.toJson(calculations.find(id));
    }

    @PostMapping("/calculations/saved/{id}/rerun")
    @Operation(summary = "Re-run a saved calculation on the chain version it used; says whether every figure is identical")
    SavedCalculationJson.Rerun rerun(@PathVariable CalculationId id) {
        return TaxJsonMapper.toJson(calculations.rerun(id));
    }

    @PostMapping("/calculations/saved/{id}/submit")
    SavedCalculationJson submit(@PathVariable CalculationId id) {
        return TaxJsonMapper.toJson(calculations.submit(id));
    }

    @PostMapping("/calculations/saved/{id}/approve")
    @Operation(summary = "Approve (MANAGER only, not one's own calculation)")
    SavedCalculationJson approve(@PathVariable CalculationId id) {
        return TaxJsonMapper.toJson(calculations.approve(id));
    }

    /** How an approved calculation reached the client when the product did not mail it. */
    record SentElsewhere(@NotNull org.tradedesk.clients.Channel channel, Long contactId,
            @jakarta.validation.constraints.NotBlank @Size(max = 2000) String note) {
    }

    @PostMapping("/calculations/saved/{id}/sent")
    @Operation(summary = "Record that an approved calculation was given to the client another way",
            description = "Needs how (EMAIL, PHONE, MEETING, LETTER), optionally the contact, and a note; the note goes into "
                    + "the client's history. Refused (409) unless the calculation is APPROVED.")
    SavedCalculationJson sent(@PathVariable CalculationId id, @Valid @RequestBody SentElsewhere body) {
        return TaxJsonMapper.toJson(calculations.recordSentElsewhere(id, body.channel(), body.contactId(), body.note()));
    }

    @PostMapping("/penalties")
    @Operation(summary = "Penalty exposure of an understatement or a late declaration/payment (K05)")
    PenaltyJson.Exposure penalties(@Valid @RequestBody PenaltyJson.Request request) {
        return TaxJsonMapper.toJson(calculations.penalties(TaxJsonMapper.toEngine(request)));
    }

    @PostMapping(path = "/exchange-rates", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a customs exchange-rate CSV (all rows or none); MANAGER or ADMIN")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    Map<String, Object> importRates(@RequestPart("file") MultipartFile file) throws IOException {
        ExchangeRateStore.Imported imported = rates.importFile(file.getOriginalFilename(), file.getBytes());
        return Map.of("file", String.valueOf(file.getOriginalFilename()), "rows", imported.rows(), "encoding", imported.encoding());
    }

    @GetMapping("/jurisdictions")
    List<String> jurisdictions() {
        return calculations.jurisdictions();
    }
}
