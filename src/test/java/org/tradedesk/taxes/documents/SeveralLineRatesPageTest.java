package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Review of T1 R5: a calculation whose lines pay a tax at different rates shows the rates joined on the result page; the
 * joined text was no duty expression, so the zh page showed {@code MAX(10%, 20 TWD/No); 5%} in English.
 */
class SeveralLineRatesPageTest extends T1ReviewTestSupport {

    static final String TW_TWO_RATES = """
            {"clientId":null,"request":{"jurisdiction":"TW","date":"2026-03-02","currency":"USD","incoterm":"FOB","exchangeRate":32.15,
             "freight":120,"insurance":15,
             "lines":[{"description":"Bluetooth speaker","tariffCode":"85182200","origin":"CN","value":2000,
                       "quantity":100,"unit":"No","measures":{"duty":"MAX(10%, 20 TWD/No)"}},
                      {"description":"Speaker parts","tariffCode":"85182200","origin":"CN","value":500,
                       "quantity":10,"unit":"No","measures":{"duty":"5%"}}]}}""";

    @Test
    void theZhPageShowsEachLinesRateInChinese() throws Exception {
        String id = saveCalculation(TW_TWO_RATES).get("id").asString();
        String zh = page(id, "zh-TW");
        assertThat(zh).contains("最高(10%, 20 TWD/個)；5%").doesNotContain("MAX(10%, 20 TWD/No)");
        assertThat(page(id, "en")).contains("MAX(10%, 20 TWD/No); 5%");
    }
}
