package org.tradedesk.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

/** Field name to message in the user's language, for forms bound to records (no th:field there). */
final class FieldErrors {

    private FieldErrors() {
    }

    static Map<String, String> of(BindingResult result, MessageSource messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        result.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(),
                messages.getMessage(e, LocaleContextHolder.getLocale())));
        return errors;
    }
}
