package org.tradedesk.clearance.domain;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tradedesk.tariff.Jurisdiction;

/**
 * The rest days of each jurisdiction that move the last day of a legal period, read from a tab-separated file
 * (header {@code jurisdiction date kind name_en name_zh status}; see {@code clearance/rest-days.tsv}): a period whose
 * last day is a Saturday, a Sunday or a listed holiday ends on the next day that is none of these (Taiwan 行政程序法
 * 第48條, Australia Acts Interpretation Act 1901 s 36(2) — each jurisdiction's {@code RULE} row). A year without its
 * {@code CALENDAR} row rolls over Saturdays and Sundays only and the roll says the year's holidays are not held.
 */
public final class RestDays {

    static final String HEADER = "jurisdiction\tdate\tkind\tname_en\tname_zh\tstatus";

    /** A named day off (or a year's calendar), in both languages. */
    public record Named(String en, String zh, boolean toConfirm) {
        public String in(Locale locale) {
            return "zh".equals(locale.getLanguage()) ? zh : en;
        }
    }

    /**
     * A last day moved: {@code from} (the day the period would have ended) → {@code to}, because {@code from} was
     * {@code holiday} (null: a Saturday or Sunday), under {@code rule}. {@code calendarMissing} says the year of
     * {@code from} has no holiday list, so only the weekend was looked at; {@code toConfirm} that the list is not the
     * published one.
     */
    public record Roll(LocalDate from, LocalDate to, Named holiday, String rule, String ruleZh, boolean calendarMissing,
            boolean toConfirm) {
        /** The legal reference of the rule in {@code locale} (the Chinese name of an Australian Act on a zh-TW page). */
        public String rule(Locale locale) {
            return "zh".equals(locale.getLanguage()) && ruleZh != null ? ruleZh : rule;
        }

        /** Why {@code from} was not a working day, in {@code locale}: the holiday's name, else the day of the week. */
        public String reason(Locale locale) {
            return holiday != null ? holiday.in(locale) : from.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
        }

        public boolean rolled() {
            return !from.equals(to);
        }
    }

    private static final RestDays NONE = new RestDays(Map.of(), Map.of(), Map.of(), Map.of());

    private final Map<Jurisdiction, Named> rules;
    private final Map<Jurisdiction, Map<Integer, Named>> calendars;
    private final Map<Jurisdiction, Map<LocalDate, Named>> holidays;
    private final Map<Jurisdiction, Set<LocalDate>> workdays;

    private RestDays(Map<Jurisdiction, Named> rules, Map<Jurisdiction, Map<Integer, Named>> calendars,
            Map<Jurisdiction, Map<LocalDate, Named>> holidays, Map<Jurisdiction, Set<LocalDate>> workdays) {
        this.rules = rules;
        this.calendars = calendars;
        this.holidays = holidays;
        this.workdays = workdays;
    }

    /** No roll-over at all (a period ends on its counted day): for tests of the counting alone. */
    public static RestDays none() {
        return NONE;
    }

