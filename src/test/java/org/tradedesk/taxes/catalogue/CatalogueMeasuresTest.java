package org.tradedesk.taxes.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.tariff.DataVersion;
import org.tradedesk.tariff.Eligibility;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffLine;
import org.tradedesk.tariff.TariffLookup;
import org.tradedesk.tariff.TariffMeasure;
import org.tradedesk.taxes.domain.TariffMeasureSource.Option;
import org.tradedesk.taxes.domain.TariffMeasureSource.RefusedOption;
import org.tradedesk.taxes.domain.TariffMeasureSource.TariffMeasures;

/**
 * The mapping alone, without Spring: which catalogue measures become the duty and which become
 * options for an origin. Who is on which list is the tariff module's answer; here it is given by
 * {@link #onLists}, so each test states the membership it rests on.
 */
class CatalogueMeasuresTest {

    /**
     * The lists' answers for one origin: entries "LIST:COUNTRY" (member throughout),
     * "LIST:COUNTRY:from" (member from that date) or "LIST:COUNTRY:from:?" (membership to confirm).
     */
    private static CatalogueMeasures.CountryLists onLists(CountryCode origin, LocalDate date, String... memberships) {
        Map<String, String[]> byList = new HashMap<>();
        for (String m : memberships) {
            String[] f = m.split(":");
            if (origin != null && f[1].equals(origin.value())) {
                byList.put(f[0], f);
            }
        }
        return listCode -> {
            String[] f = byList.get(listCode);
            Arg o = Arg.literal(origin == null ? "-" : origin.value());
            if (f == null) {
                return new Eligibility(false, false, listCode, MessageText.of("tariff.eligibility.not-listed", o, Arg.literal(listCode),
                        Arg.literal("test list")), "test list");
            }
            LocalDate from = f.length > 2 ? LocalDate.parse(f[2]) : null;
            if (from != null && date.isBefore(from)) {
                return new Eligibility(false, false, listCode, MessageText.of("tariff.eligibility.not-yet", o, Arg.literal(listCode),
                        Arg.date(from), Arg.literal("test list")), "test list");
            }
            boolean toConfirm = f.length > 3;
            MessageText listed = MessageText.of("tariff.eligibility.listed", o, Arg.literal(listCode), Arg.literal("test list"));
            return new Eligibility(true, toConfirm, listCode,
                    toConfirm ? MessageText.of("tariff.eligibility.to-confirm", Arg.message(listed)) : listed, "test list");
        };
    }

    /** The lists as far as these tests need them: the FTA parties named, no developing-country list holding DE, US or JP. */
    private static final String[] LISTS = {"CPTPP:GB:2024-12-24", "CPTPP:JP:2018-12-30", "A-UKFTA:GB:2023-05-31", "JAEPA:JP:2015-01-15",
        "RCEP:JP:2022-01-01", "AUSFTA:US:2005-01-01", "CA:CA", "NZ:NZ", "AANZFTA:NZ:2010-01-01", "DCS:VN", "DCT:VN",
        "TW_COLUMN_II:SG:2014-04-19:?", "TW_COLUMN_II:NZ:2013-12-01:?", "TW_COLUMN_I:SG:1995-01-01:?", "TW_COLUMN_I:JP:1995-01-01:?",
        "TW_COLUMN_I:NZ:1995-01-01:?"};

    private static TariffMeasures map(TariffLookup lookup, String origin) {
        CountryCode o = origin == null ? null : CountryCode.of(origin);
        return CatalogueMeasures.map(lookup, o, onLists(o, lookup.date(), LISTS));
    }

    private static final LocalDate DATE = LocalDate.of(2026, 3, 2);
    private static final DataVersion AU_VERSION = new DataVersion(7, Jurisdiction.AU, "AU Schedule 3 test", Instant.parse("2026-11-01T00:00:00Z"), 3L, true);

    private static TariffLookup au(String code, TariffMeasure... measures) {
        return new TariffLookup(Jurisdiction.AU, new TariffLine(code.replace(".", ""), code, "ITEM", "Cheese", null, "kg"), DATE,
                List.of(measures), AU_VERSION);
    }

