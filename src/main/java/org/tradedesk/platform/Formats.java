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
 * and never rounded here: a number shows all the decimals it has.
 *
 * <p><b>Display rule for amounts</b> (issue 6 §4): an amount on a page or in a document ({@link #amount},
 * {@link #money}) is shown to its currency's ISO 4217 minor unit (AUD 69,230.77, JPY 1,500), the last digit
 * rounded half up for the display only; a TWD amount whole at that unit is shown without it (TWD 448,667, as Taiwan
 * collects whole dollars), one with cents keeps them (TWD 1,675.25). The engine keeps amounts exact — an Australian customs value converted
 * from a foreign currency by division is 69,230.7692307692…, and no law rounds that step — and the exact figure
 * stays in the stored result, the API answer and the worksheet's cell (formatted to the minor unit, the value
 * exact), so every figure computed from it is computed from the exact value. A step's working is the one place
 * an amount is printed exact ({@link #exactAmount}): it shows the figure before the step's own legal rounding
 * (5% × … = 6,923.2562 → truncated 6,923.25), which displaying it rounded would hide.
 *
 * <p>Null prints as an empty string. Instants are shown in the application clock's time zone.
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd", SupportedLocales.ZH_TW);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss", SupportedLocales.ZH_TW);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH);

    private final ZoneId zone;
    /** The bundles naming the zones ({@code platform.zone.<zone id>}); none: the JDK's names. */
    private final org.springframework.beans.factory.ObjectProvider<org.springframework.context.MessageSource> bundles;

    public Formats(Clock clock) {
        this(clock, null);
    }

    /** With the bundles that name the zones as the pages and documents write them (臺北時間, not the JDK's 台北時間). */
    @org.springframework.beans.factory.annotation.Autowired
    public Formats(Clock clock, org.springframework.beans.factory.ObjectProvider<org.springframework.context.MessageSource> bundles) {
        this.zone = clock.getZone();
        this.bundles = bundles;
    }

    public String date(TemporalAccessor value) {
        return date(value, LocaleContextHolder.getLocale());
    }

    /** The date in the given language (documents are written in the client's, not the user's). */
    public String date(TemporalAccessor value, Locale locale) {
        if (value == null) {
            return "";
        }
        return formatDate(toLocal(value), locale);
    }

    /** The one date style: 2026/12/07 in Chinese, 7 Dec 2026 in English. */
    private static String formatDate(TemporalAccessor local, Locale locale) {
        return (isChinese(locale) ? ZH_DATE : EN_DATE).format(local);
    }

    /**
     * The arguments of a message code made ready for the bundle: each date written in the reader's style (2026/12/07,
     * 7 Dec 2026), the rest as they are. Spring's message formatting would print a {@link LocalDate} ISO (2026-12-07)
     * inside a Chinese or English sentence; the API's problem details and the pages' form errors both pass their
     * arguments through here, so a date reads the same in either.
     */
    public static Object[] readerArguments(Object[] args, Locale locale) {
        if (args == null) {
            return new Object[0];
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalDate d) {
                out[i] = formatDate(d, locale);
            } else if (out[i] instanceof ZonedDateTime t) {
                // a time of a place (a confirmation typed in the file's zone): the reader's date-time format with the zone named
                // (acceptance review F10: 「確認時間 2027-01-01T00:00:00Z 須介於…」)
                String zone = t.getZone().getId();
                out[i] = new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {"platform.time.zoned"},
                        new Object[] {(isChinese(locale) ? ZH_TIME : EN_TIME).format(t.toLocalDateTime()),
                                new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {"platform.zone." + zone}, zone)},
                        t.toString());
            } else if (out[i] instanceof org.tradedesk.shared.MessageText m) {
                // a name worded as data (a document as the user knows it: 「商業發票 INV-1」) read in the reader's language
                out[i] = resolvable(m, locale);
            }
        }
        return out;
    }

    /** A worded text as the bundles resolve it: nested texts and codes looked up, dates in the reader's style, the rest as written. */
    private static org.springframework.context.MessageSourceResolvable resolvable(org.tradedesk.shared.MessageText m, Locale locale) {
        Object[] args = m.args().stream().map(a -> switch (a.kind()) {
            case MESSAGE -> a.message() == null ? "" : (Object) resolvable(a.message(), locale);
            case CODE -> new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {a.value()}, a.value());
            case DATE -> formatDate(LocalDate.parse(a.value()), locale);
            default -> a.value() == null ? "" : a.value();
        }).toArray();
        return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {m.code()}, args, m.code());
    }

    /** {@link #readerArguments(Object[], Locale)} in the request's language. */
    public static Object[] readerArguments(Object[] args) {
        return readerArguments(args, LocaleContextHolder.getLocale());
    }

    public String dateTime(TemporalAccessor value) {
        if (value == null) {
            return "";
        }
        return (isChinese() ? ZH_TIME : EN_TIME).format(toLocal(value));
    }

    /**
     * The time in the application clock's zone (the desk's, the zone every time of the pages is shown in) with that zone
     * named in the reader's language ("2026/12/07 09:32:21（臺北時間）", "7 Dec 2026 09:32:21 (Taipei time)"): for a time
     * read on its own, such as when a tariff file was imported.
     */
    public String dateTimeZoned(TemporalAccessor value) {
        return dateTime(value, zone, zoneName(zone));
    }

    /**
     * The zone's name in the request's language as the bundles write it ({@code platform.zone.Asia/Taipei}: 臺北時間,
     * Taipei time); a zone the bundles do not name, or no bundles, takes the JDK's name.
     */
    public String zoneName(ZoneId of) {
        return zoneName(of, LocaleContextHolder.getLocale());
    }

    /** {@link #zoneName(ZoneId)} in the given language (a document written in its reader's, not the request's). */
    public String zoneName(ZoneId of, Locale reader) {
        Locale locale = isChinese(reader) ? SupportedLocales.ZH_TW : Locale.ENGLISH;
        org.springframework.context.MessageSource messages = bundles == null ? null : bundles.getIfAvailable();
        String jdk = of.getDisplayName(java.time.format.TextStyle.FULL, locale);
        return messages == null ? jdk : messages.getMessage("platform.zone." + of.getId(), null, jdk, locale);
    }

    /**
     * The time in the given zone with the zone named ("2026/12/07 03:32:21（臺北時間）", "7 Dec 2026 03:32:21 (Sydney
     * time)"): for records whose times belong to a place, not to the server.
     */
    public String dateTime(TemporalAccessor value, ZoneId in, String zoneName) {
        return dateTime(value, in, zoneName, LocaleContextHolder.getLocale());
    }

    /**
     * {@link #dateTimeZoned(TemporalAccessor)} in the given language: for a document whose reader is not the request's (a
     * report e-mailed to each recipient in their language) — "2026/12/07 14:32:21（臺北時間）", "7 Dec 2026 14:32:21 (Taipei time)".
     */
    public String dateTimeZoned(TemporalAccessor value, Locale reader) {
        return dateTime(value, zone, zoneName(zone, reader), reader);
    }

    private String dateTime(TemporalAccessor value, ZoneId in, String zoneName, Locale reader) {
        if (value == null) {
            return "";
        }
        boolean chinese = isChinese(reader);
        TemporalAccessor local = value instanceof Instant instant ? instant.atZone(in)
                : value instanceof java.time.OffsetDateTime odt ? odt.atZoneSameInstant(in)
                : value instanceof ZonedDateTime zdt ? zdt.withZoneSameInstant(in) : value;
        return (chinese ? ZH_TIME : EN_TIME).format(local) + (chinese ? "（" + zoneName + "）" : " (" + zoneName + ")");
    }

    public String number(Number value) {
        if (value == null) {
            return "";
        }
        BigDecimal n = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        return grouped(n, Math.max(n.scale(), 0));
    }

    /** {@code TWD 1,234,567}, {@code AUD 12.35}: the currency code, then the amount as {@link #amount} shows it. */
    public String money(Money value) {
        if (value == null) {
            return "";
        }
        return value.currency().value() + " " + amount(value.amount(), value.currency());
    }

    /**
     * A grouped amount without the currency code, to the currency's minor unit (the display rule above): 69230.7692307692
     * AUD shows as {@code 69,230.77}, 1500 JPY as {@code 1,500}.
     */
    public String amount(BigDecimal amount, org.tradedesk.shared.CurrencyCode currency) {
        if (amount == null) {
            return "";
        }
        int minor = currency.isoFractionDigits();
        BigDecimal shown = amount.setScale(minor, java.math.RoundingMode.HALF_UP);
        if (WHOLE_DOLLARS.contains(currency.value()) && shown.stripTrailingZeros().scale() <= 0) {
            // Taiwan's duties, taxes and customs figures are whole dollars (稅款解繳作業辦法 第5條: 角以下免收): a whole TWD
            // amount is printed as such, TWD 448,667, as clearance prints it (MoneyCodes.taxScale); one with cents (a
            // converted value, a hand cost) keeps them (t1fixL 6)
            return grouped(shown, 0);
        }
        return grouped(shown, minor);
    }

    /** Currencies whose whole amounts are printed without the minor unit's zeros (TWD 129,069, not 129,069.00). */
    private static final java.util.Set<String> WHOLE_DOLLARS = java.util.Set.of("TWD");

    /**
     * {@link #amount} for a currency given by its code (a message's currency): to the currency's minor unit; an unknown
     * or missing code shows the figure as it is.
     */
    public String amountIn(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        try {
            return amount(amount, org.tradedesk.shared.CurrencyCode.of(currency));
        } catch (RuntimeException unknownCurrency) {
            return number(amount);
        }
    }

    /** An amount grouped at exactly {@code scale} decimals (a whole-NT$ figure: 129,069). */
    public String amountAt(BigDecimal amount, int scale) {
        return amount == null ? "" : grouped(amount, Math.max(scale, 0));
    }

    /**
     * A grouped amount with at least the currency's minor units and every further decimal it has, for a step's
     * working only (the figure before the step's legal rounding).
     */
    public String exactAmount(BigDecimal amount, org.tradedesk.shared.CurrencyCode currency) {
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
