package org.tradedesk.taxes.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.tariff.DataVersion;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffLine;
import org.tradedesk.tariff.TariffLookup;

/** A tariff line's reference names its catalogue version's import day as the day in the schedule's jurisdiction, not UTC's. */
class TariffReferenceDayTest {

    private static String importDay(Jurisdiction jurisdiction, String importedAt) {
        TariffLookup lookup = new TariffLookup(jurisdiction, new TariffLine("04061000", "0406.10.00", "ITEM", "Cheese", null, "kg"),
                LocalDate.of(2026, 12, 7), List.of(), new DataVersion(3, jurisdiction, "test schedule", Instant.parse(importedAt), 1L, true));
        var args = CatalogueMeasures.referenceText(lookup).args();
        return args.get(args.size() - 1).value();
    }

    @Test
    void theImportDayIsTheJurisdictionsDay() {
        // 17:00 UTC on 6 Dec: 01:00 on 7 Dec in Taipei, 04:00 on 7 Dec in Sydney (UTC+11)
        assertThat(importDay(Jurisdiction.TW, "2026-12-06T17:00:00Z")).isEqualTo("2026-12-07");
        assertThat(importDay(Jurisdiction.AU, "2026-12-06T17:00:00Z")).isEqualTo("2026-12-07");
        // 14:00 UTC on 6 Dec: 22:00 in Taipei (still the 6th), 01:00 on the 7th in Sydney
        assertThat(importDay(Jurisdiction.TW, "2026-12-06T14:00:00Z")).isEqualTo("2026-12-06");
        assertThat(importDay(Jurisdiction.AU, "2026-12-06T14:00:00Z")).isEqualTo("2026-12-07");
    }
}
