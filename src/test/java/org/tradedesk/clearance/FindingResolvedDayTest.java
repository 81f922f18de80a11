package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.domain.RiskRating;
import org.tradedesk.clients.ClientId;
import org.tradedesk.shared.MessageText;
import org.tradedesk.tariff.Jurisdiction;

/**
 * Issue 8: "when the finding disappears after a fix (re-check), the issue shows finding resolved on <date>". The day is
 * that of the newest change the checks read (details, documents, figures, drafts) after the issue was raised, in the file's
 * zone; later changes of the register (an alternative, a dispute step) do not move it; a finding still found is not resolved.
 */
class FindingResolvedDayTest {

    static final String KEY = "doc.bill-of-lading||";

    // raised 2026-12-01 10:00 Taipei; the B/L added 2026-12-03 23:30 UTC = 2026-12-04 07:30 Taipei (the file's day);
    // an alternative added 2026-12-06; the file last touched then
    static final Instant RAISED = Instant.parse("2026-12-01T02:00:00Z");
    static final Instant FIXED = Instant.parse("2026-12-03T23:30:00Z");
    static final Instant LATER = Instant.parse("2026-12-06T03:00:00Z");

    static TransactionView file(Instant updatedAt) {
        TransactionDetails d = new TransactionDetails(new ClientId(1), Direction.IMPORT, Jurisdiction.TW, TransportMode.SEA, null, "KHH-1",
                null, null, null, null, null, null, null, null);
        return new TransactionView(new ClearanceTransaction(TransactionId.of(7), 5, d, TransactionStatus.DRAFT, "amy", RAISED, updatedAt,
                null), "client", List.of(), List.of(), null, false, Set.of(), List.of());
    }

    static IssueView issue() {
        return new IssueView(3, 0, 7, "[doc.bill-of-lading]", "ERROR", new RiskRating(4, 4), "amy", IssueStatus.OPEN, List.of(), null,
                "amy", RAISED, new IssueView.FindingLink(KEY, "doc.bill-of-lading", "ERROR", "關稅法 第17條",
                        MessageText.of("clearance.finding.document-missing"), MessageText.of("clearance.issue.from-finding.implications.ERROR"),
                        null));
    }

    static HistoryEntry line(Instant at, String code) {
        return new HistoryEntry(1, at, "amy", MessageText.of(code));
    }

    @Test
    void theDayIsThatOfTheFixNotOfALaterChangeOfTheRegister() {
        List<HistoryEntry> newestFirst = List.of(line(LATER, "clearance.history.alternative-added"),
                line(FIXED, "clearance.history.document-added"), line(RAISED, "clearance.history.issue-from-finding"),
                line(RAISED.minusSeconds(3600), "clearance.history.invoice-captured"));
        IssueView read = ClearanceIssues.withFindingState(issue(), file(LATER), Set.of(), newestFirst);
        assertThat(read.finding().resolved()).isTrue();
        assertThat(read.finding().resolvedOn()).isEqualTo(LocalDate.parse("2026-12-04"));
        assertThat(read.finding().resolvedText().args().get(0).value()).isEqualTo("2026-12-04");
    }

    @Test
    void aFindingStillFoundIsNotResolvedAndOneGoneWithoutAChangeOfTheFileTakesItsLastChange() {
        assertThat(ClearanceIssues.withFindingState(issue(), file(LATER), Set.of(KEY), List.of()).finding().resolved()).isFalse();
        // gone with the tariff data or the date: no change of the file after the issue, so the file's last change (Taipei day)
        IssueView read = ClearanceIssues.withFindingState(issue(), file(LATER), Set.of(),
                List.of(line(RAISED.minusSeconds(60), "clearance.history.document-added")));
        assertThat(read.finding().resolvedOn()).isEqualTo(LocalDate.parse("2026-12-06"));
    }

    @Test
    void withdrawingTheDuplicateInvoiceIsTheChangeThatResolvedTheFinding() {
        // the duplicate-invoice finding clears when the duplicate is withdrawn (2026-12-03 23:30 UTC = 2026-12-04 Taipei)
        List<HistoryEntry> newestFirst = List.of(line(LATER, "clearance.history.alternative-added"),
                line(FIXED, "clearance.history.document-withdrawn"), line(RAISED, "clearance.history.issue-from-finding"));
        IssueView read = ClearanceIssues.withFindingState(issue(), file(LATER), Set.of(), newestFirst);
        assertThat(read.finding().resolvedOn()).isEqualTo(LocalDate.parse("2026-12-04"));
    }

    /**
     * Review R8: the day moved with every later edit the checks read (the newest such change was taken). It is recorded the
     * first time the resolution is seen, and kept; a finding found again is not resolved, whatever day was recorded.
     */
    @Test
    void theRecordedDayStaysAfterLaterEditsAndGoesWhenTheFindingIsFoundAgain() {
        IssueView recorded = issue().withFinding(issue().finding().resolvedOn(LocalDate.parse("2026-12-04")));
        List<HistoryEntry> newestFirst = List.of(line(LATER, "clearance.history.invoice-corrected"),
                line(FIXED, "clearance.history.document-added"), line(RAISED, "clearance.history.issue-from-finding"));
        assertThat(ClearanceIssues.withFindingState(recorded, file(LATER), Set.of(), newestFirst).finding().resolvedOn())
                .isEqualTo(LocalDate.parse("2026-12-04"));
        assertThat(ClearanceIssues.withFindingState(recorded, file(LATER), Set.of(KEY), List.of()).finding().resolved()).isFalse();
    }
}
