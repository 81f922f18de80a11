package org.tradedesk.markets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradedesk.markets.ProjectAnalyses;
import org.tradedesk.markets.ResearchReports;
import org.tradedesk.markets.web.AnalysisParameters;
import org.tradedesk.shared.TradedeskException;

/** Shared analyses with comments (P2.2.3, P2.2.4) and the data analysis report (O2.3.1, P2.3.2) with its sending (P2.3.3). */
@RestController
@RequestMapping("/api/v1/markets/projects/{id}")
@Tag(name = "Market research", description = "T2: shared analyses, comments, the data analysis report")
class ResearchReportApiController {

    private final ProjectAnalyses shared;
    private final ResearchReports reports;

    ResearchReportApiController(ProjectAnalyses shared, ResearchReports reports) {
        this.shared = shared;
        this.reports = reports;
    }

    /** An analysis to share: the dataset, the analysis parameters (as for GET .../analysis), a title and the finding. */
    record ShareRequest(Long dataset, Map<String, String> parameters, String title, String finding) {
    }

    record CommentRequest(String body) {
    }

    record MailRequest(List<ResearchReports.Recipient> recipients) {
    }

    /** The analysis parameters read by {@link AnalysisParameters#from}. */
    static final List<String> PARAMETERS = List.of("method", "reporter", "partner", "flow", "product", "frequency", "from", "to", "at",
            "comparison", "explanatory", "lags", "horizon", "seasonality", "year", "by", "explanatoryName", "explanatorySource",
            "explanatoryUnit", "explanatoryScale");

    @PostMapping("/analyses")
    @Operation(summary = "Share an analysis on the project (computed once to check it; kept as method and parameters)")
    ResponseEntity<ProjectAnalyses.SharedAnalysis> share(@PathVariable long id, @RequestBody ShareRequest r, Principal principal) {
        if (r == null || r.dataset() == null || r.parameters() == null) {
            throw new TradedeskException("markets.project.invalid", "dataset and parameters are required", "dataset", "");
        }
        // a key the analysis does not read is refused (400 naming parameters.<key>), never silently ignored
        List<org.tradedesk.markets.ParameterInvalid> unknown = new java.util.ArrayList<>();
        for (Map.Entry<String, String> e : r.parameters().entrySet()) {
            if (!PARAMETERS.contains(e.getKey())) {
                unknown.add(new org.tradedesk.markets.ParameterInvalid("parameters." + e.getKey(), e.getValue() == null ? "" : e.getValue(),
                        "markets.query.reason.unknown-parameter", String.join(", ", PARAMETERS)));
            }
        }
        org.tradedesk.markets.ParameterInvalid.throwAll(unknown);
        ProjectAnalyses.SharedAnalysis a = shared.share(id, r.dataset(), AnalysisParameters.from(r.parameters()), r.title(), r.finding(),
                principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/markets/projects/" + id + "/analyses/" + a.id())).body(a);
    }

    @GetMapping("/analyses")
    List<ProjectAnalyses.SharedAnalysis> analyses(@PathVariable long id) {
        return shared.shared(id);
    }

    @GetMapping("/analyses/{analysis}")
    ProjectAnalyses.SharedAnalysis analysis(@PathVariable long id, @PathVariable long analysis) {
        return shared.analysis(id, analysis);
    }

    @PostMapping("/analyses/{analysis}/comments")
    @Operation(summary = "A colleague's comment on a shared analysis (the author is the signed-in user, the time the server's)")
    ResponseEntity<ProjectAnalyses.Comment> comment(@PathVariable long id, @PathVariable long analysis, @RequestBody CommentRequest r,
                                                    Principal principal) {
        ProjectAnalyses.Comment c = shared.comment(id, analysis, r == null ? null : r.body(), principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/markets/projects/" + id + "/analyses/" + analysis)).body(c);
    }

    @GetMapping("/report.{format:pdf|xlsx}")
    @Operation(summary = "The data analysis report as PDF or XLSX; lang=zh-TW|en (default: Accept-Language)")
    ResponseEntity<byte[]> report(@PathVariable long id, @PathVariable String format, @RequestParam(required = false) String lang) {
        Locale locale = lang == null ? LocaleContextHolder.getLocale() : ResearchReports.language(lang, "lang");
        boolean pdf = format.equals("pdf");
        byte[] body = pdf ? reports.pdf(id, locale) : reports.xlsx(id, locale);
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF
                        : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("research-" + id + "-" + ResearchReports.language(locale).toLanguageTag() + "." + format).build().toString())
                .body(body);
    }

    @PostMapping("/report/mail")
    @Operation(summary = "Send the report (PDF and XLSX) to named recipients, each in their language (zh-TW or en); recorded on the project")
    List<ProjectAnalyses.ReportSent> mail(@PathVariable long id, @RequestBody MailRequest r, Principal principal) {
        return reports.send(id, r == null ? null : r.recipients(), principal.getName());
    }

    @GetMapping("/report/sent")
    List<ProjectAnalyses.ReportSent> sent(@PathVariable long id) {
        return shared.reportsSent(id);
    }
}
