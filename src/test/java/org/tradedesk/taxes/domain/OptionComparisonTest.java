package org.tradedesk.taxes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradedesk.taxes.domain.Requests.d;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxRequestLine.DutyOptionRequest;
import org.tradedesk.taxes.TaxResult;

class OptionComparisonTest {

    private static final TaxEngine ENGINE = new TaxEngine(ExchangeRateTable.EMPTY, null);

    /** A car from Japan that may claim CPTPP (Free) and wipes that may claim a TCO (Free); both 5 % otherwise. */
    private static TaxRequest carAndWipes() {
        TaxRequestLine car = new TaxRequestLine("car", "87032310", "JP", d("50000"), null, null, null, null, null, null, null, null,
                Map.of("duty", "5%"), List.of(new DutyOptionRequest("CPTPP", "CPTPP", "Free", "CPTPP proof of origin")));
        TaxRequestLine wipes = new TaxRequestLine("wipes", "34011900", "KR", d("12000"), null, null, null, null, null, null, null, null,
                Map.of("duty", "5%"), List.of(DutyOptionRequest.concession("TCO", "1864894")));
        return new TaxRequest("AU", Requests.DATE, "AUD", Incoterm.FOB, null, null, null, null, null, null, null, null, List.of(car, wipes));
    }

    private static TaxResult calculate(TaxRequest request) {
        return ENGINE.calculate(request, Requests.chain("AU"));
    }

    @Test
    void eachLinesOptionIsTheWholeCalculationRunWithItAndTheCheapestIsFlagged() {
        // by hand, GST 10 % on value + duty (LCT: 57,750 is under the threshold):
        // general: duty 2,500 + 600, GST 5,250 + 1,260 = 9,610; the car under CPTPP: duty 600, GST 5,000 + 1,260 = 6,860
        TaxResult r = calculate(carAndWipes());

        assertThat(r.total()).isEqualByComparingTo("9610");
        TaxResult.DutyOption cptpp = r.options().stream().filter(o -> o.line() == 1 && o.scheme().equals("CPTPP")).findFirst().orElseThrow();
        assertThat(cptpp.total()).isEqualByComparingTo("6860");
        assertThat(cptpp.saving()).isEqualByComparingTo("2750");
        assertThat(cptpp.cheapest()).isTrue();
        assertThat(r.options()).filteredOn(o -> o.line() == 1 && o.scheme().equals("GENERAL"))
                .singleElement().satisfies(o -> assertThat(o.selected()).isTrue());
    }

    @Test
    void theDocumentsCompareEverySchemeAndTheCombinationAndRecommendTheCheapest() {
        // CPTPP alone: 6,860; TCO alone: duty 2,500, GST 5,250 + 1,200 = 8,950; both: GST 5,000 + 1,200 = 6,200
        TaxRequest request = carAndWipes();
        TaxResult saved = calculate(request);

        OptionComparison.Comparison c = OptionComparison.compare(request, saved, OptionComparisonTest::calculate);

        assertThat(c.scenarios()).extracting(OptionComparison.Scenario::code)
                .containsExactly("GENERAL", "CPTPP", "TCO", OptionComparison.COMBINATION);
        assertThat(c.scenarios()).extracting(s -> s.result().total().stripTrailingZeros().toPlainString())
                .containsExactly("9610", "6860", "8950", "6200");
        assertThat(c.best().code()).isEqualTo(OptionComparison.COMBINATION);
        assertThat(OptionComparison.schemesOf(c.best().result())).containsExactly("CPTPP", "TCO");
        assertThat(OptionComparison.allGeneral(request, c.scenarios(), OptionComparisonTest::calculate).total()).isEqualByComparingTo("9610");
    }

    @Test
    void noCombinationWhenOneSchemeAlreadyIsEveryLinesCheapest() {
        TaxRequestLine car = carAndWipes().lines().get(0);
        TaxRequest request = new TaxRequest("AU", Requests.DATE, "AUD", Incoterm.FOB, null, null, null, null, null, null, null, null,
                List.of(car));

        OptionComparison.Comparison c = OptionComparison.compare(request, calculate(request), OptionComparisonTest::calculate);

        assertThat(c.scenarios()).extracting(OptionComparison.Scenario::code).containsExactly("GENERAL", "CPTPP");
        assertThat(c.best().code()).isEqualTo("CPTPP");
    }
}