    private static TariffMeasure measure(String type, String scheme, String partner, String expression, String text, String source) {
        // a Taiwan column II rate is its partner's, as the reader stores it
        return "column II".equals(source)
                ? new TariffMeasure(type, scheme, partner, null, null, expression, text, source, List.of(partner), false)
                : new TariffMeasure(type, scheme, partner, null, null, expression, text, source);
    }

    /** A rate published for the named parties only (ISO codes), as the reader stores Schedule 8B's "United Kingdom" rate. */
    private static TariffMeasure forParties(String scheme, String partner, String expression, String text, String source, String... parties) {
        return new TariffMeasure("PREFERENTIAL", scheme, partner, null, null, expression, text, source, List.of(parties), false);
    }

    private static Option option(TariffMeasures m, String scheme) {
        return m.options().stream().filter(o -> o.scheme().equals(scheme)).findFirst().orElse(null);
    }

    @Test
    void aRateNamingThePartnerBeatsTheAgreementsRateForEveryParty() {
        TariffLookup lookup = au("0406.10.00",
                measure("GENERAL", null, null, "1.22 AUD/kg", "$1.22/kg", "Schedule 3"),
                forParties("CPTPP", "(Rate No. 002) United Kingdom", "0.998 AUD/kg", "From 24 December 2024: $0.998/kg", "Schedule 8B", "GB"),
                measure("PREFERENTIAL", "CPTPP", "(Rate No. 001)", "0.5 AUD/kg", "$0.50/kg", "Schedule 8B"));

        TariffMeasures fromUk = map(lookup, "GB");
        assertThat(option(fromUk, "CPTPP").duty()).isEqualTo("0.998 AUD/kg");
        assertThat(option(fromUk, "A-UKFTA").duty()).as("line not in Schedule 15").isEqualTo("Free");

        TariffMeasures fromJapan = map(lookup, "JP");
        assertThat(option(fromJapan, "CPTPP").duty()).as("the rate for every party, not the UK's").isEqualTo("0.5 AUD/kg");
        assertThat(fromJapan.measures()).containsEntry("duty", "1.22 AUD/kg");
        assertThat(fromJapan.reference()).contains("AU 0406.10.00").contains("Schedule 3: $1.22/kg").contains("data version 7")
                .contains("AU Schedule 3 test").contains("2026-11-01");
    }

    /**
     * Schedule 8B as shipped holds for 0406.10.00 only the UK's rate. The mapping before gave it to any CPTPP origin whose
     * name it did not recognise as another party's, and a JP calculation called the line "not in Schedule 8B".
     */
    @Test
    void aRatePublishedForOtherPartiesOnlyGivesTheOriginFreeAndSaysWhy() {
        TariffLookup lookup = au("0406.10.00",
                measure("GENERAL", null, null, "1.22 AUD/kg", "$1.22/kg", "Schedule 3"),
                forParties("CPTPP", "(Rate No. 002) United Kingdom", "0.998 AUD/kg", "From 24 December 2024: $0.998/kg", "Schedule 8B", "GB"));
        Option jp = option(map(lookup, "JP"), "CPTPP");
        assertThat(jp.duty()).isEqualTo("Free");
        assertThat(jp.label().code()).isEqualTo("taxes.option.label.fta-free-other-parties");
        assertThat(jp.requires().code()).isEqualTo("taxes.option.requires.fta-free-other-parties");
        assertThat(jp.requires().args()).extracting(Arg::value).contains("GB", "JP");
        assertThat(option(map(lookup, "GB"), "CPTPP").duty()).isEqualTo("0.998 AUD/kg");
    }

    @Test
    void aNumberedRateWhosePartiesTheDataDoesNotNameIsOfferedToConfirm() {
        // Schedule 8B 7209.16.00 "(Rate No. 002)" "From 24 December 2024: 5%": a second rate, nobody named
        TariffLookup lookup = au("7209.16.00",
                measure("GENERAL", null, null, "5%", "5%", "Schedule 3"),
                new TariffMeasure("PREFERENTIAL", "CPTPP", "(Rate No. 002)", null, null, "5%", "From 24 December 2024: 5%", "Schedule 8B",
                        List.of(), true));
        Option jp = option(map(lookup, "JP"), "CPTPP");
        assertThat(jp.duty()).isEqualTo("5%");
        assertThat(jp.requires().code()).isEqualTo("taxes.option.requires.parties-unstated");
    }

