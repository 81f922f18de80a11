package org.tradedesk.markets.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.tradedesk.platform.web.FormRebinding;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tradedesk.markets.ResearchProjects;
import org.tradedesk.markets.domain.stats.MarketScoring;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.TradedeskException;

/**
 * A research project's page: product, candidate markets, the questions (checklist) and datasets; the scoring of its
 * markets on a dataset with the weights and typed tariffs given in the form (GET, nothing stored), and its decision
 * records with the figures they rest on and the decision check's findings.
 */
@Controller
class ResearchProjectPageController {

    private final ResearchProjects projects;
    private final MessageTexts texts;
    private final org.tradedesk.markets.ProjectAnalyses shared;
    private final org.tradedesk.markets.ResearchReports reports;
    private final org.tradedesk.markets.MarketDatasets datasets;
    private final org.tradedesk.markets.reports.AnalysisPresenter presenter;
    private final org.springframework.validation.SmartValidator validator;
    private final org.tradedesk.markets.TariffDatasets tariffDatasets;

    ResearchProjectPageController(ResearchProjects projects, MessageTexts texts, org.tradedesk.markets.ProjectAnalyses shared,
                                  org.tradedesk.markets.ResearchReports reports, org.tradedesk.markets.MarketDatasets datasets,
                                  org.tradedesk.markets.reports.AnalysisPresenter presenter,
                                  org.springframework.validation.SmartValidator validator,
                                  org.tradedesk.markets.TariffDatasets tariffDatasets) {
        this.tariffDatasets = tariffDatasets;
        this.projects = projects;
        this.texts = texts;
        this.shared = shared;
        this.reports = reports;
        this.datasets = datasets;
        this.presenter = presenter;
        this.validator = validator;
    }

    record FindingLine(String severity, String market, String text) {
    }

    /** {@code tariffs}: each market's tariff of the figures the decision rests on, product × market, with its source. */
    record DecisionLine(ResearchProjects.Decision decision, List<FindingLine> findings, List<String> tariffs) {
    }

    private List<String> tariffs(ResearchProjects.Scoring s, Locale locale) {
        List<String> out = new ArrayList<>();
        for (ResearchProjects.MarketLine l : s == null ? List.<ResearchProjects.MarketLine>of() : s.ranking()) {
            if (l.tariffPercent() != null && l.tariffSource() != null) {
                out.add(texts.render(MessageText.of("markets.decision.typed-pair", MessageText.Arg.literal(s.product()),
                        org.tradedesk.markets.ResearchProjects.marketArg(l.market()),
                        MessageText.Arg.literal(DecisionForm.shown(java.math.BigDecimal.valueOf(l.tariffPercent()))),
                        MessageText.Arg.code("markets.stats.tariff-source." + l.tariffSource().toLowerCase(Locale.ROOT).replace('_', '-'))), locale));
            }
        }
        return out;
    }

