package org.tradedesk.taxes.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.tradedesk.shared.MessageText;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxRequestLine.DutyOptionRequest;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.TaxResult.DutyOption;
import org.tradedesk.taxes.TaxResult.TaxStep;

/**
 * The one place duty options are compared, for the screen and for the documents. Each option is the
 * whole calculation run again with it, never a line's duty alone: a later tax on a base that includes
 * the duty (GST, 營業稅, 貨物稅) and a shipment-level fee move with it. The cheapest is the lowest
 * total; on a tie the first offered (the general rate before any claim, which then needs no proof).
 *
 * <ul>
 * <li>{@link #lineOptions}: per line, every option the line could clear under, with the total, the
 *     saving against the general rate, and which one is cheapest (the screen's option table).</li>
 * <li>{@link #compare}: per shipment, the calculation as saved, then every scheme offered on any line
 *     (a scheme is a whole-shipment choice), then the combination of each line under its own cheapest
 *     option when that differs from all of them (the worksheet's sheets and the letter's recommendation).</li>
 * </ul>
 */
public final class OptionComparison {

    public static final String GENERAL = DutyCandidate.GENERAL;
    /** The scenario with every line under its own cheapest option. */
    public static final String COMBINATION = "COMBINATION";
    /** The calculation as saved when its lines use different schemes. */
    public static final String AS_SAVED = "AS_SAVED";

    /** One way to clear the whole shipment: its code (a scheme, {@link #AS_SAVED} or {@link #COMBINATION}) and the result. */
    public record Scenario(String code, TaxResult result) {
    }

    /** The scenarios compared and the cheapest of them (the first on a tie). */
    public record Comparison(List<Scenario> scenarios, Scenario best) {
    }

    /** What the option table needs of a run with one line switched to an option: the total, the line's duty rate and amount. */
    record OptionRun(BigDecimal total, String dutyRate, BigDecimal duty) {
    }

    private OptionComparison() {
    }

    /**
     * Every line's options, each the run with that line switched to it ({@code main} is the run as requested;
     * {@code variant} gives the run with line i under a scheme, at the cost of that line, not the invoice).
     */
    static List<DutyOption> lineOptions(TaxRequest request, ChainRun main, BiFunction<Integer, String, OptionRun> variant) {
        List<DutyOption> result = new ArrayList<>();
        Map<Integer, String> dutyRates = new HashMap<>();
        for (TaxStep s : main.steps) {
            if (s.line() != null && s.code().equals("DUTY")) {
                dutyRates.putIfAbsent(s.line(), s.rate());
            }
        }
        for (int i = 0; i < request.lines().size(); i++) {
            List<DutyCandidate> candidates = main.candidates.get(i);
            if (candidates.size() < 2) {
                continue;
            }
            String selected = main.lines.get(i).scheme();
            BigDecimal generalTotal = null;
            BigDecimal cheapest = null;
            List<OptionRun> runs = new ArrayList<>(candidates.size());
            for (DutyCandidate c : candidates) {
                OptionRun r = c.scheme().equals(selected)
                        ? new OptionRun(main.total, dutyRates.get(i + 1),
                                main.lines.get(i).taxes().getOrDefault("DUTY", BigDecimal.ZERO))
                        : variant.apply(i, c.scheme());
                runs.add(r);
                if (c.scheme().equals(GENERAL)) {
                    generalTotal = r.total();
                }
                if (cheapest == null || r.total().compareTo(cheapest) < 0) {
                    cheapest = r.total();
                }
            }
            // on a tie, an option resting on a confirmed membership before one "to confirm", then the first offered
            int cheapestIndex = -1;
            for (int k = 0; k < candidates.size(); k++) {
                if (runs.get(k).total().compareTo(cheapest) == 0 && (cheapestIndex < 0
                        || unconfirmed(candidates.get(cheapestIndex).requires()) && !unconfirmed(candidates.get(k).requires()))) {
                    cheapestIndex = k;
                }
            }
            for (int k = 0; k < candidates.size(); k++) {
                DutyCandidate c = candidates.get(k);
                OptionRun r = runs.get(k);
                boolean isCheapest = k == cheapestIndex;
                result.add(new DutyOption(i + 1, c.scheme(), c.label(), r.dutyRate(), r.duty(), r.total(),
                        generalTotal == null ? null : generalTotal.subtract(r.total()), c.requires(), isCheapest,
                        c.scheme().equals(selected)));
            }
        }
        return result;
    }

