package org.tradedesk.marketing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradedesk.marketing.domain.SelectionMethod;

/**
 * A selection run on the standard's criteria (culture, cost, feasibility, fit, in that order): the
 * method, the weights (WEIGHTED, TOPSIS) or the pairwise matrix (AHP), each activity's four scores, the
 * reasons for the choice and the activities chosen.
 */
public record SelectionRequest(SelectionMethod method, List<Double> weights, List<List<Double>> pairwise,
        Map<Long, List<Double>> scores, String reasons, Set<Long> chosen) {
}
