package org.tradedesk.clearance.domain;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tradedesk.tariff.Jurisdiction;

/**
 * The review routes of disputes with customs, read from a tab-separated file (header
 * {@code jurisdiction id from amount unit legal_reference status note}; {@code #} lines are comments), and the
 * deadline of each step computed from a case's dates on a day.
 */
public final class ReviewRoutes {

    static final String HEADER = "jurisdiction\tid\tfrom\tamount\tunit\tlegal_reference\tstatus\tnote";
    /** An open step due within this many days is flagged. */
    public static final int SOON_DAYS = 7;

    private final List<ReviewStep> steps;
    private final RestDays restDays;

    public ReviewRoutes(List<ReviewStep> steps) {
        this(steps, RestDays.none());
    }

    public ReviewRoutes(List<ReviewStep> steps, RestDays restDays) {
        this.steps = List.copyOf(steps);
        this.restDays = restDays;
        for (ReviewStep s : steps) {
            if (s.afterStep() != null && step(s.jurisdiction(), s.afterStep()).isEmpty()) {
                throw new IllegalArgumentException("step " + s.id() + " counts from the decision on unknown step " + s.afterStep());
            }
        }
    }

    /** Reads the file; a malformed row fails with its line number (the file ships with the product). */
    public static ReviewRoutes read(InputStream in) {
        List<ReviewStep> steps = new ArrayList<>();
        for (TabSeparatedRows.Row row : TabSeparatedRows.read(in, "review-routes", HEADER, 8)) {
            String[] f = row.fields();
            try {
                String from = f[2];
                ReviewStep.Anchor anchor = from.startsWith("DECIDED:") ? ReviewStep.Anchor.DECIDED : ReviewStep.Anchor.valueOf(from);
                steps.add(new ReviewStep(Jurisdiction.valueOf(f[0]), f[1], anchor,
                        anchor == ReviewStep.Anchor.DECIDED ? from.substring("DECIDED:".length()) : null, Integer.parseInt(f[3]),
                        ChronoUnit.valueOf(f[4].toUpperCase(Locale.ROOT)), f[5], DeadlineRules.status(f[6]),
                        f[7].isBlank() ? null : f[7]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("review-routes line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        return new ReviewRoutes(steps);
    }

    /** These routes with their last days rolled past the rest days of {@code restDays}. */
    public ReviewRoutes withRestDays(RestDays restDays) {
        return new ReviewRoutes(steps, restDays);
    }

    /** The route of {@code jurisdiction}, in the file's order. */
    public List<ReviewStep> route(Jurisdiction jurisdiction) {
        return steps.stream().filter(s -> s.jurisdiction() == jurisdiction).toList();
    }

    public Optional<ReviewStep> step(Jurisdiction jurisdiction, String id) {
        return steps.stream().filter(s -> s.jurisdiction() == jurisdiction && s.id().equals(id)).findFirst();
    }

    /**
     * The deadline of every step of the route on {@code today}, in the route's order: {@code noticeReceived} and
     * {@code paidOn} may be unknown (null); {@code filed} and {@code decided} give, per step id, the day the step was
     * filed and the day its decision was received.
     */
    public List<DisputeDeadline> deadlines(Jurisdiction jurisdiction, LocalDate noticeReceived, LocalDate paidOn,
            Map<String, LocalDate> filed, Map<String, LocalDate> decided, LocalDate today) {
        List<DisputeDeadline> out = new ArrayList<>();
        for (ReviewStep s : route(jurisdiction)) {
            LocalDate from = switch (s.from()) {
                case NOTICE -> noticeReceived;
                case PAID -> paidOn;
                case DECIDED -> decided.get(s.afterStep());
            };
            LocalDate filedOn = filed.get(s.id());
            if (from == null) {
                out.add(new DisputeDeadline(s, null, null, filedOn, filedOn == null ? DisputeDeadline.State.WAITING
                        : DisputeDeadline.State.FILED, null));
                continue;
            }
            RestDays.Roll roll = restDays.roll(jurisdiction, s.lastDay(from));
            LocalDate last = roll.to();
            if (filedOn != null) {
                out.add(new DisputeDeadline(s, from, last, filedOn,
                        filedOn.isAfter(last) ? DisputeDeadline.State.FILED_LATE : DisputeDeadline.State.FILED, null, roll));
                continue;
            }
            long left = ChronoUnit.DAYS.between(today, last);
            out.add(new DisputeDeadline(s, from, last, null, left < 0 ? DisputeDeadline.State.OVERDUE : DisputeDeadline.State.OPEN,
                    left, roll));
        }
        return out;
    }
}
