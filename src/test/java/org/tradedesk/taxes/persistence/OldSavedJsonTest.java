package org.tradedesk.taxes.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tradedesk.taxes.EngineTexts;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxResult;
import tools.jackson.databind.json.JsonMapper;

/** Calculations saved before the invoice's number and date and the result's data sources were recorded still load. */
class OldSavedJsonTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aRequestWithoutInvoiceNumberOrDateLoadsWithNeither() {
        TaxRequest request = json.readValue("""
                {"jurisdiction":"TW","date":"2018-03-01","currency":"TWD","incoterm":"CIF",
                 "lines":[{"description":"BMW X5","value":742492,"measures":{"duty":"17.5%"}}]}""", TaxRequest.class);
        assertThat(request.invoiceNumber()).isNull();
        assertThat(request.invoiceDate()).isNull();
        assertThat(request.withLines(request.lines()).jurisdiction()).isEqualTo("TW");
        TaxRequest withInvoice = json.readValue("""
                {"jurisdiction":"TW","date":"2018-03-01","currency":"TWD","incoterm":"CIF","invoiceNumber":" INV-7 ",
                 "invoiceDate":"2018-02-12","lines":[{"description":"BMW X5","value":742492}]}""", TaxRequest.class);
        assertThat(withInvoice.invoiceNumber()).isEqualTo("INV-7");
        assertThat(withInvoice.withLines(withInvoice.lines()).invoiceDate()).hasToString("2018-02-12");
    }

    @Test
    void aResultWithoutSourcesLoadsWithNoneAndItsEnglishDataVersionsReadInTheReadersLanguageOrAsStored() {
        CalculationStore store = new CalculationStore(null, json);
        TaxResult result = store.result("""
                {"jurisdiction":"TW","date":"2018-03-01","currency":"TWD","customsValue":742492,"transportAndInsurance":0,
                 "lines":[],"taxes":[],"total":448667,"totalDisplay":448667,"options":[],"steps":[],
                 "dataVersions":{"chain":"TW TW-2018.1 (effective 2018-01-01)",
                   "exchangeRate.USD":"32.15 TWD per USD (given in the request)"},"notes":[]}""");
        assertThat(result.sources()).isEmpty();
        // the chain's version, a fixed form the engine wrote, is the message it stands for
        assertThat(EngineTexts.zh(result.dataVersions().get("chain"))).isEqualTo("TW 稅費計算定義 TW-2018.1（2018/01/01 起生效）");
        assertThat(EngineTexts.en(result.dataVersions().get("chain"))).startsWith("TW tax chain TW-2018.1 (effective ");
        // any other text shows as it was stored
        assertThat(EngineTexts.zh(result.dataVersions().get("exchangeRate.USD"))).isEqualTo("32.15 TWD per USD (given in the request)");
    }

    @Test
    void aRateSourceSavedAsEnglishTextReadsInTheReadersLanguage() {
        CalculationStore store = new CalculationStore(null, json);
        TaxResult result = store.result("""
                {"jurisdiction":"AU","date":"2026-01-05","currency":"AUD","customsValue":2000,"transportAndInsurance":0,
                 "lines":[],"taxes":[],"total":100,"totalDisplay":100,"options":[],"steps":[],"dataVersions":{},"notes":[],
                 "sources":[{"kind":"EXCHANGE_RATE","subject":"NZD","effectiveFrom":"2026-01-01","effectiveTo":"2026-01-31",
                   "publisher":"ABF test rate [rate table row 12]","rate":1.10,"quotation":"FOREIGN_PER_LOCAL","fromRequest":false},
                  {"kind":"EXCHANGE_RATE","subject":"USD","effectiveFrom":"2026-01-01",
                   "publisher":"typed by hand","rate":0.65,"quotation":"FOREIGN_PER_LOCAL","fromRequest":false}]}""");
        TaxResult.DataSource rate = result.sources().get(0);
        assertThat(rate.publisher()).isEqualTo("ABF test rate");
        assertThat(EngineTexts.en(rate.publisherMessage())).isEqualTo("ABF test rate, row 12");
        assertThat(EngineTexts.zh(rate.publisherMessage())).isEqualTo("ABF test rate，第 12 列");
        // any other stored text prints as it was written
        assertThat(EngineTexts.zh(result.sources().get(1).publisherMessage())).isEqualTo("typed by hand");
    }
}