    /** Reads the file; a malformed row fails with its line number (the file ships with the product). */
    public static RestDays read(InputStream in) {
        Map<Jurisdiction, Named> rules = new EnumMap<>(Jurisdiction.class);
        Map<Jurisdiction, Map<Integer, Named>> calendars = new EnumMap<>(Jurisdiction.class);
        Map<Jurisdiction, Map<LocalDate, Named>> holidays = new EnumMap<>(Jurisdiction.class);
        Map<Jurisdiction, Set<LocalDate>> workdays = new EnumMap<>(Jurisdiction.class);
        for (TabSeparatedRows.Row row : TabSeparatedRows.read(in, "rest-days", HEADER, 6)) {
            String[] f = row.fields();
            try {
                Jurisdiction j = Jurisdiction.valueOf(f[0]);
                boolean toConfirm = DeadlineRules.status(f[5]);
                if (f[3].isBlank() || f[4].isBlank()) {
                    throw new IllegalArgumentException("a row names its day in English and Chinese");
                }
                Named name = new Named(f[3], f[4], toConfirm);
                String kind = f[2];
                if (kind.equals("RULE")) {
                    if (!f[1].isBlank() || rules.put(j, name) != null) {
                        throw new IllegalArgumentException("one RULE row per jurisdiction, without a date");
                    }
                    continue;
                }
                LocalDate date = LocalDate.parse(f[1]);
                switch (kind) {
                    case "CALENDAR" -> {
                        if (date.getDayOfYear() != 1) {
                            throw new IllegalArgumentException("a CALENDAR row is dated 1 January of its year: " + date);
                        }
                        calendars.computeIfAbsent(j, k -> new HashMap<>()).put(date.getYear(), name);
                    }
                    case "HOLIDAY" -> {
                        if (holidays.computeIfAbsent(j, k -> new HashMap<>()).put(date, name) != null) {
                            throw new IllegalArgumentException("holiday listed twice: " + date);
                        }
                    }
                    case "WORKDAY" -> {
                        if (!weekend(date)) {
                            throw new IllegalArgumentException("a WORKDAY is a Saturday or Sunday made a working day: " + date);
                        }
                        workdays.computeIfAbsent(j, k -> new HashSet<>()).add(date);
                    }
                    default -> throw new IllegalArgumentException("kind is RULE, CALENDAR, HOLIDAY or WORKDAY: " + kind);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("rest-days line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        for (Map.Entry<Jurisdiction, Map<LocalDate, Named>> e : holidays.entrySet()) {
            Map<Integer, Named> years = calendars.getOrDefault(e.getKey(), Map.of());
            for (LocalDate d : e.getValue().keySet()) {
                if (!years.containsKey(d.getYear())) {
                    throw new IllegalArgumentException("rest-days: " + e.getKey() + " holiday " + d + " in a year without its CALENDAR row");
                }
            }
            if (!rules.containsKey(e.getKey())) {
                throw new IllegalArgumentException("rest-days: " + e.getKey() + " has holidays but no RULE row");
            }
        }
        return new RestDays(rules, calendars, holidays, workdays);
    }

    /** The legal reference of the roll-over rule of {@code jurisdiction}, or null when none is held. */
    public String rule(Jurisdiction jurisdiction) {
        Named rule = rules.get(jurisdiction);
        return rule == null ? null : rule.en();
    }

    /** The calendar held for the year, or null. */
    public Named calendar(Jurisdiction jurisdiction, int year) {
        return calendars.getOrDefault(jurisdiction, Map.of()).get(year);
    }

    /** Whether {@code day} is a working day of {@code jurisdiction} (as far as the calendar held knows). */
    public boolean workingDay(Jurisdiction jurisdiction, LocalDate day) {
        if (holidays.getOrDefault(jurisdiction, Map.of()).containsKey(day)) {
            return false;
        }
        return !weekend(day) || workdays.getOrDefault(jurisdiction, Set.of()).contains(day);
    }

    /**
     * The day a period of {@code jurisdiction} counted to {@code lastDay} really ends: {@code lastDay} itself when it
     * is a working day (the roll's {@link Roll#rolled()} is false), else the next working day. A jurisdiction without
     * a RULE row never rolls.
     */
    public Roll roll(Jurisdiction jurisdiction, LocalDate lastDay) {
        Objects.requireNonNull(lastDay, "lastDay");
        Named ruleName = rules.get(jurisdiction);
        String rule = ruleName == null ? null : ruleName.en();
        String ruleZh = ruleName == null ? null : ruleName.zh();
        Named calendar = calendar(jurisdiction, lastDay.getYear());
        boolean missing = rule != null && calendar == null;
        if (rule == null || workingDay(jurisdiction, lastDay)) {
            return new Roll(lastDay, lastDay, null, rule, ruleZh, missing, calendar != null && calendar.toConfirm());
        }
        LocalDate day = lastDay.plusDays(1);
        boolean toConfirm = calendar != null && calendar.toConfirm();
        while (!workingDay(jurisdiction, day)) {
            day = day.plusDays(1);
        }
        Named next = calendar(jurisdiction, day.getYear());
        toConfirm |= next != null && next.toConfirm();
        missing |= next == null;
        Named holiday = holidays.getOrDefault(jurisdiction, Map.of()).get(lastDay);
        return new Roll(lastDay, day, holiday, rule, ruleZh, missing, toConfirm);
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
