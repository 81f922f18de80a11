package org.tradedesk.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The one way to ask "what day is it" (issue: the server's zone, UTC on CI and most hosts, is already "tomorrow" in
 * Taipei from 16:00 UTC). The rule, for every module:
 * <ul>
 * <li>Something that belongs to a jurisdiction — a clearance file, a tariff line, a calculation and its advice letter —
 * takes the day in that jurisdiction's zone ({@link #todayIn(String)}; the zones are
 * {@link #jurisdictionZone(String)}: Asia/Taipei for TW, Australia/Sydney for AU, Europe/London for UK, Europe/Dublin for
 * IE; an unknown code takes the product's zone; clearance goes through
 * {@code clearance.FileTime}).</li>
 * <li>Anything else — a token's last day, a survey's closing day, a task due, a form's default date — takes the product's
 * day, {@link #today()}, in the configured zone {@code tradedesk.time-zone} (default Asia/Taipei).</li>
 * <li>A "not in the future" bound not tied to a jurisdiction (a consent given, money spent) accepts the latest day of
 * the zones the desk serves, {@link #latestToday()}: a Sydney user at 23:30 on the 7th is not told the 8th is
 * tomorrow when it is already the 8th for them.</li>
 * </ul>
 * Never {@code LocalDate.now()} or {@code LocalDate.now(clock)}: the first reads the server's zone, the second the
 * clock's (a test's fixed clock is in UTC); {@code ArchitectureRulesTest} refuses both outside this class.
 */
public final class BusinessCalendar {

    /** The product's zone when {@code tradedesk.time-zone} is not set: the desk is run from Taiwan. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Taipei");

    /** The zones of the jurisdictions the desk serves (TW, AU); Sydney (UTC+10/+11) is always the first to a new day. */
    public static final List<ZoneId> SERVED_ZONES = List.of(ZoneId.of("Asia/Taipei"), ZoneId.of("Australia/Sydney"));

    private final Clock clock;
    private final ZoneId zone;

    public BusinessCalendar(Clock clock, ZoneId zone) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
        this.zone = zone == null ? DEFAULT_ZONE : zone;
    }

    /** The product's zone ({@code tradedesk.time-zone}). */
    public ZoneId zone() {
        return zone;
    }

    /** Today in the product's zone. */
    public LocalDate today() {
        return dateIn(clock, zone);
    }

    /** Today in the zone of a jurisdiction (or of whatever the page or document belongs to). */
    public LocalDate today(ZoneId in) {
        return dateIn(clock, in == null ? zone : in);
    }

    /**
     * The zone a jurisdiction (a tariff territory or a tax chain: TW, AU, UK, IE) dates in, or the product's zone for a
     * code the desk holds no zone for (blank, unknown): a page or letter is never refused for want of a zone.
     */
    public ZoneId zoneOf(String jurisdictionCode) {
        ZoneId known = jurisdictionZone(jurisdictionCode);
        return known == null ? zone : known;
    }

    /** Today in the jurisdiction's zone ({@link #zoneOf(String)}): a calculation's date, an advice letter's, a tariff lookup's. */
    public LocalDate todayIn(String jurisdictionCode) {
        return dateIn(clock, zoneOf(jurisdictionCode));
    }

    /** The latest "today" of the served zones and the product's: the bound of a date that must not lie in the future. */
    public LocalDate latestToday() {
        return latestToday(clock, zone);
    }

    /** The first instant of a day in the product's zone (a token valid through its last day ends at the next one). */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** Today in {@code zone} by {@code clock}'s instant; the clock's own zone plays no part. */
    public static LocalDate dateIn(Clock clock, ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /**
     * The latest "today" of {@link #SERVED_ZONES} and {@code productZone} ({@code tradedesk.time-zone}): the one rule of
     * the "not in the future" bound, for the bean and for the bean-validation bound, which has a clock and the zone.
     */
    public static LocalDate latestToday(Clock clock, ZoneId productZone) {
        Instant now = clock.instant();
        LocalDate served = SERVED_ZONES.stream().map(z -> LocalDate.ofInstant(now, z)).max(LocalDate::compareTo).orElseThrow();
        LocalDate own = LocalDate.ofInstant(now, productZone == null ? DEFAULT_ZONE : productZone);
        return own.isAfter(served) ? own : served;
    }

    /**
     * The zone a jurisdiction's administration dates in, the one table of them ({@code tariff.Jurisdiction.zone()} reads
     * it too): TW Asia/Taipei, AU Australia/Sydney, UK (and GB) Europe/London, IE Europe/Dublin; {@code null} for any
     * other code.
     */
    public static ZoneId jurisdictionZone(String jurisdictionCode) {
        return jurisdictionCode == null ? null : JURISDICTION_ZONES.get(jurisdictionCode.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * The day of {@code at} in the jurisdiction's zone ({@link #jurisdictionZone(String)}; {@link #DEFAULT_ZONE} for a code
     * without one): a record's date that belongs to a jurisdiction, such as a tariff version's import day.
     */
    public static LocalDate dayIn(Instant at, String jurisdictionCode) {
        ZoneId known = jurisdictionZone(jurisdictionCode);
        return LocalDate.ofInstant(at, known == null ? DEFAULT_ZONE : known);
    }

    private static final java.util.Map<String, ZoneId> JURISDICTION_ZONES = java.util.Map.of(
            "TW", ZoneId.of("Asia/Taipei"), "AU", ZoneId.of("Australia/Sydney"),
            "UK", ZoneId.of("Europe/London"), "GB", ZoneId.of("Europe/London"), "IE", ZoneId.of("Europe/Dublin"));
}
