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
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", "clients.field.name"),
            Map.entry("kind", "clients.field.kind"),
            Map.entry("country", "clients.field.country"),
            Map.entry("taxId", "clients.field.taxId"),
            Map.entry("preferredLanguage", "clients.field.language"),
            Map.entry("registeredAddress", "clients.field.registeredAddress"),
            Map.entry("shippingAddress", "clients.field.shippingAddress"),
            Map.entry("notes", "clients.field.notes"),
            // a consent's fields as the consent form names them (acceptance review t1fixG 2: 「effectiveOn 為必填」)
            Map.entry("effectiveOn", "clients.consent.date"),
            Map.entry("purpose", "clients.consent.purpose"),
            Map.entry("given", "clients.consent.given"));

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
