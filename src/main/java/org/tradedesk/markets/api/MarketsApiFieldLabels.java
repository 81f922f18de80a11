package org.tradedesk.markets.api;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tradedesk.platform.ApiFieldLabels;

/**
 * The markets API's fields as its readers know them, for the platform's answer to a body it cannot read: the label the
 * parameter's own refusals give ({@code markets.query.param.<name>}: {@code tariffDate} 「關稅日期」, also inside
 * {@code scoring.tariffDate}); a field without one is left to the platform (its path).
 */
@Component
class MarketsApiFieldLabels implements ApiFieldLabels {

    private final MessageSource messages;

    MarketsApiFieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Optional<String> label(Class<?> controller, String path, Locale locale) {
        if (controller == null || !controller.getPackageName().startsWith("org.tradedesk.markets") || path == null) {
            return Optional.empty();
        }
        java.util.regex.Matcher weight = java.util.regex.Pattern.compile("(?:^|.*\\.)weights\\.([A-Za-z_]+)$").matcher(path);
        if (weight.matches()) {
            // a weight's entry (weights.DEMAND_SIZE) by its criterion, as the weight's own refusals name it: 「權重：需求規模」
            String label = messages.getMessage(new org.tradedesk.markets.ParameterInvalid.Label("weights."
                    + weight.group(1).toUpperCase(Locale.ROOT)), locale);
            return label.isBlank() ? Optional.empty() : Optional.of(label.strip());
        }
        String name = path.replaceAll("^.*\\.", "").replaceAll("\\[\\d+]", "");
        String label = messages.getMessage("markets.query.param." + name, null, null, locale);
        // a label that takes an argument (Weight of {0}) names a map's entry, not this field
        return label == null || label.contains("{") ? Optional.empty() : Optional.of(label.strip());
    }
}
