package org.tradedesk.taxes.web;

import org.tradedesk.platform.web.FormRebinding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.TradedeskException;
import org.tradedesk.taxes.SavedCalculation;
import org.tradedesk.taxes.TaxCalculations;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.documents.CalculationDocuments;
import org.tradedesk.taxes.documents.TaxDocuments;

/**
 * Batch: an invoice uploaded as CSV or XLSX comes back as the worksheet XLSX. Every malformed row
 * is reported with its row number and column; nothing is saved unless the whole invoice calculates
 * (the save, when a client is chosen, is one transaction).
 */
@Controller
@RequestMapping("/taxes/batch")
class BatchPageController {

    /** Response header of a calculated upload: how its text was read (UTF-8, Big5, UTF-16LE (BOM), XLSX). */
    static final String SOURCE_ENCODING = "X-Source-Encoding";

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.?(.*)");

    private final TaxCalculations calculations;
    private final ClientDirectory clients;
    private final CalculationDocuments saved;
    private final TaxDocuments documents;
    private final Validator validator;
    private final SmartValidator formValidator;
    private final org.tradedesk.platform.BusinessCalendar calendar;

    BatchPageController(TaxCalculations calculations, ClientDirectory clients, CalculationDocuments saved, TaxDocuments documents, Validator validator, org.tradedesk.platform.BusinessCalendar calendar,
            SmartValidator formValidator) {
        this.formValidator = formValidator;
        this.calculations = calculations;
        this.clients = clients;
        this.saved = saved;
        this.documents = documents;
        this.validator = validator;
        this.calendar = calendar;
    }

    @ModelAttribute
    void choices(Model model) {
        InvoiceHeaderChoices.addTo(model, calculations);
        model.addAttribute("columns", InvoiceFile.COLUMNS);
        model.addAttribute("clients", clients.searchVisible("", false, PageRequest.of(0, 500)).getContent());
    }

    /**
     * The batch page; with {@code from}, a saved calculation with more lines than the form takes ({@value
     * org.tradedesk.platform.validation.Bounds#MAX_FORM_LINES}) copied here: its header filled in and its lines offered
     * as an invoice file ({@code lines.csv}) to change and upload, so no line is lost to the form's bound.
     */
    @GetMapping
    String page(@RequestParam(required = false) org.tradedesk.taxes.CalculationId from, Model model) {
        if (from != null) {
            SavedCalculation original = calculations.find(from);
            QuotationForm copy = QuotationForm.copyOf(original.clientId() == null ? "" : original.clientId().toString(), original.request());
            model.addAttribute("form", copy.withLines(List.of()));
            model.addAttribute("copiedFrom", SavedCalculation.reference(from));
            model.addAttribute("copiedFromId", from);
            model.addAttribute("copiedLines", original.request().lines().size());
            model.addAttribute("notCarried", InvoiceFile.notCarried(original.request().lines()));
            model.addAttribute("formLines", org.tradedesk.platform.validation.Bounds.MAX_FORM_LINES);
            return "taxes/batch";
        }
        model.addAttribute("form", QuotationForm.blank("", "TW", calendar.todayIn("TW")));
        return "taxes/batch";
    }

