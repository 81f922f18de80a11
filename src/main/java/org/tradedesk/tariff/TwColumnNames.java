package org.tradedesk.tariff;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * Taiwan's tariff columns (關稅法 第5條: 第一欄 / 第二欄 / 第三欄) named in the reader's language (issue 6). The import
 * stores the column in the measure's scheme ("第一欄 column I") and source ("column II"); those stored texts stay as
 * they are and are mapped here, at read time, to {@code tariff.tw-column.scheme.*} / {@code tariff.tw-column.source.*}.
 */
public final class TwColumnNames {

    private static final Map<String, String> SCHEMES = Map.of("第一欄 column I", "I", "第三欄 column III", "III");
    private static final Map<String, String> SOURCES = Map.of("column I", "I", "column II", "II", "column III", "III");

    /**
     * The scheme code integrations key on, whatever the language the scheme is named in (t1fixM minor 4: the API's {@code scheme}
     * was 「第一欄 column I」 in English too): the stored name and the names {@code tariff.tw-column.scheme.*} gives in each
     * language map to {@code TW_COLUMN_I} / {@code TW_COLUMN_III}; any other scheme is its own code.
     */
    private static final Map<String, String> CODES = Map.of("第一欄 column I", "TW_COLUMN_I", "第一欄", "TW_COLUMN_I", "Column I",
            "TW_COLUMN_I", "第三欄 column III", "TW_COLUMN_III", "第三欄", "TW_COLUMN_III", "Column III", "TW_COLUMN_III");

    private TwColumnNames() {
    }

    /** The scheme's code for machines: {@code TW_COLUMN_I} for 「第一欄」 / "Column I", else the scheme itself. */
    public static String code(String scheme) {
        return scheme == null ? null : CODES.getOrDefault(scheme, scheme);
    }

    /** The measure with its column names in the reader's language; any other measure unchanged. */
    public static TariffMeasure localized(TariffMeasure m, MessageSource messages, Locale locale) {
        String scheme = name(SCHEMES, "tariff.tw-column.scheme.", m.scheme(), messages, locale);
        String source = name(SOURCES, "tariff.tw-column.source.", m.source(), messages, locale);
        if (java.util.Objects.equals(scheme, m.scheme()) && java.util.Objects.equals(source, m.source())) {
            return m;
        }
        return new TariffMeasure(m.type(), scheme, m.partner(), m.validFrom(), m.validTo(), m.expression(),
                m.originalText(), source, m.parties(), m.partiesUnstated());
    }

    public static List<TariffMeasure> localized(List<TariffMeasure> measures, MessageSource messages, Locale locale) {
        return measures.stream().map(m -> localized(m, messages, locale)).toList();
    }

    private static String name(Map<String, String> known, String prefix, String stored, MessageSource messages, Locale locale) {
        String column = stored == null ? null : known.get(stored);
        return column == null ? stored : messages.getMessage(prefix + column, null, stored, locale);
    }
}
