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
 * takes the day in that jurisdiction's zone ({@link #today(ZoneId)}, {@link #dateIn(Clock, ZoneId)}; the zones are
 * {@code tariff.Jurisdiction.zone()}: Asia/Taipei for TW, Australia/Sydney for AU; clearance goes through
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

    /** The latest "today" of the served zones and the product's: the bound of a date that must not lie in the future. */
    public LocalDate latestToday() {
        LocalDate own = today();
        LocalDate served = latestToday(clock);
        return served.isAfter(own) ? served : own;
    }

    /** The first instant of a day in the product's zone (a token valid through its last day ends at the next one). */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** Today in {@code zone} by {@code clock}'s instant; the clock's own zone plays no part. */
    public static LocalDate dateIn(Clock clock, ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The latest "today" of {@link #SERVED_ZONES} (for the bean-validation bound, which only has a clock). */
    public static LocalDate latestToday(Clock clock) {
        Instant now = clock.instant();
        return SERVED_ZONES.stream().map(z -> LocalDate.ofInstant(now, z)).max(LocalDate::compareTo).orElseThrow();
    }
}
