package org.tradedesk.markets.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Against pandas on the real Comtrade portal file and a worked example of the WITS formulas
 * (reference/indicators.py; its printed outputs are the constants below).
 */
class TradeIndicatorsTest {

    private static final List<TradeIndicators.IndicatorRow> TABLE = TradeIndicators.table(RealFiles.portalExports(), "0");

    @Test
    void unitValueAndYoyGrowthPerReporterAndYearMatchPandas() {
        // CHN 2020: value=116989221967 netWgt=46250454.602 unitValue=2529.4718284118458 yoy=0.14579657621988562
        TradeIndicators.IndicatorRow chn2020 = row("CHN", 2020);
        assertThat(chn2020.unitValue().value()).isCloseTo(2529.4718284118458, within(1e-9));
        assertThat(chn2020.yoyGrowth().value()).isCloseTo(0.14579657621988562, within(1e-14));
        assertThat(chn2020.unitValue().formula()).isEqualTo("markets.stats.formula.unit-value");
        // KOR 2024: unitValue=6735.645428643981 yoy=0.39536664450549885
        assertThat(row("KOR", 2024).unitValue().value()).isCloseTo(6735.645428643981, within(1e-9));
        assertThat(row("KOR", 2024).yoyGrowth().value()).isCloseTo(0.39536664450549885, within(1e-14));
    }

    @Test
    void unitValueIsUndefinedWhereTheFileHasNoOrZeroWeight() {
        // USA 2013: netWgt=nan; USA 2020: netWgt=0.0 — pandas gives NaN for both
        assertThat(row("USA", 2013).unitValue().defined()).isFalse();
        assertThat(row("USA", 2020).unitValue().defined()).isFalse();
        assertThat(row("USA", 2020).unitValue().notes().get(0).code()).isEqualTo("markets.stats.unit-value.no-quantity");
        assertThat(row("USA", 2020).yoyGrowth().value()).isCloseTo(0.10257375714403572, within(1e-14));
        assertThat(row("USA", 2013).yoyGrowth().notes().get(0).code()).isEqualTo("markets.stats.yoy.no-previous");
    }

    @Test
    void concentrationOfTheThreeExportersMatchesPandas() {
        Map<String, Double> v2024 = new LinkedHashMap<>();
        RealFiles.portalExports().stream().filter(o -> o.year() == 2024).forEach(o -> v2024.put(o.reporter(), o.value()));
        Concentration c = TradeIndicators.concentration(v2024);
        // 2024 shares={'CHN': 0.4832462463986088, 'KOR': 0.36358084616067765, 'USA': 0.15317290744071352}
        //   hhi=0.38917990592710067 normalized=0.08376985889065101
        assertThat(c.hhi()).isCloseTo(0.38917990592710067, within(1e-14));
        assertThat(c.normalizedHhi()).isCloseTo(0.08376985889065101, within(1e-14));
        assertThat(c.shares()).extracting(Concentration.Share::code).containsExactly("CHN", "KOR", "USA");
        assertThat(c.shares().get(2).share()).isCloseTo(0.15317290744071352, within(1e-14));
        assertThat(TradeIndicators.concentration(Map.of("CHN", 5.0)).normalizedHhi()).isNull();
    }

    @Test
    void witsIndicesOnTheWorkedExample() {
        assertThat(TradeIndicators.rca(40, 500, 900, 30000).value()).isCloseTo(2.666666666666667, within(1e-12));
        assertThat(TradeIndicators.tradeIntensity(120, 500, 2400, 30000).value()).isCloseTo(3.0, within(1e-12));
        assertThat(TradeIndicators.relativeTradeBalance(300, 1000).value()).isCloseTo(-0.5384615384615384, within(1e-15));
        assertThat(TradeIndicators.rca(40, 0, 900, 30000).defined()).isFalse();
    }

    @Test
    void shareOfPartnerAndMarketShareFromPartnerRowsAndThePartnersOwnReport() {
        List<Observation> obs = List.of(
                new Observation(2024, "KOR", "0", "8542", TradeFlow.EXPORT, 1000, null),
                new Observation(2024, "KOR", "842", "8542", TradeFlow.EXPORT, 250, 10.0),
                new Observation(2024, "842", "0", "8542", TradeFlow.IMPORT, 5000, null),
                new Observation(2024, "KOR", "156", "8542", TradeFlow.EXPORT, 400, 0.0));
        List<TradeIndicators.IndicatorRow> t = TradeIndicators.table(obs, "0");
        TradeIndicators.IndicatorRow toUsa = t.stream().filter(r -> r.observation().partner().equals("842")).findFirst().orElseThrow();
        assertThat(toUsa.shareOfPartner().value()).isEqualTo(0.25);
        assertThat(toUsa.marketShare().value()).isEqualTo(0.05);
        assertThat(toUsa.unitValue().value()).isEqualTo(25.0);
        TradeIndicators.IndicatorRow toChina = t.stream().filter(r -> r.observation().partner().equals("156")).findFirst().orElseThrow();
        assertThat(toChina.marketShare().defined()).isFalse();
        assertThat(toChina.marketShare().notes().get(0).code()).isEqualTo("markets.stats.market-share.partner-not-reporting");
    }

    @Test
    void taiwanExportsAreMirroredFromWhatPartnersReportAsImportsFrom490() {
        List<Observation> partnerReported = List.of(
                new Observation(2023, "842", "490", "8542", TradeFlow.IMPORT, 9_000, null),
                new Observation(2023, "392", "490", "8542", TradeFlow.IMPORT, 4_000, null),
                new Observation(2023, "392", "156", "8542", TradeFlow.IMPORT, 7_000, null));
        List<MirrorFlows.Mirrored> m = MirrorFlows.forNonReporter(partnerReported, MirrorFlows.TAIWAN_AS_PARTNER);
        assertThat(m).hasSize(2);
        assertThat(m.get(0).observation()).isEqualTo(new Observation(2023, "490", "842", "8542", TradeFlow.EXPORT, 9_000, null));
        assertThat(m.get(0).reportedBy()).isEqualTo("842");
        assertThat(m.get(0).basis().code()).isEqualTo("markets.stats.mirror.exports-cif");
    }

    @Test
    void refusesTheSameFigureTwice() {
        Observation o = new Observation(2024, "KOR", "0", "8542", TradeFlow.EXPORT, 1000, null);
        assertThatThrownBy(() -> TradeIndicators.table(List.of(o, o), "0"))
                .isInstanceOf(StatisticsInputException.class).hasMessageContaining("markets.stats.observation.duplicate");
    }

    private static TradeIndicators.IndicatorRow row(String reporter, int year) {
        return TABLE.stream().filter(r -> r.observation().reporter().equals(reporter) && r.observation().year() == year)
                .findFirst().orElseThrow();
    }
}
