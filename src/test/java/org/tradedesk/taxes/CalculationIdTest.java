package org.tradedesk.taxes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.InvalidValueException;
import tools.jackson.databind.json.JsonMapper;

class CalculationIdTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void travelsAsThePlainUuidInJson() {
        CalculationId id = CalculationId.parse("1a2b3c4d-0000-0000-0000-000000000000");
        assertThat(json.writeValueAsString(id)).isEqualTo("\"1a2b3c4d-0000-0000-0000-000000000000\"");
        assertThat(json.readValue("\"1a2b3c4d-0000-0000-0000-000000000000\"", CalculationId.class)).isEqualTo(id);
    }

    @Test
    void theClientsReferenceIsT1AndTheFirstEightDigits() {
        assertThat(CalculationId.of(UUID.fromString("1a2b3c4d-9999-0000-0000-000000000000")).reference()).isEqualTo("T1-1A2B3C4D");
    }

    @Test
    void refusesWhatIsNotAUuid() {
        assertThatThrownBy(() -> CalculationId.parse("42")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CalculationId.valueOf(null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CalculationId.of(null)).isInstanceOf(InvalidValueException.class);
    }
}
