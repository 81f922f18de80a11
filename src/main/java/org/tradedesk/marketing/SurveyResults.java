package org.tradedesk.marketing;

import java.util.List;
import org.tradedesk.marketing.domain.NetPromoterScore;
import org.tradedesk.marketing.domain.ThemeCounts;

/**
 * What a survey gathered: the NPS over its recommendation question(s), the count of each rating 0–10, the count of
 * each choice per choice question, every free-text answer with its theme, and the themes counted.
 */
public record SurveyResults(SurveyView survey, NetPromoterScore nps, List<Integer> ratingCounts, List<ChoiceTally> choices,
        List<TextAnswer> texts, List<ThemeCounts.Count> themes) {

    public record ChoiceTally(long questionId, List<Integer> counts) {
    }
}
