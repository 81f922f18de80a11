package org.tradedesk.markets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradedesk.markets.Analysis;
import org.tradedesk.markets.MarketAnalyses;
import org.tradedesk.markets.reports.AnalysisPresenter;
import org.tradedesk.markets.web.AnalysisParameters;

/** The analysis methods on a dataset's series (O2.2.1, P2.2.5) as JSON, XLSX, PNG and SVG. */
@RestController
@Tag(name = "Market research", description = "T2: analysis methods")
class AnalysisApiController {

    private final MarketAnalyses analyses;
    private final AnalysisPresenter presenter;
    private final org.springframework.context.MessageSource messages;

    AnalysisApiController(MarketAnalyses analyses, AnalysisPresenter presenter, org.springframework.context.MessageSource messages) {
        this.analyses = analyses;
        this.presenter = presenter;
        this.messages = messages;
    }


    record SummaryJson(String code, String label, Double value, String shown) {
    }

    /** The analysis with its table as numbers, the headings and notes in the caller's language. */
    record AnalysisJson(String method, boolean causeAndEffect, long dataset, String datasetFile, String datasetSha256, String subject,
                        List<String> columns, List<String> headers, List<List<Object>> rows, List<SummaryJson> summary,
                        Analysis.Chart chart, List<String> noteCodes, List<String> notes) {
    }

    @GetMapping("/api/v1/markets/datasets/{id}/analysis")
    @Operation(summary = "An analysis of a series: method=TREND|SEASONAL|FORECAST|BREAK|INTERVENTION|DID|LAGGED|CONCENTRATION",
            description = "Series parameters as for /series (reporter, partner, flow, product, frequency, from, to); at = change or break "
                    + "year; comparison = markets for DiD (comma separated); explanatory = year=value pairs (e.g. GDP) for LAGGED, lags; "
                    + "horizon for TREND/FORECAST; seasonality ADDITIVE|MULTIPLICATIVE (monthly data); year and by for CONCENTRATION. "
                    + "BREAK, INTERVENTION, DID and LAGGED work on ln values and carry the note that they show association, not cause.")
    AnalysisJson analysis(@PathVariable long id, @RequestParam Map<String, String> params) {
        Locale locale = LocaleContextHolder.getLocale();
        Analysis a = analyses.analyse(id, AnalysisParameters.from(params));
        AnalysisPresenter.Shown s = presenter.show(a, locale);
        List<SummaryJson> summary = new java.util.ArrayList<>();
        for (int i = 0; i < a.summary().size(); i++) {
            Analysis.Summary x = a.summary().get(i);
            summary.add(new SummaryJson(x.code(), s.summary().get(i).label(), x.value(), s.summary().get(i).value()));
        }
        return new AnalysisJson(a.method().name(), a.method().causeAndEffect(), a.dataset(), a.datasetFile(), a.datasetSha256(), a.subject(),
                a.columns(), s.headers(), rendered(a.rows(), locale), summary, a.chart(), a.notes().stream().map(n -> n.code()).toList(),
                s.notes());
    }

    /** The table's cells with its message codes (a DiD coefficient's name, markets.stats.did.effect) worded, as the headers are (review F9). */
    private List<List<Object>> rendered(List<List<Object>> rows, Locale locale) {
        // a p-value cell is its number here (the page and the files show it as a p-value)
        return rows.stream().map(row -> row.stream().map(c -> c instanceof String t && t.startsWith("markets.")
                ? (Object) messages.getMessage(t, null, t, locale) : c instanceof Analysis.PValue p ? (Object) p.value() : c).toList()).toList();
    }

    @GetMapping("/api/v1/markets/datasets/{id}/analysis.{format:xlsx|png|svg}")
    @Operation(summary = "The analysis table as XLSX, or its chart drawn on the server as PNG or SVG")
    ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable String format, @RequestParam Map<String, String> params) {
        Locale locale = LocaleContextHolder.getLocale();
        AnalysisPresenter.Shown s = presenter.show(analyses.analyse(id, AnalysisParameters.from(params)), locale);
        byte[] body = switch (format) {
            case "xlsx" -> presenter.workbook(s, locale);
            case "png" -> s.png();
            default -> s.svg().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        };
        MediaType type = switch (format) {
            case "xlsx" -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            case "png" -> MediaType.IMAGE_PNG;
            default -> MediaType.parseMediaType("image/svg+xml");
        };
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("analysis-" + id + "." + format).build().toString()).body(body);
    }
}
