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
        // the rate given in the request, also a fixed form, reads in the reader's language
        assertThat(EngineTexts.zh(result.dataVersions().get("exchangeRate.USD"))).isEqualTo("1 USD 兌 32.15 TWD（申請所列）");
        assertThat(EngineTexts.en(result.dataVersions().get("exchangeRate.USD"))).isEqualTo("32.15 TWD per USD (given in the request)");
    }

    @Test
    void oldRateAndReliefTextsReadInTheReadersLanguageAndOtherTextsAsStored() {
        CalculationStore store = new CalculationStore(null, json);
        TaxResult result = store.result("""
                {"jurisdiction":"AU","date":"2026-03-05","currency":"AUD","customsValue":2000,"transportAndInsurance":0,
                 "lines":[],"taxes":[],"total":100,"totalDisplay":100,"options":[],"steps":[],"notes":[],
                 "dataVersions":{"exchangeRate.USD":"0.91 USD per AUD (given in the request)",
                   "exchangeRate.NZD":"1.1 NZD per AUD (RBA [rate table row 12], effective 2026-03-02)",
                   "exchangeRate.JPY":"95.5 JPY per AUD (ABF, effective 2026-03-02 to 2026-03-08)",
                   "exchangeRate.EUR":"0.6 EUR per AUD (typed by hand)",
                   "draught.line1":"beer draught rate from 2025-02-01 (UK-2026.1, HMRC Notice 226)",
                   "spr.line2":"cider lookup table from 2025-02-01 (UK-2026.1, HMRC SPR table)",
                   "tariff.line1":"AU 2204.21.10 — tariff data version 3"}}""");
        var v = result.dataVersions();
        assertThat(EngineTexts.zh(v.get("exchangeRate.USD"))).isEqualTo("1 AUD 兌 0.91 USD（申請所列）");
        assertThat(EngineTexts.zh(v.get("exchangeRate.NZD"))).isEqualTo("1 AUD 兌 1.1 NZD（RBA，第 12 列，2026/03/02 起生效）");
        assertThat(EngineTexts.en(v.get("exchangeRate.NZD"))).isEqualTo("1.1 NZD per AUD (RBA, row 12, effective 2 Mar 2026)");
        assertThat(EngineTexts.zh(v.get("exchangeRate.JPY"))).isEqualTo("1 AUD 兌 95.5 JPY（ABF，2026/03/02 至 2026/03/08 生效）");
        assertThat(EngineTexts.zh(v.get("exchangeRate.EUR"))).isEqualTo("1 AUD 兌 0.6 EUR（typed by hand）");
        assertThat(EngineTexts.zh(v.get("draught.line1"))).isEqualTo("英國稅務海關總署（HMRC）自 2025/02/01 起適用之「beer」桶裝稅率（稅費計算定義 UK-2026.1；HMRC Notice 226）");
        assertThat(EngineTexts.en(v.get("spr.line2"))).isEqualTo("HMRC Small Producer Relief lookup table \"cider\" in force from 1 Feb 2025 (tax chain UK-2026.1; HMRC SPR table)");
        assertThat(EngineTexts.zh(v.get("tariff.line1"))).as("not a fixed form: as stored").isEqualTo("AU 2204.21.10 — tariff data version 3");
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
