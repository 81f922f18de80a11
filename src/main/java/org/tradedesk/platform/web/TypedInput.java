package org.tradedesk.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the user typed in each field of a posted form, as typed, for a form shown again with an error: a number
 * bound and then refused (1e308 above the bound) would otherwise come back as the binder prints it
 * ({@code 1E+308}), not as the user wrote it. {@code templates/fragments/fields.html} shows this text in a field
 * that has an error; a field without one shows the bound value (lines added or removed renumber the fields).
 */
@ControllerAdvice(annotations = Controller.class)
class TypedInput {

    /** Longest text kept per field: the forms' own limits are far below; a longer one is shown cut, never stored. */
    private static final int MAX_LENGTH = 2_000;

    @ModelAttribute("typedInput")
    Map<String, String> typedInput(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return Map.of();
        }
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            // a secret is never sent back to the page, typed or not
            if (values != null && values.length == 1 && values[0] != null && !name.toLowerCase(java.util.Locale.ROOT).contains("password")
                    && !name.startsWith("_csrf")) {
                typed.put(name, values[0].length() > MAX_LENGTH ? values[0].substring(0, MAX_LENGTH) : values[0]);
            }
        });
        return typed;
    }
}
