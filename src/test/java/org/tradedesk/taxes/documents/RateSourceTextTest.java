package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.EffectivePeriod;
import org.tradedesk.taxes.EngineTexts;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.domain.ExchangeRate;

/**
 * Where an exchange rate comes from is data (the publisher's source and the rate-table row) that the letter and the
 * worksheet print in the reader's language: no English "[rate table row N]" in a zh-TW document.
 */
class RateSourceTextTest {

    private static final ExchangeRate TABLE_ROW = new ExchangeRate("TW", CurrencyCode.USD, CurrencyCode.TWD, new BigDecimal("32.15"),
            ExchangeRate.Quotation.LOCAL_PER_FOREIGN, new EffectivePeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10)),
            "關務署 進口報關匯率", 41L);

    @Test
    void aDraughtRateTheLineUsedIsADataVersionInTheReadersLanguage() {
        org.tradedesk.shared.MessageText draught = org.tradedesk.shared.MessageText.of("taxes.dataVersion.draught",
                org.tradedesk.shared.MessageText.Arg.literal("beer"), org.tradedesk.shared.MessageText.Arg.date(LocalDate.of(2026, 2, 1)),
                org.tradedesk.shared.MessageText.Arg.literal("UK-2026.1"), org.tradedesk.shared.MessageText.Arg.literal("gov.uk"),
                org.tradedesk.shared.MessageText.Arg.literal("BEER"));
        TaxDocument.DataVersion printed = TaxResultDocuments.dataVersion("draught.line2", draught, LocalDate.of(2026, 3, 2));
        assertThat(EngineTexts.zh(printed.label())).isEqualTo("發票第 2 項之桶裝稅率");
        assertThat(EngineTexts.en(printed.label())).isEqualTo("Draught rate of invoice line 2");
        assertThat(EngineTexts.zh(printed.versionText())).startsWith("英國稅務海關總署（HMRC）自 2026/02/01 起適用之「beer」桶裝稅率");
        assertThat(printed.effectiveFrom()).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void aTableRateNamesItsSourceAndRowInEachLanguage() {
        TaxResult.DataSource source = new TaxResult.DataSource(TaxResult.DataSource.EXCHANGE_RATE, "USD", null,
                TABLE_ROW.period().from(), TABLE_ROW.period().to(), TABLE_ROW.source(), TABLE_ROW.rate(), TABLE_ROW.quotation().name(),
                false, null, TABLE_ROW.sourceText());
        TaxDocument.DataVersion printed = TaxResultDocuments.dataVersion(source, "TWD");
        assertThat(EngineTexts.zh(printed.sourceText())).isEqualTo("匯率表：關務署 進口報關匯率，第 41 列");
        assertThat(EngineTexts.en(printed.sourceText())).isEqualTo("rate table: 關務署 進口報關匯率, row 41");
        assertThat(printed.version()).isEqualTo("1 USD = 32.15 TWD");
        assertThat(printed.effectiveFrom()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aRateWithoutARowPrintsItsSourceAsGiven() {
        ExchangeRate typed = new ExchangeRate("TW", CurrencyCode.USD, CurrencyCode.TWD, BigDecimal.TEN,
                ExchangeRate.Quotation.LOCAL_PER_FOREIGN, new EffectivePeriod(LocalDate.of(2026, 3, 1), null), "file");
        // no row: the source as given, in either language, with no "rate table … row" wording around it
        assertThat(EngineTexts.zh(typed.sourceText())).isEqualTo("file");
        assertThat(EngineTexts.en(typed.sourceText())).isEqualTo("file");
    }
}
