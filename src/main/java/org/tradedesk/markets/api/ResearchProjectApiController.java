package org.tradedesk.markets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tradedesk.markets.ResearchProjects;
import org.tradedesk.platform.MessageTexts;

/** Research projects, market scoring and decision records (P2.1.1, P2.1.2, P2.3.1). */
@RestController
@RequestMapping("/api/v1/markets/projects")
@Tag(name = "Market research", description = "T2: research projects, market scoring and decisions")
class ResearchProjectApiController {

    private final ResearchProjects projects;
    private final MessageTexts texts;
    private final org.tradedesk.markets.ResearchReports reports;

    ResearchProjectApiController(ResearchProjects projects, MessageTexts texts, org.tradedesk.markets.ResearchReports reports) {
        this.projects = projects;
        this.texts = texts;
        this.reports = reports;
    }

    // a body Jackson cannot read (a tariffDate that is not a date among them) is the platform's problem detail
    // (ApiExceptionHandler: code error.unreadable, errors[] naming the field's path, in the reader's language), as on every API

    record ProjectRequest(String name, List<String> hsCodes, List<String> markets, List<String> questions, List<Long> datasets) {
    }

    record DecisionRequest(ResearchProjects.ScoringRequest scoring, List<ResearchProjects.Choice> choices) {
    }

    /**
     * A scoring with its notes and its rank reversals worded in the caller's language (the criterion labelled for the flow:
     * exports as supply); {@code figures.reversals} keeps the machine form ({@code DEMAND_SIZE ×1.2: KOR > CHN}).
     */
    record ScoringJson(ResearchProjects.Scoring figures, List<String> notes, List<String> reversals) {
    }

    record FindingJson(String severity, String market, String code, String text) {
    }

    record DecisionJson(long id, long project, long dataset, String datasetSha256, List<ResearchProjects.Choice> choices,
                        ResearchProjects.Scoring figures, List<FindingJson> findings, String createdBy, Instant createdAt) {
    }

    @PostMapping
    @Operation(summary = "Create a research project: name, product HS codes, candidate markets (ISO3), questions, dataset ids")
    ResponseEntity<ResearchProjects.Project> create(@RequestBody ProjectRequest r, Principal principal) {
        if (r == null) {
            throw new org.tradedesk.shared.TradedeskException("markets.project.invalid", "no body", "body", "");
        }
        ResearchProjects.Project p = projects.create(r.name(), r.hsCodes(), r.markets(), r.questions(), r.datasets(), principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/markets/projects/" + p.id())).body(p);
    }

    @GetMapping("/{id}")
    ResearchProjects.Project project(@PathVariable long id) {
        return projects.project(id);
    }

    @PostMapping("/{id}/scoring")
    @Operation(summary = "Score the project's markets on one of its datasets (nothing stored)",
            description = "weights by criterion (DEMAND_SIZE, DEMAND_GROWTH, SUPPLIER_CONCENTRATION, UNIT_VALUE, TARIFF), any "
                    + "non-negative numbers divided by their sum; a market with a loaded schedule (AUS, TWN) takes its tariff from it "
                    + "(LOADED_SCHEDULE: line tariffCodes[market] or the product, on tariffDate or today, MFN and the preference "
                    + "origin (ISO alpha-2) may claim, with the tariff data version in schedule); tariffs typed per market in "
                    + "percent (TYPED_BY_USER) for other markets, or over a schedule's rate with tariffReasons[market] (else 400); "
                    + "or tariffAverages[market] = a tariff dataset's id (POST /api/v1/markets/tariff-datasets, imported for that "
                    + "market): the simple average of the MFN rates of the product's tariff lines in the market's scored year (or the "
                    + "latest earlier year the file holds), DATASET_AVERAGE, its provenance in average and tariffReference; "
                    + "sensitivity: each weight × (1 ± x), rank reversals listed. A weighted criterion a market lacks: 400. "
                    + "Every problem of the request at once in errors[] (field, label, message): a typed rate outside 0 – 1000, a "
                    + "market with no schedule and no typed rate while TARIFF is weighted (tariffs.<market>), a weight outside "
                    + "0 – 1,000,000, a direction that is none or of no criterion, a partner that is no Comtrade country or is a "
                    + "candidate market.")
    ScoringJson score(@PathVariable long id, @RequestBody ResearchProjects.ScoringRequest r) {
        ResearchProjects.Scoring s = projects.score(id, r);
        Locale locale = LocaleContextHolder.getLocale();
        // a loaded schedule's tariff reference in the caller's words and date format, as the page and the report word it
        return new ScoringJson(reports.worded(s, locale), texts.renderAll(s.notes(), locale), s.reversals().stream()
                .map(x -> texts.render(org.tradedesk.markets.ResearchReports.reversal(x, s.flow()), locale)).toList());
    }

    @PostMapping("/{id}/decisions")
    @Operation(summary = "Record a decision: markets chosen with reasons, the figures they rest on and the decision check's findings")
    ResponseEntity<DecisionJson> decide(@PathVariable long id, @RequestBody DecisionRequest r, Principal principal) {
        if (r == null) {
            throw new org.tradedesk.shared.TradedeskException("markets.project.invalid", "no body", "body", "");
        }
        ResearchProjects.Decision d = projects.decide(id, r.scoring(), r.choices(), principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/markets/projects/" + id + "/decisions/" + d.id())).body(json(d));
    }

    @GetMapping("/{id}/decisions/{decision}")
    DecisionJson decision(@PathVariable long id, @PathVariable long decision) {
        return json(projects.decision(id, decision));
    }

    @GetMapping("/{id}/decisions")
    List<DecisionJson> decisions(@PathVariable long id) {
        return projects.decisions(id).stream().map(this::json).toList();
    }

    private DecisionJson json(ResearchProjects.Decision d) {
        Locale locale = LocaleContextHolder.getLocale();
        return new DecisionJson(d.id(), d.project(), d.dataset(), d.datasetSha256(), d.choices(), reports.worded(d.figures(), locale),
                d.findings().stream().map(f -> new FindingJson(f.severity(), f.market(), f.text().code(), texts.render(f.text(), locale)))
                        .toList(), d.createdBy(), d.createdAt());
    }
}
