package org.tradedesk.clients;

import org.tradedesk.taxes.CalculationId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.InvalidValueException;
import org.tradedesk.taxes.CalculationSent;
import tools.jackson.databind.json.JsonMapper;

class ClientIdTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void isAPositiveNumber() {
        assertThat(new ClientId(42).value()).isEqualTo(42);
        assertThat(ClientId.parse(" 42 ")).isEqualTo(new ClientId(42));
        assertThatThrownBy(() -> new ClientId(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ClientId.parse("client-42")).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("messageCode", "clients.client.id.invalid");
        assertThatThrownBy(() -> ClientId.parse(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void travelsAsAPlainNumberInJson() {
        assertThat(json.writeValueAsString(new ClientId(42))).isEqualTo("42");
        assertThat(json.readValue("42", ClientId.class)).isEqualTo(new ClientId(42));
    }

    @Test
    void anEventWithItSurvivesTheRegistrysRoundTrip() {
        // the event publication registry stores events as JSON and reads them back to re-publish
        CalculationSent sent = new CalculationSent(CalculationId.random(), new ClientId(7), Channel.LETTER, 3L, "T1-00000001",
                "posted", List.of("a.pdf"), "carol", Instant.parse("2026-12-03T02:15:00Z"));
        String stored = json.writeValueAsString(sent);
        assertThat(stored).contains("\"clientId\":7").doesNotContain("historyEntry").doesNotContain("recordedBy");
        assertThat(json.readValue(stored, CalculationSent.class)).isEqualTo(sent);
    }
}
