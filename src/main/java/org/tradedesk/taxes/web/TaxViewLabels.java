package org.tradedesk.taxes.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tradedesk.taxes.TaxResult;

/**
 * Puts the engine's codes into the reader's language on the result panel: a base formula's terms
 * ({@code CUSTOMS_VALUE + DUTY} → 完稅價格 + 進口稅), a rounding code ({@code TRUNCATE_0} → 無條件捨去至整數),
 * where a rate came from, the general option. The engine keeps codes so that a saved result does not
 * depend on the language it was made in; the page translates them when it shows them. Public because
 * Thymeleaf calls it by reflection.
 */
@Component("taxLabels")
public class TaxViewLabels {

    private static final Pattern CHAIN_RATE = Pattern.compile("chain (\\S+) rate effective (\\S+)");
    private static final Pattern ROUNDING = Pattern.compile("([A-Z_]+)_(\\d+)");

    private final MessageSource messages;

    TaxViewLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** Each term of a base: a value of the valuation, or an earlier step by its label in this result. */
    public String formula(String baseFormula, TaxResult result, Locale locale) {
        if (baseFormula == null || baseFormula.isBlank()) {
            return "";
        }
        Map<String, String> steps = new HashMap<>();
        result.steps().forEach(s -> steps.putIfAbsent(s.code(), s.label().in(locale)));
        StringBuilder out = new StringBuilder();
        for (String term : baseFormula.split(" \\+ ")) {
            if (!out.isEmpty()) {
                out.append(" + ");
            }
            String value = messages.getMessage("taxes.page.value." + term.trim(), null, null, locale);
            out.append(value != null ? value : steps.getOrDefault(term.trim(), term.trim()));
        }
        return out.toString();
    }

    public String rounding(String code, Locale locale) {
        if (code == null || code.equals("NONE")) {
            return messages.getMessage("taxes.page.rounding.NONE", null, "none", locale);
        }
        Matcher m = ROUNDING.matcher(code);
        if (!m.matches()) {
            return code;
        }
        String mode = messages.getMessage("taxes.page.rounding." + m.group(1), null, m.group(1), locale);
        return messages.getMessage("taxes.page.rounding.scale", new Object[] {mode, Integer.parseInt(m.group(2))}, code, locale);
    }

    private static final Pattern ROUNDING_IN_TEXT = Pattern.compile("\\(([A-Z]+(?:_[A-Z]+)*_\\d+)\\)");

    /** The engine's working ("17.5% × 742492 TWD = 129936.100 → 129936 (TRUNCATE_0)") with the rounding in words. */
    public String explanation(String text, Locale locale) {
        if (text == null) {
            return "";
        }
        Matcher m = ROUNDING_IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("(" + rounding(m.group(1), locale) + ")"));
        }
        m.appendTail(out);
        return out.toString().replace(": not collected", ": " + messages.getMessage("taxes.page.notCollected", null, "not collected", locale));
    }

    public String source(String rateSource, Locale locale) {
        if (rateSource == null) {
            return "";
        }
        if (rateSource.equals("measure given in the request")) {
            return messages.getMessage("taxes.page.source.request", null, rateSource, locale);
        }
        Matcher m = CHAIN_RATE.matcher(rateSource);
        if (m.matches()) {
            return messages.getMessage("taxes.page.source.chain", new Object[] {m.group(1), m.group(2)}, rateSource, locale);
        }
        return rateSource;
    }

    public String optionLabel(TaxResult.DutyOption option, Locale locale) {
        return "GENERAL".equals(option.scheme()) ? messages.getMessage("taxes.page.option.GENERAL", null, option.label(), locale)
                : option.label();
    }

    public String requires(String requires, Locale locale) {
        return "nothing".equals(requires) ? messages.getMessage("taxes.page.option.nothing", null, requires, locale) : requires;
    }
}
