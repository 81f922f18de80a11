package org.tradedesk.taxes.api;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tradedesk.platform.ApiFieldLabels;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.taxes.FieldLabel;

/**
 * The taxes API's fields as its readers know them, for the platform's answer to a body it cannot read: the same
 * {@link FieldLabel} the engine's refusals and the bean validation of this API give ({@code lines[0].annualProductionHl}:
 * 「第 1 項 年產量（百公升純酒精）」).
 */
@Component
class TaxApiFieldLabels implements ApiFieldLabels {

    private final MessageTexts texts;

    TaxApiFieldLabels(MessageTexts texts) {
        this.texts = texts;
    }

    @Override
    public Optional<String> label(Class<?> controller, String path, Locale locale) {
        if (controller == null || !controller.getPackageName().startsWith("org.tradedesk.taxes")) {
            return Optional.empty();
        }
        return Optional.of(texts.render(FieldLabel.of(path), locale));
    }

    /** A calculation is given to the client by e-mail, phone, meeting or letter: never the desk's own review (REVIEW). */
    @Override
    public Optional<java.util.List<String>> allowedValues(Class<?> controller, String path) {
        if (controller == null || !controller.getPackageName().startsWith("org.tradedesk.taxes") || !"channel".equals(path)) {
            return Optional.empty();
        }
        return Optional.of(org.tradedesk.clients.Channel.withTheClient().stream().map(Enum::name).toList());
    }
}
