package org.tradedesk.clearance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tradedesk.tariff.Jurisdiction;

/** Records kept 5 years in Taiwan and Australia (data README: 關稅法, Customs Act 1901 s240), from the release. */
class RetentionRulesTest {

    static RetentionRules rules;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = RetentionRulesTest.class.getResourceAsStream("/clearance/retention.tsv")) {
            rules = RetentionRules.read(in);
        }
    }

    @Test
    void fiveYearsFromTheReleaseInBothJurisdictions() {
        FileDates dates = new FileDates(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 20), null, null);
        for (Jurisdiction j : Jurisdiction.values()) {
            Retention r = rules.of(j).apply(dates, LocalDate.of(2026, 2, 1));
            assertThat(r.rule().years()).isEqualTo(5);
            assertThat(r.fromWhat()).isEqualTo(DateAnchor.RELEASE);
            assertThat(r.keepUntil()).isEqualTo(LocalDate.of(2031, 3, 20));
            assertThat(r.ended(LocalDate.of(2031, 3, 20))).isFalse();
            assertThat(r.ended(LocalDate.of(2031, 3, 21))).isTrue();
        }
        assertThat(rules.of(Jurisdiction.AU).legalReference()).contains("s240");
        assertThat(rules.of(Jurisdiction.TW).legalReference()).contains("關稅法");
    }

    @Test
    void withoutAReleaseTheDeclarationThenTheArrivalThenTheOpeningDayCount() {
        RetentionRule tw = rules.of(Jurisdiction.TW);
        assertThat(tw.apply(new FileDates(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5), null, null, null), LocalDate.of(2026, 1, 1))
                .keepUntil()).isEqualTo(LocalDate.of(2031, 3, 5));
        assertThat(tw.apply(new FileDates(LocalDate.of(2026, 3, 2), null, null, null, null), LocalDate.of(2026, 1, 1))
                .keepUntil()).isEqualTo(LocalDate.of(2031, 3, 2));
        Retention opened = tw.apply(new FileDates(null, null, null, null, null), LocalDate.of(2026, 1, 1));
        assertThat(opened.fromWhat()).isNull();
        assertThat(opened.keepUntil()).isEqualTo(LocalDate.of(2031, 1, 1));
    }
}
