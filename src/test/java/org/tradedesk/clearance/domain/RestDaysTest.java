package org.tradedesk.clearance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradedesk.tariff.Jurisdiction;

/**
 * The rest days shipped in {@code clearance/rest-days.tsv} and the roll-over of a last day, against days read from the
 * published calendars: the DGPA 115年(2026)政府行政機關辦公日曆表 (國慶日 Sat 10 October 2026 with its 補假 on Fri 9
 * October; 春節 16–20 February 2026 with the weekend 21–22 February), the ACT public holidays 2026 (Australia Day Mon
 * 26 January; Anzac Day Sat 25 April with the ACT's Monday holiday 27 April; Boxing Day Sat 26 December with Mon 28
 * December), and the rules 行政程序法 §48 (Saturday, Sunday, national holiday or other rest day → the next working day)
 * and Acts Interpretation Act 1901 s 36(2) (Saturday, Sunday or holiday → the next day that is none).
 */
class RestDaysTest {

    static RestDays restDays;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = RestDaysTest.class.getResourceAsStream("/clearance/rest-days.tsv")) {
            restDays = RestDays.read(in);
        }
    }

    @Test
    void nationalDayOnASaturdayRollsToMonday12October2026() {
        RestDays.Roll roll = restDays.roll(Jurisdiction.TW, LocalDate.of(2026, 10, 10));
        assertThat(roll.rolled()).isTrue();
        assertThat(roll.to()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(roll.reason(Locale.TAIWAN)).isEqualTo("國慶日");
        assertThat(roll.reason(Locale.ENGLISH)).isEqualTo("National Day");
        assertThat(roll.rule()).isEqualTo("行政程序法 第48條");
        assertThat(roll.calendarMissing()).isFalse();
        assertThat(roll.toConfirm()).isFalse();
        // the 補假 day before is a rest day too, though a period ending then moves forward, not back
        assertThat(restDays.roll(Jurisdiction.TW, LocalDate.of(2026, 10, 9)).to()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(restDays.roll(Jurisdiction.TW, LocalDate.of(2026, 10, 13)).rolled()).isFalse();
    }

    @Test
    void lunarNewYear2026RollsPastTheWholeBreakToMonday23February() {
        RestDays.Roll roll = restDays.roll(Jurisdiction.TW, LocalDate.of(2026, 2, 17));
        assertThat(roll.to()).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(roll.reason(Locale.TAIWAN)).isEqualTo("春節");
    }

    @Test
    void aPlainSaturdayIsNamedByItsDayOfTheWeek() {
        RestDays.Roll roll = restDays.roll(Jurisdiction.TW, LocalDate.of(2027, 1, 2));
        assertThat(roll.to()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(roll.reason(Locale.ENGLISH)).isEqualTo("Saturday");
        assertThat(roll.reason(Locale.TAIWAN)).isEqualTo("星期六");
        assertThat(roll.holiday()).isNull();
        assertThat(roll.toConfirm()).as("2027 is built from the statute").isTrue();
    }

    /**
     * 2027 (116年), built from 紀念日及節日實施條例 and the lunar dates of a published 2027 list (rest-days.tsv): 除夕 Fri 5
     * February, 春節 初一–初三 Sat 6 – Mon 8 February; 除夕前一日 Thu 4 February; 初一 and 初二 fall on the weekend, so
     * (要點 第3點: 除夕 and 春節 on a weekend → the next working days) Tue 9 and Wed 10 February are 補假. A period ending
     * on 除夕前一日 runs to Thu 11 February.
     */
    @Test
    void lunarNewYear2027RollsOverItsMakeUpDaysToThursday11February() {
        RestDays.Roll roll = restDays.roll(Jurisdiction.TW, LocalDate.of(2027, 2, 4));
        assertThat(roll.to()).isEqualTo(LocalDate.of(2027, 2, 11));
        assertThat(roll.reason(Locale.TAIWAN)).isEqualTo("除夕前一日");
        assertThat(roll.toConfirm()).as("no published 116年 calendar was found").isTrue();
        assertThat(restDays.roll(Jurisdiction.TW, LocalDate.of(2027, 2, 6)).reason(Locale.TAIWAN)).isEqualTo("春節");
        assertThat(restDays.roll(Jurisdiction.TW, LocalDate.of(2027, 2, 10)).reason(Locale.TAIWAN)).isEqualTo("春節補假");
        assertThat(restDays.roll(Jurisdiction.TW, LocalDate.of(2027, 2, 11)).rolled()).isFalse();
        // 端午 (lunar 5/5) Wed 9 June 2027 and 中秋 (lunar 8/15) Wed 15 September 2027: one day each
        assertThat(restDays.roll(Jurisdiction.TW, LocalDate.of(2027, 6, 9)).to()).isEqualTo(LocalDate.of(2027, 6, 10));
        assertThat(restDays.roll(Jurisdiction.TW, LocalDate.of(2027, 9, 15)).to()).isEqualTo(LocalDate.of(2027, 9, 16));
    }

    /**
     * The 補假 rule of 紀念日及節日實施條例 第8條 with 要點 第3點: a holiday on a Saturday is given on the working day before, on a
     * Sunday on the working day after. 行憲紀念日 Sat 25 December 2027 → Fri 24 December off; 國慶日 Sun 10 October 2027 → Mon
     * 11 October off. Periods ending then roll to the next working day.
     */
    @Test
    void holidaysOnAWeekendIn2027GiveTheirMakeUpDay() {
        assertThat(restDays.roll(Jurisdiction.TW, LocalDate.of(2027, 12, 24)).to()).isEqualTo(LocalDate.of(2027, 12, 27));
        assertThat(restDays.roll(Jurisdiction.TW, LocalDate.of(2027, 12, 24)).reason(Locale.TAIWAN)).isEqualTo("行憲紀念日補假");
        assertThat(restDays.roll(Jurisdiction.TW, LocalDate.of(2027, 10, 10)).to()).isEqualTo(LocalDate.of(2027, 10, 12));
        assertThat(restDays.roll(Jurisdiction.TW, LocalDate.of(2027, 10, 11)).reason(Locale.ENGLISH)).isEqualTo("Day off for National Day");
        assertThat(restDays.roll(Jurisdiction.TW, LocalDate.of(2027, 10, 12)).rolled()).isFalse();
    }

    @Test
    void australiaDayAndTheActAnzacMondayAndBoxingDay() {
        RestDays.Roll australiaDay = restDays.roll(Jurisdiction.AU, LocalDate.of(2026, 1, 26));
        assertThat(australiaDay.to()).isEqualTo(LocalDate.of(2026, 1, 27));
        assertThat(australiaDay.reason(Locale.ENGLISH)).isEqualTo("Australia Day");
        assertThat(australiaDay.rule()).isEqualTo("Acts Interpretation Act 1901 s 36(2)");
        assertThat(australiaDay.rule(Locale.TAIWAN)).isEqualTo("澳洲1901年法律解釋法第36條第2項");
        assertThat(australiaDay.reason(Locale.TAIWAN)).isEqualTo("澳洲國慶日");
        assertThat(restDays.roll(Jurisdiction.AU, LocalDate.of(2026, 4, 25)).to()).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(restDays.roll(Jurisdiction.AU, LocalDate.of(2026, 12, 26)).to()).isEqualTo(LocalDate.of(2026, 12, 29));
        // a Taiwan holiday is a working day in Canberra
        assertThat(restDays.roll(Jurisdiction.AU, LocalDate.of(2026, 10, 9)).rolled()).isFalse();
    }

    @Test
    void aYearWithoutItsCalendarRollsOverWeekendsOnlyAndSaysSo() {
        RestDays.Roll roll = restDays.roll(Jurisdiction.TW, LocalDate.of(2028, 1, 1));
        assertThat(roll.to()).isEqualTo(LocalDate.of(2028, 1, 3));
        assertThat(roll.calendarMissing()).isTrue();
        assertThat(restDays.roll(Jurisdiction.TW, LocalDate.of(2028, 1, 4)).calendarMissing()).isTrue();
        assertThat(restDays.calendar(Jurisdiction.TW, 2026)).isNotNull();
        assertThat(restDays.calendar(Jurisdiction.AU, 2027).toConfirm()).isTrue();
    }

    @Test
    void everyClearanceDeadlineRollsTheLodgementPaymentAndProtest() throws Exception {
        DeadlineRules rules;
        try (InputStream in = RestDaysTest.class.getResourceAsStream("/clearance/deadlines.tsv")) {
            rules = DeadlineRules.read(in).withRestDays(restDays);
        }
        // 關稅法 §16: arrival Mon 2 February 2026 + 15 days = Tue 17 February (春節) → Mon 23 February
        FileDates arrival = new FileDates(LocalDate.of(2026, 2, 2), null, null, null, null);
        Deadline lodge = find(rules.compute(Jurisdiction.TW, arrival, LocalDate.of(2026, 2, 10)), "tw-lodge");
        assertThat(lodge.lastDay()).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(lodge.rolled()).isTrue();
        assertThat(lodge.roll().from()).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(lodge.daysLeft()).isEqualTo(13);
        // 關稅法 §43: duty notice Sat 26 September 2026 + 14 days = Sat 10 October (國慶日) → Mon 12 October
        FileDates notice = new FileDates(null, null, null, LocalDate.of(2026, 9, 26), null);
        List<Deadline> tw = rules.compute(Jurisdiction.TW, notice, LocalDate.of(2026, 10, 1));
        assertThat(find(tw, "tw-pay").lastDay()).isEqualTo(LocalDate.of(2026, 10, 12));
        // §45 復查: + 30 days = Mon 26 October (光復節補假) → Tue 27 October
        assertThat(find(tw, "tw-review").lastDay()).isEqualTo(LocalDate.of(2026, 10, 27));
        // s167: paid Mon 19 January 2026 + 7 days = Mon 26 January (Australia Day) → Tue 27 January
        FileDates paid = new FileDates(null, null, null, null, LocalDate.of(2026, 1, 19));
        Deadline protest = find(rules.compute(Jurisdiction.AU, paid, LocalDate.of(2026, 1, 20)), "au-protest");
        assertThat(protest.lastDay()).isEqualTo(LocalDate.of(2026, 1, 27));
        assertThat(protest.roll().reason(Locale.ENGLISH)).isEqualTo("Australia Day");
    }

    @Test
    void disputeStepsRollToo() throws Exception {
        ReviewRoutes routes;
        try (InputStream in = RestDaysTest.class.getResourceAsStream("/clearance/review-routes.tsv")) {
            routes = ReviewRoutes.read(in).withRestDays(restDays);
        }
        // 復查: notice received Thu 10 September 2026 + 30 days = Sat 10 October (國慶日) → Mon 12 October
        List<DisputeDeadline> tw = routes.deadlines(Jurisdiction.TW, LocalDate.of(2026, 9, 10), null, Map.of(), Map.of(),
                LocalDate.of(2026, 9, 20));
        DisputeDeadline review = tw.stream().filter(d -> d.step().id().equals("tw-review")).findFirst().orElseThrow();
        assertThat(review.lastDay()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(review.rolled()).isTrue();
        assertThat(review.roll().from()).isEqualTo(LocalDate.of(2026, 10, 10));
        // filed on the rolled day is on time
        Map<String, LocalDate> filed = Map.of("tw-review", LocalDate.of(2026, 10, 12));
        DisputeDeadline onTime = routes.deadlines(Jurisdiction.TW, LocalDate.of(2026, 9, 10), null, filed, Map.of(),
                LocalDate.of(2026, 10, 13)).get(0);
        assertThat(onTime.state()).isEqualTo(DisputeDeadline.State.FILED);
        // s167(3) protest: paid Sat 18 April 2026 + 7 days = Sat 25 April (Anzac Day) → Sun → Mon 27 April (ACT) → Tue 28
        DisputeDeadline protest = routes.deadlines(Jurisdiction.AU, null, LocalDate.of(2026, 4, 18), Map.of(), Map.of(),
                LocalDate.of(2026, 4, 20)).get(0);
        assertThat(protest.lastDay()).isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    void aMalformedFileFailsWithItsLine() {
        String head = RestDays.HEADER + "\n";
        String noCalendar = head + "TW\t\tRULE\tx\tx\tCONFIRMED\nTW\t2029-01-01\tHOLIDAY\ta\tb\tCONFIRMED\n";
        assertThatThrownBy(() -> read(noCalendar)).hasMessageContaining("without its CALENDAR row");
        String weekday = head + "TW\t2026-10-07\tWORKDAY\ta\tb\tCONFIRMED\n";
        assertThatThrownBy(() -> read(weekday)).hasMessageContaining("line 2");
        String badKind = head + "TW\t2026-10-07\tFEAST\ta\tb\tCONFIRMED\n";
        assertThatThrownBy(() -> read(badKind)).hasMessageContaining("kind is RULE");
    }

    static RestDays read(String text) {
        return RestDays.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static Deadline find(List<Deadline> list, String id) {
        return list.stream().filter(d -> d.rule().id().equals(id)).findFirst().orElseThrow();
    }
}
