package org.tradedesk.tariff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Expected measures written by hand from the Customs Tariff Act 1995 texts quoted in each test. */
class AuDutyRateParserTest {

    @Test
    void readsFreeAsZeroPercentAndIgnoresZeroWidthSpaces() {
        RateParseResult r = AuDutyRateParser.parseSchedule3("Free\u200B");
        assertThat(r.ok()).isTrue();
        assertThat(r.measures()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(MeasureType.GENERAL);
            assertThat(m.expression()).isEqualTo("0%");
            assertThat(m.validFrom()).isNull();
        });
    }

    @Test
    void readsGeneralRateAndEachPreferenceCode() {
        RateParseResult r = AuDutyRateParser.parseSchedule3("5% DCS4% CA Free DCT5%");
        assertThat(r.measures()).extracting(RateMeasure::type, RateMeasure::preference, RateMeasure::expression)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MeasureType.GENERAL, null, "5%"),
                        org.assertj.core.groups.Tuple.tuple(MeasureType.PREFERENTIAL, "DCS", "4%"),
                        org.assertj.core.groups.Tuple.tuple(MeasureType.PREFERENTIAL, "CA", "0%"),
                        org.assertj.core.groups.Tuple.tuple(MeasureType.PREFERENTIAL, "DCT", "5%"));
    }

    @Test
    void splitsStagedRatesIntoEffectiveDatedMeasures() {
        RateParseResult r = AuDutyRateParser.parseSchedule3("5% From1July20182.5% From 1July2019Free");
        assertThat(r.measures()).extracting(RateMeasure::validFrom, RateMeasure::validTo, RateMeasure::expression)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, LocalDate.of(2018, 6, 30), "5%"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2018, 7, 1), LocalDate.of(2019, 6, 30), "2.5%"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2019, 7, 1), null, "0%"));
    }

    @Test
    void readsCompoundAlcoholRateForEveryListedCode() {
        RateParseResult r = AuDutyRateParser.parseSchedule3(
                "5%, and $107.99/L of alcohol NZ/PG/FI/DC/LDC/SG $107.99/L of alcohol DCS4%, and $107.99/L of alcohol");
        assertThat(r.measures()).hasSize(8);
        assertThat(r.measures().get(0).expression()).isEqualTo("5% + 107.99 AUD/LAL");
        assertThat(r.measures()).filteredOn(m -> "LDC".equals(m.preference()))
                .singleElement().extracting(RateMeasure::expression).isEqualTo("107.99 AUD/LAL");
        assertThat(r.measures()).filteredOn(m -> "DCS".equals(m.preference()))
                .singleElement().extracting(RateMeasure::expression).isEqualTo("4% + 107.99 AUD/LAL");
    }

    @Test
    void readsThousandsSeparatorsAndTobaccoContent() {
        RateParseResult r = AuDutyRateParser.parseSchedule3("$2,445.26/kg of tobacco content NZ/PG/FI/DC/LDC $2,445.26/kg of tobacco content");
        assertThat(r.measures().get(0).expression()).isEqualTo("2445.26 AUD/kg");
    }

    @Test
    void reportsATextItCannotReadInsteadOfGuessing() {
        // Schedule 3, 0406.10.00: what the 5 % is taken of is not in the text; the clear general rate $1.220/kg stays
        RateParseResult r = AuDutyRateParser.parseSchedule3("$1.220/kg DC$1.220/kg, less 5%");
        assertThat(r.ok()).isTrue();
        assertThat(r.measures()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(MeasureType.GENERAL);
            assertThat(m.expression()).isEqualTo("1.220 AUD/kg");
        });
        assertThat(r.unread()).singleElement().asString().startsWith("preference DC not read")
                .contains("position").contains("less 5%").contains("does not say what the 5 % is taken of");
        // an unclear general rate still fails the whole text
        assertThat(AuDutyRateParser.parseSchedule3("$1.220/kg, less 5% DC$1.220/kg").ok()).isFalse();
        // the preferences after an unclear one are still read
        assertThat(AuDutyRateParser.parseSchedule3("$1.220/kg DC$1.220/kg, less 5% SG Free").measures())
                .extracting(RateMeasure::preference).containsExactly(null, "SG");
        // only the known typo is corrected, not any unknown code
        assertThat(AuDutyRateParser.parseSchedule3("5% DCS4% TDC5%").ok()).isFalse();
        // only the known misspelling of a month
        assertThat(AuDutyRateParser.parseFta("Peru", "From 11 Febuary 2020&#58; 2.8%", "8486.40.91").ok()).isFalse();
    }

    @Test
    void readsWhicheverIsLowerPerKilogramOfTotalSolubleSolids() {
        // Schedule 3, 2009.21.00 (statistical unit kg TSS): $0.45 per kg TSS = per 100 kg of goods per % TSS
        RateParseResult r = AuDutyRateParser.parseSchedule3("5%, or, if lower, $0.45/kg TSS");
        assertThat(r.failure()).isNull();
        assertThat(r.measures()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(MeasureType.GENERAL);
            assertThat(m.expression()).isEqualTo("MIN(5%, 0.45 AUD/100 kg/% TSS)");
        });
        // Schedule 14 (RCEP), 2009.21.00, the date in the description
        RateParseResult rcep = AuDutyRateParser.parseFta("RCEP", "4%, or, if lower, $0.45/kg TSS", "2009.21.00 From 1 January 2022&#58;");
        assertThat(rcep.measures()).singleElement().satisfies(m -> {
            assertThat(m.validFrom()).isEqualTo(LocalDate.of(2022, 1, 1));
            assertThat(m.expression()).isEqualTo("MIN(4%, 0.45 AUD/100 kg/% TSS)");
        });
    }

    @Test
    void correctsOnlyTheUnambiguousTyposAndKeepsThePublishedText() {
        // Schedule 3, 4414.10.00: DTC for DCT (its sibling 4414.90.00 reads "5% DCS4% DCT5%")
        RateParseResult dtc = AuDutyRateParser.parseSchedule3("5% DCS4% DTC5%");
        assertThat(dtc.measures()).extracting(RateMeasure::preference, RateMeasure::expression)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, "5%"),
                        org.assertj.core.groups.Tuple.tuple("DCS", "4%"),
                        org.assertj.core.groups.Tuple.tuple("DCT", "5%"));
        assertThat(dtc.measures()).allSatisfy(m -> assertThat(m.originalText()).isEqualTo("5% DCS4% DTC5%"));
        // Schedule 6A (Peru), 8486.40.91: "Feburary"
        RateParseResult feb = AuDutyRateParser.parseFta("Peru", "From 11 Feburary 2020&#58; 2.8%", "8486.40.91");
        assertThat(feb.measures()).singleElement().satisfies(m -> {
            assertThat(m.validFrom()).isEqualTo(LocalDate.of(2020, 2, 11));
            assertThat(m.expression()).isEqualTo("2.8%");
            assertThat(m.originalText()).isEqualTo("From 11 Feburary 2020&#58; 2.8%");
        });
    }

    @Test
    void readsASpecificRateWhoseDollarSignIsMissing() {
        // Schedule 14 (RCEP), 2206.00.22; Schedule 3 has "5%, and $107.99/L of alcohol" for the same line
        RateParseResult r = AuDutyRateParser.parseFta("RCEP", "5%, and \t107.99\t/L of alcohol", "2206.00.22");
        assertThat(r.measures()).singleElement().extracting(RateMeasure::expression).isEqualTo("5% + 107.99 AUD/LAL");
    }

    @Test
    void reportsABlendRateCutOffAfterItsFirstComponent() {
        // Schedule 5 (AUSFTA) and Schedule 14 (RCEP), 2710.12.62 (Rate No. 001): the ethanol and other substances are missing
        for (String text : new String[] {"$0.526\t/L of gasoline", "$0.526\t/L of gasoline plus"}) {
            RateParseResult r = AuDutyRateParser.parseFta("AUSFTA", text, "2710.12.62 (Rate No. 001)");
            assertThat(r.ok()).isFalse();
            assertThat(r.failure()).contains("per litre of gasoline only").contains("not in the data");
        }
        // the whole blend text with one rate for every component still reads as that rate per litre
        assertThat(AuDutyRateParser.parseSchedule3("$0.526/L of gasoline plus $0.526/L of ethanol plus "
                + "$0.526/L of other substances (if any) in the blend").measures().get(0).expression()).isEqualTo("0.526 AUD/L");
    }

    @Test
    void reportsTheTcoLinkLeftInTheRateColumn() {
        RateParseResult r = AuDutyRateParser.parseSchedule3("View TCOs for 8462.59");
        assertThat(r.ok()).isFalse();
        assertThat(r.failure()).startsWith("not a rate").contains("View TCOs");
    }

    @Test
    void readsFtaTextWithHtmlEntityAndTabs() {
        RateParseResult r = AuDutyRateParser.parseFta("CPTPP", "From 24 December 2024&#58; $0.998/kg", "0406.10.00");
        assertThat(r.measures()).singleElement().satisfies(m -> {
            assertThat(m.preference()).isEqualTo("CPTPP");
            assertThat(m.validFrom()).isEqualTo(LocalDate.of(2024, 12, 24));
            assertThat(m.expression()).isEqualTo("0.998 AUD/kg");
        });
        RateParseResult beer = AuDutyRateParser.parseFta("AUSFTA", "$10.57\t/L of alcohol, calculated on that alcohol content by which the percentage by volume of alcohol of the goods exceeds 1.15", "2203.00.63");
        assertThat(beer.measures().get(0).expression()).isEqualTo("10.57 AUD/LAL ABOVE 1.15 %vol");
        RateParseResult dateInDescription = AuDutyRateParser.parseFta("RCEP", "3%", "0405.20.00 From 1 January 2022&#58;");
        assertThat(dateInDescription.measures().get(0).validFrom()).isEqualTo(LocalDate.of(2022, 1, 1));
    }

    @Test
    void readsTheBeerDeductionFromTheRateTextAndOnlyWhereTheTextStatesIt() {
        // 2206.00.89: the clause is part of the published rate, general and preferential alike
        RateParseResult beer = AuDutyRateParser.parseSchedule3("\u200B$43.39/L of alcohol, calculated on that alcohol content by which the"
                + " percentage by volume of alcohol of the goods exceeds 1.15 NZ/PG/FI/DC/LDC/SG $43.39/L of alcohol, calculated on that"
                + " alcohol content by which the percentage by volume of alcohol of the goods exceeds 1.15");
        assertThat(beer.measures()).extracting(RateMeasure::expression).containsOnly("43.39 AUD/LAL ABOVE 1.15 %vol");
        // 2203.00.91: "$107.99/L of alcohol" and nothing more, so all the alcohol is charged
        RateParseResult strong = AuDutyRateParser.parseSchedule3("$107.99/L of alcohol NZ/PG/FI/DC/LDC/SG $107.99/L of alcohol");
        assertThat(strong.measures()).extracting(RateMeasure::expression).containsOnly("107.99 AUD/LAL");
    }
}
