package org.tradedesk.clearance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.tradedesk.tariff.Jurisdiction;

/**
 * The one way to get "today" and to read a time for a clearance file: in the zone of the file's jurisdiction
 * ({@link Jurisdiction#zone()}: Asia/Taipei for TW, Australia/Sydney for AU), never the server's or UTC (issue 8: at
 * 22:40 UTC on 6 Dec it is already 7 Dec in Taipei and Sydney — lodging, deadlines, responses and letters all use
 * the file's date). A customs message's local date-time is local to its administration: it is read in that zone as it
 * is, never shifted through UTC.
 */
public final class FileTime {

    private FileTime() {
    }

    public static ZoneId zone(Jurisdiction j) {
        return j == null ? Jurisdiction.TW.zone() : j.zone();
    }

    /** Today in the file's jurisdiction. */
    public static LocalDate today(Clock clock, Jurisdiction j) {
        return LocalDate.ofInstant(clock.instant(), zone(j));
    }

    /** The file's date of an instant (a lodgement, a query sent, a file created). */
    public static LocalDate date(Instant at, Jurisdiction j) {
        return at == null ? null : LocalDate.ofInstant(at, zone(j));
    }

    /** The file's clock time of an instant (an EDIFACT envelope's preparation time). */
    public static LocalDateTime localDateTime(Instant at, Jurisdiction j) {
        return at == null ? null : LocalDateTime.ofInstant(at, zone(j));
    }

    /** The instant of a clock time typed or sent in the file's jurisdiction (a confirmation time, a message's date-time). */
    public static Instant instant(LocalDateTime local, Jurisdiction j) {
        return local == null ? null : local.atZone(zone(j)).toInstant();
    }
}
