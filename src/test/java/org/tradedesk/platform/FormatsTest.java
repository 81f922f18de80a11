package org.tradedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.tradedesk.shared.Money;

class FormatsTest {

    private final Formats fmt = new Formats(Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneId.of("Asia/Taipei")));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void writesDatesTheTaiwaneseWayInChineseAndDayMonthYearInEnglish() {
        LocalDate day = LocalDate.of(2026, 11, 25);
        LocaleContextHolder.setLocale(SupportedLocales.ZH_TW);
        assertThat(fmt.date(day)).isEqualTo("2026/11/25");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.date(day)).isEqualTo("25 Nov 2026");
        assertThat(fmt.date(LocalDate.of(2026, 3, 5))).isEqualTo("5 Mar 2026");
    }

    @Test
    void showsInstantsInTheClocksZone() {
        // 16:30 UTC is already the next day in Taipei (UTC+8)
        Instant at = Instant.parse("2026-11-24T16:30:00Z");
        LocaleContextHolder.setLocale(SupportedLocales.ZH_TW);
        assertThat(fmt.date(at)).isEqualTo("2026/11/25");
        assertThat(fmt.dateTime(at)).isEqualTo("2026/11/25 00:30:00");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.dateTime(at)).isEqualTo("25 Nov 2026 00:30:00");
    }

    @Test
    void groupsNumbersAndKeepsEveryDecimalTheyHave() {
        LocaleContextHolder.setLocale(SupportedLocales.ZH_TW);
        assertThat(fmt.number(new BigDecimal("1234567.891"))).isEqualTo("1,234,567.891");
        assertThat(fmt.number(new BigDecimal("0.00012345"))).isEqualTo("0.00012345");
        assertThat(fmt.number(new BigDecimal("-9876543"))).isEqualTo("-9,876,543");
        assertThat(fmt.number(12)).isEqualTo("12");
        assertThat(fmt.number(new BigDecimal("1E+3"))).isEqualTo("1,000");
        assertThat(fmt.number(null)).isEmpty();
    }

    @Test
    void writesMoneyWithCurrencyCodeAtLeastToItsMinorUnitsNeverRounded() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.money(Money.of("1234567.5", "AUD"))).isEqualTo("AUD 1,234,567.50");
        assertThat(fmt.money(Money.of("12.3456", "USD"))).isEqualTo("USD 12.3456");
        assertThat(fmt.money(Money.of("1500", "JPY"))).isEqualTo("JPY 1,500");
        assertThat(fmt.money(Money.of("-0.005", "TWD"))).isEqualTo("TWD -0.005");
        LocaleContextHolder.setLocale(SupportedLocales.ZH_TW);
        assertThat(fmt.money(Money.of("100000", "TWD"))).isEqualTo("TWD 100,000.00");
        assertThat(fmt.money(null)).isEmpty();
    }
}
