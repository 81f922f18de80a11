package org.tradedesk.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A request that shows only some of its parameters: what a binder should not see (an index past the
 * limit, a field bound by hand) is left out, everything else reads as the original request.
 */
public final class ParametersKept extends HttpServletRequestWrapper {

    private final Map<String, String[]> kept;

    private ParametersKept(HttpServletRequest request, Map<String, String[]> kept) {
        super(request);
        this.kept = Collections.unmodifiableMap(kept);
    }

    /** The request with exactly {@code kept} as its parameters. */
    public static HttpServletRequest of(HttpServletRequest request, Map<String, String[]> kept) {
        return new ParametersKept(request, kept);
    }

    /** The request without the parameters named. */
    public static HttpServletRequest without(HttpServletRequest request, Set<String> names) {
        Map<String, String[]> kept = new LinkedHashMap<>(request.getParameterMap());
        kept.keySet().removeAll(names);
        return new ParametersKept(request, kept);
    }

    @Override
    public String getParameter(String name) {
        String[] values = kept.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return kept;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(kept.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return kept.get(name);
    }
}
