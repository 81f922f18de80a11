package org.tradedesk.tariff.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradedesk.tariff.domain.CountryListRule;
import org.tradedesk.tariff.domain.CountryListRule.Decision;
import org.tradedesk.tariff.domain.CountryListRule.ListDef;
import org.tradedesk.tariff.domain.CountryListRule.Membership;
import org.tradedesk.tariff.domain.CountryListRule.Outcome;
import org.tradedesk.tariff.persistence.EligibilityStore.ListRow;
import org.tradedesk.tariff.persistence.EligibilityStore.MemberRow;

/**
 * The country lists as shipped (reference-data/eligibility), decided for real origins and dates as the tax engine asks
 * them (issue 6 §1). The dates of entry into force are those of the Department of Agriculture, Fisheries and Forestry's
 * page "Free trade agreements (FTAs) in force" (https://www.agriculture.gov.au/biosecurity-trade/market-access-trade/fta/ftas-inforce,
 * read 6 December 2026), which lists each agreement with its date, e.g. "China-Australia Free Trade Agreement (ChAFTA) –
 * 20 December 2015", "Australia-United Kingdom Free Trade Agreement (A-UKFTA) - 31 May 2023".
 */
class ShippedCountryListsTest {

    private static final List<ListRow> LISTS;
    private static final List<MemberRow> MEMBERS;
    private static final Map<String, EligibilityImporter.NotMembers> NOT_MEMBERS;

