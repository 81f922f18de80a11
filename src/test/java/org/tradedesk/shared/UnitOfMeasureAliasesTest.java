package org.tradedesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Units as the tariffs print them and as UN/ECE Recommendation 20 codes them (KGM kilogram, LTR
 * litre, H87 piece, C62 one, SET set, NPR/PRQ pair, MTK m², MTQ m³, DZN dozen, MIL thousand, LPA
 * litre of pure alcohol), read from the alias file. Issue 6: {@code SET} was "unknown".
 */
class UnitOfMeasureAliasesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "SET|PIECE", "set|PIECE", "台|PIECE", "臺|PIECE", "輛|PIECE", "PCE|PIECE", "個|PIECE", "組|PIECE", "NO|PIECE",
            "No|PIECE", "H87|PIECE", "C62|PIECE", "EA|PIECE", "u|PIECE",
            "KGM|KG", "kg|KG", "公斤|KG", "ＫＧＭ|KG", "GRM|G", "TNE|TONNE", "公噸|TONNE",
            "LTR|L", "L|L", "公升|L", "MLT|ML", "HLT|HL", "MTQ|M3", "立方公尺|M3", "LPA|LAL", "L of alcohol|LAL",
            "pr|PAIR", "PRQ|PAIR", "NPR|PAIR", "雙|PAIR", "DZN|DOZEN", "打|DOZEN", "MIL|THOUSAND", "千支|THOUSAND",
            "MTR|M", "公尺|M", "MTK|M2", "平方公尺|M2", "100 kg|KG100"})
    void readsTheUnitsTariffsAndRec20Print(String printed, UnitOfMeasure unit) {
        assertThat(UnitOfMeasure.parse(printed)).isEqualTo(unit);
        assertThat(UnitOfMeasure.isKnown(printed)).isTrue();
    }

    @Test
    void anUnknownUnitSaysWhatIsAccepted() {
        assertThatThrownBy(() -> UnitOfMeasure.parse("furlong"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.messageCode()).isEqualTo("shared.unit.invalid"))
                .hasMessageContaining("unknown unit of measure: furlong").hasMessageContaining("KGM").hasMessageContaining("公斤");
        assertThat(UnitOfMeasure.isKnown("furlong")).isFalse();
    }

    @Test
    void aPieceCountedAsASetConvertsLikeAPiece() {
        assertThat(new Quantity(java.math.BigDecimal.TEN, UnitOfMeasure.parse("SET")).in(UnitOfMeasure.PIECE).amount())
                .isEqualByComparingTo("10");
    }
}
