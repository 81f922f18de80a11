package org.tradedesk.clearance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradedesk.tariff.Jurisdiction;

/**
 * The review routes shipped in {@code clearance/review-routes.tsv}, against dates computed by hand from the periods of
 * the laws (each counted from the day after the event, the event day itself not counted):
 * <ul>
 * <li>關稅法 §45 復查 "自收到稅款繳納證之翌日起三十日內": notice received Mon 2 March 2026 → day 1 is 3 March; March 3–31
 * are days 1–29; day 30 is <b>1 April 2026</b>.</li>
 * <li>訴願法 §14 訴願 "自行政處分達到之次日起三十日內": 復查 decision received 15 May 2026 → day 1 is 16 May; May 16–31
 * are days 1–16; June 1–14 are days 17–30: <b>14 June 2026</b>.</li>
 * <li>行政訴訟法 §106 "訴願決定書送達後二個月": decision received 31 July 2026 → 31 July + 2 months = 30 September 2026
 * (September has no 31st; java.time's plusMonths clamps to the month's last day, as the civil-code reading 民法 §121 II does).</li>
 * <li>Customs Act 1901 s167(3)(b) "no later than 7 days after the day the payment is made": paid 26 February 2026
 * → 27 Feb is day 1, 28 Feb day 2, 1–5 March days 3–7: <b>5 March 2026</b> (2026 is not a leap year).</li>
 * <li>s167(4)(a) "within 6 months after the date of the payment": 26 February 2026 → <b>26 August 2026</b>.</li>
 * <li>s163 refund "within 4 years": paid 26 February 2026 → 26 February 2030; paid on the leap day 29 February 2028 →
 * 29 February 2032 (2032 is a leap year too).</li>
 * <li>ART Act 2024 s18 at least 28 days: refund refused, decision received 10 December 2026 → 11 Dec is day 1; 11–31 Dec
 * are days 1–21; 1–7 January are days 22–28: <b>7 January 2027</b>.</li>
 * </ul>
 */
class ReviewRoutesTest {

