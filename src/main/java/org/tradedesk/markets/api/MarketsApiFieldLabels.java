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
        String marketLabel = marketLabel(path, messages, locale);
        if (marketLabel != null) {
            return marketLabel.isBlank() ? Optional.empty() : Optional.of(marketLabel.strip());
        }
        String name = path.replaceAll("^.*\\.", "").replaceAll("\\[\\d+]", "");
        String label = messages.getMessage("markets.query.param." + name, null, null, locale);
        // a label that takes an argument (Weight of {0}) names a map's entry, not this field
        return label == null || label.contains("{") ? Optional.empty() : Optional.of(label.strip());
    }

    private static final java.util.regex.Pattern MARKET_ENTRY =
            java.util.regex.Pattern.compile("(?:^|.*\\.)(tariffs|tariffReasons|tariffCodes|tariffAverages)\\.([A-Za-z0-9]+)$");

    /**
     * A market's entry (tariffs.CHN) labelled by the market's name with its code beside, 「中國（CHN） 的關稅率」, "Tariff rate of
     * China (CHN)" (review t2fixF: the raw key "tariffs.CHN" was the label); null for any other path.
     */
    static String marketLabel(String path, MessageSource messages, Locale locale) {
        java.util.regex.Matcher market = path == null ? null : MARKET_ENTRY.matcher(path);
        if (market == null || !market.matches()) {
            return null;
        }
        String code = market.group(2).toUpperCase(Locale.ROOT);
        String named = org.tradedesk.markets.importing.CountryNames.known(code) ? messages.getMessage("markets.market.named",
                new Object[] {org.tradedesk.markets.importing.CountryNames.name(code, locale), code}, locale) : code;
        String label = messages.getMessage("markets.query.param." + market.group(1), new Object[] {named}, null, locale);
        return label == null ? "" : label;
    }
}