    /**
     * The calculation as saved, then one run per further scheme offered on any line, with every line the
     * saved result offered it for cleared under it (the others at the general rate), then the combination:
     * every line under the option flagged cheapest for it. Without the combination a shipment whose lines
     * are cheapest under different options (CPTPP on the car, a TCO on the machine) would be advised a
     * dearer single scheme; it is left out when a scenario already has its schemes (the same figures twice
     * would only make the reader look for a difference).
     */
    public static Comparison compare(TaxRequest request, TaxResult saved, Function<TaxRequest, TaxResult> calculate) {
        Map<Integer, Map<String, DutyOption>> offered = offered(saved);
        List<String> schemes = new ArrayList<>();
        saved.options().forEach(o -> {
            if (!schemes.contains(o.scheme())) {
                schemes.add(o.scheme());
            }
        });
        List<Scenario> scenarios = new ArrayList<>();
        String savedScheme = uniformScheme(request);
        scenarios.add(new Scenario(savedScheme == null ? AS_SAVED : savedScheme, saved));
        for (String scheme : schemes) {
            // Taiwan's column III is not a choice: it applies only to origins without column I treatment, so it
            // is no scenario of the letter or the worksheet (the screen still lists it, with that condition)
            if (scheme.equals(savedScheme) || NOT_A_CHOICE.equals(scheme)) {
                continue;
            }
            List<TaxRequestLine> lines = new ArrayList<>();
            for (int i = 0; i < request.lines().size(); i++) {
                lines.add(lineUnder(request.lines().get(i), offered.get(i + 1), scheme));
            }
            scenarios.add(new Scenario(scheme, calculate.apply(request.withLines(lines))));
        }
        Scenario combination = combination(request, saved, offered, scenarios, calculate);
        if (combination != null) {
            scenarios.add(combination);
        }
        Scenario best = scenarios.get(0);
        for (Scenario s : scenarios) {
            int order = s.result().total().compareTo(best.result().total());
            if (order < 0 || order == 0 && preferredOnATie(s, best, saved)) {
                best = s;
            }
        }
        return new Comparison(scenarios, best);
    }

    /**
     * Of two scenarios with the same total, whether {@code s} is the one to recommend over {@code best}: one resting on no
     * membership "to confirm" before one that does, then the one claiming on fewer lines (fewer conditions to meet), then the
     * first compared (acceptance review t1fixM minor 6: CPTPP, RCEP and the combination tied and CPTPP was called the cheapest).
     */
    private static boolean preferredOnATie(Scenario s, Scenario best, TaxResult saved) {
        boolean sUnconfirmed = unconfirmed(s, saved);
        boolean bestUnconfirmed = unconfirmed(best, saved);
        if (sUnconfirmed != bestUnconfirmed) {
            return bestUnconfirmed;
        }
        return claims(s) < claims(best);
    }

    /** The lines a scenario claims an option on (not at the general rate). */
    private static long claims(Scenario s) {
        return schemesOf(s.result()).stream().filter(scheme -> !GENERAL.equals(scheme)).count();
    }

    /** The catalogue's TW column III option (第三欄), compared on the screen but never a client's choice. */
    static final String NOT_A_CHOICE = "TW_COLUMN_III";

    /** The message code of an eligibility whose membership is not confirmed (tariff module, "to confirm"). */
    static final String TO_CONFIRM = "tariff.eligibility.to-confirm";

    /** Whether claiming an option rests on a membership "to confirm": its requirement says so, at any depth. */
    public static boolean unconfirmed(MessageText requires) {
        if (requires == null) {
            return false;
        }
        if (TO_CONFIRM.equals(requires.code())) {
            return true;
        }
        return requires.args().stream().anyMatch(a -> a.message() != null && unconfirmed(a.message()));
    }

    /** Whether a scenario claims, on some line, an option resting on a membership "to confirm". */
    private static boolean unconfirmed(Scenario scenario, TaxResult saved) {
        return scenario.result().lines().stream().anyMatch(l -> l.scheme() != null && saved.options().stream()
                .anyMatch(o -> o.line() == l.line() && o.scheme().equals(l.scheme()) && unconfirmed(o.requires())));
    }

