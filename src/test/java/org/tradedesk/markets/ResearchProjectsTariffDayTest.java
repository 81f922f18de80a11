package org.tradedesk.markets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.tradedesk.platform.BusinessCalendar;

/**
 * Review: with no tariff date the scoring read every market's schedule on today in the product's zone (Taipei), but a
 * tariff line takes its jurisdiction's day. At 2026-12-07 14:30 UTC it is 22:30 on the 7th in Taipei (UTC+8) and 01:30
 * on the 8th in Sydney (UTC+11, daylight saving in December).
 */
class ResearchProjectsTariffDayTest {

    final BusinessCalendar calendar = new BusinessCalendar(Clock.fixed(Instant.parse("2026-12-07T14:30:00Z"), ZoneOffset.UTC),
            BusinessCalendar.DEFAULT_ZONE);

    @Test
    void aMarketWithALoadedScheduleTakesItsJurisdictionsDay() {
        assertThat(ResearchProjects.tariffDay("AUS", null, calendar)).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(ResearchProjects.tariffDay("TWN", null, calendar)).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void anotherMarketTakesTheProductsDayAndADateAskedForIsKept() {
        assertThat(ResearchProjects.tariffDay("USA", null, calendar)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(ResearchProjects.tariffDay("AUS", LocalDate.of(2026, 7, 1), calendar)).isEqualTo(LocalDate.of(2026, 7, 1));
    }
}