    /** A saved calculation's lines as an invoice file the batch upload reads back ({@link InvoiceFile#csv}). */
    @GetMapping("/lines.csv")
    ResponseEntity<byte[]> lines(@RequestParam org.tradedesk.taxes.CalculationId from) {
        SavedCalculation original = calculations.find(from);
        byte[] csv = InvoiceFile.csv(QuotationForm.copyOf("", original.request()).lines()).getBytes(StandardCharsets.UTF_8);
        return QuotationPageController.download(csv, SavedCalculation.reference(from) + "-lines.csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/sample.csv")
    ResponseEntity<byte[]> sample() {
        return QuotationPageController.download(InvoiceFile.sampleCsv().getBytes(StandardCharsets.UTF_8), "invoice-sample.csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @PostMapping
    Object upload(@Validated @ModelAttribute("form") QuotationForm bound, BindingResult bindingErrors,
            @RequestParam("file") MultipartFile file, Model model, Locale locale, HttpServletResponse response,
            HttpServletRequest httpRequest) throws IOException {
        FormRebinding.Bound<QuotationForm> rebound = FormRebinding.formToShow(bound, bindingErrors, QuotationForm.class, httpRequest,
                formValidator, model);
        QuotationForm form = rebound.form() == null ? QuotationForm.blank("", "TW", calendar.todayIn("TW")) : rebound.form();
        BindingResult errors = rebound.errors();
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "taxes/batch";
        }
        InvoiceFile.Parsed parsed = InvoiceFile.read(file.getOriginalFilename(), file.getBytes());
        model.addAttribute("encoding", parsed.encoding());
        model.addAttribute("encodingDetected", parsed.encodingDetected());
        List<InvoiceFile.Problem> problems = new ArrayList<>(parsed.problems());
        // one error per cell: a cell the file could not read ("abc" as a value) is not reported again as missing
        java.util.Set<String> reported = new java.util.HashSet<>();
        parsed.problems().forEach(p -> reported.add(p.row() + "/" + p.field()));
        for (int i = 0; i < parsed.lines().size(); i++) {
            for (ConstraintViolation<QuotationForm.LineForm> v : validator.validate(parsed.lines().get(i))) {
                if (!reported.add(parsed.rows().get(i) + "/" + v.getPropertyPath())) {
                    continue;
                }
                problems.add(new InvoiceFile.Problem(parsed.rows().get(i), v.getPropertyPath().toString(), missing(v)
                        // a missing cell in the product's words (為必填。), as the file reader says it, not Hibernate's 不得是空值
                        ? MessageText.of("taxes.batch.reason.required")
                        : MessageText.of("taxes.text.asGiven", MessageText.Arg.literal(v.getMessage()))));
            }
        }
        QuotationForm quotation = form.withLines(parsed.lines());
        if (!problems.isEmpty()) {
            // every row is still run, its refused cells set aside, so one upload reports every bad cell, not one kind at a time
            problems.addAll(everyLinesProblem(form, parsed.lines(), parsed.rows(), problems));
            problems.sort(java.util.Comparator.comparingInt(InvoiceFile.Problem::row));
            return problems(problems, model, response);
        }
        // how the file was read is shown to the reader in the worksheet's data versions, not only in a response header
        org.tradedesk.taxes.documents.TaxDocument.DataVersion read =
                org.tradedesk.taxes.documents.TaxDocument.DataVersion.sourceFile(file.getOriginalFilename(), parsed.encoding());
        try {
            byte[] xlsx;
            String name;
            if (quotation.clientNumber() != null) {
                SavedCalculation c = calculations.save(new ClientId(quotation.clientNumber()), quotation.toRequest());
                xlsx = documents.worksheetXlsx(saved.document(c.id(), null).withDataVersion(read));
                name = SavedCalculation.reference(c.id());
            } else {
                TaxRequest request = quotation.toRequest();
                TaxResult result = calculations.calculate(request);
                xlsx = documents.worksheetXlsx(saved.document("BATCH", "", locale, request, result).withDataVersion(read));
                name = "batch";
            }
            // the worksheet is the answer; how the file was read goes with it for scripts and the browser's network view
            return ResponseEntity.ok().headers(QuotationPageController.download(xlsx, name + "-worksheet.xlsx",
                    MediaType.parseMediaType(AdviceMail.XLSX)).getHeaders()).header(SOURCE_ENCODING, parsed.encoding()).body(xlsx);
        } catch (TradedeskException e) {
            problems.addAll(everyLinesProblem(form, parsed.lines(), parsed.rows(), List.of()));
            if (problems.isEmpty()) {
                problems.add(problem(e, parsed.rows()));
            }
            return problems(problems, model, response);
        }
    }

    /**
     * The engine stops at the first line it cannot compute; the user fixing a file wants every bad cell at once. Each
     * line is run alone under the same header, the cells the reader or the constraints already refused set aside
     * ({@link QuotationForm.LineForm#without}), so a row's other bad cell (a broken rate beside a bad origin) is found in
     * the same upload; an error at a cell set aside is not reported twice, and an error of the invoice as a whole (a
     * missing exchange rate) is reported once. The engine itself stops at a line's first bad cell: a second cell only it
     * refuses is found on the next upload (setting the first aside would change what the line means — a rate set aside
     * sends the line to the tariff's own rates — and report cells that are not wrong). {@code known}: the problems so far.
     */
    private List<InvoiceFile.Problem> everyLinesProblem(QuotationForm header, List<QuotationForm.LineForm> lines, List<Integer> rows,
            List<InvoiceFile.Problem> known) {
        List<InvoiceFile.Problem> found = new ArrayList<>();
        boolean invoiceLevelReported = known.stream().anyMatch(p -> p.row() == 0);
        for (int i = 0; i < lines.size(); i++) {
            if (known.size() + found.size() > MAX_PROBLEMS) {
                break; // more than the page lists: the rest of the rows are not run (review of T1 R9)
            }
            int row = rows.get(i);
            java.util.Set<String> aside = new java.util.HashSet<>();
            known.stream().filter(p -> p.row() == row).forEach(p -> aside.add(formField(p.field())));
            // a code the product does not know (tariff code, origin, unit) says nothing about the line's other cells: it is
            // set aside and the line run again, so a row's bad tariff code AND bad unit are both reported (review r-t1 F5)
            for (int pass = 0; pass <= CODE_CELLS.size(); pass++) {
                try {
                    calculations.calculate(header.withLines(List.of(lines.get(i).without(aside))).toRequest());
                    break;
                } catch (TradedeskException e) {
                    InvoiceFile.Problem p = problem(e, List.of(row));
                    if (p.row() == 0) {
                        // a problem of the invoice as a whole (the header: a missing exchange rate) fails every row the same
                        // way: reported once, and the other rows are not run for it (review of T1 R9: 5,000 runs)
                        if (!invoiceLevelReported) {
                            found.add(p);
                        }
                        return found;
                    }
                    boolean code = CODE_CELLS.contains(formField(p.field()));
                    if (pass > 0 && !code) {
                        // with a code set aside the line means something else: only another bad code is the file's
                        break;
                    }
                    if (!aside.contains(formField(p.field()))) {
                        found.add(p);
                    }
                    if (!code || !aside.add(formField(p.field()))) {
                        break;
                    }
                }
            }
        }
        return found;
    }

    /** The cells holding a code the product looks up, each of which can be wrong on its own. */
    private static final java.util.Set<String> CODE_CELLS = java.util.Set.of("tariffCode", "origin", "unit");

    /** A row's field as the engine or the validator names it, as the form field it is typed in (measures.duty → measures). */
    static String formField(String field) {
        String f = QuotationPageController.formField("lines[0]." + field).substring("lines[0].".length());
        int cut = f.indexOf('.');
        return cut < 0 ? f : f.substring(0, cut);
    }

    /** A violation that says the cell is empty (@NotNull, @NotBlank, @NotEmpty). */
    private static boolean missing(ConstraintViolation<?> v) {
        Class<?> kind = v.getConstraintDescriptor().getAnnotation().annotationType();
        return kind == jakarta.validation.constraints.NotNull.class || kind == jakarta.validation.constraints.NotBlank.class
                || kind == jakarta.validation.constraints.NotEmpty.class;
    }

    /** An engine error naming {@code lines[i].field} is reported at the file row line i came from. */
    private static InvoiceFile.Problem problem(TradedeskException e, List<Integer> rows) {
        if (e instanceof TaxInputInvalid invalid && invalid.field() != null) {
            Matcher m = LINE_FIELD.matcher(invalid.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < rows.size()) {
                return new InvoiceFile.Problem(rows.get(Integer.parseInt(m.group(1))), m.group(2).isEmpty() ? "line" : m.group(2), invalid.reason());
            }
            return new InvoiceFile.Problem(0, invalid.field(), invalid.reason());
        }
        return new InvoiceFile.Problem(0, "invoice", e.asText());
    }

    /** 422: the upload was understood but cannot be computed as it stands; nothing was saved. */
    private static String problems(List<InvoiceFile.Problem> problems, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        // at most MAX_PROBLEMS listed, then "and at least N more" (review of T1 R9: 5,000 bad rows were 5,000 lines)
        model.addAttribute("problems", problems.size() > MAX_PROBLEMS ? List.copyOf(problems.subList(0, MAX_PROBLEMS)) : problems);
        if (problems.size() > MAX_PROBLEMS) {
            model.addAttribute("moreProblems", problems.size() - MAX_PROBLEMS);
        }
        return "taxes/batch";
    }

    /**
     * The most problems one upload lists, and the most its rows are run for: past it the page says "and at least N more"
     * and the rows after are not run (each row is up to four engine runs).
     */
    static final int MAX_PROBLEMS = 200;

}