    static ReviewRoutes routes;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = ReviewRoutesTest.class.getResourceAsStream("/clearance/review-routes.tsv")) {
            routes = ReviewRoutes.read(in);
        }
    }

    static DisputeDeadline find(List<DisputeDeadline> list, String id) {
        return list.stream().filter(d -> d.step().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void taiwanRouteIsReviewThenAppealThenLitigationEachWithItsLaw() {
        assertThat(routes.route(Jurisdiction.TW)).extracting(ReviewStep::id).containsExactly("tw-review", "tw-appeal", "tw-litigation");
        assertThat(routes.route(Jurisdiction.TW)).extracting(ReviewStep::legalReference)
                .containsExactly("關稅法 第45條", "訴願法 第14條", "行政訴訟法 第106條");
        assertThat(routes.route(Jurisdiction.AU)).extracting(ReviewStep::id)
                .containsExactly("au-protest", "au-recovery", "au-refund", "au-tribunal");
        assertThat(routes.route(Jurisdiction.AU).get(0).legalReference()).isEqualTo("Customs Act 1901 s167(3)");
        assertThat(routes.route(Jurisdiction.TW)).allMatch(ReviewStep::toConfirm);
    }

    @Test
    void reviewWithinThirtyDaysAfterTheDayAfterTheNotice() {
        LocalDate notice = LocalDate.of(2026, 3, 2);
        // on 25 March: 1 April is 7 days away (warned); the appeal waits for the review decision
        List<DisputeDeadline> d = routes.deadlines(Jurisdiction.TW, notice, null, Map.of(), Map.of(), LocalDate.of(2026, 3, 25));
        DisputeDeadline review = find(d, "tw-review");
        assertThat(review.lastDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(review.state()).isEqualTo(DisputeDeadline.State.OPEN);
        assertThat(review.daysLeft()).isEqualTo(7L);
        assertThat(review.warn()).isTrue();
        assertThat(find(d, "tw-appeal").state()).isEqualTo(DisputeDeadline.State.WAITING);
        assertThat(find(d, "tw-appeal").lastDay()).isNull();

        // on 1 April itself: 0 days left, still open; on 2 April: overdue by 1
        assertThat(find(routes.deadlines(Jurisdiction.TW, notice, null, Map.of(), Map.of(), LocalDate.of(2026, 4, 1)), "tw-review")
                .daysLeft()).isEqualTo(0L);
        DisputeDeadline late = find(routes.deadlines(Jurisdiction.TW, notice, null, Map.of(), Map.of(), LocalDate.of(2026, 4, 2)),
                "tw-review");
        assertThat(late.state()).isEqualTo(DisputeDeadline.State.OVERDUE);
        assertThat(late.daysLeft()).isEqualTo(-1L);
        // on 10 March: open, not warned (10 March → 31 March is 21 days, + 1 April = 22)
        DisputeDeadline early = find(routes.deadlines(Jurisdiction.TW, notice, null, Map.of(), Map.of(), LocalDate.of(2026, 3, 10)),
                "tw-review");
        assertThat(early.daysLeft()).isEqualTo(22L);
        assertThat(early.warn()).isFalse();
    }

    @Test
    void appealCountsFromTheReviewDecisionAndLitigationFromTheAppealDecision() {
        LocalDate notice = LocalDate.of(2026, 3, 2);
        Map<String, LocalDate> filed = Map.of("tw-review", LocalDate.of(2026, 3, 20), "tw-appeal", LocalDate.of(2026, 6, 10));
        Map<String, LocalDate> decided = Map.of("tw-review", LocalDate.of(2026, 5, 15), "tw-appeal", LocalDate.of(2026, 7, 31));
        List<DisputeDeadline> d = routes.deadlines(Jurisdiction.TW, notice, null, filed, decided, LocalDate.of(2026, 8, 1));
        assertThat(find(d, "tw-review").state()).isEqualTo(DisputeDeadline.State.FILED);
        DisputeDeadline appeal = find(d, "tw-appeal");
        assertThat(appeal.from()).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(appeal.lastDay()).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(appeal.state()).isEqualTo(DisputeDeadline.State.FILED);
        DisputeDeadline suit = find(d, "tw-litigation");
        assertThat(suit.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
        // 1 August → 30 September: 30 days of August left after the 1st + 30 of September = 60
        assertThat(suit.daysLeft()).isEqualTo(60L);
        // an appeal filed on 15 June, a day after its last day, is filed late
        assertThat(find(routes.deadlines(Jurisdiction.TW, notice, null, Map.of("tw-appeal", LocalDate.of(2026, 6, 15)), decided,
                LocalDate.of(2026, 8, 1)), "tw-appeal").state()).isEqualTo(DisputeDeadline.State.FILED_LATE);
    }

    @Test
    void australianProtestRecoveryRefundAndTribunal() {
        LocalDate paid = LocalDate.of(2026, 2, 26);
        List<DisputeDeadline> d = routes.deadlines(Jurisdiction.AU, LocalDate.of(2026, 2, 20), paid, Map.of(),
                Map.of("au-refund", LocalDate.of(2026, 12, 10)), LocalDate.of(2026, 3, 1));
        assertThat(find(d, "au-protest").lastDay()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(find(d, "au-protest").daysLeft()).isEqualTo(4L);
        assertThat(find(d, "au-recovery").lastDay()).isEqualTo(LocalDate.of(2026, 8, 26));
        assertThat(find(d, "au-refund").lastDay()).isEqualTo(LocalDate.of(2030, 2, 26));
        assertThat(find(d, "au-tribunal").lastDay()).isEqualTo(LocalDate.of(2027, 1, 7));
        // not paid yet: the protest waits for the payment
        assertThat(find(routes.deadlines(Jurisdiction.AU, LocalDate.of(2026, 2, 20), null, Map.of(), Map.of(), LocalDate.of(2026, 3, 1)),
                "au-protest").state()).isEqualTo(DisputeDeadline.State.WAITING);
        // a leap-day payment: 29 February 2028 + 4 years = 29 February 2032 (2032 is a leap year)
        assertThat(find(routes.deadlines(Jurisdiction.AU, LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29), Map.of(), Map.of(),
                LocalDate.of(2028, 3, 1)), "au-refund").lastDay()).isEqualTo(LocalDate.of(2032, 2, 29));
    }

    @Test
    void aStepCountingFromAnUnknownStepIsRefusedWithItsLine() {
        String text = ReviewRoutes.HEADER + "\nTW\ttw-appeal\tDECIDED:tw-nothing\t30\tDAYS\t訴願法 第14條\tTO_CONFIRM\t\n";
        assertThatThrownBy(() -> ReviewRoutes.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("unknown step tw-nothing");
        String bad = ReviewRoutes.HEADER + "\nTW\ttw-review\tNOTICE\t-3\tDAYS\t關稅法 第45條\tTO_CONFIRM\t\n";
        assertThatThrownBy(() -> ReviewRoutes.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("line 2");
    }

    @Test
    void refundRuleByOutcome() {
        BigDecimal inDispute = new BigDecimal("48250.00");
        assertThat(DisputeOutcome.UPHELD.refundProblem(inDispute, new BigDecimal("48250.00"))).isNull();
        assertThat(DisputeOutcome.UPHELD.refundProblem(inDispute, new BigDecimal("48250.01")))
                .isEqualTo("clearance.dispute.refund.above-dispute");
        assertThat(DisputeOutcome.PARTLY_UPHELD.refundProblem(inDispute, new BigDecimal("12000.00"))).isNull();
        assertThat(DisputeOutcome.PARTLY_UPHELD.refundProblem(inDispute, inDispute)).isEqualTo("clearance.dispute.refund.partly");
        assertThat(DisputeOutcome.PARTLY_UPHELD.refundProblem(inDispute, BigDecimal.ZERO)).isEqualTo("clearance.dispute.refund.partly");
        assertThat(DisputeOutcome.REFUSED.refundProblem(inDispute, new BigDecimal("0.01")))
                .isEqualTo("clearance.dispute.refund.none-when-refused");
        assertThat(DisputeOutcome.WITHDRAWN.refundProblem(inDispute, BigDecimal.ZERO)).isNull();
        // 48,250.00 − 12,000.00 = 36,250.00 still borne
        assertThat(DisputeOutcome.stillBorne(inDispute, new BigDecimal("12000.00"))).isEqualByComparingTo("36250.00");
    }
}
