package org.tradedesk.marketing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeCountsTest {

    @Test
    void labelsAreGroupedWithoutCaseOrExtraSpacesAndCountedWithTheirShare() {
        List<ThemeCounts.Tag> tags = List.of(
                new ThemeCounts.Tag(ThemeKind.NEED, "Price "),
                new ThemeCounts.Tag(ThemeKind.NEED, "price"),
                new ThemeCounts.Tag(ThemeKind.NEED, "PRICE"),
                new ThemeCounts.Tag(ThemeKind.OPPORTUNITY, "Japan  market"),
                new ThemeCounts.Tag(ThemeKind.OPPORTUNITY, "japan market"),
                new ThemeCounts.Tag(ThemeKind.ISSUE, "late delivery"),
                new ThemeCounts.Tag(ThemeKind.NEED, "  "),
                new ThemeCounts.Tag(null, "untyped"));
        // six tagged answers count (blank and kind-less are left out): price 3 of 6 = 50.0 %,
        // Japan market 2 of 6 = 33.3 %, late delivery 1 of 6 = 16.7 %
        List<ThemeCounts.Count> counts = ThemeCounts.of(tags);
        assertThat(counts).extracting(ThemeCounts.Count::label).containsExactly("Price", "Japan market", "late delivery");
        assertThat(counts).extracting(ThemeCounts.Count::count).containsExactly(3, 2, 1);
        assertThat(counts.get(0).percent()).isEqualByComparingTo("50.0");
        assertThat(counts.get(1).percent()).isEqualByComparingTo("33.3");
        assertThat(counts.get(2).percent()).isEqualByComparingTo("16.7");
        assertThat(counts.get(1).kind()).isEqualTo(ThemeKind.OPPORTUNITY);
    }

    @Test
    void theSameLabelUnderTwoKindsIsTwoThemes() {
        List<ThemeCounts.Count> counts = ThemeCounts.of(List.of(new ThemeCounts.Tag(ThemeKind.NEED, "包裝"),
                new ThemeCounts.Tag(ThemeKind.PRAISE, "包裝")));
        assertThat(counts).hasSize(2).allSatisfy(c -> assertThat(c.percent()).isEqualByComparingTo("50.0"));
        assertThat(ThemeCounts.of(List.of())).isEmpty();
    }

    @Test
    void respondentTextIsPlainAndBounded() {
        assertThat(FeedbackText.problem("price < 10, delivery > 3 weeks", 2000)).isNull();
        assertThat(FeedbackText.problem("好喝\n但太貴", 2000)).isNull();
        assertThat(FeedbackText.problem("<script>alert(1)</script>", 2000)).isEqualTo("marketing.survey.answer.markup");
        assertThat(FeedbackText.problem("see <a href=x>", 2000)).isEqualTo("marketing.survey.answer.markup");
        assertThat(FeedbackText.problem("a\u0000b", 2000)).isEqualTo("marketing.survey.answer.control");
        assertThat(FeedbackText.problem("x".repeat(2001), 2000)).isEqualTo("marketing.survey.answer.too-long");
        assertThat(FeedbackText.problem("x".repeat(2000), 2000)).isNull();
    }

    @Test
    void anIdeaIsDecidedOnceAndThenDone() {
        // review before a decision: an idea cannot be accepted straight from proposed
        assertThat(IdeaStatus.PROPOSED.canMoveTo(IdeaStatus.ACCEPTED)).isFalse();
        assertThat(IdeaStatus.PROPOSED.canMoveTo(IdeaStatus.UNDER_REVIEW)).isTrue();
        assertThat(IdeaStatus.UNDER_REVIEW.canMoveTo(IdeaStatus.ACCEPTED)).isTrue();
        assertThat(IdeaStatus.ACCEPTED.canMoveTo(IdeaStatus.DONE)).isTrue();
        assertThat(IdeaStatus.REJECTED.canMoveTo(IdeaStatus.ACCEPTED)).isFalse();
        assertThat(IdeaStatus.DONE.next()).isEmpty();
    }
}
