package org.tradedesk.clients.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tradedesk.platform.ApiFieldLabels;

/**
 * The clients API's fields as the client form names them ({@code clients.field.*}), for the platform's problem details:
 * a missing language reads 「偏好語言 為必填」, not 「preferredLanguage 為必填」 (review r-t1 F4(e)); the path stays in
 * {@code errors[].field}.
 */
@Component
class ClientsApiFieldLabels implements ApiFieldLabels {

    /** A body field and the label the form gives it. */
    private static final Map<String, String> LABELS = Map.of(
            "name", "clients.field.name",
            "kind", "clients.field.kind",
            "country", "clients.field.country",
            "taxId", "clients.field.taxId",
            "preferredLanguage", "clients.field.language",
            "registeredAddress", "clients.field.registeredAddress",
            "shippingAddress", "clients.field.shippingAddress",
            "notes", "clients.field.notes");

    private final MessageSource messages;

    ClientsApiFieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Optional<String> label(Class<?> controller, String path, Locale locale) {
        if (controller == null || !controller.getPackageName().startsWith("org.tradedesk.clients") || path == null) {
            return Optional.empty();
        }
        String name = path.replaceAll("^.*\\.", "").replaceAll("\\[\\d+]", "");
        String key = LABELS.get(name);
        String label = key == null ? null : messages.getMessage(key, null, null, locale);
        return label == null || label.isBlank() ? Optional.empty() : Optional.of(label.strip());
    }
}
