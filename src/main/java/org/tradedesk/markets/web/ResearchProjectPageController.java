package org.tradedesk.markets.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

    ResearchProjectPageController(ResearchProjects projects, MessageTexts texts) {
        this.projects = projects;
        this.texts = texts;
    }

    record FindingLine(String severity, String market, String text) {
    }

    record DecisionLine(ResearchProjects.Decision decision, List<FindingLine> findings) {
    }

    @GetMapping("/markets/projects/{id}")
    String project(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        ResearchProjects.Project p = projects.project(id);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("project", p);
        model.addAttribute("criteria", List.of("DEMAND_SIZE", "DEMAND_GROWTH", "SUPPLIER_CONCENTRATION", "UNIT_VALUE", "TARIFF"));
        model.addAttribute("params", params);
        model.addAttribute("decisions", projects.decisions(id).stream().map(d -> new DecisionLine(d, d.findings().stream()
                .map(f -> new FindingLine(f.severity(), f.market(), texts.render(f.text(), locale))).toList())).toList());
        String dataset = params.get("dataset");
        if (dataset != null && !dataset.isBlank()) {
            try {
                Map<String, Double> weights = new LinkedHashMap<>();
                for (MarketScoring.Criterion c : MarketScoring.Criterion.values()) {
                    Double w = number(params.get("w_" + c.name()), "w_" + c.name());
                    if (w != null && w > 0) {
                        weights.put(c.name(), w);
                    }
                }
                Map<String, Double> tariffs = new LinkedHashMap<>();
                for (String m : p.markets()) {
                    Double t = number(params.get("tariff_" + m), "tariff_" + m);
                    if (t != null) {
                        tariffs.put(m, t);
                    }
                }
                ResearchProjects.Scoring s = projects.score(id, new ResearchProjects.ScoringRequest(Long.valueOf(number(dataset, "dataset")
                        .longValue()), params.get("flow"), params.get("product"), integer(params.get("from"), "from"),
                        integer(params.get("to"), "to"), weights, tariffs, number(params.get("sensitivity"), "sensitivity")));
                model.addAttribute("scoring", s);
                model.addAttribute("notes", texts.renderAll(s.notes(), locale));
            } catch (TradedeskException e) {
                List<MessageText.Arg> args = new ArrayList<>();
                for (Object a : e.arguments()) {
                    args.add(MessageText.Arg.literal(a));
                }
                model.addAttribute("error", texts.render(new MessageText(e.messageCode(), args), locale));
            }
        }
        return "markets/project";
    }

    private static Double number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new TradedeskException("markets.project.invalid", field + " not a number", field, value);
        }
    }

    private static Integer integer(String value, String field) {
        Double d = number(value, field);
        return d == null ? null : d.intValue();
    }
}
