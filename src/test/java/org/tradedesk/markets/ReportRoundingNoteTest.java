package org.tradedesk.markets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Review 9: KOR's contributions printed 0.2550 + 0.3328 = 0.5878 beside a score printed 0.5877 (contributions
 * e.g. 0.25496 + 0.33276 = 0.58772). The report keeps the score as computed (the ranking rests on it) and says why the printed figures may differ.
 */
class ReportRoundingNoteTest {

    static ResearchReports.MarketDetail detail(double score, double... contributions) {
        List<ResearchReports.CriterionRow> rows = java.util.Arrays.stream(contributions)
                .mapToObj(c -> new ResearchReports.CriterionRow("DEMAND_SIZE", "size", 1.0, "1", 1.0, 0.5, c)).toList();
        ResearchProjects.MarketLine line = new ResearchProjects.MarketLine("KOR", 2, score, 2023, 1.0, 0.1, null, null, 6, null, null,
                8.0, "TYPED_BY_USER", "analyst");
        return new ResearchReports.MarketDetail("KOR", List.of(), null, null, null, null, 6, null, 2023, null, null, null, null, null, null,
                null, "USD", "FOB", line, "typed", rows);
    }

    static ResearchReports.Report report() {
        return new ResearchReports.Report(null, Locale.ENGLISH, "", List.of(), "X", "8542", List.of(), List.of(), List.of(), null,
                List.of(), List.of(), List.of(), key -> key.equals("markets.report.detail.rounding-note") ? "rounded separately" : key, t -> "", null, null);
    }

    @Test
    void aNoteWhenThePrintedContributionsDoNotAddUpToThePrintedScore() {
        assertThat(report().roundingNote(detail(0.58772, 0.25496, 0.33276))).isEqualTo("rounded separately");
        assertThat(report().roundingNote(detail(0.5385, 0.255, 0.2835))).isNull();
    }
}
