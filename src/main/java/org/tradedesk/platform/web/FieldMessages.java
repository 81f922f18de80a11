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
        if (type == null) {
            return messages.getMessage("error.field.invalid", null, locale);
        }
        if (type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return messages.getMessage("error.field.one-of", new Object[] {allowed}, locale);
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
}
