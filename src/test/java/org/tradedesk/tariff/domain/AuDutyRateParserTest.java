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
        RateParseResult r = AuDutyRateParser.parseSchedule3("$1.220/kg DC$1.220/kg, less 5%");
        assertThat(r.ok()).isFalse();
        assertThat(r.failure()).contains("position").contains("less 5%");
        assertThat(AuDutyRateParser.parseSchedule3("5% DCS4% DTC5%").ok()).isFalse();
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
        assertThat(beer.measures().get(0).expression()).isEqualTo("10.57 AUD/LAL");
        RateParseResult dateInDescription = AuDutyRateParser.parseFta("RCEP", "3%", "0405.20.00 From 1 January 2022&#58;");
        assertThat(dateInDescription.measures().get(0).validFrom()).isEqualTo(LocalDate.of(2022, 1, 1));
    }
}
