package org.tradedesk.tariff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.tariff.domain.CountryListRule.ListDef;
import org.tradedesk.tariff.domain.CountryListRule.Membership;
import org.tradedesk.tariff.domain.CountryListRule.Outcome;

/** An origin is on a list from the first day of its membership to the last, both included. */
class CountryListRuleTest {

    private static final ListDef A_UKFTA = new ListDef("A-UKFTA", "Customs Tariff Act 1995 Sch 15", false);
    // A-UKFTA entered into force on 31 May 2023
    private static final List<Membership> UK = List.of(new Membership("GB", LocalDate.of(2023, 5, 31), null, true));

    @Test
    void aPartyIsListedFromTheDayTheAgreementEntersIntoForceForIt() {
        assertThat(CountryListRule.decide(A_UKFTA, UK, "GB", LocalDate.of(2023, 5, 30)).outcome()).isEqualTo(Outcome.NOT_YET_LISTED);
        var on = CountryListRule.decide(A_UKFTA, UK, "GB", LocalDate.of(2023, 5, 31));
        assertThat(on.eligible()).isTrue();
        assertThat(on.toConfirm()).isTrue();
        assertThat(CountryListRule.decide(A_UKFTA, UK, "DE", LocalDate.of(2024, 1, 1)).outcome()).isEqualTo(Outcome.NOT_LISTED);
        assertThat(CountryListRule.decide(A_UKFTA, UK, null, LocalDate.of(2024, 1, 1)).outcome()).isEqualTo(Outcome.NO_ORIGIN);
    }

    @Test
    void anEndedMembershipCountsUpToItsLastDay() {
        List<Membership> ended = List.of(new Membership("VN", null, LocalDate.of(2026, 3, 1), false));
        ListDef dcs = new ListDef("DCS", "Customs Tariff Regulations 2004 Sch 1 Pt 4", true);
        assertThat(CountryListRule.decide(dcs, ended, "VN", LocalDate.of(2026, 3, 1)).eligible()).isTrue();
        assertThat(CountryListRule.decide(dcs, ended, "VN", LocalDate.of(2026, 3, 1)).toConfirm())
                .as("a confirmed membership on a list not checked as a whole").isFalse();
        assertThat(CountryListRule.decide(dcs, ended, "VN", LocalDate.of(2026, 3, 2)).outcome()).isEqualTo(Outcome.NO_LONGER_LISTED);
    }
}
