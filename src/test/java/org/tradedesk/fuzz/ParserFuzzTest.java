package org.tradedesk.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.tradedesk.platform.importing.CsvTable;
import org.tradedesk.shared.TradedeskException;
import org.tradedesk.shared.duty.DutyExpression;
import org.tradedesk.taxes.importing.ExchangeRateCsv;

/**
 * The fuzz suite's parsers (issue 11): each mutated input is read or refused with the product's own
 * error (a TradedeskException with a message code, or the reader's named error), never another
 * exception, within a time budget. Fixed seed: see {@link Mutations}.
 */
class ParserFuzzTest {

    static final long BUDGET_MS = 2_000;

    static final String[] DUTIES = {"5%", "Free", "35.10 EUR/100 kg", "25 AUD/1000", "107.99 AUD/LAL",
        "43.39 AUD/LAL ABOVE 1.15 %vol", "13.8% MIN 13 GBP/100 kg MAX 15 GBP/100 kg - 7 GBP/100 kg",
        "16.5% retail price + 316.70 GBP/1000 MIN 422.80 GBP/1000", "12% + 30 EUR/100 kg", "MAX(10%, 20 TWD/kg)",
        "10% OR 20 TWD/kg HIGHER", "MIN(5%, 3 AUD/kg)", "0.30 GBP/100 kg/% sucrose", "0.45 AUD/100 kg/% TSS"};

    static final String RATES = "jurisdiction,currency,local_currency,rate,quotation,valid_from,valid_to,source\r\n"
            + "AU,USD,AUD,0.6512,FOREIGN_PER_LOCAL,2026-01-01,,\"ABF, rates of exchange 1 January 2026\"\r\n"
            + "TW,USD,TWD,30.125,LOCAL_PER_FOREIGN,2026-01-01,2026-01-10,財政部關務署\r\n";

    /** Runs one case: its own errors are fine, anything else (or too long a run) fails with the input named. */
    static void survives(String what, Object input, Supplier<?> parse, Class<? extends RuntimeException> named) {
        long start = System.nanoTime();
        try {
            parse.get();
        } catch (TradedeskException refused) {
            assertThat(refused.messageCode()).as(what).isNotBlank();
        } catch (RuntimeException e) {
            if (named == null || !named.isInstance(e)) {
                throw new AssertionError(what + " threw " + e + " for input: " + shown(input), e);
            }
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as(what + " time for " + shown(input)).isLessThan(BUDGET_MS);
    }

    static String shown(Object input) {
        String s = input instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(input);
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    @Test
    void dutyExpressions() {
        Mutations m = new Mutations(Mutations.SEED);
        for (int i = 0; i < Mutations.cases(3_000); i++) {
            String text = m.text(m.pick(DUTIES));
            survives("duty expression", text, () -> DutyExpression.parse(text), null);
        }
    }

    @Test
    void csvTables() {
        Mutations m = new Mutations(Mutations.SEED + 1);
        for (int i = 0; i < Mutations.cases(1_000); i++) {
            byte[] bytes = m.bytes(RATES.getBytes(StandardCharsets.UTF_8));
            survives("CSV", bytes, () -> CsvTable.read(bytes), CsvTable.Malformed.class);
        }
    }

    @Test
    void exchangeRateFiles() {
        Mutations m = new Mutations(Mutations.SEED + 2);
        for (int i = 0; i < Mutations.cases(1_000); i++) {
            byte[] bytes = m.bytes(RATES.getBytes(StandardCharsets.UTF_8));
            survives("exchange-rate file", bytes, () -> ExchangeRateCsv.read(bytes), null);
        }
    }

    @Test
    void exchangeRateRowsTheStorageCannotHoldAreRowErrorsInOurWords() {
        String header = RATES.substring(0, RATES.indexOf("\r\n") + 2);
        for (String[] row : new String[][] {
            {"AU,USD,AUD,0.00000000001,FOREIGN_PER_LOCAL,2026-01-01,,x", "10 after it"},
            {"AU,USD,AUD,0,FOREIGN_PER_LOCAL,2026-01-01,,x", "more than 0"},
            {"AU,USD,AUD,123456789012345,FOREIGN_PER_LOCAL,2026-01-01,,x", "at most 14 digits"},
            {"AU,USD,AUD,0.65,X,2026-01-01,,x", "must be LOCAL_PER_FOREIGN or FOREIGN_PER_LOCAL"},
            {"AU,USD,AUD,0.65,FOREIGN_PER_LOCAL,2026-01-01,," + "s".repeat(301), "at most 300 characters"}}) {
            byte[] bytes = (header + row[0] + "\r\n").getBytes(StandardCharsets.UTF_8);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExchangeRateCsv.read(bytes))
                    .isInstanceOf(ExchangeRateCsv.Invalid.class).hasMessageContaining(row[1]).hasMessageNotContaining("enum");
        }
    }
}