    private static TariffLookup car(LocalDate date) {
        // Schedule 3, 8703.23.90 "5% DCS4% CAFree DCT5%"
        return new TariffLookup(Jurisdiction.AU, new TariffLine("87032390", "8703.23.90", "ITEM", "Other", null, "No"), date,
                List.of(measure("GENERAL", null, null, "5%", "5% DCS4% CAFree DCT5%", "Schedule 3"),
                        measure("PREFERENTIAL", "DCS", null, "4%", "5% DCS4% CAFree DCT5%", "Schedule 3"),
                        measure("PREFERENTIAL", "CA", null, "Free", "5% DCS4% CAFree DCT5%", "Schedule 3"),
                        measure("PREFERENTIAL", "DCT", null, "5%", "5% DCS4% CAFree DCT5%", "Schedule 3")), AU_VERSION);
    }

    @Test
    void aGermanAmericanOrJapaneseCarGetsNoDevelopingCountryRate() {
        for (String origin : List.of("DE", "US", "JP")) {
            TariffMeasures m = map(car(DATE), origin);
            assertThat(m.options()).as(origin).extracting(Option::scheme).doesNotContain("DCS", "DCT", "DC", "LDC", "FI", "CA");
            RefusedOption dcs = m.refused().stream().filter(r -> r.scheme().equals("DCS")).findFirst().orElseThrow();
            assertThat(dcs.reason().code()).isEqualTo("tariff.eligibility.not-listed");
            assertThat(dcs.reason().args()).extracting(Arg::value).startsWith(origin, "DCS");
        }
        assertThat(map(car(DATE), "DE").options()).as("Germany is party to no Australian FTA").isEmpty();
        assertThat(map(car(DATE), "US").options()).extracting(Option::scheme).containsExactly("AUSFTA");
    }

    @Test
    void aListedDevelopingCountryGetsTheDcsRateAndACodeOnlyItsCountry() {
        TariffMeasures fromVietnam = map(car(DATE), "VN");
        assertThat(fromVietnam.options()).extracting(Option::scheme).containsExactly("DCS", "DCT");
        assertThat(option(fromVietnam, "DCS").duty()).isEqualTo("4%");
        assertThat(option(fromVietnam, "DCS").requires().code()).isEqualTo("taxes.option.requires.rate");
        assertThat(option(fromVietnam, "DCS").requires().args().get(1).message().code()).isEqualTo("tariff.eligibility.listed");

        assertThat(option(map(car(DATE), "CA"), "CA").duty()).isEqualTo("Free");
    }

    @Test
    void anFtaPartyGetsNoOptionBeforeTheAgreementEntersIntoForceForIt() {
        // A-UKFTA entered into force on 31 May 2023
        TariffMeasures before = map(car(LocalDate.of(2023, 5, 30)), "GB");
        assertThat(before.options()).extracting(Option::scheme).doesNotContain("A-UKFTA");
        assertThat(before.refused()).filteredOn(r -> r.scheme().equals("A-UKFTA")).singleElement()
                .extracting(r -> r.reason().code()).isEqualTo("tariff.eligibility.not-yet");

        TariffMeasures on = map(car(LocalDate.of(2023, 5, 31)), "GB");
        assertThat(option(on, "A-UKFTA").duty()).isEqualTo("Free");
        assertThat(on.options()).extracting(Option::scheme).as("CPTPP only from 24 December 2024 for the UK").doesNotContain("CPTPP");
    }

