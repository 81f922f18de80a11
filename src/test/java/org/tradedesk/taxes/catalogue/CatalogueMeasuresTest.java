package org.tradedesk.taxes.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.tariff.DataVersion;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffLine;
import org.tradedesk.tariff.TariffLookup;
import org.tradedesk.tariff.TariffMeasure;
import org.tradedesk.taxes.domain.TariffMeasureSource.Option;
import org.tradedesk.taxes.domain.TariffMeasureSource.TariffMeasures;

/** The mapping alone, without Spring: which catalogue measures become the duty and which become options for an origin. */
class CatalogueMeasuresTest {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 2);
    private static final DataVersion AU_VERSION = new DataVersion(7, Jurisdiction.AU, "AU Schedule 3 test", Instant.parse("2026-11-01T00:00:00Z"), 3L, true);

    private static TariffLookup au(String code, TariffMeasure... measures) {
        return new TariffLookup(Jurisdiction.AU, new TariffLine(code.replace(".", ""), code, "ITEM", "Cheese", null, "kg"), DATE,
                List.of(measures), AU_VERSION);
    }

    private static TariffMeasure measure(String type, String scheme, String partner, String expression, String text, String source) {
        return new TariffMeasure(type, scheme, partner, null, null, expression, text, source);
    }

    private static Option option(TariffMeasures m, String scheme) {
        return m.options().stream().filter(o -> o.scheme().equals(scheme)).findFirst().orElse(null);
    }

    @Test
    void aRateNamingThePartnerBeatsTheAgreementsRateForEveryParty() {
        TariffLookup lookup = au("0406.10.00",
                measure("GENERAL", null, null, "1.22 AUD/kg", "$1.22/kg", "Schedule 3"),
                measure("PREFERENTIAL", "CPTPP", "(Rate No. 002) United Kingdom&#58;", "0.998 AUD/kg", "From 24 December 2024: $0.998/kg", "Schedule 8B"),
                measure("PREFERENTIAL", "CPTPP", "(Rate No. 001)", "Free", "Free", "Schedule 8B"));

        TariffMeasures fromUk = CatalogueMeasures.map(lookup, CountryCode.of("GB"));
        assertThat(option(fromUk, "CPTPP").duty()).isEqualTo("0.998 AUD/kg");
        assertThat(option(fromUk, "A-UKFTA").duty()).as("line not in Schedule 15").isEqualTo("Free");

        TariffMeasures fromJapan = CatalogueMeasures.map(lookup, CountryCode.of("JP"));
        assertThat(option(fromJapan, "CPTPP").duty()).isEqualTo("Free");
        assertThat(fromJapan.measures()).containsEntry("duty", "1.22 AUD/kg");
        assertThat(fromJapan.reference()).contains("AU 0406.10.00").contains("Schedule 3: $1.22/kg").contains("data version 7")
                .contains("AU Schedule 3 test").contains("2026-11-01");
    }

    @Test
    void listedCountryCodesAreOfferedWithTheListingAsRequirementAndCountryCodesOnlyToThatCountry() {
        TariffLookup lookup = au("8703.23.90",
                measure("GENERAL", null, null, "5%", "5% DCS4% CAFree DCT5%", "Schedule 3"),
                measure("PREFERENTIAL", "DCS", null, "4%", "5% DCS4% CAFree DCT5%", "Schedule 3"),
                measure("PREFERENTIAL", "CA", null, "Free", "5% DCS4% CAFree DCT5%", "Schedule 3"));

        TariffMeasures fromFrance = CatalogueMeasures.map(lookup, CountryCode.of("FR"));
        assertThat(fromFrance.options()).extracting(Option::scheme).containsExactly("DCS");
        assertThat(org.tradedesk.taxes.EngineTexts.en(option(fromFrance, "DCS").requires())).contains("must be a listed developing country");

        assertThat(option(CatalogueMeasures.map(lookup, CountryCode.of("CA")), "CA").duty()).isEqualTo("Free");
    }

    @Test
    void aNewZealandRateInScheduleThreeReplacesTheFreeDefault() {
        TariffLookup lookup = au("2208.20.00",
                measure("GENERAL", null, null, "5% + 107.99 AUD/LAL", "5%, and $107.99/L of alcohol", "Schedule 3"),
                measure("PREFERENTIAL", "NZ", null, "107.99 AUD/LAL", "NZ/PG/FI/DC/LDC/SG $107.99/L of alcohol", "Schedule 3"));
        TariffMeasures fromNz = CatalogueMeasures.map(lookup, CountryCode.of("NZ"));
        assertThat(fromNz.options()).filteredOn(o -> o.scheme().equals("NZ")).singleElement()
                .extracting(Option::duty).isEqualTo("107.99 AUD/LAL");
    }

    @Test
    void taiwanColumnTwoOnlyForItsPartnersAndColumnThreeAlwaysShown() {
        TariffLookup lookup = new TariffLookup(Jurisdiction.TW,
                new TariffLine("87032390005", "8703.23.90.00-5", "STATISTICAL", "Other passenger motor vehicles", "其他小客車", "SET"), DATE,
                List.of(measure("GENERAL", "第一欄 column I", null, "17.5%", "17.5%", "column I"),
                        measure("PREFERENTIAL", "NZ", "NZ", "0%", "0% (NZ,SG)", "column II"),
                        measure("PREFERENTIAL", "SG", "SG", "0%", "0% (NZ,SG)", "column II"),
                        measure("NON_MFN", "第三欄 column III", null, "30%", "30%", "column III")),
                new DataVersion(2, Jurisdiction.TW, "TW sample", Instant.parse("2026-11-01T00:00:00Z"), 4L, true));

        TariffMeasures fromSg = CatalogueMeasures.map(lookup, CountryCode.of("SG"));
        assertThat(fromSg.measures()).containsEntry("duty", "17.5%");
        assertThat(fromSg.options()).extracting(Option::scheme).containsExactly("TW_COLUMN_II", "TW_COLUMN_III");
        assertThat(CatalogueMeasures.map(lookup, CountryCode.of("JP")).options()).extracting(Option::scheme).containsExactly("TW_COLUMN_III");
    }

    @Test
    void noGeneralRateMeansNoDutyMeasureSoTheEngineAsksForIt() {
        TariffMeasures m = CatalogueMeasures.map(au("9999.99.99"), null);
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
}
