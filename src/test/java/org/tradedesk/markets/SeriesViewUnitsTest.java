package org.tradedesk.markets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.MessageText;

/**
 * Review: the note of a period with several units listed the raw unit names, so a Chinese sentence read "kg (net weight)";
 * each unit is worded by {@link QuantityUnits}, and the point's worded units are components (JSON fields), not methods.
 */
class SeriesViewUnitsTest {

    @Test
    void theMixedUnitsNoteWordsTheNetWeightStandIn() {
        SeriesView.Point p = new SeriesView.Point("2020", BigDecimal.TEN, null, null, null, null, List.of("u", TradeRow.NET_WEIGHT_KG),
                false, null);
        MessageText note = p.unitsNote();
        assertThat(note.code()).isEqualTo("markets.series.units-mixed");
        MessageText list = note.args().get(0).message();
        assertThat(list.code()).isEqualTo("markets.list.and");
        // u, Comtrade's unit 5 (number of items): worded ("units" / 「個」) when read, t2minor
        assertThat(list.args().get(0).message().code()).isEqualTo("markets.units.comtrade.5");
        assertThat(list.args().get(1).message().code()).isEqualTo("markets.units.net-weight-kg");
    }

    @Test
    void theWordedUnitsAreRecordComponents() {
        assertThat(List.of(SeriesView.Point.class.getRecordComponents())).extracting(java.lang.reflect.RecordComponent::getName)
                .contains("quantityUnitText", "unitValueUnitText");
        SeriesView.Point p = new SeriesView.Point("2020", BigDecimal.TEN, 5.0, TradeRow.NET_WEIGHT_KG, 2.0, "USD/kg (net weight)", List.of(),
                false, null);
        assertThat(p.quantityUnitText().code()).isEqualTo("markets.units.net-weight-kg");
        assertThat(p.unitValueUnitText().code()).isEqualTo("markets.units.per-net-weight-kg");
    }
}