    static {
        try {
            LISTS = EligibilityImporter.parseLists(bundled(EligibilityImporter.LISTS));
            MEMBERS = EligibilityImporter.parseMembers(bundled(EligibilityImporter.MEMBERS));
            NOT_MEMBERS = EligibilityImporter.parseNotMembers(bundled(EligibilityImporter.NOT_MEMBERS));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bundled(String path) throws IOException {
        try (var in = ShippedCountryListsTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Decision decide(String list, String origin, String date) {
        return decide("AU", list, origin, date);
    }

    private static Decision decide(String jurisdiction, String list, String origin, String date) {
        ListRow row = LISTS.stream().filter(l -> l.jurisdiction().equals(jurisdiction) && l.code().equals(list)).findFirst().orElseThrow();
        List<Membership> members = MEMBERS.stream().filter(m -> m.jurisdiction().equals(jurisdiction) && m.listCode().equals(list))
                .map(m -> new Membership(m.country(), m.validFrom(), m.validTo(), "TO_CONFIRM".equals(m.status()))).toList();
        var nm = NOT_MEMBERS.getOrDefault(jurisdiction + "/" + list, new EligibilityImporter.NotMembers(false, java.util.Set.of()));
        return CountryListRule.decide(new ListDef(list, row.legalSource(), "TO_CONFIRM".equals(row.status()), nm.closed(), nm.countries()),
                members, origin, LocalDate.parse(date));
    }

    @Test
    void germanyIsOnNoDevelopingCountryListAndTheListsSayTheyAreToConfirm() {
        for (String list : List.of("DC", "DCS", "DCT", "LDC", "FI")) {
            Decision d = decide(list, "DE", "2026-03-02");
            assertThat(d.outcome()).as(list).isEqualTo(Outcome.NOT_LISTED);
        }
        assertThat(decide("DCS", "DE", "2026-03-02").toConfirm()).as("Germany, a DAC donor, is certainly on no developing-country list")
                .isFalse();
        assertThat(decide("FI", "DE", "2026-03-02").toConfirm()).as("Part 1 is confirmed from the ABF page").isFalse();
    }

    @Test
    void aForumIslandCountryIsListedConfirmedAndAnLdcIsListedToConfirm() {
        // ABF, Schedule 1 Part 1: Fiji (FJ) is a Forum Island Country
        Decision fiji = decide("FI", "FJ", "2026-03-02");
        assertThat(fiji.eligible()).isTrue();
        assertThat(fiji.toConfirm()).isFalse();
        // Bangladesh is on the UN list of least developed countries; Part 2 is shipped from it, to confirm
        Decision bangladesh = decide("LDC", "BD", "2026-03-02");
        assertThat(bangladesh.eligible()).isTrue();
        assertThat(bangladesh.toConfirm()).isTrue();
        assertThat(decide("LDC", "VN", "2026-03-02").eligible()).as("Viet Nam is not a least developed country").isFalse();
    }

    @Test
    void eachBilateralPartyIsListedFromTheDateDaffPublishesAndRefusedTheDayBefore() {
        Map<String, String[]> published = Map.ofEntries(
                Map.entry("AUSFTA", new String[] {"US", "2005-01-01"}),
                Map.entry("TAFTA", new String[] {"TH", "2005-01-01"}),
                Map.entry("ACI-FTA", new String[] {"CL", "2009-03-06"}),
                Map.entry("MAFTA", new String[] {"MY", "2013-01-01"}),
                Map.entry("KAFTA", new String[] {"KR", "2014-12-12"}),
                Map.entry("JAEPA", new String[] {"JP", "2015-01-15"}),
                Map.entry("ChAFTA", new String[] {"CN", "2015-12-20"}),
                Map.entry("HK-FTA", new String[] {"HK", "2020-01-17"}),
                Map.entry("Peru", new String[] {"PE", "2020-02-11"}),
                Map.entry("IA-CEPA", new String[] {"ID", "2020-07-05"}),
                Map.entry("AI-ECTA", new String[] {"IN", "2022-12-29"}),
                Map.entry("A-UKFTA", new String[] {"GB", "2023-05-31"}));
        published.forEach((list, partyAndDate) -> {
            String party = partyAndDate[0];
            LocalDate from = LocalDate.parse(partyAndDate[1]);
            Decision before = decide(list, party, from.minusDays(1).toString());
            assertThat(before.outcome()).as(list + " the day before").isEqualTo(Outcome.NOT_YET_LISTED);
            assertThat(before.membership().orElseThrow().validFrom()).as(list + " names its date").isEqualTo(from);
            Decision on = decide(list, party, from.toString());
            assertThat(on.eligible()).as(list + " on its date").isTrue();
            assertThat(on.toConfirm()).as(list + " is confirmed").isFalse();
            assertThat(decide(list, "DE", "2026-03-02").outcome()).as(list + ": Germany is no party").isEqualTo(Outcome.NOT_LISTED);
            MemberRow row = MEMBERS.stream().filter(m -> m.listCode().equals(list) && m.country().equals(party)).findFirst().orElseThrow();
            assertThat(row.source()).as(list + " cites its source and the day it was read")
                    .contains("https://www.agriculture.gov.au/biosecurity-trade/market-access-trade/fta/ftas-inforce")
                    .contains("read 2026-12-06");
        });
    }

    @Test
    void whatCouldNotBeCitedStaysToConfirm() {
        assertThat(decide("UAE-CEPA", "AE", "2026-03-02").toConfirm()).isTrue();
        assertThat(decide("AANZFTA", "VN", "2026-03-02").toConfirm()).isTrue();
        assertThat(decide("CPTPP", "CL", "2026-03-02").toConfirm()).isTrue();
        assertThat(MEMBERS).filteredOn(m -> List.of("DC", "DCS", "DCT").contains(m.listCode())).isNotEmpty()
                .allSatisfy(m -> assertThat(m.status()).isEqualTo("TO_CONFIRM"))
                .allSatisfy(m -> assertThat(m.source()).contains("to confirm").contains("Customs Tariff Regulations 2004 Sch 1"));
        assertThat(MEMBERS).filteredOn(m -> m.jurisdiction().equals("TW") && List.of("PA", "GT", "NI", "SV", "HN").contains(m.country()))
                .as("the Central American agreements' status is not confirmed").allMatch(m -> m.status().equals("TO_CONFIRM"));
    }

    /**
     * PACER Plus (Schedule 8A) entered into force on 13 December 2020 for the eight parties that had ratified it: "Eight PIF
     * members ratified and have been Party to the Agreement since its entry into force on 13 December 2020: Australia, Cook
     * Islands, Kiribati, New Zealand, Niue, Samoa, Solomon Islands and Tonga" (PACER Plus Implementation Unit,
     * https://www.pacerplus.org/, read 6 December 2026). Nauru "has signed and is yet to ratify" (https://pacerplus.org/pacer-plus):
     * no party. Tuvalu and Vanuatu ratified later; their dates were not found and stay to confirm.
     */
    @Test
    void pacerPlusPartiesFromTheThirteenthOfDecember2020() {
        for (String party : List.of("NZ", "CK", "KI", "NU", "WS", "SB", "TO")) {
            Decision before = decide("PACER", party, "2020-12-12");
            assertThat(before.outcome()).as(party + " the day before").isEqualTo(Outcome.NOT_YET_LISTED);
            Decision on = decide("PACER", party, "2020-12-13");
            assertThat(on.eligible()).as(party + " on 13 December 2020").isTrue();
            assertThat(on.toConfirm()).as(party + " is confirmed").isFalse();
        }
        assertThat(decide("PACER", "FJ", "2026-03-02").outcome()).as("Fiji opted out of PACER Plus").isEqualTo(Outcome.NOT_LISTED);
        assertThat(decide("PACER", "NR", "2026-03-02").outcome()).as("Nauru has not ratified").isEqualTo(Outcome.NOT_LISTED);
        Decision tuvalu = decide("PACER", "TV", "2026-03-02");
        assertThat(tuvalu.eligible()).isTrue();
        assertThat(tuvalu.toConfirm()).as("Tuvalu's date of entry into force was not found").isTrue();
    }

    /**
     * Taiwan's column II partners (關稅法 第5條): ANZTEC entered into force on 1 December 2013 (MOFA Press Release No. 313)
     * and ASTEP on 19 April 2014 (MOFA Press Release No. 061); Taiwan stopped honouring the FTA with Nicaragua from
     * 1 July 2022 (Bureau of Foreign Trade, reported by CNA), so a Nicaraguan origin is refused column II after 30 June 2022.
     */
    @Test
    void taiwansColumnTwoPartnersFromTheirDatesAndNicaraguaNoLonger() {
        assertThat(decide("TW", "TW_COLUMN_II", "NZ", "2013-11-30").outcome()).isEqualTo(Outcome.NOT_YET_LISTED);
        Decision nz = decide("TW", "TW_COLUMN_II", "NZ", "2013-12-01");
        assertThat(nz.eligible()).isTrue();
        assertThat(nz.toConfirm()).isFalse();
        assertThat(decide("TW", "TW_COLUMN_II", "SG", "2014-04-18").membership().orElseThrow().validFrom()).hasToString("2014-04-19");
        assertThat(decide("TW", "TW_COLUMN_II", "SG", "2014-04-19").toConfirm()).isFalse();
        assertThat(decide("TW", "TW_COLUMN_II", "NI", "2022-06-30").eligible()).isTrue();
        Decision after = decide("TW", "TW_COLUMN_II", "NI", "2022-07-01");
        assertThat(after.outcome()).isEqualTo(Outcome.NO_LONGER_LISTED);
        assertThat(after.membership().orElseThrow().validTo()).hasToString("2022-06-30");
        assertThat(decide("TW", "TW_COLUMN_II", "DE", "2026-03-02").outcome()).isEqualTo(Outcome.NOT_LISTED);
    }

    /**
     * Honduras cut ties with Taiwan on 26 March 2023 and on 9 June 2023 notified Taiwan that it terminates the FTA, effective
     * 180 days after the notification (MOFA via CNA; Taiwan News 15 June 2023, https://www.taiwannews.com.tw/en/news/4919655):
     * 6 December 2023, so a Honduran origin has column II until 5 December 2023 and not after (t1fixD, acceptance review 1).
     * Taiwan suspended the FTA with El Salvador from Monday 15 May 2023 (Executive Yuan, Taipei Times 13 May 2023,
     * https://www.taipeitimes.com/News/taiwan/archives/2023/05/13/2003799715). Guatemala is still an ally: no end.
     */
    @Test
    void hondurasAndElSalvadorNoLongerColumnTwoPartners() {
        assertThat(decide("TW", "TW_COLUMN_II", "HN", "2023-12-05").eligible()).isTrue();
        Decision hn = decide("TW", "TW_COLUMN_II", "HN", "2023-12-06");
        assertThat(hn.outcome()).isEqualTo(Outcome.NO_LONGER_LISTED);
        assertThat(hn.membership().orElseThrow().validTo()).hasToString("2023-12-05");
        assertThat(decide("TW", "TW_COLUMN_II", "SV", "2023-05-14").eligible()).isTrue();
        assertThat(decide("TW", "TW_COLUMN_II", "SV", "2023-05-15").outcome()).isEqualTo(Outcome.NO_LONGER_LISTED);
        assertThat(decide("TW", "TW_COLUMN_II", "GT", "2026-03-02").eligible()).isTrue();
        assertThat(MEMBERS).filteredOn(m -> m.listCode().equals("TW_COLUMN_II") && List.of("HN", "SV").contains(m.country()))
                .allSatisfy(m -> assertThat(m.source()).contains("read 2026-12-07"));
    }

    /**
     * Taiwan's column II least developed countries (issue 6 review): 海關進口稅則 總則二 says column II applies to specific goods
     * of specific least developed countries and 「第二項有關低度開發國家名單依聯合國低度開發國家準則辦理」 (law.moj.gov.tw
     * pcode=G0350051, amended 2024-08-14), so the list is the UN list (Dec 2024: 44 countries, e.g. Cambodia, not Viet Nam);
     * the list the Executive Yuan approved under 總則二 was not read, so every row stays to confirm and says so.
     */
    @Test
    void taiwansLeastDevelopedCountriesAreTheUnListAndStayToConfirm() {
        ListRow list = LISTS.stream().filter(l -> l.jurisdiction().equals("TW") && l.code().equals("TW_LDC")).findFirst().orElseThrow();
        assertThat(list.legalSource()).contains("海關進口稅則 總則二").contains("依聯合國低度開發國家準則辦理");
        assertThat(list.status()).isEqualTo("TO_CONFIRM");
        assertThat(MEMBERS).filteredOn(m -> m.jurisdiction().equals("TW") && m.listCode().equals("TW_LDC")).hasSize(44)
                .allSatisfy(m -> assertThat(m.status()).isEqualTo("TO_CONFIRM"));
        Decision cambodia = decide("TW", "TW_LDC", "KH", "2026-03-02");
        assertThat(cambodia.eligible()).isTrue();
        assertThat(cambodia.toConfirm()).isTrue();
        assertThat(decide("TW", "TW_LDC", "VN", "2026-03-02").outcome()).isEqualTo(Outcome.NOT_LISTED);
        // Bangladesh's graduation (UN GA, 24 Nov 2021, five-year preparatory period) is recorded, its date still to confirm
        assertThat(MEMBERS).filteredOn(m -> m.listCode().equals("TW_LDC") && m.country().equals("BD")).singleElement()
                .satisfies(m -> assertThat(m.source()).contains("graduates").contains("to confirm"));
    }

    /**
     * Review of T1 R14: UN GA resolution 76/8 (24 Nov 2021) gave Bangladesh, Lao PDR and Nepal a five-year preparatory period:
     * they graduate from the LDC category on 24 Nov 2026, so they are listed (Taiwan's and Australia's LDC lists, both
     * shipped from the UN list) until 23 Nov 2026 and no longer from the 24th, the source saying so.
     */
    @Test
    void bangladeshLaosAndNepalLeaveTheLeastDevelopedCountriesOnTheDayTheyGraduate() {
        for (String[] list : List.of(new String[] {"TW", "TW_LDC"}, new String[] {"AU", "LDC"})) {
            for (String country : List.of("BD", "LA", "NP")) {
                assertThat(decide(list[0], list[1], country, "2026-11-23").eligible()).as(list[1] + " " + country).isTrue();
                assertThat(decide(list[0], list[1], country, "2026-11-24").outcome()).as(list[1] + " " + country)
                        .isEqualTo(Outcome.NO_LONGER_LISTED);
                assertThat(MEMBERS).filteredOn(m -> m.jurisdiction().equals(list[0]) && m.listCode().equals(list[1])
                        && m.country().equals(country)).singleElement()
                        .satisfies(m -> assertThat(m.source()).contains("resolution 76/8").contains("24 Nov 2026"));
            }
            // a country that does not graduate stays listed
            assertThat(decide(list[0], list[1], "KH", "2026-12-07").eligible()).as(list[1] + " KH").isTrue();
        }
    }

    /**
     * Acceptance review t1fixI 1: Schedule 1 Parts 3 to 5 shipped empty, so every AU letter carried "DCS not assessed" for a
     * German origin and a developing origin never had DCS. The parts are now held with the DAC List of ODA Recipients as
     * their stand-in (to confirm), the DAC donors as certain non-members, and single-party codes closed.
     */
    @Test
    void developingOriginsAreOnTheDevelopingListsToConfirmAndDonorsCertainlyNot() {
        for (String list : List.of("DC", "DCS", "DCT")) {
            Decision sriLanka = decide(list, "LK", "2026-03-02");
            assertThat(sriLanka.eligible()).as(list + ": Sri Lanka").isTrue();
            assertThat(sriLanka.toConfirm()).as(list + ": not confirmed from Schedule 1").isTrue();
            for (String donor : List.of("DE", "US", "JP", "GB", "NZ")) {
                Decision d = decide(list, donor, "2026-03-02");
                assertThat(d.outcome()).as(list + " " + donor).isEqualTo(Outcome.NOT_LISTED);
                assertThat(d.toConfirm()).as(list + " " + donor + " raises no open question").isFalse();
            }
        }
        assertThat(MEMBERS).filteredOn(m -> m.jurisdiction().equals("AU") && List.of("DC", "DCS", "DCT", "LDC").contains(m.listCode()))
                .noneMatch(m -> List.of("DE", "US", "JP", "GB", "NZ").contains(m.country()));
        // Singapore's own code and SAFTA have one party: New Zealand's absence is certain, Singapore's end date is not
        assertThat(decide("SG", "NZ", "2026-03-02").toConfirm()).isFalse();
        assertThat(decide("SAFTA", "NZ", "2026-03-02").toConfirm()).isFalse();
        assertThat(decide("UAE-CEPA", "NZ", "2026-03-02").toConfirm()).isFalse();
        assertThat(decide("UAE-CEPA", "AE", "2026-03-02").toConfirm()).isTrue();
        // Taiwan's column II partners are all entered: Germany is certainly not one
        assertThat(decide("TW", "TW_COLUMN_II", "DE", "2026-03-02").toConfirm()).isFalse();
    }
}
