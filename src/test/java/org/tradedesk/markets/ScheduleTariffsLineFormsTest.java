package org.tradedesk.markets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tradedesk.support.BundledTariffs;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;

/**
 * Review M1 (b, c, a): Taiwan's line as the tariff module prints it, with its check digit ({@code 2204.21.00.10-0}, the
 * bundled sample's line 22042100100), is found like the bare ten digits; a line the schedule does not hold
 * ({@code 9999.99.99}) is "no line", worded with the market's schedule and the line.
 */
@SpringBootTest
class ScheduleTariffsLineFormsTest {

    @Autowired
    ScheduleTariffs schedules;

    @Autowired
    TariffCatalogue catalogue;

    static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    @BeforeEach
    void loaded() throws Exception {
        if (catalogue.activeVersion(Jurisdiction.TW).isEmpty()) {
            BundledTariffs.importAndAwait(catalogue, Jurisdiction.TW);
        }
    }

    @Test
    void thePrintedLineWithItsCheckDigitIsTheSameLineAndAnUnknownLineIsNamed() {
        ScheduleTariffs.Outcome bare = schedules.find("TWN", "2204.21.00.10", null, DATE);
        ScheduleTariffs.Outcome printed = schedules.find("TWN", "2204.21.00.10-0", null, DATE);
        assertThat(bare.found()).as("%s", bare.missing()).isNotNull();
        assertThat(printed.found()).as("%s", printed.missing()).isNotNull();
        assertThat(printed.found().line()).isEqualTo(bare.found().line()).contains("2204.21.00.10");
        assertThat(printed.found().mfnPercent()).isEqualByComparingTo(bare.found().mfnPercent());

        ScheduleTariffs.Outcome unknown = schedules.find("TWN", "9999.99.99", null, DATE);
        assertThat(unknown.found()).isNull();
        assertThat(unknown.missing().code()).isEqualTo("markets.tariff.schedule.no-line");
        assertThat(unknown.missing().detail()).contains("9999.99.99");

        ScheduleTariffs.Outcome heading = schedules.find("TWN", "2204.21.00", null, DATE);
        assertThat(heading.found()).isNull();
        assertThat(heading.missing().code()).as("an 8-digit line above the rated 11-digit ones")
                .isIn("markets.tariff.schedule.no-rate-at-level", "markets.tariff.schedule.no-line");
        assertThat(heading.missing().code()).isNotEqualTo("markets.tariff.schedule.not-ad-valorem");
    }
}