    @GetMapping("/markets/projects/{id}")
    String project(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        ResearchProjects.Project p = projects.project(id);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("project", p);
        model.addAttribute("criteria", List.of("DEMAND_SIZE", "DEMAND_GROWTH", "SUPPLIER_CONCENTRATION", "UNIT_VALUE", "OUR_SHARE", "TARIFF"));
        model.addAttribute("params", params);
        model.addAttribute("fieldErrors", Map.of());
        // the criteria's labels follow the flow asked for: a market's exports are supply, not demand
        Map<String, String> labels = new LinkedHashMap<>();
        for (MarketScoring.Criterion c : MarketScoring.Criterion.values()) {
            labels.put(c.name(), org.tradedesk.markets.ResearchReports.criterionCode(c.name(), params.get("flow")));
        }
        model.addAttribute("criterionLabels", labels);
        model.addAttribute("decisions", projects.decisions(id).stream().map(d -> new DecisionLine(d, d.findings().stream()
                .map(f -> new FindingLine(f.severity(), f.market(), texts.render(f.text(), locale))).toList(), tariffs(d.figures(), locale))).toList());
        prepare(p, model);
        String dataset = params.get("dataset");
        if (dataset != null && !dataset.isBlank()) {
            try {
                // every problem of the form at once (t2fixO): a number that does not read is kept with the others, not thrown first
                List<org.tradedesk.markets.ParameterInvalid> problems = new ArrayList<>();
                Map<String, Double> weights = new LinkedHashMap<>();
                for (MarketScoring.Criterion c : MarketScoring.Criterion.values()) {
                    Double w = org.tradedesk.markets.ParameterInvalid.collect(problems, () -> number(params.get("w_" + c.name()), "weights." + c.name()));
                    // an empty or 0 weight leaves the criterion out; a negative one is refused at its field (never dropped)
                    if (w != null && w != 0) {
                        weights.put(c.name(), w);
                    }
                }
                Map<String, Double> tariffs = new LinkedHashMap<>();
                Map<String, String> tariffCodes = new LinkedHashMap<>();
                Map<String, String> tariffReasons = new LinkedHashMap<>();
                Map<String, Long> tariffAverages = new LinkedHashMap<>();
                for (String m : p.markets()) {
                    Double t = org.tradedesk.markets.ParameterInvalid.collect(problems, () -> number(params.get("tariff_" + m), "tariffs." + m));
                    if (t != null) {
                        tariffs.put(m, t);
                    }
                    putText(tariffCodes, m, params.get("tariffCode_" + m));
                    putText(tariffReasons, m, params.get("tariffReason_" + m));
                    // t2fixR: the tariff dataset chosen for the market (its id), as the API's tariffAverages
                    Integer average = org.tradedesk.markets.ParameterInvalid.collect(problems,
                            () -> integer(params.get("tariffAverage_" + m), "tariffAverages." + m));
                    if (average != null) {
                        tariffAverages.put(m, average.longValue());
                    }
                }
                // the direction's refusal comes with the scoring's own (the partner, the tariffs), all at once
                Map<String, String> directions = org.tradedesk.markets.ParameterInvalid.collect(problems,
                        () -> directions(weights, params.get("dir_OUR_SHARE")));
                Integer datasetId = org.tradedesk.markets.ParameterInvalid.collect(problems, () -> integer(dataset, "dataset"));
                Integer from = org.tradedesk.markets.ParameterInvalid.collect(problems, () -> integer(params.get("from"), "from"));
                Integer to = org.tradedesk.markets.ParameterInvalid.collect(problems, () -> integer(params.get("to"), "to"));
                Double sensitivity = org.tradedesk.markets.ParameterInvalid.collect(problems, () -> number(params.get("sensitivity"), "sensitivity"));
                java.time.LocalDate tariffDate = org.tradedesk.markets.ParameterInvalid.collect(problems,
                        () -> DecisionForm.date(params.get("tariffDate")));
                java.util.Set<String> refused = new java.util.HashSet<>();
                // t2fixS (review MINOR 6): by the input a field is typed in, so a rate refused as no number (tariffs.CHN) is not
                // refused again as "no tariff value" under another field name of the same input
                problems.forEach(x -> refused.add(inputOf(x.field())));
                ResearchProjects.Scoring s = null;
                if (datasetId != null) {
                    try {
                        s = projects.score(id, new ResearchProjects.ScoringRequest(datasetId.longValue(), params.get("flow"),
                                params.get("product"), from, to, weights, tariffs, sensitivity, params.get("origin"), tariffDate,
                                tariffCodes, tariffReasons, params.get("partner"), directions, tariffAverages.isEmpty() ? null : tariffAverages));
                    } catch (org.tradedesk.markets.ParameterInvalid e) {
                        // a field refused above (a rate that is not a number) is not refused again as missing
                        e.all().stream().filter(x -> !refused.contains(inputOf(x.field()))).forEach(problems::add);
                    } catch (TradedeskException e) {
                        if (problems.isEmpty()) {
                            throw e;
                        }
                    }
                }
                org.tradedesk.markets.ParameterInvalid.throwAll(problems);
                model.addAttribute("scoring", s);
                model.addAttribute("notes", texts.renderAll(s.notes(), locale));
            } catch (org.tradedesk.markets.ParameterInvalid e) {
                // every problem at once (t2fixJ), each at its input and all of them in the alert
                Map<String, String> fieldErrors = new LinkedHashMap<>();
                List<String> all = new ArrayList<>();
                for (org.tradedesk.markets.ParameterInvalid x : e.all()) {
                    String text = texts.render(org.tradedesk.markets.ParameterInvalid.text(x), locale);
                    // two messages of one input as two: joined with the reader's separator (「；」/"; "), never run together
                    fieldErrors.merge(inputOf(x.field()), text, (a, b) -> a + (locale.getLanguage().equals("zh") ? "；" : "; ") + b);
                    all.add(text);
                }
                model.addAttribute("error", String.join(" ", all));
                model.addAttribute("fieldErrors", fieldErrors);
            } catch (TradedeskException e) {
                model.addAttribute("error", problem(e, locale));
            }
        }
        return "markets/project";
    }

