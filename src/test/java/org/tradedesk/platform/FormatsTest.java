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
    void namesTheZoneOfATimeReadOnItsOwnInTheReadersLanguage() {
        Instant at = Instant.parse("2026-11-24T16:30:00Z");
        LocaleContextHolder.setLocale(SupportedLocales.ZH_TW);
        assertThat(fmt.dateTimeZoned(at)).startsWith("2026/11/25 00:30").endsWith("）").contains("台北");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.dateTimeZoned(at)).startsWith("25 Nov 2026").contains("00:30").endsWith(")").contains("Taipei");
    }

    @Test
    void namesTheZoneAsTheBundlesWriteItNotAsTheJdkDoes() {
        org.springframework.context.support.ResourceBundleMessageSource messages = new org.springframework.context.support.ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        org.springframework.beans.factory.support.DefaultListableBeanFactory beans = new org.springframework.beans.factory.support.DefaultListableBeanFactory();
        beans.registerSingleton("messageSource", messages);
        Clock taipei = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneId.of("Asia/Taipei"));
        Formats named = new Formats(taipei, beans.getBeanProvider(org.springframework.context.MessageSource.class));
        Instant at = Instant.parse("2026-11-24T16:30:00Z");
        LocaleContextHolder.setLocale(SupportedLocales.ZH_TW);
        // the JDK says 台北時間; the pages and the clearance documents write 臺北時間
        assertThat(named.dateTimeZoned(at)).isEqualTo("2026/11/25 00:30:00（臺北時間）");
        assertThat(named.zoneName(ZoneId.of("Australia/Sydney"))).isEqualTo("雪梨時間");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(named.dateTimeZoned(at)).isEqualTo("25 Nov 2026 00:30:00 (Taipei time)");
        assertThat(named.zoneName(ZoneId.of("Europe/London"))).isEqualTo("London time");
        assertThat(named.zoneName(ZoneId.of("Pacific/Auckland"))).as("not in the bundles: the JDK's name").contains("New Zealand");
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

    /**
     * t1fixL 6: Taiwan collects whole dollars, and clearance prints a whole TWD amount so (TWD 48,619); the pages, letters
     * and e-mails of the other modules printed TWD 448,667.00. A TWD amount whole at the cent is printed whole, one with
     * cents keeps them; AUD and USD keep their cents.
     */
    @Test
    void aWholeTwdAmountIsPrintedInWholeDollarsAndOtherCurrenciesKeepTheirCents() {
        assertThat(fmt.money(Money.of("448667.0000", "TWD"))).isEqualTo("TWD 448,667");
        assertThat(fmt.amount(new BigDecimal("129069"), org.tradedesk.shared.CurrencyCode.of("TWD"))).isEqualTo("129,069");
        assertThat(fmt.amountIn(new BigDecimal("99.996"), "TWD")).isEqualTo("100");
        assertThat(fmt.money(Money.of("3250.5", "TWD"))).isEqualTo("TWD 3,250.50");
        assertThat(fmt.money(Money.of("1675.2499999", "TWD"))).isEqualTo("TWD 1,675.25");
        assertThat(fmt.money(Money.of("8747.4", "AUD"))).isEqualTo("AUD 8,747.40");
        assertThat(fmt.money(Money.of("100", "AUD"))).isEqualTo("AUD 100.00");
        assertThat(fmt.money(Money.of("100", "USD"))).isEqualTo("USD 100.00");
    }

    @Test
    void writesMoneyWithCurrencyCodeToItsMinorUnits() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.money(Money.of("1234567.5", "AUD"))).isEqualTo("AUD 1,234,567.50");
        assertThat(fmt.money(Money.of("12.3456", "USD"))).isEqualTo("USD 12.35");
        assertThat(fmt.money(Money.of("1500", "JPY"))).isEqualTo("JPY 1,500");
        assertThat(fmt.money(Money.of("-0.004", "TWD"))).isEqualTo("TWD 0");
        LocaleContextHolder.setLocale(SupportedLocales.ZH_TW);
        assertThat(fmt.money(Money.of("100000", "TWD"))).isEqualTo("TWD 100,000");
        assertThat(fmt.money(null)).isEmpty();
    }

    /**
     * The display rule (issue 6 §4): an AU customs value converted by division (USD 45,000 at 0.65 USD per AUD) is
     * 69,230.769230769…; no law rounds it, so the engine keeps it exact, and pages and letters show it to the cent.
     * A working keeps the exact figure (it shows what a legal rounding then cuts).
     */
    @Test
    void amountsAreShownToTheMinorUnitAndWorkingsExact() {
        BigDecimal customsValue = new BigDecimal("45000").divide(new BigDecimal("0.65"), 10, java.math.RoundingMode.HALF_EVEN);
        assertThat(customsValue.toPlainString()).isEqualTo("69230.7692307692");
        org.tradedesk.shared.CurrencyCode aud = org.tradedesk.shared.CurrencyCode.of("AUD");
        assertThat(fmt.amount(customsValue, aud)).isEqualTo("69,230.77");
        assertThat(fmt.amount(new BigDecimal("6923.255"), aud)).isEqualTo("6,923.26");
        assertThat(fmt.amount(new BigDecimal("138465"), aud)).isEqualTo("138,465.00");
        assertThat(fmt.exactAmount(customsValue, aud)).isEqualTo("69,230.7692307692");
        assertThat(fmt.exactAmount(new BigDecimal("6923.2562"), aud)).isEqualTo("6,923.2562");
    }
}
