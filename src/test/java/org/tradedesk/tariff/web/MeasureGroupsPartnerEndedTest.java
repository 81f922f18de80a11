package org.tradedesk.tariff.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.tariff.EligibilityList;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffMeasure;

/**
 * Acceptance review t1fixI 2: the Taiwan item page showed Nicaragua's column II 0 % as 「今日適用」 with no end, while the
 * tax engine refuses a Nicaraguan origin after 30 June 2022 (its column II membership ends then). The page now asks the
 * same effective-dated list: the partner's row is not in force and names the day its membership ended.
 */
class MeasureGroupsPartnerEndedTest {

    private static EligibilityList.Member member(String country, String from, String to) {
        return new EligibilityList.Member(1, country, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), false, "test", false,
                null, null);
    }

    private static final EligibilityList COLUMN_II = new EligibilityList(Jurisdiction.TW, "TW_COLUMN_II", LocalizedText.of("第二欄", "column II"),
            "關稅法 第5條", null, false, List.of(member("NI", "2008-01-01", "2022-06-30"), member("NZ", "2013-12-01", null)));

    @Test
    void anEndedPartnersRateIsNotInForceAndNamesItsEnd() {
        LocalDate today = LocalDate.parse("2026-03-02");
        List<TariffMeasure> measures = List.of(
                new TariffMeasure("GENERAL", null, null, null, null, "10%", "10%", "column I"),
                new TariffMeasure("PREFERENTIAL", "NI", "NI", null, null, "0%", "0%", "column II"),
                new TariffMeasure("PREFERENTIAL", "NZ", "NZ", null, null, "0%", "0%", "column II"));
        MeasureGroups groups = MeasureGroups.of(measures, List.of(), today,
                scheme -> Optional.of(COLUMN_II), Locale.TRADITIONAL_CHINESE);
        MeasureGroups.Group ni = groups.groups().stream().filter(g -> "NI".equals(g.scheme())).findFirst().orElseThrow();
        assertThat(ni.rows()).isNotEmpty().noneMatch(MeasureGroups.Row::inForce);
        assertThat(ni.partnerEnded()).isEqualTo(LocalDate.parse("2022-06-30"));
        assertThat(ni.list().countries()).extracting(MeasureGroups.Party::country).containsExactly("NI");
        assertThat(ni.list().countries()).allMatch(MeasureGroups.Party::toConfirm);
        MeasureGroups.Group nz = groups.groups().stream().filter(g -> "NZ".equals(g.scheme())).findFirst().orElseThrow();
        assertThat(nz.rows()).isNotEmpty().allMatch(MeasureGroups.Row::inForce);
        assertThat(nz.partnerEnded()).isNull();
        // the day before it ended, Nicaragua's rate applied
        MeasureGroups before = MeasureGroups.of(measures, List.of(), LocalDate.parse("2022-06-30"), scheme -> Optional.of(COLUMN_II),
                Locale.TRADITIONAL_CHINESE);
        assertThat(before.groups().stream().filter(g -> "NI".equals(g.scheme())).findFirst().orElseThrow().rows())
                .isNotEmpty().allMatch(MeasureGroups.Row::inForce);
    }
}