    /**
     * Acceptance review t1fixD 3: Bangladeshi tableware, 6911.10.00 general 5 %, no LDC rate printed: goods originating in a Least
     * Developed Country can claim duty-free entry (ABF, Developing Countries or Least Developed Countries, border.gov.au), so
     * an origin on the LDC list (to confirm, as the shipped list is) gets a Free option; a German origin does not; a line that
     * prints an LDC rate ("NZ/PG/FI/DC/LDC/SG $0.526/L") keeps that rate and no Free default.
     */
    @Test
    void aLeastDevelopedCountryGetsFreeWhereScheduleThreePrintsNoLdcRate() {
        TariffLookup tableware = au("6911.10.00", measure("GENERAL", null, null, "5%", "5%", "Schedule 3"));
        CountryCode bd = CountryCode.of("BD");
        TariffMeasures fromBangladesh = CatalogueMeasures.map(tableware, bd, onLists(bd, DATE, "LDC:BD:2000-01-01:?"));
        Option ldc = option(fromBangladesh, "LDC");
        assertThat(ldc).isNotNull();
        assertThat(ldc.duty()).isEqualTo("Free");
        assertThat(ldc.requires().code()).isEqualTo("taxes.option.requires.ldc-free");
        assertThat(ldc.requires().args().get(1).message().code()).isEqualTo("tariff.eligibility.to-confirm");
        assertThat(option(map(tableware, "DE"), "LDC")).isNull();

        TariffLookup printed = au("2203.00.19", measure("GENERAL", null, null, "0.526 AUD/L", "$0.526/L", "Schedule 3"),
                measure("PREFERENTIAL", "LDC", null, "0.526 AUD/L", "NZ/PG/FI/DC/LDC/SG $0.526/L", "Schedule 3"));
        TariffMeasures coded = CatalogueMeasures.map(printed, bd, onLists(bd, DATE, "LDC:BD:2000-01-01:?"));
        assertThat(coded.options()).filteredOn(o -> o.scheme().equals("LDC")).singleElement().extracting(Option::duty).isEqualTo("0.526 AUD/L");
    }

    @Test
    void aNewZealandRateInScheduleThreeReplacesTheFreeDefault() {
        TariffLookup lookup = au("2208.20.00",
                measure("GENERAL", null, null, "5% + 107.99 AUD/LAL", "5%, and $107.99/L of alcohol", "Schedule 3"),
                measure("PREFERENTIAL", "NZ", null, "107.99 AUD/LAL", "NZ/PG/FI/DC/LDC/SG $107.99/L of alcohol", "Schedule 3"));
        TariffMeasures fromNz = map(lookup, "NZ");
        assertThat(fromNz.options()).filteredOn(o -> o.scheme().equals("NZ")).singleElement()
                .extracting(Option::duty).isEqualTo("107.99 AUD/LAL");
    }

    /**
     * 關稅法 §5: column I for WTO members (and reciprocal treatment), column III for the rest. Issue 6 (acceptance): North Korean
     * goods were given column I 17.5 %, with column III only an option. Now an origin on the column I list pays column I and has no
     * column III option; one off it (KP) pays column III, 30 %, with the list's reason in the rate's source; without an origin the
     * list cannot decide, so column I stays the duty and column III is offered.
     */
    @Test
    void taiwanColumnTwoOnlyForItsPartnersAndColumnThreeOnlyForOriginsOffTheColumnOneList() {
        TariffLookup lookup = new TariffLookup(Jurisdiction.TW,
                new TariffLine("87032390005", "8703.23.90.00-5", "STATISTICAL", "Other passenger motor vehicles", "其他小客車", "SET"), DATE,
                List.of(measure("GENERAL", "第一欄 column I", null, "17.5%", "17.5%", "column I"),
                        measure("PREFERENTIAL", "NZ", "NZ", "0%", "0% (NZ,SG)", "column II"),
                        measure("PREFERENTIAL", "SG", "SG", "0%", "0% (NZ,SG)", "column II"),
                        measure("NON_MFN", "第三欄 column III", null, "30%", "30%", "column III")),
                new DataVersion(2, Jurisdiction.TW, "TW sample", Instant.parse("2026-11-01T00:00:00Z"), 4L, true));

        TariffMeasures fromSg = map(lookup, "SG");
        assertThat(fromSg.measures()).containsEntry("duty", "17.5%");
        assertThat(fromSg.options()).extracting(Option::scheme).containsExactly("TW_COLUMN_II");
        assertThat(option(fromSg, "TW_COLUMN_II").requires().args().get(1).message().code())
                .as("the partner list is shipped to confirm, and says so").isEqualTo("tariff.eligibility.to-confirm");
        TariffMeasures fromJapan = map(lookup, "JP");
        assertThat(fromJapan.measures()).containsEntry("duty", "17.5%");
        assertThat(fromJapan.options()).isEmpty();
        assertThat(fromJapan.refused()).extracting(RefusedOption::scheme).containsExactly("TW_COLUMN_II");
        TariffMeasures fromNorthKorea = map(lookup, "KP");
        assertThat(fromNorthKorea.measures()).containsEntry("duty", "30%");
        assertThat(fromNorthKorea.options()).isEmpty();
        assertThat(fromNorthKorea.referenceText().code()).isEqualTo("taxes.source.tw-column-iii");
        assertThat(fromNorthKorea.referenceText().args().get(1).message().code()).isEqualTo("tariff.eligibility.not-listed");
        // the column I list shipped to confirm (as lists.tsv has it): the rate's source says so for both (review r-t1b 8)
        CountryCode kp = CountryCode.of("KP");
        CatalogueMeasures.CountryLists toConfirm = code -> "TW_COLUMN_I".equals(code)
                ? new Eligibility(false, true, code, MessageText.of("tariff.eligibility.not-listed", Arg.literal("KP"), Arg.literal(code),
                        Arg.literal("test list")), "test list")
                : onLists(kp, DATE, LISTS).check(code);
        TariffMeasures offAListToConfirm = CatalogueMeasures.map(lookup, kp, toConfirm);
        assertThat(offAListToConfirm.measures()).containsEntry("duty", "30%");
        assertThat(offAListToConfirm.referenceText().args().get(1).message().code()).isEqualTo("taxes.eligibility.list-to-confirm");
        assertThat(offAListToConfirm.referenceText().args().get(1).message().args().get(0).message().code())
                .isEqualTo("tariff.eligibility.not-listed");
        assertThat(fromJapan.referenceText().code()).isEqualTo("taxes.source.tw-column-i");
        assertThat(fromJapan.referenceText().args().get(1).message().code()).isEqualTo("tariff.eligibility.to-confirm");
        TariffMeasures noOrigin = map(lookup, null);
        assertThat(noOrigin.measures()).containsEntry("duty", "17.5%");
        assertThat(noOrigin.options()).extracting(Option::scheme).containsExactly("TW_COLUMN_III");
    }

