package org.tradedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tradedesk.platform.validation.DateWindow;

/**
 * The one rule for "today" (README, Conventions: time zones): the product's day in {@code tradedesk.time-zone}, a
 * jurisdiction's day in its zone, and for a "not in the future" bound the latest day of the zones served. Clocks here are
 * in UTC, as on CI, so a rule that read the clock's zone would answer the UTC day.
 */
class BusinessCalendarTest {

    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void theProductsDayIsTaipeisFromFourPmUtc() {
        // 17:30 UTC on 6 Dec = 01:30 on 7 Dec in Taipei (UTC+8)
        BusinessCalendar calendar = new BusinessCalendar(at("2026-12-06T17:30:00Z"), TAIPEI);
        assertThat(calendar.today()).isEqualTo(LocalDate.parse("2026-12-07"));
        // 15:59 UTC is still 6 Dec in Taipei (23:59)
        assertThat(new BusinessCalendar(at("2026-12-06T15:59:00Z"), TAIPEI).today()).isEqualTo(LocalDate.parse("2026-12-06"));
    }

    @Test
    void aJurisdictionsDayAndTheLatestServedDayForASydneyEvening() {
        // 13:30 UTC on 7 Dec: 21:30 on 7 Dec in Taipei, 00:30 on 8 Dec in Sydney (UTC+11, daylight saving)
        BusinessCalendar calendar = new BusinessCalendar(at("2026-12-07T13:30:00Z"), TAIPEI);
        assertThat(calendar.today()).isEqualTo(LocalDate.parse("2026-12-07"));
        assertThat(calendar.today(SYDNEY)).isEqualTo(LocalDate.parse("2026-12-08"));
        assertThat(calendar.latestToday()).isEqualTo(LocalDate.parse("2026-12-08"));
        assertThat(BusinessCalendar.dateIn(at("2026-12-07T13:30:00Z"), SYDNEY)).isEqualTo(LocalDate.parse("2026-12-08"));
        // in June Sydney is UTC+10: 13:30 UTC is 23:30 there, still the same day as Taipei's 21:30
        assertThat(new BusinessCalendar(at("2026-06-07T13:30:00Z"), TAIPEI).latestToday()).isEqualTo(LocalDate.parse("2026-06-07"));
    }

    @Test
    void aTokensLastDayEndsAtMidnightInTheProductsZone() {
        BusinessCalendar calendar = new BusinessCalendar(at("2026-12-06T17:30:00Z"), TAIPEI);
        assertThat(calendar.startOf(LocalDate.parse("2026-12-08"))).isEqualTo(Instant.parse("2026-12-07T16:00:00Z"));
    }

    record Consent(@DateWindow(notInFuture = true) LocalDate effectiveOn) {
    }

    @Test
    void notInFutureAcceptsTheLatestServedDayByTheValidatorsClock() {
        // a Sydney user at 00:30 on 8 Dec (13:30 UTC on 7 Dec) gives 8 Dec: not the future for them; 9 Dec is
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .clockProvider(() -> at("2026-12-07T13:30:00Z")).buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(new Consent(LocalDate.parse("2026-12-08")))).isEmpty();
            assertThat(validator.validate(new Consent(LocalDate.parse("2026-12-09")))).hasSize(1);
        }
    }

    @Test
    void messageArgumentsGiveDatesInTheReadersStyle() {
        Object[] args = {LocalDate.parse("2026-12-08"), "tw-review", 30};
        assertThat(Formats.readerArguments(args, Locale.forLanguageTag("zh-TW"))).containsExactly("2026/12/08", "tw-review", 30);
        assertThat(Formats.readerArguments(args, Locale.ENGLISH)).containsExactly("8 Dec 2026", "tw-review", 30);
        assertThat(args[0]).as("the caller's arguments are not changed").isEqualTo(LocalDate.parse("2026-12-08"));
    }

    @Test
    void aTaxChainsDayIsTakenInItsOwnZoneAndAnUnknownCodeInTheProducts() {
        // 16:30 UTC on 7 Dec: 00:30 on 8 Dec in Taipei, 16:30 on 7 Dec in London and Dublin (winter, UTC+0)
        BusinessCalendar calendar = new BusinessCalendar(at("2026-12-07T16:30:00Z"), TAIPEI);
        assertThat(calendar.todayIn("UK")).isEqualTo(LocalDate.parse("2026-12-07"));
        assertThat(calendar.todayIn("ie")).isEqualTo(LocalDate.parse("2026-12-07"));
        assertThat(calendar.todayIn("TW")).isEqualTo(LocalDate.parse("2026-12-08"));
        assertThat(calendar.todayIn("AU")).isEqualTo(LocalDate.parse("2026-12-08"));
        // 23:30 UTC on 6 Jul is 00:30 on 7 Jul in London (BST, UTC+1)
        assertThat(new BusinessCalendar(at("2026-07-06T23:30:00Z"), ZoneOffset.UTC).todayIn("UK")).isEqualTo(LocalDate.parse("2026-07-07"));
        assertThat(calendar.todayIn("NZ")).as("no zone held: the product's").isEqualTo(LocalDate.parse("2026-12-08"));
        assertThat(calendar.todayIn(null)).isEqualTo(LocalDate.parse("2026-12-08"));
        assertThat(new BusinessCalendar(at("2026-12-07T16:30:00Z"), ZoneOffset.UTC).todayIn("XX")).isEqualTo(LocalDate.parse("2026-12-07"));
    }

    @Test
    void theValidatorsBoundIsTheBeansLatestTodayIncludingTheProductsZone() {
        // a product zone ahead of Sydney: 11:00 UTC on 7 Dec is 01:00 on 8 Dec at UTC+14, 22:00 on 7 Dec in Sydney
        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
        Clock applicationClock = Clock.fixed(Instant.parse("2026-12-07T11:00:00Z"), kiritimati);
        BusinessCalendar calendar = new BusinessCalendar(applicationClock, kiritimati);
        assertThat(calendar.latestToday()).isEqualTo(LocalDate.parse("2026-12-08"));
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .clockProvider(() -> applicationClock).buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            assertThat(validator.validate(new Consent(calendar.latestToday()))).isEmpty();
            assertThat(validator.validate(new Consent(calendar.latestToday().plusDays(1)))).hasSize(1);
        }
    }
}
