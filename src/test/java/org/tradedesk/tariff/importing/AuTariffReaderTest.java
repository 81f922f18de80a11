package org.tradedesk.tariff.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tradedesk.tariff.domain.MeasureType;
import org.tradedesk.tariff.domain.ScheduleData;

/** The real Australian Customs Tariff files shipped in src/main/resources/reference-data/tariff/au. */
class AuTariffReaderTest {

    static ScheduleData readReal() throws Exception {
        return AuTariffReader.read(AuTariffReader.resource("/reference-data/tariff/au/au-customs-tariff-schedule3.json"),
                AuTariffReader.resource("/reference-data/tariff/au/au-customs-tariff-fta-schedules.json"), p -> { });
    }

    @Test
    void parsesAtLeast99PercentOfTheRateTextsAndListsTheRest() throws Exception {
        ScheduleData data = readReal();
        double share = (double) data.ratesParsed() / data.ratesRead();
        String failures = data.issues().stream().map(i -> i.row() + " | " + i.text() + " | " + i.reason())
                .collect(Collectors.joining("\n"));
        System.out.printf("AU rate texts: %d read, %d parsed (%.2f%%); not parsed:%n%s%n",
                data.ratesRead(), data.ratesParsed(), share * 100, failures);
        // 6,784 Schedule 3 lines carry a rate text (counted independently with a JSON query); plus the FTA entries.
        assertThat(data.ratesRead()).isGreaterThan(6784);
        assertThat(share).isGreaterThanOrEqualTo(0.99);
        assertThat(data.issues()).allSatisfy(i -> assertThat(i.reason()).isNotBlank());
    }

    @Test
    void readsPassengerCarLineWithItsPreferences() throws Exception {
        ScheduleData data = readReal();
        assertThat(data.node("87032390")).isNotNull();
        assertThat(data.measures()).filteredOn(m -> m.itemCode().equals("87032390") && m.type() == MeasureType.GENERAL)
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.expression()).matches("\\d+(\\.\\d+)?%"));
    }

    /**
     * The parties each FTA rate is published for, from the shipped rows: Schedule 8B "0406.10.00 (Rate No. 002) United
     * Kingdom:" is GB's only; "7209.16.00 (Rate No. 002)" names nobody after a first rate (not stated);
     * "(Rate No. 001)" and a plain "2005.91.00" is the agreement's for every party.
     */
    @Test
    void readsWhomEachFtaRateIsPublishedFor() throws Exception {
        ScheduleData data = readReal();
        java.util.function.Function<String, ScheduleData.Measure> cptpp = code -> data.measures().stream()
                .filter(m -> m.itemCode().equals(code) && "CPTPP".equals(m.scheme())).findFirst().orElseThrow();
        assertThat(cptpp.apply("04061000").parties().countries()).containsExactly("GB");
        assertThat(cptpp.apply("04061000").expression()).isEqualTo("0.998 AUD/kg");
        // 7209.16.00 is not in the bundled Schedule 3 (chapter 72 is missing), so its entry is read by the rule alone
        assertThat(org.tradedesk.tariff.domain.PublishedParties.ofAustralianEntry(AuTariffReader.partner("7209.16.00 (Rate No. 002)",
                "7209.16.00")).unstated()).isTrue();
        assertThat(org.tradedesk.tariff.domain.PublishedParties.ofAustralianEntry(AuTariffReader.partner("2710.12.62 (Rate No. 001)",
                "2710.12.62")).all()).isTrue();
        assertThatThrownBy(() -> org.tradedesk.tariff.domain.PublishedParties.ofAustralianEntry("(Rate No. 002) Atlantis"))
                .hasMessageContaining("'Atlantis'");
        assertThat(cptpp.apply("20059100").parties().all()).isTrue();
        // the 82 UK-only rows of Schedule 8B whose line is in the bundled Schedule 3: the five cheese lines
        assertThat(data.measures()).filteredOn(m -> m.parties().countries().contains("GB"))
                .allSatisfy(m -> assertThat(m.scheme()).isEqualTo("CPTPP")).extracting(ScheduleData.Measure::itemCode)
                .containsExactlyInAnyOrder("04061000", "04062000", "04063000", "04064090", "04069090");
    }

    @Test
    void readsStagedFtaEntriesOfOneLineAsConsecutivePeriods() throws Exception {
        ScheduleData data = readReal();
        var cheese = data.measures().stream()
                .filter(m -> m.itemCode().equals("04061000") && "A-UKFTA".equals(m.scheme()))
                .sorted(java.util.Comparator.comparing(ScheduleData.Measure::validFrom)).toList();
        assertThat(cheese).isNotEmpty();
        assertThat(cheese.get(0).validFrom()).isEqualTo(LocalDate.of(2023, 5, 31));
        assertThat(cheese.get(0).expression()).isEqualTo("1.02 AUD/kg");
        for (int i = 0; i + 1 < cheese.size(); i++) {
            assertThat(cheese.get(i).validTo()).isEqualTo(cheese.get(i + 1).validFrom().minusDays(1));
        }
    }

    @Test
    void keepsTheCheeseLinesClearGeneralRateAndFlagsOnlyTheUnclearPreference() throws Exception {
        // Schedule 3 0406.10.00 "$1.220/kg DC$1.220/kg, less 5%": the general rate is $1.220/kg; only the DC part is unclear
        ScheduleData data = readReal();
        for (String cheese : java.util.List.of("04061000", "04062000", "04063000", "04064090", "04069090")) {
            assertThat(data.measures()).filteredOn(m -> m.itemCode().equals(cheese) && m.source().equals("Schedule 3"))
                    .as(cheese).singleElement().satisfies(m -> {
                        assertThat(m.type()).isEqualTo(MeasureType.GENERAL);
                        assertThat(m.expression()).isEqualTo("1.220 AUD/kg");
                    });
        }
        assertThat(data.issues()).filteredOn(i -> i.row().equals("0406.10.00")).singleElement()
                .satisfies(i -> assertThat(i.reason()).startsWith("preference DC not read").contains("less 5%"));
    }

    @Test
    void holdsEachMeasureOfALineOnce() throws Exception {
        // the files repeat some lines (once per statistical code or page row); the same measure must not be stored twice
        ScheduleData data = readReal();
        var duplicates = data.measures().stream()
                .collect(Collectors.groupingBy(m -> java.util.List.of(m.itemCode(), m.type(), String.valueOf(m.scheme()),
                        String.valueOf(m.partner()), m.validFrom(), String.valueOf(m.validTo()), m.expression(), m.source()),
                        Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(e -> e.getKey() + " ×" + e.getValue()).toList();
        assertThat(duplicates).isEmpty();
    }

    @Test
    void refusesAFileThatIsNotTheScheduleShape() {
        assertThatThrownBy(() -> AuTariffReader.read(new ByteArrayInputStream("{\"a\":1}".getBytes(StandardCharsets.UTF_8)), null, p -> { }))
                .isInstanceOf(ImportRejected.class).hasMessageContaining("Schedule 3").hasMessageContaining("chapters");
        assertThatThrownBy(() -> AuTariffReader.read(new ByteArrayInputStream("[{".getBytes(StandardCharsets.UTF_8)), null, p -> { }))
                .isInstanceOf(ImportRejected.class).hasMessageContaining("not valid JSON (line 1, column")
                .hasMessageNotContaining("Source").hasMessageNotContaining("StreamReadFeature");
    }
}
