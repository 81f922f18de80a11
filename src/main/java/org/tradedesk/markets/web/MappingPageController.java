package org.tradedesk.markets.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tradedesk.markets.ColumnMapping;
import org.tradedesk.markets.ColumnMappings;
import org.tradedesk.markets.DatasetView;
import org.tradedesk.markets.TradeFileRefused;
import org.tradedesk.platform.web.FormRebinding;
import org.tradedesk.shared.TradedeskException;

/**
 * The generic CSV/XLSX import: upload a table, see its first rows under the chosen header row, map each field to a
 * column (a saved mapping chosen by name fills the form), and import it as a dataset; the mapping is saved under its
 * name for the next file. The uploaded file is held on this instance (an hour, at most {@link #MAX_HELD}) until imported.
 */
@Controller
class MappingPageController {

    static final int MAX_HELD = 50;
    static final Duration HOLD = Duration.ofHours(1);

    /** Column headers a field is guessed from when no saved mapping is chosen (lower case). */
    private static final Map<String, List<String>> GUESS = Map.of(
            "reporter", List.of("reporter", "reportercode", "reporter code", "reporteriso", "reporter iso", "報告國", "申報國"),
            "partner", List.of("partner", "partnercode", "partner code", "partneriso", "partner iso", "夥伴國", "國家", "貿易夥伴"),
            "product", List.of("product", "cmdcode", "commodity", "commodity code", "hs", "hs code", "hscode", "貨品號列", "貨品"),
            "period", List.of("period", "year", "refyear", "期間", "年", "年度", "年月"),
            "flow", List.of("flow", "flowcode", "trade flow", "進出口別", "進出口"),
            "value", List.of("value", "trade value", "primaryvalue", "value usd", "value (usd)", "金額", "價值"),
            "quantity", List.of("quantity", "qty", "數量"),
            "unit", List.of("unit", "qtyunitabbr", "quantity unit", "數量單位", "單位"));

    private record Held(String owner, String fileName, Path file, Instant at) {
    }

    private final ColumnMappings mappings;
    private final SmartValidator validator;
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    private final org.tradedesk.platform.MessageTexts texts;

    MappingPageController(ColumnMappings mappings, SmartValidator validator, org.tradedesk.platform.MessageTexts texts) {
        this.texts = texts;
        this.mappings = mappings;
        this.validator = validator;
    }

    @GetMapping("/markets/mappings")
    String list(Model model) {
        model.addAttribute("mappings", mappings.mappings());
        return "markets/mappings";
    }

    @PostMapping("/markets/mappings/preview")
    String preview(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String mapping,
                   @RequestParam(required = false) Integer headerRow, @RequestParam(required = false) String decimalSeparator,
                   @RequestParam(required = false) String thousandsSeparator, @RequestParam(required = false) String delimiter,
                   Principal principal, Model model) throws IOException {
        if (file.isEmpty()) {
            throw new TradeFileRefused("markets.import.empty", "the file is empty", 0, "");
        }
        String token = hold(file, principal.getName());
        ColumnMapping saved = mappings.mapping(mapping).orElse(null);
        int row = saved != null ? saved.headerRow() : headerRow == null ? 1 : headerRow;
        // the saved mapping's delimiter, else the one chosen on the upload form (t2fixR), else counted on the header row
        String chosen = saved != null ? saved.delimiter() : delimiter;
        ColumnMappings.TablePreview preview = mappings.preview(held(token, principal).file(), row, chosen);
        MappingForm form = saved != null ? MappingForm.of(token, saved)
                : guessed(token, file.getOriginalFilename(), row, preview.headers(), decimalSeparator, thousandsSeparator, chosen);
        model.addAttribute("form", form);
        return page(model, preview, held(token, principal).fileName());
    }

