package org.tradedesk.marketing;

import java.time.Instant;
import java.util.List;
import org.tradedesk.marketing.domain.SelectionMethod;

/**
 * A kept selection run: what was entered (criteria, weights or pairwise matrix, scores), what came
 * out (weights used, consistency ratio, ranking), the reasons and the activities chosen. Never changed.
 */
public record SelectionRun(long id, CampaignId campaignId, SelectionMethod method, List<String> criteria, List<Double> weights,
        List<List<Double>> pairwise, List<Scored> scored, Double consistencyRatio, boolean inconsistent, String reasons,
        List<Long> chosen, String createdBy, Instant createdAt) {

    /** An activity's scores on the criteria and its place in the ranking (1 = best). */
    public record Scored(long activityId, String name, List<Double> scores, double result, int rank) {
    }
}
