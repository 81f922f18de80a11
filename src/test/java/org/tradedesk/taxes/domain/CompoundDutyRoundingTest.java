package org.tradedesk.taxes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.definitions.ChainDefinitions;

/**
 * A compound duty (a sum, a floor or cap, "whichever is higher") is one amount of duty, rounded once by the rule the chain
 * states for its step, whichever of its terms decides the figure (t1fixK). The AU chain states (AU.json {@code
 * alcohol.perLalAmountRounding}, README "Rounding of a duty per litre of alcohol") that a line step whose rate charges per
 * litre of alcohol in any term is truncated to the cent, as the ATO's excise example prints 3.2 LAL x $57.79 = 184.928 as
 * $184.92; any other AU duty is rounded to the nearest cent. TW truncates each step to the whole NT$ (TW.json DUTY).
 *
 * <p>Figures worked by hand: 10 L at 40 %vol = 4.0 LAL; 4.0 x 12.3489 = 49.3956, truncated 49.39 (half up 49.40);
 * 5 % of 1,234.57 = 61.7285, truncated 61.72, half up 61.73; TW 20.5 x 3 kg = 61.5 → 61, 10 % of 1,234 = 123.4 → 123.
 */
class CompoundDutyRoundingTest {

    private static final ChainDefinitions CHAINS = ChainDefinitions.fromClasspath();
    private static final TaxEngine ENGINE = new TaxEngine(ExchangeRateTable.EMPTY, null);
    private static final LocalDate DATE = LocalDate.of(2025, 6, 1);

    private static BigDecimal auDuty(String value, String duty) {
        TaxRequestLine spirit = new TaxRequestLine("spirit 40 %vol", "22089000", "US", new BigDecimal(value), null, null, null,
                new BigDecimal("10"), new BigDecimal("40"), null, null, null, Map.of("duty", duty, "exciseEquivalent", "none"), null);
        TaxRequest r = new TaxRequest("AU", DATE, "AUD", Incoterm.FOB, null, null, null, null, null, null, null, null, List.of(spirit));
        return ENGINE.calculate(r, CHAINS.forJurisdiction("AU", DATE)).amountOf("DUTY");
    }

    private static TaxResult.TaxStep twDuty(String value, String duty) {
        TaxRequestLine pans = new TaxRequestLine("kitchenware", "73239300", "DE", new BigDecimal(value), null, null,
                new BigDecimal("3"), null, null, null, null, null, Map.of("duty", duty), null);
        TaxRequest r = new TaxRequest("TW", DATE, "TWD", Incoterm.CIF, null, null, null, null, null, null, null, null, List.of(pans));
        return ENGINE.calculate(r, CHAINS.forJurisdiction("TW", DATE)).steps().stream().filter(s -> s.code().equals("DUTY"))
                .findFirst().orElseThrow();
    }

    @Test
    void anAustralianDutyWithATermPerLitreOfAlcoholIsTruncatedWhicheverFormCarriesIt() {
        // the specific rate alone, as a floor, as the higher of two and as a sum: one figure, truncated
        assertThat(auDuty("100", "12.3489 AUD/LAL")).isEqualByComparingTo("49.39");
        assertThat(auDuty("100", "5% MIN 12.3489 AUD/LAL")).isEqualByComparingTo("49.39");
        assertThat(auDuty("100", "MAX(5%, 12.3489 AUD/LAL)")).isEqualByComparingTo("49.39");
        assertThat(auDuty("0", "0% + 12.3489 AUD/LAL")).isEqualByComparingTo("49.39");
        // the rule reaches the whole expression, as the chain states ("any term"): the ad valorem alternative that wins a MAX
        // with a per-LAL alternative is truncated too, while the same rate alone is rounded half up
        assertThat(auDuty("1234.57", "MAX(5%, 12.3489 AUD/LAL)")).isEqualByComparingTo("61.72");
        assertThat(auDuty("1234.57", "5%")).isEqualByComparingTo("61.73");
    }

    @Test
    void aTaiwaneseCompoundDutyIsTruncatedToTheDollarOnceWhicheverTermDecides() {
        TaxResult.TaxStep specificWins = twDuty("500", "MAX(10%, 20.5 TWD/kg)");
        assertThat(specificWins.amountExact()).isEqualByComparingTo("61.5");
        assertThat(specificWins.amount()).isEqualByComparingTo("61");
        assertThat(twDuty("1234", "MAX(10%, 20.5 TWD/kg)").amount()).isEqualByComparingTo("123");
        assertThat(twDuty("500", "10% MIN 20.5 TWD/kg").amount()).isEqualByComparingTo("61");
    }
}
