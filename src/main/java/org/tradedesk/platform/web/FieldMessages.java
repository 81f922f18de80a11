package org.tradedesk.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * What a field expects, in the caller's language, for a value that could not be converted: the
 * caller needs the allowed enum values or the date format, not Jackson's type names.
 */
final class FieldMessages {

    private final MessageSource messages;

    FieldMessages(MessageSource messages) {
        this.messages = messages;
    }

    String expected(Class<?> type, Locale locale) {
        return expected(type, null, locale);
    }

    /**
     * As {@link #expected(Class, Locale)}, an enum's values limited to {@code allowed} (constant names) when given. Each value
     * is named by its label in the reader's language with its code for the API ({@code 電子郵件（EMAIL）}, {@code E-mail (EMAIL)}),
     * the label under {@code <module>.<enum>.<NAME>} ({@code clients.channel.EMAIL}); a value with no label by its code only.
     */
    String expected(Class<?> type, java.util.Collection<String> allowed, Locale locale) {
        if (type == null) {
            return messages.getMessage("error.field.invalid", null, locale);
        }
        if (type.isEnum()) {
            String separator = messages.getMessage("error.field.one-of.separator", null, ", ", locale);
            String values = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .filter(name -> allowed == null || allowed.contains(name))
                    .map(name -> valueLabel(type, name, locale))
                    .collect(Collectors.joining(separator));
            return messages.getMessage("error.field.one-of", new Object[] {values}, locale);
        }
        if (type == LocalDate.class) {
            return messages.getMessage("error.field.date", null, locale);
        }
        if (type == LocalDateTime.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == Instant.class) {
            return messages.getMessage("error.field.date-time", null, locale);
        }
        if (type == boolean.class || type == Boolean.class) {
            return messages.getMessage("error.field.boolean", null, locale);
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return messages.getMessage("error.field.number", null, locale);
        }
        return messages.getMessage("error.field.invalid", null, locale);
    }

    /** {@code 電子郵件（EMAIL）}: the constant's label where its module's bundle names it, with the code the API takes. */
    private String valueLabel(Class<?> type, String name, Locale locale) {
        String pkg = type.getPackageName();
        String module = pkg.startsWith("org.tradedesk.") ? pkg.substring("org.tradedesk.".length()).split("\\.")[0] : null;
        if (module == null) {
            return name;
        }
        String simple = type.getSimpleName();
        String key = module + "." + Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + "." + name;
        String label = messages.getMessage(key, null, null, locale);
        return label == null || label.isBlank() ? name : messages.getMessage("error.field.one-of.item", new Object[] {label, name}, locale);
    }
}