    @PostMapping("/markets/mappings/import")
    String importWithMapping(@Validated @ModelAttribute("form") MappingForm bound, BindingResult bindingErrors,
                             @RequestParam(required = false) String refresh, HttpServletRequest request, Principal principal, Model model) {
        FormRebinding.Bound<MappingForm> rebound = FormRebinding.formToShow(bound, bindingErrors, MappingForm.class, request, validator,
                model);
        MappingForm form = rebound.form();
        if (form == null || form.token() == null) {
            return "redirect:/markets/mappings";
        }
        BindingResult errors = rebound.errors();
        Held h = held(form.token(), principal);
        int row = form.headerRow() == null || errors.hasFieldErrors("headerRow") ? 1 : form.headerRow();
        ColumnMappings.TablePreview preview = mappings.preview(h.file(), row, errors.hasFieldErrors("delimiter") ? null : form.delimiter());
        if (form.thousandsSeparator() != null && form.thousandsSeparator().equals(form.decimalSeparator())) {
            errors.rejectValue("thousandsSeparator", "markets.mapping.same-separator");
        }
        Map<String, String> chosen = new java.util.LinkedHashMap<>();
        chosen.put("reporter", form.reporter());
        chosen.put("partner", form.partner());
        chosen.put("product", form.product());
        chosen.put("period", form.period());
        chosen.put("flow", form.flow());
        chosen.put("value", form.value());
        chosen.put("quantity", form.quantity());
        chosen.put("unit", form.unit());
        for (Map.Entry<String, String> c : chosen.entrySet()) {
            String field = c.getKey();
            String header = c.getValue();
            if (header != null && !header.isBlank() && !errors.hasFieldErrors(field)
                    && preview.headers().stream().noneMatch(x -> x.strip().equalsIgnoreCase(header.strip()))) {
                errors.rejectValue(field, "markets.mapping.no-such-column", new Object[] {header, row}, "no such column");
            }
        }
        if (refresh != null || errors.hasErrors()) {
            model.addAttribute("form", form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            return page(model, preview, h.fileName());
        }
        ColumnMapping m = form.toMapping();
        DatasetView view;
        try {
            // the mapping is saved with the import's success (DatasetImporter), never for an import that failed
            try (InputStream in = Files.newInputStream(h.file())) {
                view = mappings.importFile(h.fileName(), in, m, principal.getName(), false);
            }
        } catch (TradedeskException e) {
            FormProblems.reject(errors, e, texts);
            model.addAttribute("form", form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            return page(model, preview, h.fileName());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        release(form.token());
        return "redirect:/markets/datasets/" + view.id() + (view.duplicate() ? "?duplicate" : "");
    }

    private String page(Model model, ColumnMappings.TablePreview preview, String fileName) {
        model.addAttribute("preview", preview);
        model.addAttribute("fileName", fileName);
        model.addAttribute("columns", preview.headers().stream().filter(x -> !x.isBlank()).distinct().toList());
        model.addAttribute("letters", java.util.stream.IntStream.range(0, preview.headers().size())
                .mapToObj(org.tradedesk.markets.importing.MappedTableReader::letter).toList());
        return "markets/mapping";
    }

    private static MappingForm guessed(String token, String fileName, int row, List<String> headers, String decimal, String thousands,
                                       String delimiter) {
        Map<String, String> found = new java.util.HashMap<>();
        for (Map.Entry<String, List<String>> g : GUESS.entrySet()) {
            headers.stream().filter(h -> g.getValue().contains(h.strip().toLowerCase(Locale.ROOT))).findFirst()
                    .ifPresent(h -> found.put(g.getKey(), h.strip()));
        }
        String name = fileName == null ? "" : fileName.replaceAll("\\.[A-Za-z0-9]+$", "");
        name = name.length() > 80 ? name.substring(0, 80) : name;
        return new MappingForm(token, name, row, found.get("reporter"), found.get("partner"), found.get("product"), found.get("period"),
                found.get("flow"), found.get("value"), found.get("quantity"), found.get("unit"),
                decimal == null || decimal.isBlank() ? "." : decimal, thousands == null || thousands.isBlank() ? "," : thousands,
                ColumnMapping.delimiterOf(delimiter) == 0 ? "auto" : delimiter.strip());
    }

    private String hold(MultipartFile file, String owner) throws IOException {
        expire();
        if (held.size() >= MAX_HELD) {
            throw new TradedeskException(TradedeskException.Kind.CONFLICT, "markets.mapping.busy", "too many uploads waiting", MAX_HELD);
        }
        Path tmp = Files.createTempFile("markets-mapping-", ".dat");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String token = UUID.randomUUID().toString();
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "table" : file.getOriginalFilename();
        held.put(token, new Held(owner, name, tmp, Instant.now()));
        return token;
    }

    private Held held(String token, Principal principal) {
        Held h = token == null ? null : held.get(token);
        if (h == null || !h.owner().equals(principal.getName())) {
            throw new TradedeskException(TradedeskException.Kind.NOT_FOUND, "markets.mapping.upload-gone", "the uploaded file is no longer held",
                    token);
        }
        return h;
    }

    private void release(String token) {
        Held h = held.remove(token);
        if (h != null) {
            try {
                Files.deleteIfExists(h.file());
            } catch (IOException ignored) {
                // a temporary file
            }
        }
    }

    private void expire() {
        Instant limit = Instant.now().minus(HOLD);
        for (Iterator<Map.Entry<String, Held>> it = held.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Held> e = it.next();
            if (e.getValue().at().isBefore(limit)) {
                it.remove();
                try {
                    Files.deleteIfExists(e.getValue().file());
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }
}
