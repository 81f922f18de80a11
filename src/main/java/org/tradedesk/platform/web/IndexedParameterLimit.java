package org.tradedesk.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tradedesk.platform.validation.Bounds;

/**
 * Form parameters such as {@code lines[300].value} beyond {@link Bounds#MAX_FORM_LINES}: Spring's
 * binder fails on an index past its growth limit with an IndexOutOfBoundsException (a 500, the
 * input lost) and would otherwise build hundreds of empty rows. Such parameters are taken out of
 * the request before binding and remembered, so the page controller reports them at the list's
 * field with the form kept ({@link #reject}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class IndexedParameterLimit extends OncePerRequestFilter {

    private static final String DROPPED = IndexedParameterLimit.class.getName() + ".dropped";
    private static final String SHOWN_AT = IndexedParameterLimit.class.getName() + ".shownAt";
    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)]");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String dropped = null;
        Map<String, String[]> kept = null;
        for (String name : request.getParameterMap().keySet()) {
            if (name.indexOf('[') >= 0 && beyondLimit(name)) {
                if (kept == null) {
                    kept = new LinkedHashMap<>(request.getParameterMap());
                    dropped = name;
                }
                // a row sent at an index past the limit (lines[300]) is still a row sent: it closes up with the others
                // below and is kept while the form has room (review r-t1 F8: the form came back with no lines); only
                // an index no list has (lines[abc], lines[9999999]) is taken out here
                if (!renumberable(name)) {
                    kept.remove(name);
                }
            }
        }
        Map<String, String[]> closed = withoutGaps(kept == null ? request.getParameterMap() : kept);
        if (closed != null && dropped != null) {
            closed.keySet().removeIf(IndexedParameterLimit::beyondLimit);
        } else if (dropped != null) {
            kept.keySet().removeIf(IndexedParameterLimit::beyondLimit);
        }
        if (kept == null && closed == null) {
            chain.doFilter(request, response);
            return;
        }
        if (dropped != null) {
            request.setAttribute(DROPPED, dropped);
            Integer position = position(kept, dropped);
            if (position != null) {
                request.setAttribute(SHOWN_AT, position);
            }
        }
        chain.doFilter(ParametersKept.of(request, closed != null ? closed : kept), response);
    }

    /**
     * Where the row sent past the limit stands in the list after the indices close up ({@code lines[0]} and
     * {@code lines[300]}: 1, the form's second line); null when it was taken out or the list keeps no room for it.
     */
    private static Integer position(Map<String, String[]> kept, String dropped) {
        Matcher d = FIRST_INDEX.matcher(dropped);
        if (!d.matches() || !kept.containsKey(dropped)) {
            return null;
        }
        int index = Integer.parseInt(d.group(2));
        java.util.TreeSet<Integer> before = new java.util.TreeSet<>();
        for (String name : kept.keySet()) {
            Matcher m = FIRST_INDEX.matcher(name);
            if (m.matches() && m.group(1).equals(d.group(1)) && Integer.parseInt(m.group(2)) < index) {
                before.add(Integer.parseInt(m.group(2)));
            }
        }
        return before.size() < Bounds.MAX_FORM_LINES ? before.size() : null;
    }

    private static final Pattern FIRST_INDEX = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\[(\\d{1,6})](.*)$");

    /**
     * A gap in a list's indices ({@code lines[0]}, {@code lines[3]}: a row removed on the page) made the binder
     * leave empty rows the page could not show, and the 422 answer stopped mid-page (issue 11). The rows sent are
     * the list: their indices close up in order ({@code lines[3]} becomes {@code lines[1]}). Null when no list has
     * a gap.
     */
    static Map<String, String[]> withoutGaps(Map<String, String[]> parameters) {
        Map<String, java.util.TreeSet<Integer>> indices = new LinkedHashMap<>();
        for (String name : parameters.keySet()) {
            Matcher m = FIRST_INDEX.matcher(name);
            if (m.matches()) {
                indices.computeIfAbsent(m.group(1), k -> new java.util.TreeSet<>()).add(Integer.parseInt(m.group(2)));
            }
        }
        Map<String, Map<Integer, Integer>> renumbered = new LinkedHashMap<>();
        indices.forEach((list, used) -> {
            if (used.last() != used.size() - 1) {
                Map<Integer, Integer> to = new java.util.HashMap<>();
                int next = 0;
                for (int i : used) {
                    to.put(i, next++);
                }
                renumbered.put(list, to);
            }
        });
        if (renumbered.isEmpty()) {
            return null;
        }
        Map<String, String[]> closed = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            Matcher m = FIRST_INDEX.matcher(name);
            if (m.matches() && renumbered.containsKey(m.group(1))) {
                closed.put(m.group(1) + "[" + renumbered.get(m.group(1)).get(Integer.parseInt(m.group(2))) + "]" + m.group(3), values);
            } else {
                closed.put(name, values);
            }
        });
        return closed;
    }

    /** A first index that is a list's position past the limit ({@code lines[300].value}), nothing nested past it. */
    private static boolean renumberable(String name) {
        Matcher m = FIRST_INDEX.matcher(name);
        return m.matches() && !beyondLimit(m.group(1) + "[0]" + m.group(3));
    }

    private static boolean beyondLimit(String name) {
        Matcher m = INDEX.matcher(name);
        while (m.find()) {
            String digits = m.group(1);
            if (!digits.isEmpty() && !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                // lines[abc].value, lines[-1].value: no index a list has (the binder answered 500)
                return true;
            }
            if (!digits.isEmpty() && (digits.length() > 6 || Integer.parseInt(digits) >= Bounds.MAX_FORM_LINES)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reports a parameter taken out of this request at the list it belonged to ({@code lines}), as
     * "takes at most 200 lines: line 301 is beyond that"; a global error when the form has no such field.
     */
    public static void reject(HttpServletRequest request, Errors errors) {
        Object dropped = request.getAttribute(DROPPED);
        if (!(dropped instanceof String name)) {
            return;
        }
        String list = name.substring(0, name.indexOf('['));
        Matcher m = INDEX.matcher(name);
        String index = m.find() ? m.group(1) : "";
        if (index.isEmpty() || !index.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // lines[-1], lines[abc]: no line of the list, so no line "beyond the limit" either: the field sent is not
            // one the form has (acceptance review t1fixJ 3: 「第 -1 列已超過上限」)
            Object[] field = {name};
            try {
                errors.rejectValue(list, "platform.bounds.unknown-field", field, "not a field of this form: " + name);
            } catch (RuntimeException noSuchField) {
                errors.reject("platform.bounds.unknown-field", field, "not a field of this form: " + name);
            }
            return;
        }
        if (request.getAttribute(SHOWN_AT) instanceof Integer shownAt) {
            // lines[0] and lines[300]: the row is kept, closed up as the form's second line, and reported at that line as the
            // user sees it (t1fixL 1: the form showed it as line 2 and said "line 301 is beyond the limit"), so nothing is
            // saved from an index the form never writes until the user has looked at the line
            String shown = list + "[" + shownAt + "]";
            Object[] args = {Bounds.MAX_FORM_LINES, index.length() > 6 ? index : String.valueOf(Integer.parseInt(index) + 1)};
            try {
                errors.rejectValue(shown, "platform.bounds.line-position", args, "sent beyond the form's lines");
            } catch (RuntimeException noSuchField) {
                errors.reject("platform.bounds.line-position", args, "sent beyond the form's lines");
            }
            return;
        }
        String line = index.length() > 6 || index.isEmpty() || !index.chars().allMatch(c -> c >= '0' && c <= '9') ? index
                : String.valueOf(Integer.parseInt(index) + 1);
        Object[] args = {Bounds.MAX_FORM_LINES, line};
        try {
            errors.rejectValue(list, "platform.bounds.lines", args, "at most " + Bounds.MAX_FORM_LINES + " lines");
        } catch (RuntimeException noSuchField) {
            errors.reject("platform.bounds.lines", args, "at most " + Bounds.MAX_FORM_LINES + " lines");
        }
    }
}
