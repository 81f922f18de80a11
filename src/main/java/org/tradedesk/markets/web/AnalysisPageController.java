package org.tradedesk.markets.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tradedesk.markets.Analysis;
import org.tradedesk.markets.AnalysisMethod;
import org.tradedesk.markets.AnalysisRequest;
import org.tradedesk.markets.MarketAnalyses;
import org.tradedesk.markets.MarketDatasets;
import org.tradedesk.markets.ProjectAnalyses;
import org.tradedesk.markets.ResearchProjects;
import org.tradedesk.markets.reports.AnalysisPresenter;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.platform.web.FormRebinding;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.TradedeskException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analysis page of a dataset (O2.2.1, P2.2.5): choose a method and its parameters, see the chart (Chart.js, drawn by
 * {@code /js/markets-analysis.js} from data attributes), the table, the summary figures and the caveats; export the
 * table as XLSX and the chart as PNG or SVG drawn on the server; share it on a research project (P2.2.3).
 */
@Controller
class AnalysisPageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final MarketAnalyses analyses;
    private final MarketDatasets datasets;
    private final ResearchProjects projects;
    private final ProjectAnalyses shared;
    private final AnalysisPresenter presenter;
    private final MessageTexts texts;
    private final SmartValidator validator;

    AnalysisPageController(MarketAnalyses analyses, MarketDatasets datasets, ResearchProjects projects, ProjectAnalyses shared,
                           AnalysisPresenter presenter, MessageTexts texts, SmartValidator validator) {
        this.analyses = analyses;
        this.datasets = datasets;
        this.projects = projects;
        this.shared = shared;
        this.presenter = presenter;
        this.texts = texts;
        this.validator = validator;
    }

    @GetMapping("/markets/datasets/{id}/analysis")
    String page(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        prepare(id, params, model);
        if (!model.containsAttribute("share")) {
            model.addAttribute("share", new ShareForm(null, null, null));
        }
        return "markets/analysis";
    }

    @GetMapping("/markets/datasets/{id}/analysis.{format:xlsx|png|svg}")
    ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable String format, @RequestParam Map<String, String> params) {
        Locale locale = LocaleContextHolder.getLocale();
        AnalysisPresenter.Shown s = presenter.show(analyses.analyse(id, AnalysisParameters.from(params)), locale);
        return export(s, format, "analysis-" + id + "-" + s.analysis().method().name().toLowerCase(Locale.ROOT), locale, presenter);
    }

    static ResponseEntity<byte[]> export(AnalysisPresenter.Shown s, String format, String name, Locale locale, AnalysisPresenter presenter) {
        byte[] body;
        MediaType type;
        switch (format) {
            case "xlsx" -> {
                body = presenter.workbook(s, locale);
                type = XLSX;
            }
            case "png" -> {
                body = s.png();
                type = MediaType.IMAGE_PNG;
            }
            default -> {
                body = s.svg().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                type = MediaType.parseMediaType("image/svg+xml");
            }
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + "." + format).build().toString())
                .body(body);
    }

    @PostMapping("/markets/datasets/{id}/analysis/share")
    String share(@PathVariable long id, @Validated @ModelAttribute("share") ShareForm bound, BindingResult bindingErrors,
                 @RequestParam Map<String, String> params, HttpServletRequest request, Model model, Principal principal,
                 jakarta.servlet.http.HttpServletResponse response) {
        FormRebinding.Bound<ShareForm> rebound = FormRebinding.formToShow(bound, bindingErrors, ShareForm.class, request, validator, model);
        BindingResult errors = rebound.errors();
        Map<String, String> analysisParams = new LinkedHashMap<>(params);
        analysisParams.keySet().removeAll(List.of("project", "title", "finding", "_csrf"));
        if (!errors.hasErrors()) {
            try {
                ProjectAnalyses.SharedAnalysis a = shared.share(rebound.form().project(), id, AnalysisParameters.from(analysisParams),
                        rebound.form().title(), rebound.form().finding(), principal.getName());
                return "redirect:/markets/projects/" + a.project() + "#shared-" + a.id();
            } catch (TradedeskException e) {
                FormProblems.reject(errors, e, texts);
            }
        }
        response.setStatus(422);
        prepare(id, analysisParams, model);
        return "markets/analysis";
    }

    private void prepare(long id, Map<String, String> params, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("dataset", datasets.dataset(id));
        model.addAttribute("params", params);
        model.addAttribute("methods", AnalysisMethod.values());
        model.addAttribute("projects", projects.projects().stream().filter(p -> p.datasets().contains(id)).toList());
        if (params.get("method") == null || params.get("method").isBlank()) {
            return;
        }
        try {
            AnalysisRequest r = AnalysisParameters.from(params);
            AnalysisPresenter.Shown s = presenter.show(analyses.analyse(id, r), locale);
            model.addAttribute("shown", s);
            model.addAttribute("query", query(r));
            model.addAttribute("chart", JSON.writeValueAsString(chartJson(s)));
        } catch (org.tradedesk.markets.ParameterInvalid e) {
            // every problem at once, as the API lists them (t2fixO: the first bad explanatory pair only)
            List<String> all = e.all().stream().map(x -> texts.render(org.tradedesk.markets.ParameterInvalid.text(x), locale)).toList();
            model.addAttribute("error", String.join(" ", all));
            model.addAttribute("errors", all);
        } catch (TradedeskException e) {
            model.addAttribute("error", texts.render(org.tradedesk.markets.ParameterInvalid.text(e), locale));
        }
    }

    /** The request's parameters as a query string, for the export links. */
    static String query(AnalysisRequest r) {
        StringBuilder q = new StringBuilder();
        r.parameters().forEach((k, v) -> q.append(q.isEmpty() ? "" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return q.toString();
    }

    record ChartSeries(String label, String kind, List<Double> data) {
    }

    /** {@code yAxis} the y axis's title (null: none), {@code marker} the change period's label (null: none). */
    record ChartJson(List<String> labels, List<ChartSeries> series, String yAxis, String marker) {
    }

    static ChartJson chartJson(AnalysisPresenter.Shown s) {
        List<ChartSeries> out = new ArrayList<>();
        List<Analysis.Series> series = s.analysis().chart().series();
        for (int i = 0; i < series.size(); i++) {
            out.add(new ChartSeries(s.seriesNames().get(i), series.get(i).kind(), series.get(i).values()));
        }
        return new ChartJson(s.analysis().chart().labels(), out, s.yAxis(), s.analysis().chart().marker());
    }
}