    /** Our market share's direction as chosen on the form, when the criterion is weighted (else none). */
    static Map<String, String> directions(Map<String, Double> weights, String ourShare) {
        if (ourShare != null && !ourShare.isBlank() && !ourShare.strip().matches("HIGHER_IS_BETTER|LOWER_IS_BETTER")) {
            // a direction in words (愈高愈好) or a label posted back is refused at its field even when the share has no
            // weight: never taken, never dropped in silence (t2fixJ)
            throw new org.tradedesk.markets.ParameterInvalid("directions.OUR_SHARE", ourShare.strip(), "markets.query.reason.not-a-direction",
                    "HIGHER_IS_BETTER, LOWER_IS_BETTER");
        }
        return weights.containsKey("OUR_SHARE") && ourShare != null && !ourShare.isBlank() ? Map.of("OUR_SHARE", ourShare.strip()) : null;
    }

    private static void putText(Map<String, String> into, String market, String text) {
        if (text != null && !text.isBlank()) {
            into.put(market, text.strip());
        }
    }

    // --- t2report: project and decision forms, shared analyses with comments, the report and its sending ---

    record SharedLine(org.tradedesk.markets.ProjectAnalyses.SharedAnalysis analysis,
                      org.tradedesk.markets.reports.AnalysisPresenter.Shown shown, String problem, String query) {
    }

