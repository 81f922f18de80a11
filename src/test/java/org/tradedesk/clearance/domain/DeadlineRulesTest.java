package org.tradedesk.clearance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradedesk.tariff.Jurisdiction;

/**
 * The deadlines shipped in {@code clearance/deadlines.tsv}, against the periods of the laws as the data README
 * quotes them: 關稅法 §16 (declare within 15 days from the day after arrival: goods arriving on 2 March 2026 are
 * declared by 17 March), §43 (pay within 14 days of the duty notice), §45 (復查 within 30 days of it), Customs Act
 * 1901 s167 (protest notice within 7 days of payment).
 */
class DeadlineRulesTest {

    static DeadlineRules rules;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = DeadlineRulesTest.class.getResourceAsStream("/clearance/deadlines.tsv")) {
            rules = DeadlineRules.read(in);
        }
    }

    static FileDates dates(LocalDate arrival, LocalDate declaration, LocalDate release, LocalDate notice, LocalDate paid) {
        return new FileDates(arrival, declaration, release, notice, paid);
    }

    static Deadline find(List<Deadline> list, String id) {
        return list.stream().filter(d -> d.rule().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyDeadlineNamesItsLawAndSaysItsWordingIsToConfirm() {
        assertThat(rules.rules()).extracting(DeadlineRule::id).contains("tw-lodge", "tw-pay", "tw-review", "au-protest");
        assertThat(rules.rules()).allSatisfy(r -> {
            assertThat(r.legalReference()).isNotBlank();
            assertThat(r.toConfirm()).isTrue();
        });
        assertThat(find(rules.compute(Jurisdiction.TW, dates(null, null, null, null, null), LocalDate.of(2026, 3, 1)), "tw-lodge")
                .rule().legalReference()).isEqualTo("關稅法 第16條");
    }

    @Test
    void taiwanLodgementIsFifteenDaysFromTheDayAfterArrival() {
        LocalDate arrival = LocalDate.of(2026, 3, 2);
        List<Deadline> on10th = rules.compute(Jurisdiction.TW, dates(arrival, null, null, null, null), LocalDate.of(2026, 3, 10));
        Deadline lodge = find(on10th, "tw-lodge");
        assertThat(lodge.lastDay()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(lodge.state()).isEqualTo(Deadline.State.OPEN);
        assertThat(lodge.daysLeft()).isEqualTo(7);
        assertThat(on10th.get(0)).isSameAs(lodge);

        Deadline lastDay = find(rules.compute(Jurisdiction.TW, dates(arrival, null, null, null, null), LocalDate.of(2026, 3, 17)), "tw-lodge");
        assertThat(lastDay.daysLeft()).isZero();
        assertThat(lastDay.open()).isTrue();
        Deadline late = find(rules.compute(Jurisdiction.TW, dates(arrival, null, null, null, null), LocalDate.of(2026, 3, 19)), "tw-lodge");
        assertThat(late.state()).isEqualTo(Deadline.State.OVERDUE);
        assertThat(late.daysLeft()).isEqualTo(-2);
    }

    @Test
    void theDeclarationMeetsTheLodgementDeadlineOnTimeOrLate() {
        LocalDate arrival = LocalDate.of(2026, 3, 2);
        Deadline met = find(rules.compute(Jurisdiction.TW, dates(arrival, LocalDate.of(2026, 3, 17), null, null, null),
                LocalDate.of(2026, 4, 30)), "tw-lodge");
        assertThat(met.state()).isEqualTo(Deadline.State.MET);
        assertThat(met.open()).isFalse();
        Deadline metLate = find(rules.compute(Jurisdiction.TW, dates(arrival, LocalDate.of(2026, 3, 18), null, null, null),
                LocalDate.of(2026, 4, 30)), "tw-lodge");
        assertThat(metLate.state()).isEqualTo(Deadline.State.OVERDUE);
        assertThat(metLate.open()).isFalse();
    }

    @Test
    void theDutyNoticeStartsPaymentAndReview() {
        LocalDate notice = LocalDate.of(2026, 4, 1);
        List<Deadline> list = rules.compute(Jurisdiction.TW, dates(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5), null, notice, null),
                LocalDate.of(2026, 4, 2));
        assertThat(find(list, "tw-pay").lastDay()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(find(list, "tw-review").lastDay()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(find(list, "tw-review").daysLeft()).isEqualTo(29);
        // open ones first, the soonest first; those not started (no release, no payment yet) last
        assertThat(list).extracting(d -> d.rule().id()).startsWith("tw-pay", "tw-review", "tw-lodge");
        assertThat(list.get(list.size() - 1).state()).isEqualTo(Deadline.State.NOT_STARTED);
    }

    @Test
    void australianProtestNoticeIsSevenDaysAfterPaymentAndRefundsFourYears() {
        LocalDate paid = LocalDate.of(2026, 4, 1);
        List<Deadline> list = rules.compute(Jurisdiction.AU, dates(null, null, null, null, paid), LocalDate.of(2026, 4, 1));
        assertThat(find(list, "au-protest").lastDay()).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(find(list, "au-refund").lastDay()).isEqualTo(LocalDate.of(2030, 4, 1));
        assertThat(list).noneMatch(d -> d.rule().jurisdiction() == Jurisdiction.TW);
    }

    /**
     * Acceptance review (issue 8): a TW export file listed the import periods (申報進口 15 days, 繳納稅款, 復查, 退稅). The
     * periods are held per direction; an export file shows only those that apply to exports — none held yet, rather than an
     * import one — while an import file keeps them all.
     */
    @Test
    void anExportFileIsNotShownTheImportPeriods() {
        LocalDate arrival = LocalDate.of(2026, 3, 2);
        FileDates all = dates(arrival, null, null, LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 25));
        List<Deadline> imports = rules.compute(Jurisdiction.TW, "IMPORT", all, LocalDate.of(2026, 3, 10));
        assertThat(imports).extracting(d -> d.rule().id()).contains("tw-lodge", "tw-pay", "tw-review", "tw-refund");
        for (Jurisdiction j : List.of(Jurisdiction.TW, Jurisdiction.AU)) {
            List<Deadline> exports = rules.compute(j, "EXPORT", all, LocalDate.of(2026, 3, 10));
            // every rule held is an import's (deadlines.tsv holds no export period yet): an export file is shown none
            assertThat(exports).as(j.name()).isEmpty();
        }
        assertThat(rules.compute(Jurisdiction.AU, "IMPORT", all, LocalDate.of(2026, 3, 10))).extracting(d -> d.rule().id())
                .contains("au-protest", "au-refund");
    }

    @Test
    void aMalformedRowIsRefusedWithItsLineNumber() {
        String tsv = DeadlineRules.HEADER + "\nTW\ttw-x\tARRIVAL\tfifteen\tDAYS\t\tref\tTO_CONFIRM\t\tIMPORT\n";
        assertThatThrownBy(() -> DeadlineRules.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("line 2");
        String noReference = DeadlineRules.HEADER + "\nTW\ttw-x\tARRIVAL\t15\tDAYS\t\t\tTO_CONFIRM\t\tIMPORT\n";
        assertThatThrownBy(() -> DeadlineRules.read(new ByteArrayInputStream(noReference.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("legal reference");
    }

    /**
     * Acceptance review F4: a declaration date 17 months before the arrival met the lodgement deadline of a file never
     * declared. Lodged before arrival (allowed in TW and AU) it is met; only dated, the deadline stays open.
     */
    @Test
    void aDeclarationDatedBeforeArrivalMeetsTheLodgementOnlyWhenLodged() {
        LocalDate arrival = LocalDate.of(2027, 6, 1);
        LocalDate declared = LocalDate.of(2026, 1, 1);
        LocalDate today = LocalDate.of(2026, 12, 7);
        Deadline typed = find(rules.compute(Jurisdiction.TW, new FileDates(arrival, declared, null, null, null, false), today), "tw-lodge");
        assertThat(typed.state()).isEqualTo(Deadline.State.OPEN);
        assertThat(typed.metOn()).isNull();
        Deadline lodged = find(rules.compute(Jurisdiction.TW, new FileDates(arrival, declared, null, null, null, true), today), "tw-lodge");
        assertThat(lodged.state()).isEqualTo(Deadline.State.MET);
        // declared after the arrival: met whether or not the flag is set (the date is in the period)
        Deadline after = find(rules.compute(Jurisdiction.TW, new FileDates(arrival, arrival.plusDays(3), null, null, null, false),
                LocalDate.of(2027, 6, 5)), "tw-lodge");
        assertThat(after.state()).isEqualTo(Deadline.State.MET);
    }

    /**
     * t4dl: customs' N5107 補辦期限 is a deadline of the file with the day customs gave — none before a notice; customs'
     * Saturday 12 Dec 2026 ends on Monday 14 Dec (行政程序法 第48條); open until the documents are supplied, met then, late
     * after the last day.
     */
    @Test
    void theDayCustomsGivesForDocumentsIsADeadlineRolledOffARestDayAndMetWhenSupplied() throws Exception {
        DeadlineRules withRestDays;
        try (InputStream in = DeadlineRulesTest.class.getResourceAsStream("/clearance/rest-days.tsv")) {
            withRestDays = rules.withRestDays(RestDays.read(in));
        }
        LocalDate notice = LocalDate.of(2026, 12, 7);
        LocalDate today = LocalDate.of(2026, 12, 9);
        FileDates none = dates(null, notice, null, null, null);
        assertThat(withRestDays.compute(Jurisdiction.TW, none, today)).noneMatch(d -> d.rule().id().equals("tw-documents"));
        Deadline open = find(withRestDays.compute(Jurisdiction.TW, none.withDocuments(notice, LocalDate.of(2026, 12, 12), null), today),
                "tw-documents");
        assertThat(open.rule().legalReference()).isEqualTo("關稅法 第17條");
        assertThat(open.rule().given()).isTrue();
        assertThat(open.from()).isEqualTo(notice);
        assertThat(open.lastDay()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(open.rolled()).isTrue();
        assertThat(open.state()).isEqualTo(Deadline.State.OPEN);
        assertThat(open.daysLeft()).isEqualTo(5);
        Deadline met = find(withRestDays.compute(Jurisdiction.TW, none.withDocuments(notice, LocalDate.of(2026, 12, 12), today), today),
                "tw-documents");
        assertThat(met.state()).isEqualTo(Deadline.State.MET);
        assertThat(met.metOn()).isEqualTo(today);
        Deadline late = find(withRestDays.compute(Jurisdiction.TW, none.withDocuments(notice, LocalDate.of(2026, 12, 12),
                LocalDate.of(2026, 12, 15)), LocalDate.of(2026, 12, 16)), "tw-documents");
        assertThat(late.state()).isEqualTo(Deadline.State.OVERDUE);
        assertThat(withRestDays.compute(Jurisdiction.AU, none.withDocuments(notice, LocalDate.of(2026, 12, 12), null), today))
                .noneMatch(d -> d.rule().id().equals("tw-documents"));
    }
}
