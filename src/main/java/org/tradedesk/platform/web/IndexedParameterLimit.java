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
                kept.remove(name);
            }
        }
        if (kept == null) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(DROPPED, dropped);
        chain.doFilter(ParametersKept.of(request, kept), response);
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