    private void prepare(ResearchProjects.Project p, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("marketNames", new MarketNames(texts, locale));
        List<SharedLine> causal = new ArrayList<>();
        List<SharedLine> other = new ArrayList<>();
        for (org.tradedesk.markets.ProjectAnalyses.SharedAnalysis a : shared.shared(p.id())) {
            SharedLine line;
            try {
                line = new SharedLine(a, presenter.show(shared.compute(a), locale), null, AnalysisPageController.query(a.request()));
            } catch (TradedeskException e) {
                line = new SharedLine(a, null, problem(e, locale), AnalysisPageController.query(a.request()));
            }
            (a.method().causeAndEffect() ? causal : other).add(line);
        }
        model.addAttribute("causal", causal);
        model.addAttribute("shared", other);
        model.addAttribute("sent", shared.reportsSent(p.id()));
        // t2fixR: the tariff datasets imported for each candidate market, offered on both forms (the API's tariffAverages)
        Map<String, List<org.tradedesk.markets.TariffDatasetView>> averages = new LinkedHashMap<>();
        List<org.tradedesk.markets.TariffDatasetView> all = tariffDatasets.datasets();
        for (String m : p.markets()) {
            List<org.tradedesk.markets.TariffDatasetView> of = all.stream().filter(t -> m.equals(t.market())).toList();
            if (!of.isEmpty()) {
                averages.put(m, of);
            }
        }
        model.addAttribute("tariffDatasets", averages);
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", DecisionForm.empty(p.datasets().get(0)));
        }
        // the rates typed on the decision form shown back pair by pair (product × market), marked as typed by the user — also
        // when the form comes back with an error (t2fixJ)
        Object form = model.getAttribute("decisionForm");
        List<String> typed = new ArrayList<>();
        if (form instanceof DecisionForm f) {
            List<String> codes = p.hsCodes();
            for (DecisionForm.TypedRate r : f.typedRates()) {
                String product = r.product() != null ? r.product() : codes.size() == 1 ? codes.get(0) : "?";
                typed.add(texts.render(MessageText.of("markets.decision.typed-pair", MessageText.Arg.literal(product),
                        org.tradedesk.markets.ResearchProjects.marketArg(r.market()),
                        MessageText.Arg.literal(DecisionForm.shown(new java.math.BigDecimal(r.rate()))),
                        MessageText.Arg.code("markets.stats.tariff-source.typed-by-user")), locale));
            }
        }
        model.addAttribute("typedTariffs", typed);
        if (!model.containsAttribute("commentForm")) {
            model.addAttribute("commentForm", new CommentForm(null));
        }
        if (!model.containsAttribute("mailForm")) {
            model.addAttribute("mailForm", new ReportMailForm(null, null, locale.getLanguage().equals("zh") ? "zh-TW" : "en"));
        }
    }

    /**
     * The project's markets as the reader reads them on the page: "China (CHN)" / 「中國（CHN）」 (the name from the markets
     * country list, the code beside); a code the list does not know as itself.
     */
    public record MarketNames(MessageTexts texts, Locale locale) {

        public String named(String code) {
            return texts.render(org.tradedesk.markets.ResearchProjects.marketArg(code), locale);
        }

        public String list(List<String> codes) {
            return MessageTexts.joined(codes.stream().map(this::named).toList(), locale);
        }
    }

    private String problem(TradedeskException e, Locale locale) {
        if (e.messageText() != null || e instanceof org.tradedesk.markets.ParameterInvalid) {
            return texts.render(org.tradedesk.markets.ParameterInvalid.text(e), locale);
        }
        List<MessageText.Arg> args = new ArrayList<>();
        for (Object a : e.arguments()) {
            // an argument that is itself a message code (a criterion's name) is worded, never shown raw
            args.add(a instanceof org.tradedesk.markets.ParameterInvalid.Label label ? MessageText.Arg.code(label.code())
                    : a instanceof String t && t.matches("markets\\.[a-z0-9.-]+") ? MessageText.Arg.code(t) : MessageText.Arg.literal(a));
        }
        return texts.render(new MessageText(e.messageCode(), args), locale);
    }

    @GetMapping("/markets/projects/new")
    String newProject(Model model) {
        model.addAttribute("projectForm", ProjectForm.empty());
        model.addAttribute("datasets", importedDatasets());
        return "markets/project-form";
    }

    /** Only imported datasets can carry a project (review M3: failed imports were offered). */
    private java.util.List<org.tradedesk.markets.DatasetView> importedDatasets() {
        return datasets.datasets().stream().filter(d -> d.status() == org.tradedesk.markets.DatasetStatus.SUCCEEDED).toList();
    }

    @PostMapping("/markets/projects")
    String create(@Validated @ModelAttribute("projectForm") ProjectForm bound, BindingResult bindingErrors, HttpServletRequest request,
                  Model model, Principal principal, HttpServletResponse response) {
        FormRebinding.Bound<ProjectForm> rebound = FormRebinding.formToShow(bound, bindingErrors, ProjectForm.class, request, validator, model);
        BindingResult errors = rebound.errors();
        if (!errors.hasErrors()) {
            ProjectForm f = rebound.form();
            try {
                ResearchProjects.Project p = projects.create(f.name(), ProjectForm.split(f.hsCodes()), ProjectForm.split(f.markets()),
                        ProjectForm.lines(f.questions()), f.datasets(), principal.getName());
                return "redirect:/markets/projects/" + p.id();
            } catch (TradedeskException e) {
                FormProblems.reject(errors, e, texts, ResearchProjects.NOT_READY.equals(e.messageCode()) ? "datasets" : null);
            }
        }
        if (rebound.form() == null) {
            model.addAttribute("projectForm", ProjectForm.empty());
        }
        model.addAttribute("datasets", importedDatasets());
        response.setStatus(422);
        return "markets/project-form";
    }

    @PostMapping("/markets/projects/{id}/decisions")
    String decide(@PathVariable long id, @Validated @ModelAttribute("decisionForm") DecisionForm bound, BindingResult bindingErrors,
                  HttpServletRequest request, Model model, Principal principal, HttpServletResponse response) {
        FormRebinding.Bound<DecisionForm> rebound = FormRebinding.formToShow(bound, bindingErrors, DecisionForm.class, request, validator, model);
        BindingResult errors = worded(rebound, model);
        if (!errors.hasErrors()) {
            DecisionForm f = rebound.form();
            try {
                // the form's own problems (typed rates, the tariff date) with the choices' and the scoring's, all at once (t2fixO)
                List<org.tradedesk.markets.ParameterInvalid> formProblems = new ArrayList<>();
                ResearchProjects.ScoringRequest asked = f.scoring(projects.project(id).hsCodes(), formProblems);
                ResearchProjects.Decision d = projects.decide(id, asked, f.chosen(), principal.getName(), formProblems);
                return "redirect:/markets/projects/" + id + "#decision-" + d.id();
            } catch (org.tradedesk.markets.ParameterInvalid e) {
                // every problem at once, each at the form's field it was typed in (t2fixJ): a typed tariff at the tariffs
                // field, a weight at its weight; the input stays as typed
                Locale locale = LocaleContextHolder.getLocale();
                for (org.tradedesk.markets.ParameterInvalid x : e.all()) {
                    String text = texts.render(org.tradedesk.markets.ParameterInvalid.text(x), locale);
                    String field = decisionField(x.field());
                    if (field == null) {
                        errors.reject("markets.problem.text", new Object[] {text}, text);
                    } else {
                        errors.rejectValue(field, "markets.problem.text", new Object[] {text}, text);
                    }
                }
            } catch (TradedeskException e) {
                FormProblems.reject(errors, e, texts);
                if (e.kind() == TradedeskException.Kind.CONFLICT) {
                    // a double submit: the decision recorded by the first is named, none recorded again (t2fixO)
                    response.setStatus(409);
                    return project(id, Map.of(), model);
                }
            }
        }
        response.setStatus(422);
        return project(id, Map.of(), model);
    }

    /**
     * The decision form's field errors worded as the API words them: the value given and the bound it breaks
     * ({@code from=20l8}: "20l8" is not a whole number; weight -3: -3 is below 0), never the bare "invalid value" or
     * the validator's default; the input is kept (the rejected value stays in its field).
     */
    private static BindingResult worded(FormRebinding.Bound<DecisionForm> rebound, Model model) {
        BindingResult errors = rebound.errors();
        if (rebound.form() == null || !errors.hasFieldErrors()) {
            return errors;
        }
        org.springframework.validation.BeanPropertyBindingResult out = new org.springframework.validation.BeanPropertyBindingResult(
                rebound.form(), errors.getObjectName());
        errors.getGlobalErrors().forEach(out::addError);
        for (org.springframework.validation.FieldError e : errors.getFieldErrors()) {
            String code = e.getCode() == null ? "" : e.getCode();
            Object rejected = e.getRejectedValue();
            // a number as a reader reads it: -3, 0.25, 1E+308 — never 1e308's 309 digits (t2fixJ)
            String value = rejected == null ? "" : rejected instanceof Number n
                    ? DecisionForm.shown(new java.math.BigDecimal(n.toString())) : String.valueOf(rejected);
            String[] codes = null;
            Object[] args = null;
            if (e.isBindingFailure()) {
                boolean whole = e.getField().equals("from") || e.getField().equals("to") || e.getField().equals("dataset");
                codes = new String[] {whole ? "markets.form.not-a-whole-number" : "markets.form.not-a-number"};
                args = new Object[] {value};
            } else if (code.equals("Pattern") && e.getField().equals("ourShareDirection")) {
                // a direction typed in words (愈高愈好) or a label posted back: named, with the two directions as the reader reads them
                codes = new String[] {"markets.form.not-a-direction"};
                args = new Object[] {value, new org.springframework.context.support.DefaultMessageSourceResolvable(
                        "markets.project.our-share-direction.HIGHER_IS_BETTER"), new org.springframework.context.support.DefaultMessageSourceResolvable(
                        "markets.project.our-share-direction.LOWER_IS_BETTER")};
            } else if (code.equals("DecimalMin") || code.equals("DecimalMax")) {
                Object bound = e.getArguments() != null && e.getArguments().length > 2 ? e.getArguments()[2] : null;
                codes = new String[] {code.equals("DecimalMin") ? "markets.form.at-least" : "markets.form.at-most"};
                args = new Object[] {value, String.valueOf(bound)};
            }
            out.addError(codes == null ? e : new org.springframework.validation.FieldError(e.getObjectName(), e.getField(), e.getRejectedValue(),
                    e.isBindingFailure(), codes, args, e.getDefaultMessage()));
        }
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), out);
        return out;
    }

    @PostMapping("/markets/projects/{id}/analyses/{analysis}/comments")
    String comment(@PathVariable long id, @PathVariable long analysis, @Validated @ModelAttribute("commentForm") CommentForm bound,
                   BindingResult bindingErrors, HttpServletRequest request, Model model, Principal principal, HttpServletResponse response) {
        FormRebinding.Bound<CommentForm> rebound = FormRebinding.formToShow(bound, bindingErrors, CommentForm.class, request, validator, model);
        BindingResult errors = rebound.errors();
        if (!errors.hasErrors()) {
            try {
                shared.comment(id, analysis, rebound.form().body(), principal.getName());
                return "redirect:/markets/projects/" + id + "#shared-" + analysis;
            } catch (TradedeskException e) {
                FormProblems.reject(errors, e, texts);
            }
        }
        model.addAttribute("commentOn", analysis);
        response.setStatus(422);
        return project(id, Map.of(), model);
    }

    @GetMapping("/markets/projects/{id}/analyses/{analysis}.{format:xlsx|png|svg}")
    ResponseEntity<byte[]> sharedExport(@PathVariable long id, @PathVariable long analysis, @PathVariable String format) {
        Locale locale = LocaleContextHolder.getLocale();
        org.tradedesk.markets.ProjectAnalyses.SharedAnalysis a = shared.analysis(id, analysis);
        return AnalysisPageController.export(presenter.show(shared.compute(a), locale), format, "project-" + id + "-analysis-" + analysis,
                locale, presenter);
    }

    /** The data analysis report in the page's language, or {@code lang} (zh-TW or en). */
    @GetMapping("/markets/projects/{id}/report.{format:pdf|xlsx}")
    ResponseEntity<byte[]> report(@PathVariable long id, @PathVariable String format, @RequestParam(required = false) String lang) {
        Locale locale = lang == null || lang.isBlank() ? LocaleContextHolder.getLocale()
                : org.tradedesk.markets.ResearchReports.language(lang, "lang");
        boolean pdf = format.equals("pdf");
        byte[] body = pdf ? reports.pdf(id, locale) : reports.xlsx(id, locale);
        return ResponseEntity.ok().contentType(pdf ? MediaType.APPLICATION_PDF : AnalysisPageController.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("research-" + id + "-" + org.tradedesk.markets.ResearchReports.language(locale).toLanguageTag() + "." + format)
                        .build().toString())
                .body(body);
    }

    @PostMapping("/markets/projects/{id}/report/mail")
    String mail(@PathVariable long id, @Validated @ModelAttribute("mailForm") ReportMailForm bound, BindingResult bindingErrors,
                HttpServletRequest request, Model model, Principal principal, HttpServletResponse response,
                org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        FormRebinding.Bound<ReportMailForm> rebound = FormRebinding.formToShow(bound, bindingErrors, ReportMailForm.class, request, validator, model);
        BindingResult errors = rebound.errors();
        if (!errors.hasErrors()) {
            ReportMailForm f = rebound.form();
            try {
                reports.send(id, List.of(new org.tradedesk.markets.ResearchReports.Recipient(f.name(), f.email(), f.language())),
                        principal.getName());
                flash.addFlashAttribute("mailSent", f.email());
                return "redirect:/markets/projects/" + id + "#report";
            } catch (TradedeskException e) {
                FormProblems.reject(errors, e, texts);
            }
        }
        response.setStatus(422);
        return project(id, Map.of(), model);
    }

    private static final Map<String, String> DECISION_WEIGHTS = Map.of("DEMAND_SIZE", "demandSize", "DEMAND_GROWTH", "demandGrowth",
            "SUPPLIER_CONCENTRATION", "supplierConcentration", "UNIT_VALUE", "unitValue", "TARIFF", "tariff", "OUR_SHARE", "ourShare");

    private static final java.util.Set<String> DECISION_FIELDS = java.util.Arrays.stream(DecisionForm.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The decision form's field a request field is typed in (tariffs.KOR → tariffs, weights.TARIFF → tariff); null: the form's. */
    static String decisionField(String field) {
        int dot = field.indexOf('.');
        String head = dot < 0 ? field : field.substring(0, dot);
        String rest = dot < 0 ? "" : field.substring(dot + 1);
        if (head.equals("weights")) {
            return DECISION_WEIGHTS.get(rest);
        }
        if (head.equals("directions")) {
            return rest.equals("OUR_SHARE") ? "ourShareDirection" : null;
        }
        return DECISION_FIELDS.contains(head) ? head : null;
    }

    /** The form's input a request field is typed in (weights.DEMAND_SIZE → w_DEMAND_SIZE), so the error stands at it. */
    static String inputOf(String field) {
        if (field.startsWith("weights.")) {
            return "w_" + field.substring("weights.".length());
        }
        if (field.startsWith("tariffs.")) {
            return "tariff_" + field.substring("tariffs.".length());
        }
        if (field.startsWith("directions.")) {
            return "dir_" + field.substring("directions.".length());
        }
        if (field.startsWith("tariffReasons.")) {
            return "tariffReason_" + field.substring("tariffReasons.".length());
        }
        if (field.startsWith("tariffCodes.")) {
            return "tariffCode_" + field.substring("tariffCodes.".length());
        }
        if (field.startsWith("tariffAverages.")) {
            return "tariffAverage_" + field.substring("tariffAverages.".length());
        }
        return field;
    }

    private static Double number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new org.tradedesk.markets.ParameterInvalid(field, value, "markets.query.reason.not-a-number");
        }
        if (!Double.isFinite(d)) {
            throw new org.tradedesk.markets.ParameterInvalid(field, value, "markets.query.reason.not-a-number");
        }
        return d;
    }

    /** A year or an id: digits only ("20l3" is refused, "2013.7" is not taken as 2013), at most nine of them. */
    private static Integer integer(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.trim();
        if (t.matches("[0-9]{1,9}")) {
            return Integer.valueOf(t);
        }
        if (t.matches("[0-9]+")) {
            throw new org.tradedesk.markets.ParameterInvalid(field, value, field.equals("dataset") || field.startsWith("tariffAverages.")
                    ? "markets.query.reason.no-such-id"
                    : "markets.query.reason.year-range", "1900", "2100");
        }
        throw new org.tradedesk.markets.ParameterInvalid(field, value, "markets.query.reason.not-a-whole-number");
    }
}
