package org.tradedesk.marketing.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tradedesk.marketing.domain.Alternative;
import org.tradedesk.marketing.domain.Criterion;
import org.tradedesk.marketing.domain.CriterionKind;
import org.tradedesk.marketing.domain.MultiCriteriaSelection;
import org.tradedesk.marketing.domain.SelectionInput;
import org.tradedesk.marketing.domain.SelectionMethod;
import org.tradedesk.marketing.domain.SelectionOutcome;

/** The selection computation on its own (P3.1.4): nothing is stored. */
@RestController
@RequestMapping("/api/v1/marketing")
@Tag(name = "Marketing", description = "T3 international marketing: activity selection, campaigns, budgets")
class SelectionApiController {

    private final MessageSource messages;

    SelectionApiController(MessageSource messages) {
        this.messages = messages;
    }

    @Schema(description = "A criterion; weight required for WEIGHTED and TOPSIS (scaled to sum 1), ignored by AHP")
    record CriterionBody(@Schema(example = "cost") String name,
            @Schema(description = "benefit (more is better) or cost (less is better)", example = "cost") String kind,
            Double weight) {
    }

    record AlternativeBody(@Schema(example = "Trade fair") String name,
            @Schema(description = "one score per criterion, in the criteria's order") @Size(max = 10) List<@NotNull Double> scores) {
    }

    record SelectionRequest(
            @Schema(description = "WEIGHTED, AHP or TOPSIS", example = "AHP") String method,
            @NotNull @Size(min = 1, max = 10) @Valid List<CriterionBody> criteria,
            @Schema(description = "AHP: criteria × criteria pairwise judgements on Saaty's 1–9 scale, aⱼᵢ = 1/aᵢⱼ")
            @Size(max = 10) List<@Size(max = 10) List<@NotNull Double>> pairwise,
            @NotNull @Size(min = 1, max = 100) @Valid List<AlternativeBody> alternatives,
            @Schema(description = "WEIGHTED and TOPSIS: the weights in the criteria's order, instead of criteria[].weight "
                    + "(not both; refused for AHP, whose weights come from the pairwise matrix)")
            @Size(max = 10) List<@NotNull Double> weights) {
    }

    record Ranked(int rank, String name, double score) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SelectionResponse(String method, List<Double> weights,
            @Schema(description = "AHP only: consistency index") Double consistencyIndex,
            @Schema(description = "AHP only: consistency ratio, CI / Saaty's random index") Double consistencyRatio,
            @Schema(description = "present when the consistency ratio is above 0.10, in the caller's language") String warning,
            List<Ranked> ranking) {
    }

    @PostMapping("/selection")
    @Operation(summary = "Rank alternatives by weighted sum, AHP or TOPSIS",
            description = "WEIGHTED and AHP: Σ weight × ratio-normalised score (x/max for benefit, min/x for cost; scores > 0). "
                    + "AHP: weights from the principal eigenvector of the pairwise matrix, with the consistency ratio (Saaty's "
                    + "random index; above 0.10 a warning). TOPSIS: vector normalisation, closeness coefficient. "
                    + "Inconsistent input (matrix not square or not reciprocal, scores of the wrong length, weights missing "
                    + "or not summing to a positive number) is a 400 problem detail whose code names the problem.")
    @ApiResponse(responseCode = "200", description = "weights used and the ranking, best first")
    @ApiResponse(responseCode = "400", description = "problem detail naming the inconsistency")
    SelectionResponse select(@Valid @RequestBody SelectionRequest request) {
        SelectionMethod method = SelectionMethod.parse(request.method());
        List<Double> top = request.weights();
        if (top != null) { // review finding: a top-level weights list was silently ignored; now used or refused, naming it
            if (method == SelectionMethod.AHP) {
                throw new org.tradedesk.marketing.MarketingFieldInvalid("weights", "marketing.selection.weights-ahp",
                        "weights: AHP derives the weights from the pairwise matrix");
            }
            if (top.size() != request.criteria().size()) {
                throw new org.tradedesk.marketing.MarketingFieldInvalid("weights", "marketing.selection.weights-length",
                        "weights: " + top.size() + " weights for " + request.criteria().size() + " criteria",
                        String.valueOf(top.size()), String.valueOf(request.criteria().size()));
            }
            if (request.criteria().stream().anyMatch(c -> c != null && c.weight() != null)) {
                throw new org.tradedesk.marketing.MarketingFieldInvalid("weights", "marketing.selection.weights-twice",
                        "weights: given both at the top level and on the criteria");
            }
        }
        List<Criterion> criteria = new ArrayList<>();
        for (int j = 0; j < request.criteria().size(); j++) {
            CriterionBody c = request.criteria().get(j);
            Double weight = c == null ? null : top != null ? top.get(j) : c.weight();
            criteria.add(c == null ? null : new Criterion(c.name(), CriterionKind.parse(c.kind(), j + 1), weight));
        }
        List<Alternative> alternatives = request.alternatives().stream()
                .map(a -> a == null ? null : new Alternative(a.name(), a.scores())).toList();
        SelectionOutcome out = MultiCriteriaSelection.run(new SelectionInput(method, criteria, request.pairwise(), alternatives));
        String warning = out.inconsistent()
                ? messages.getMessage("marketing.selection.inconsistent", new Object[] {String.format("%.3f", out.consistencyRatio())},
                        LocaleContextHolder.getLocale())
                : null;
        return new SelectionResponse(method.name(), out.weights(), out.consistencyIndex(), out.consistencyRatio(), warning,
                out.ranking().stream().map(r -> new Ranked(r.rank(), r.name(), r.score())).toList());
    }
}
