package org.tradedesk.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * How a module names the fields of its API's request bodies to people (issue 6: 無法讀取「tariffDate」的值 named the field by
 * its JSON name in zh-TW). A module gives one bean; the platform's problem detail for a body it cannot read asks each for
 * the label of the failing field's path ({@code lines[0].annualProductionHl}) and states it in the detail and in
 * {@code errors[].label}, keeping the path in {@code errors[].field} for machines. The label is the one the module's own
 * validation answers and forms use (taxes: {@code FieldLabel}, markets: {@code markets.query.param.*}).
 */
public interface ApiFieldLabels {

    /**
     * The label of the field at {@code path} of a request body sent to {@code controller}, in {@code locale}; empty when
     * the controller is not this module's or the module does not name the field.
     */
    Optional<String> label(Class<?> controller, String path, Locale locale);

    /**
     * The values the field at {@code path} of a body sent to {@code controller} accepts, by their constant names, where it
     * accepts fewer than its enum type holds (a calculation is sent by e-mail, phone, meeting or letter, never by the desk's
     * own review); empty to allow every constant. The platform names them in the reader's language (t1fixH).
     */
    default Optional<java.util.List<String>> allowedValues(Class<?> controller, String path) {
        return Optional.empty();
    }
}
