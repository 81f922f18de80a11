package org.tradedesk.platform;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tradedesk.shared.Money;

/**
 * Dates, numbers and money in the user's language, for every template: {@code ${@fmt.date(d)}},
 * {@code ${@fmt.dateTime(instant)}}, {@code ${@fmt.number(n)}}, {@code ${@fmt.money(m)}}.
 * zh-TW writes dates as {@code 2026/11/25}, English as {@code 25 Nov 2026}. Numbers are grouped
 * and never rounded here: a figure shows all the decimals it has (money at least its currency's
 * ISO 4217 minor units), because rounding is a legal step that belongs to the calculation.
 * Null prints as an empty string. Instants are shown in the application clock's time zone.
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd", SupportedLocales.ZH_TW);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", SupportedLocales.ZH_TW);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH);

    private final ZoneId zone;

    public Formats(Clock clock) {
        this.zone = clock.getZone();
    }

    public String date(TemporalAccessor value) {
        return date(value, LocaleContextHolder.getLocale());
    }

    /** The date in the given language (documents are written in the client's, not the user's). */
    public String date(TemporalAccessor value, Locale locale) {
        if (value == null) {
            return "";
        }
        return (isChinese(locale) ? ZH_DATE : EN_DATE).format(toLocal(value));
    }

    public String dateTime(TemporalAccessor value) {
        if (value == null) {
            return "";
        }
        return (isChinese() ? ZH_TIME : EN_TIME).format(toLocal(value));
    }

    public String number(Number value) {
        if (value == null) {
            return "";
        }
        BigDecimal n = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        return grouped(n, Math.max(n.scale(), 0));
    }

    /** {@code TWD 1,234,567.00}, {@code AUD 12.3456}: the currency code, then the grouped amount. */
    public String money(Money value) {
        if (value == null) {
            return "";
        }
        BigDecimal amount = value.amount();
        int digits = Math.max(Math.max(amount.scale(), 0), value.currency().isoFractionDigits());
        return value.currency().value() + " " + grouped(amount, digits);
    }

    /** A grouped amount with at least the currency's minor units, without the currency code. */
    public String amount(BigDecimal amount, org.tradedesk.shared.CurrencyCode currency) {
        if (amount == null) {
            return "";
        }
        return grouped(amount, Math.max(Math.max(amount.scale(), 0), currency.isoFractionDigits()));
    }

    private static String grouped(BigDecimal n, int fractionDigits) {
        // Both languages group by thousands with "," and use "." for decimals (Taiwan follows the same convention).
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setParseBigDecimal(true);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(n);
    }

    private TemporalAccessor toLocal(TemporalAccessor value) {
        if (value instanceof Instant instant) {
            return instant.atZone(zone);
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof ZonedDateTime) {
            return value;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.atZoneSameInstant(zone);
        }
        return value;
    }

    private static boolean isChinese() {
        return isChinese(LocaleContextHolder.getLocale());
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(SupportedLocales.normalise(locale).getLanguage());
    }
}
