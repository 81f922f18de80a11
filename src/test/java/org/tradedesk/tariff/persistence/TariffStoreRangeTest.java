package org.tradedesk.tariff.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The upper end of an item's range of codes in {@link TariffStore#nodesUnder}: the digits one above, of the same length. */
class TariffStoreRangeTest {

    @Test
    void theNextDigitsCarryAndEndAtAllNines() {
        assertThat(TariffStore.nextDigits("8709")).isEqualTo("8710");
        assertThat(TariffStore.nextDigits("87089999")).isEqualTo("87090000");
        assertThat(TariffStore.nextDigits("0199")).isEqualTo("0200");
        assertThat(TariffStore.nextDigits("9999")).isNull();
    }
}
