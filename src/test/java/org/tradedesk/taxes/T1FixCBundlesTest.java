package org.tradedesk.taxes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Re-review r-t1b 7: zh-TW spacing and punctuation around names embedded in Chinese, and one name for one tax. */
class T1FixCBundlesTest {

    private static Properties zh(String module) throws Exception {
        Properties p = new Properties();
        try (var in = new InputStreamReader(T1FixCBundlesTest.class.getResourceAsStream("/i18n/" + module + "_zh_TW.properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void aListOrScheduleNamedInChineseIsNotSetOffBySpaces() throws Exception {
        Properties tariff = zh("tariff");
        for (String key : new String[] {"not-listed", "not-yet", "ended", "listed", "listed-from"}) {
            assertThat(tariff.getProperty("tariff.eligibility." + key)).as(key).doesNotContain(" {1} ").doesNotContain("於 {1}");
        }
        Properties taxes = zh("taxes");
        assertThat(taxes.getProperty("taxes.option.label.fta-free")).contains("未列於{2}");
        assertThat(taxes.getProperty("taxes.documents.label.withCurrency")).isEqualTo("{0}（{1}）");
        assertThat(taxes.getProperty("taxes.page.batch.columns.lead")).isEqualTo("欄位：");
        // a reason ends in 「。」: what follows it is not joined by 「；」
        assertThat(taxes.getProperty("taxes.source.tariff-line.with-lists")).doesNotContain("；");
    }

    @Test
    void theWineEqualisationTaxHasOneChineseName() throws Exception {
        for (String module : new String[] {"taxes", "tariff", "clearance", "markets"}) {
            zh(module).forEach((k, v) -> assertThat((String) v).as(module + ":" + k).doesNotContain("均衡稅"));
        }
    }
}
