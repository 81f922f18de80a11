package org.tradedesk.marketing;

import java.util.Locale;
import org.springframework.stereotype.Component;
import org.tradedesk.shared.HsCode;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;
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

    public String label(String market, String product, Locale locale) {
        String dotted = dotted(product);
        Jurisdiction j = "AU".equals(market) ? Jurisdiction.AU : Jurisdiction.TW;
        try {
            TariffLine line = catalogue.item(j, HsCode.digitsOf(product)).line();
            boolean zh = locale != null && locale.getLanguage().equals("zh");
            String d = zh && line.descriptionZh() != null && !line.descriptionZh().isBlank() ? line.descriptionZh() : line.descriptionEn();
            return d == null || d.isBlank() ? dotted : dotted + " " + d.strip();
        } catch (RuntimeException e) {
            // no active schedule, or no such line in it: the code alone
            return dotted;
        }
    }
}
