package org.tradedesk.tariff.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tradedesk.shared.UnitOfMeasure;

/**
 * A tariff line's unit as the reader reads it (issue 6 §2): the unit the schedule prints ({@code KGM}, {@code kg},
 * {@code 公斤}) read through the product's alias table (UN/ECE Recommendation 20 codes and the tariffs' own symbols,
 * {@code reference-data/units/units-of-measure.tsv}) and named from the bundle: 公斤 in zh-TW, kg in English.
 * A unit the table does not know is printed as the schedule prints it.
 */
@Component("tariffUnits")
public class TariffUnits {

    private final MessageSource bundles;

    TariffUnits(MessageSource bundles) {
        this.bundles = bundles;
    }

    /** The unit's name in the request's language; blank or unknown units as given. */
    public String name(String printed) {
        return name(printed, LocaleContextHolder.getLocale());
    }

    String name(String printed, Locale locale) {
        if (printed == null || printed.isBlank() || !UnitOfMeasure.isKnown(printed)) {
            return printed;
        }
        // a unit the line gives in Chinese (輛, 台) is already the Chinese reader's word for it: kept, not made 個, the name of
        // the dimension's base unit (acceptance review t1fixG 5)
        if (locale != null && "zh".equals(locale.getLanguage()) && printed.codePoints().anyMatch(
                c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return printed.strip();
        }
        UnitOfMeasure unit = UnitOfMeasure.parse(printed);
        return bundles.getMessage("tariff.unit.name." + unit.name(), null, unit.symbol(), locale);
    }

    /** True when {@link #name} prints the unit in the reader's language, not as the (English) schedule prints it. */
    public boolean named(String printed) {
        return printed != null && !printed.isBlank() && UnitOfMeasure.isKnown(printed);
    }
}
