package org.tradedesk.taxes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradedesk.taxes.domain.Requests.d;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.HsCode;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxRequestLine.DutyOptionRequest;
import org.tradedesk.taxes.TaxResult;

/**
 * Issue 11: with a duty option on every line the calculation grew with the square of the lines (each
 * option re-ran the whole invoice). The work is counted, not timed: every look-up of a line's measures
 * in the tariff catalogue is one line evaluated. Linear means four times the lines cost about four
 * times the look-ups (before the fix: 100 lines 10,100 look-ups, 400 lines 160,400, sixteen times).
 * And the option figures are the ones a whole re-run gives (the oracle here is the engine itself, asked
 * for the request with that line switched to that option).
 */
class OptionComparisonScalingTest {

    /** A catalogue that counts its look-ups: duty 5 % for every code, one FTA option at Free. */
    static final class CountingTariff implements TariffMeasureSource {
        final AtomicLong finds = new AtomicLong();

        @Override
        public Optional<TariffMeasures> find(String jurisdiction, HsCode tariffCode, CountryCode origin, LocalDate date) {
            finds.incrementAndGet();
            return Optional.of(new TariffMeasures("test " + tariffCode.digits(), Map.of("duty", "5%"),
                    List.of(new Option("FTA", "FTA", "Free", null))));
        }
    }

    private static TaxRequest request(String jurisdiction, String currency, int lines, boolean requestOption) {
        List<TaxRequestLine> list = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            List<DutyOptionRequest> options = requestOption
                    ? List.of(new DutyOptionRequest("OWN", "own claim", i % 3 == 0 ? "1%" : "7%", null)) : List.of();
            list.add(new TaxRequestLine("goods " + i, "84713000", "JP", d(String.valueOf((100 + i * 7) * (jurisdiction.equals("TW") ? 3000 : 1)) + ".35"), null, null, null, null,
                    null, null, null, i % 5 == 0 ? "FTA" : null, Map.of(), options));
        }
        return new TaxRequest(jurisdiction, Requests.DATE, currency, Incoterm.FOB, null, null, null, null, null, null, null, null, list);
    }

    private static long looksUps(int lines) {
        CountingTariff tariff = new CountingTariff();
        new TaxEngine(ExchangeRateTable.EMPTY, tariff).calculate(request("AU", "AUD", lines, true), Requests.chain("AU"));
        return tariff.finds.get();
    }

    @Test
    void theWorkGrowsWithLinesTimesOptionsNotWithTheSquareOfTheLines() {
        long small = looksUps(100);
        long large = looksUps(400);

        // each line once for the run as asked, then once per option it is not already under (two of three)
        assertThat(small).isLessThanOrEqualTo(100 * 3);
        assertThat((double) large / small).isBetween(3.5, 4.5);
    }

    @Test
    void eachOptionsFiguresAreThoseOfTheWholeCalculationRunAgainWithIt() {
        for (String[] j : new String[][] {{"AU", "AUD"}, {"TW", "TWD"}}) {
            TaxEngine engine = new TaxEngine(ExchangeRateTable.EMPTY, new CountingTariff());
            ChainDefinition chain = Requests.chain(j[0]);
            TaxRequest request = request(j[0], j[1], 12, true);
            TaxResult result = engine.calculate(request, chain);
            if (j[0].equals("TW")) {
                // the shipment's 推廣貿易服務費 is charged and moves with each option
                assertThat(result.steps()).anyMatch(s -> s.line() == null && s.amount().signum() > 0);
            }

            assertThat(result.options()).hasSize(12 * 3);
            for (TaxResult.DutyOption o : result.options()) {
                List<TaxRequestLine> lines = new ArrayList<>(request.lines());
                lines.set(o.line() - 1, lines.get(o.line() - 1).withScheme(o.scheme()));
                TaxResult whole = engine.calculate(request.withLines(lines), chain);
                assertThat(o.total()).as("%s line %d %s", j[0], o.line(), o.scheme()).isEqualTo(whole.total());
                assertThat(o.dutyAmount()).isEqualTo(whole.lines().get(o.line() - 1).taxes().getOrDefault("DUTY", java.math.BigDecimal.ZERO));
                assertThat(o.duty()).isEqualTo(whole.steps().stream()
                        .filter(s -> s.line() != null && s.line() == o.line() && s.code().equals("DUTY"))
                        .map(TaxResult.TaxStep::rate).findFirst().orElse(null));
            }
        }
    }

    @Test
    void aRequestComparingMoreThanFortyThousandOptionRowsIsRefusedBeforeAnyOptionRuns() {
        CountingTariff tariff = new CountingTariff();
        // 13,334 lines x (general, FTA, OWN) = 40,002 rows
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TaxEngine(ExchangeRateTable.EMPTY, tariff)
                        .calculate(request("AU", "AUD", 13_334, true), Requests.chain("AU")))
                .isInstanceOf(org.tradedesk.taxes.TaxInputInvalid.class).hasMessageContaining("40000");
        assertThat(tariff.finds.get()).isEqualTo(13_334);
    }
}
