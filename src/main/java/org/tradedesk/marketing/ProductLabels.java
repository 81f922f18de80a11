package org.tradedesk.marketing;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.tradedesk.shared.HsCode;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;
import org.tradedesk.tariff.TariffItemDetail;
import org.tradedesk.tariff.TariffLine;

/**
 * The campaign's product as a reader knows it: the HS code dotted ({@code 090230} → {@code 0902.30}) and, where the
 * tariff catalogue holds the line (the schedule of the campaign's market when the desk keeps it — Australia, Taiwan —
 * else Taiwan's), its description in the reader's language: {@code 0902.30 Black tea …}. Without a catalogue line, the
 * dotted code alone.
 */
@Component
public class ProductLabels {

    private final TariffCatalogue catalogue;

    ProductLabels(TariffCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** {@code 090230} → {@code 0902.30}; a text that is no HS code as it is. */
    public static String dotted(String product) {
        try {
            return HsCode.of(product).dotted();
        } catch (RuntimeException e) {
            return product == null ? "" : product;
        }
    }

    /** The market as the reader names it (AU → 澳洲 / Australia), as markets and taxes print a country; an unknown code as it is. */
    public static String market(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return org.tradedesk.shared.CountryCode.displayName(code.strip(), locale);
    }

    public String label(String market, String product, Locale locale) {
        String dotted = dotted(product);
        boolean zh = locale != null && locale.getLanguage().equals("zh");
        // the market's schedule where the desk keeps it, then Taiwan's (README): a line AU lacks is described from TW
        for (Jurisdiction j : "AU".equals(market) ? List.of(Jurisdiction.AU, Jurisdiction.TW) : List.of(Jurisdiction.TW)) {
            try {
                String d = describe(catalogue.item(j, HsCode.digitsOf(product)), zh);
                if (d != null) {
                    return dotted + " " + d;
                }
            } catch (RuntimeException e) {
                // no active schedule, or no such line in it: the next schedule, else the code alone
            }
        }
        return dotted;
    }

    /**
     * The line's text without the schedule's level dashes ("-- In containers holding 2 L or less"); a line below its
     * heading is told with the heading's text first, so it reads on its own: "Wine of fresh grapes … — In containers …".
     */
    static String describe(TariffItemDetail item, boolean zh) {
        String own = text(item.line(), zh);
        if (own == null) {
            return null;
        }
        boolean nested = DASHES.matcher(own).lookingAt();
        String plain = DASHES.matcher(own).replaceFirst("").strip();
        if (!nested || item.line().code().length() <= 4) {
            return plain.isEmpty() ? null : plain;
        }
        String heading = item.hierarchy().stream().filter(l -> l.code().length() == 4).findFirst().map(l -> text(l, zh))
                .map(h -> DASHES.matcher(h).replaceFirst("").strip()).orElse(null);
        if (heading == null || heading.isEmpty() || heading.equals(plain)) {
            return plain.isEmpty() ? heading : plain;
        }
        return plain.isEmpty() ? heading : heading + (zh ? "—" : " — ") + plain;
    }

    private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("^[\\s\\-－–—]+");

    private static String text(TariffLine line, boolean zh) {
        if (line == null) {
            return null;
        }
        String d = zh && line.descriptionZh() != null && !line.descriptionZh().isBlank() ? line.descriptionZh() : line.descriptionEn();
        return d == null || d.isBlank() ? null : d.strip();
    }
}
