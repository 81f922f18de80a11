package org.tradedesk.taxes.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The exchange-rate file in the encodings a desk saves it in. Issue 6: the hand-written reader took
 * every file as UTF-8 (a Big5 source column became mojibake) and split quoted cells at their commas.
 */
class ExchangeRateCsvTest {

    static final String HEADER = "jurisdiction,currency,local_currency,rate,quotation,valid_from,valid_to,source\r\n";

    @Test
    void aBig5FileKeepsItsChineseSourceAndSaysItWasDetected() {
        String csv = HEADER + "TW,USD,TWD,30.125,LOCAL_PER_FOREIGN,2026-01-01,2026-01-10,財政部關務署公告之報關適用外幣匯率（一月上旬）\r\n"
                + "TW,JPY,TWD,0.2031,LOCAL_PER_FOREIGN,2026-01-01,2026-01-10,財政部關務署公告之報關適用外幣匯率（一月上旬）\r\n";
        ExchangeRateCsv.Parsed parsed = ExchangeRateCsv.read(csv.getBytes(Charset.forName("Big5")));
        assertThat(parsed.encoding()).isEqualTo("Big5");
        assertThat(parsed.rates()).hasSize(2);
        assertThat(parsed.rates().get(0).source()).isEqualTo("財政部關務署公告之報關適用外幣匯率（一月上旬）");
    }

    @Test
    void aUtf16FileWithItsMarkAndAQuotedSourceWithACommaAreRead() {
        String csv = HEADER + "AU,USD,AUD,0.6512,FOREIGN_PER_LOCAL,2026-01-01,,\"ABF, rates of exchange 1 January 2026\"\r\n";
        byte[] bytes = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_16LE);
        ExchangeRateCsv.Parsed parsed = ExchangeRateCsv.read(bytes);
        assertThat(parsed.encoding()).isEqualTo("UTF-16LE (BOM)");
        assertThat(parsed.rates()).singleElement().satisfies(r -> assertThat(r.source()).isEqualTo("ABF, rates of exchange 1 January 2026"));
    }

    @Test
    void aBadRowStillNamesItsLineAndColumn() {
        String csv = HEADER + "AU,CAD,AUD,0.9,FOREIGN_PER_LOCAL,2026-01-01,,ok\n" + "AU,CAD,AUD,abc,FOREIGN_PER_LOCAL,2026-02-01,,bad\n";
        assertThatThrownBy(() -> ExchangeRateCsv.read(csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ExchangeRateCsv.Invalid.class).hasMessageContaining("line 3, column rate");
    }

    @Test
    void aRateTooLongForItsColumnIsARowError() {
        String csv = HEADER + "AU,CAD,AUD,1234567890123456789012345678901234567890,FOREIGN_PER_LOCAL,2026-01-01,,x\n";
        assertThatThrownBy(() -> ExchangeRateCsv.read(csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ExchangeRateCsv.Invalid.class).hasMessageContaining("line 2, column rate: at most 14 digits");
    }

    @Test
    void validityDatesKeepTheBoundsOfEveryDateField() {
        String csv = HEADER + "AU,CAD,AUD,0.9,FOREIGN_PER_LOCAL,9999-12-01,9999-12-31,x\n" + "AU,CAD,AUD,0.9,FOREIGN_PER_LOCAL,2026-01-01,2100-12-31,x\n";
        assertThatThrownBy(() -> ExchangeRateCsv.read(csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ExchangeRateCsv.Invalid.class, e -> {
                    // both dates of line 2 are out of bounds, and each is said (review r-t1b 12)
                    assertThat(e.errors()).hasSize(2);
                    assertThat(e).hasMessageContaining("line 2, column valid_from: a date from 1900-01-01 to 2100-12-31")
                            .hasMessageContaining("line 2, column valid_to: a date from 1900-01-01 to 2100-12-31");
                });
    }

    @Test
    void aRowWithThreeFaultsNamesEachOfThem() {
        // review r-t1b 12: only the first fault of a row was reported
        String csv = HEADER + "AU,XX1,AUD,abc,FOREIGN_PER_LOCAL,2026-01-01,,\n";
        assertThatThrownBy(() -> ExchangeRateCsv.read(csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ExchangeRateCsv.Invalid.class, e -> {
                    assertThat(e.errors()).hasSize(3);
                    assertThat(e).hasMessageContaining("line 2, column currency").hasMessageContaining("line 2, column rate")
                            .hasMessageContaining("line 2, column source");
                });
    }

    /** t1fixM minor 7: a blank rate cell read 「「」不是數字」; it is said to be blank, with its row and column. */
    @Test
    void aBlankCellIsSaidToBeBlankWithItsRowAndColumn() {
        String csv = HEADER + "AU,CAD,AUD,,FOREIGN_PER_LOCAL,,,x\n";
        assertThatThrownBy(() -> ExchangeRateCsv.read(csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ExchangeRateCsv.Invalid.class, e -> {
                    assertThat(e.errors()).extracting(m -> m.args().get(2).message().code())
                            .containsExactly("taxes.rates.import.expected.blankNumber", "taxes.rates.import.expected.blankDate");
                    assertThat(e).hasMessageContaining("line 2, column rate: blank").hasMessageContaining("line 2, column valid_from: blank");
                });
    }
}
