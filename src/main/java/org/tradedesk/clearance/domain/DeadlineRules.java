package org.tradedesk.clearance.domain;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tradedesk.tariff.Jurisdiction;

/**
 * The deadlines of every jurisdiction, read from a tab-separated file (header
 * {@code jurisdiction id from amount unit met_by legal_reference status note}; {@code #} lines are comments),
 * and computed for a file's dates on a day.
 */
public final class DeadlineRules {

    static final String HEADER = "jurisdiction\tid\tfrom\tamount\tunit\tmet_by\tlegal_reference\tstatus\tnote\tdirection";

    private final List<DeadlineRule> rules;
    private final RestDays restDays;

    public DeadlineRules(List<DeadlineRule> rules) {
        this(rules, RestDays.none());
    }

    public DeadlineRules(List<DeadlineRule> rules, RestDays restDays) {
        this.rules = List.copyOf(rules);
        this.restDays = restDays;
    }

    /** These rules with their last days rolled past the rest days of {@code restDays}. */
    public DeadlineRules withRestDays(RestDays restDays) {
        return new DeadlineRules(rules, restDays);
    }

    public List<DeadlineRule> rules() {
        return rules;
    }

    /** Reads the file; a malformed row fails with its line number (the file ships with the product). */
    public static DeadlineRules read(InputStream in) {
        List<DeadlineRule> rules = new ArrayList<>();
        for (TabSeparatedRows.Row row : TabSeparatedRows.read(in, "deadlines", HEADER, 10)) {
            String[] f = row.fields();
            try {
                // unit GIVEN: the last day is the one the authority's notice gives (amount 0)
                boolean given = "GIVEN".equals(f[4]);
                rules.add(new DeadlineRule(Jurisdiction.valueOf(f[0]), f[1], DateAnchor.valueOf(f[2]), Integer.parseInt(f[3]),
                        given ? ChronoUnit.DAYS : ChronoUnit.valueOf(f[4].toUpperCase(Locale.ROOT)),
                        f[5].isBlank() ? null : DateAnchor.valueOf(f[5]), f[6], status(f[7]), f[8].isBlank() ? null : f[8], given,
                        java.util.Set.of(f[9].strip().split("\\s*,\\s*"))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("deadlines line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        return new DeadlineRules(rules);
    }

    static boolean status(String text) {
        return switch (text) {
            case "CONFIRMED" -> false;
            case "TO_CONFIRM" -> true;
            default -> throw new IllegalArgumentException("status is CONFIRMED or TO_CONFIRM: " + text);
        };
    }

    /**
     * The deadlines of {@code jurisdiction} for the file's dates on {@code today}: open ones first, the
     * soonest last day first, then those met, then those not started (in the file's order).
     */
    public List<Deadline> compute(Jurisdiction jurisdiction, FileDates dates, LocalDate today) {
        return compute(jurisdiction, null, dates, today);
    }

    /**
     * The deadlines of {@code jurisdiction} that apply to a file of {@code direction} (IMPORT, EXPORT; the data's direction
     * column): an export file is not shown the import periods (acceptance review: a TW export listed 申報進口 15 days,
     * 繳納稅款, 復查, 退稅); null: all of the jurisdiction.
     */
    public List<Deadline> compute(Jurisdiction jurisdiction, String direction, FileDates dates, LocalDate today) {
        List<Deadline> out = new ArrayList<>();
        for (DeadlineRule rule : rules) {
            if (rule.jurisdiction() != jurisdiction || !rule.appliesTo(direction)) {
                continue;
            }
            LocalDate from = dates.get(rule.from());
            if (rule.given() && (from == null || dates.documentsDue() == null)) {
                // a deadline an authority gives exists only once its notice came (no "waiting" line on every file)
                continue;
            }
            if (from == null) {
                out.add(new Deadline(rule, null, null, null, Deadline.State.NOT_STARTED, null));
                continue;
            }
            // a given last day (N5107 補辦期限) is moved off a rest day as every period is (行政程序法 第48條)
            RestDays.Roll roll = restDays.roll(jurisdiction, rule.given() ? dates.documentsDue() : rule.lastDay(from));
            LocalDate last = roll.to();
            LocalDate met = rule.metBy() == null ? null : dates.get(rule.metBy());
            if (met != null && rule.metBy() == DateAnchor.DECLARATION && met.isBefore(from) && !dates.declarationLodged()) {
                // lodging before arrival is allowed (AU, TW), but a declaration date alone, far before the period began, in a
                // file never declared, meets nothing (acceptance review F4: 2026-01-01 "met" the lodgement of a 2027 arrival)
                met = null;
            }
            long left = ChronoUnit.DAYS.between(today, last);
            Deadline.State state;
            if (met != null) {
                state = met.isAfter(last) ? Deadline.State.OVERDUE : Deadline.State.MET;
            } else {
                state = left < 0 ? Deadline.State.OVERDUE : Deadline.State.OPEN;
            }
            out.add(new Deadline(rule, from, last, met, state, met == null ? left : null, roll));
        }
        out.sort(Comparator.comparingInt(DeadlineRules::rank)
                .thenComparing(d -> d.lastDay() == null ? LocalDate.MAX : d.lastDay()));
        return out;
    }

    /** A rule's last day counted from {@code from}, moved off a Saturday, Sunday or holiday as {@link #compute} does. */
    public LocalDate lastDay(DeadlineRule rule, LocalDate from) {
        if (rule.given()) {
            throw new IllegalArgumentException("deadline " + rule.id() + " has no period to count");
        }
        return restDays.roll(rule.jurisdiction(), rule.lastDay(from)).to();
    }

    /** {@code day}, or the next working day of the jurisdiction when it is a Saturday, Sunday or holiday. */
    public LocalDate workingDay(Jurisdiction jurisdiction, LocalDate day) {
        return restDays.roll(jurisdiction, day).to();
    }

    private static int rank(Deadline d) {
        if (d.open()) {
            return 0;
        }
        return d.state() == Deadline.State.NOT_STARTED ? 2 : 1;
    }
}
