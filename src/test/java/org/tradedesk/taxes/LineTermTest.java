package org.tradedesk.taxes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * t1fixL 2: a calculation's line was 「第 N 行」 in field labels (problem details, the form's errors) and 「第 N 項」 in
 * notes, the letter and the page; clearance names an invoice's line 第 N 項. One term across T1: 項. A line of an uploaded
 * file (a rate table's row, the row an unclosed quote starts in) is not a calculation's line and keeps its own word.
 */
class LineTermTest {

    /** Messages about a line of an uploaded file, not a calculation's line. */
    private static final Set<String> FILE_ROWS = Set.of("taxes.batch.reason.csv-malformed", "taxes.batch.reason.too-many-rows",
            "taxes.rates.import.row", "taxes.rates.import.malformed", "taxes.rates.import.header", "taxes.rates.import.columns");

    @Test
    void aCalculationsLineIsXiangInEveryTaxesMessage() throws Exception {
        Properties zh = new Properties();
        try (var in = getClass().getResourceAsStream("/i18n/taxes_zh_TW.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> hang = new ArrayList<>();
        zh.stringPropertyNames().stream().filter(k -> !FILE_ROWS.contains(k)).sorted().forEach(k -> {
            String v = zh.getProperty(k);
            if (v.matches("(?s).*(第 \\{\\d}\\s*行|[本各每該]行|明細行|\\{\\d} 行).*")) {
                hang.add(k + "=" + v);
            }
        });
        assertThat(hang).isEmpty();
        assertThat(EngineTexts.zh(FieldLabel.of("lines[1].unit"))).isEqualTo("第 2 項 單位");
        assertThat(EngineTexts.zh(FieldLabel.of("lines[299]"))).isEqualTo("第 300 項");
    }
}