    @Test
    void noGeneralRateMeansNoDutyMeasureSoTheEngineAsksForIt() {
        TariffMeasures m = map(au("9999.99.99"), null);
        assertThat(m.measures()).doesNotContainKey("duty");
        assertThat(m.options()).isEmpty();
    }

    @Test
    void theItemsOfASubheadingAreItsLinesWithNothingBelowThem() {
        // AU 8703.23: the grouping line 8703.23.1 is not an item, its children are
        List<TariffLine> lines = List.of(
                new TariffLine("870323", "8703.23", "SUBHEADING", "1,500–3,000 cc", null, null),
                new TariffLine("8703231", "8703.23.1", "SUBHEADING", "Motor cars", null, null),
                new TariffLine("87032311", "8703.23.11", "ITEM", "Assembled in Australia", null, "No"),
                new TariffLine("87032319", "8703.23.19", "ITEM", "Other", null, "No"),
                new TariffLine("87032320", "8703.23.20", "ITEM", "Ambulances", null, "No"),
                new TariffLine("87032390", "8703.23.90", "ITEM", "Other", null, "No"));
        assertThat(CatalogueTariffSource.items(lines, "870323")).containsExactly("8703.23.11", "8703.23.19", "8703.23.20", "8703.23.90");
        assertThat(CatalogueTariffSource.items(lines.subList(5, 6), "87032390")).isEmpty();
    }

    /** t1fixG 10: statistical codes under an Australian item are named by the item the user must choose, once each. */
    @Test
    void australianItemsAreNamedAtTheTariffItemLevelNotByStatisticalCode() {
        List<TariffLine> lines = List.of(
                new TariffLine("870323", "8703.23", "SUBHEADING", "1,500–3,000 cc", null, null),
                new TariffLine("87032320", "8703.23.20", "ITEM", "Ambulances", null, "No"),
                new TariffLine("8703232028", "8703.23.20.28", "STATISTICAL", "New", null, "No"),
                new TariffLine("8703232029", "8703.23.20.29", "STATISTICAL", "Used", null, "No"),
                new TariffLine("87032390", "8703.23.90", "ITEM", "Other", null, "No"));
        assertThat(CatalogueTariffSource.items(lines, "870323", Jurisdiction.AU)).containsExactly("8703.23.20", "8703.23.90");
    }
}
