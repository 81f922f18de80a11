package org.tradedesk.taxes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tradedesk.taxes.EngineTexts.en;
import static org.tradedesk.taxes.EngineTexts.zh;
import static org.tradedesk.taxes.domain.Requests.chain;
import static org.tradedesk.taxes.domain.Requests.line;
import static org.tradedesk.taxes.domain.Requests.request;

import org.junit.jupiter.api.Test;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.TaxInputInvalid;

class ValuationTest {

    @Test
    void australiaValuesFreeOnBoardSoACifPriceLosesItsFreightAndInsurance() {
        // Customs Act 1901 Part VIII Div 2: FOB at the port of export; CIF 1,000 less freight 100 and insurance 10 = 890
        Valuation.ValuedShipment v = Valuation.value(request("AU", "AUD", Incoterm.CIF, "100", "10", line("84137000", "1000")),
                chain("AU"), null);

        assertThat(v.customsValue()).isEqualByComparingTo("890");
        assertThat(v.transportAndInsurance()).isEqualByComparingTo("110");
    }

    @Test
    void taiwanValuesCostInsuranceAndFreightSoAFobPriceGainsThem() {
        // 關稅法 §29: 完稅價格 includes the freight and insurance to the port of import; FOB 1,000 + 100 + 10 = 1,110
        Valuation.ValuedShipment v = Valuation.value(request("TW", "TWD", Incoterm.FOB, "100", "10", line("84137000", "1000")),
                chain("TW"), null);

        assertThat(v.customsValue()).isEqualByComparingTo("1110");
        assertThat(Valuation.notes(request("TW", "TWD", Incoterm.FOB, "100", "10", line("84137000", "1000")), chain("TW"))).isEmpty();
    }

    @Test
    void saysWhatACifBasisLacksInTheReadersLanguage() {
        var notes = Valuation.notes(request("TW", "TWD", Incoterm.CFR, "100", null, line("84137000", "1000")), chain("TW"));

        assertThat(notes).hasSize(1);
        assertThat(en(notes.get(0))).contains("lacks the insurance that the TW CIF basis needs");
        assertThat(zh(notes.get(0))).contains("完稅價格未含保險費");
    }

    @Test
    void refusesAPriceSmallerThanTheFreightItIncludes() {
        assertThatThrownBy(() -> Valuation.value(request("AU", "AUD", Incoterm.CIF, "2000", null, line("84137000", "1000")),
                chain("AU"), null))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> assertThat(e.field()).isEqualTo("lines[0].value"));
    }
}