    /** The scenario with every line at the general rate: one compared, else run now. What a refused claim falls back to. */
    public static TaxResult allGeneral(TaxRequest request, List<Scenario> scenarios, Function<TaxRequest, TaxResult> calculate) {
        return scenarios.stream().map(Scenario::result)
                .filter(r -> schemesOf(r).stream().allMatch(GENERAL::equals)).findFirst()
                .orElseGet(() -> calculate.apply(request.withLines(request.lines().stream().map(l -> l.withScheme(GENERAL)).toList())));
    }

    /**
     * The scenario run again with the lines numbered {@code general} back at the general rate and every other line as
     * the scenario clears it: what refusing one claim of several alone would cost (t1fixM M1).
     */
    public static TaxResult withGeneral(TaxRequest request, TaxResult saved, TaxResult scenario, java.util.Set<Integer> general,
            Function<TaxRequest, TaxResult> calculate) {
        Map<Integer, Map<String, DutyOption>> offered = offered(saved);
        List<String> schemes = schemesOf(scenario);
        List<TaxRequestLine> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            TaxRequestLine line = request.lines().get(i);
            String scheme = schemes.get(i);
            lines.add(general.contains(i + 1) ? line.withScheme(GENERAL)
                    : scheme.equals(line.scheme()) ? line : lineUnder(line, offered.get(i + 1), scheme));
        }
        return calculate.apply(request.withLines(lines));
    }

    /** The options the result offered each line, by line number and scheme. */
    public static Map<Integer, Map<String, DutyOption>> offered(TaxResult result) {
        Map<Integer, Map<String, DutyOption>> offered = new HashMap<>();
        for (DutyOption option : result.options()) {
            offered.computeIfAbsent(option.line(), k -> new LinkedHashMap<>()).putIfAbsent(option.scheme(), option);
        }
        return offered;
    }

    /** The scheme each line of a result cleared under, in line order. */
    public static List<String> schemesOf(TaxResult result) {
        return result.lines().stream().map(l -> l.scheme() == null || l.scheme().isBlank() ? GENERAL : l.scheme()).toList();
    }

    private static Scenario combination(TaxRequest request, TaxResult saved, Map<Integer, Map<String, DutyOption>> offered,
            List<Scenario> scenarios, Function<TaxRequest, TaxResult> calculate) {
        if (saved.options().isEmpty()) {
            return null;
        }
        Map<Integer, String> cheapest = new HashMap<>();
        for (DutyOption option : saved.options()) {
            if (option.cheapest()) {
                cheapest.putIfAbsent(option.line(), option.scheme());
            }
        }
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            chosen.add(cheapest.getOrDefault(i + 1, GENERAL));
        }
        for (Scenario s : scenarios) {
            if (schemesOf(s.result()).equals(chosen)) {
                return null;
            }
        }
        List<TaxRequestLine> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            lines.add(lineUnder(request.lines().get(i), offered.get(i + 1), chosen.get(i)));
        }
        return new Scenario(COMBINATION, calculate.apply(request.withLines(lines)));
    }

    /**
     * The line as it clears under {@code scheme}: with that scheme where the result offered it for the
     * line, else at the general rate. An option the catalogue offered (CPTPP, JAEPA, NZ...) is not in the
     * request, so it is added with the duty it had when saved: the engine still takes the catalogue's own
     * entry first when the catalogue has it, and the saved duty keeps the document reproducible when it no
     * longer does.
     */
    private static TaxRequestLine lineUnder(TaxRequestLine line, Map<String, DutyOption> offered, String scheme) {
        DutyOption option = offered == null ? null : offered.get(scheme);
        if (GENERAL.equals(scheme) || option == null) {
            return line.withScheme(GENERAL);
        }
        boolean requested = line.options().stream().anyMatch(o -> o.scheme().equals(scheme));
        if (requested || option.duty() == null || option.duty().isBlank()) {
            return line.withScheme(scheme);
        }
        List<DutyOptionRequest> options = new ArrayList<>(line.options());
        options.add(new DutyOptionRequest(scheme, null, option.duty(), null));
        return line.withOptions(options).withScheme(scheme);
    }

    /** The one scheme every line of the request uses, or null when they differ. */
    static String uniformScheme(TaxRequest request) {
        String scheme = null;
        for (TaxRequestLine line : request.lines()) {
            String s = line.scheme() == null || line.scheme().isBlank() ? GENERAL : line.scheme();
            if (scheme != null && !scheme.equals(s)) {
                return null;
            }
            scheme = s;
        }
        return scheme;
    }
}
