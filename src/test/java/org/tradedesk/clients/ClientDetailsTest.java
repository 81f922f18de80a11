package org.tradedesk.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.TradedeskException;

class ClientDetailsTest {

    static ClientDetails taiwanExporter(String taxId) {
        return new ClientDetails("  長青茶業 ", ClientKind.EXPORTER, CountryCode.TW, taxId, PreferredLanguage.ZH_TW, " ", null, null);
    }

    @Test
    void keepsTheTaxIdNormalisedAndBlanksAsNothing() {
        ClientDetails d = taiwanExporter("2209 9131");
        assertThat(d.taxId()).isEqualTo("22099131");
        assertThat(d.name()).isEqualTo("長青茶業");
        assertThat(d.registeredAddress()).isNull();
    }

    @Test
    void refusesATaxIdFailingItsCountrysRule() {
        assertThatThrownBy(() -> taiwanExporter("22099132"))
                .isInstanceOf(InvalidTaxId.class)
                .extracting(e -> ((TradedeskException) e).messageCode()).isEqualTo("clients.taxid.tw.checksum");
    }

    @Test
    void refusesAContactWithABadEmail() {
        assertThatThrownBy(() -> new ContactDetails("Olivia", "olivia.example.com", null, null, PreferredLanguage.EN))
                .hasMessageContaining("olivia.example.com");
    }

    @Test
    void erasingAContactLeavesNothingThatIdentifiesThem() {
        Contact contact = new Contact(1L, new ContactDetails("林美玲", "meiling@example.com.tw", "+886 2 2700 1234",
                "出口經理", PreferredLanguage.ZH_TW), Instant.parse("2026-01-01T00:00:00Z"));
        contact.erase(Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(contact.name()).doesNotContain("林美玲");
        assertThat(contact.email()).isNull();
        assertThat(contact.phone()).isNull();
        assertThat(contact.jobRole()).isNull();
        assertThat(contact.erased()).isTrue();
        assertThatThrownBy(() -> contact.change(new ContactDetails("x", null, null, null, PreferredLanguage.EN)))
                .isInstanceOf(ContactErased.class);
    }

    @Test
    void anArchivedClientCannotBeChanged() {
        Client client = new Client(taiwanExporter("22099131"), Instant.EPOCH);
        client.archive(Instant.EPOCH);
        assertThatThrownBy(() -> client.change(taiwanExporter("22099131"))).isInstanceOf(ClientArchived.class);
    }

    @Test
    void theLatestConsentRecordForAPurposeDecides() {
        ContactView v = new ContactView(1, 1, 0, "n", null, null, null, PreferredLanguage.EN, false, null, java.util.List.of(
                new ConsentView(1, ConsentPurpose.MARKETING, true, java.time.LocalDate.of(2026, 1, 1), "u", Instant.EPOCH, null),
                new ConsentView(2, ConsentPurpose.MARKETING, false, java.time.LocalDate.of(2026, 3, 1), "u", Instant.EPOCH, null),
                new ConsentView(3, ConsentPurpose.SERVICE, true, java.time.LocalDate.of(2026, 1, 1), "u", Instant.EPOCH, null)));
        assertThat(v.consents(ConsentPurpose.MARKETING)).isFalse();
        assertThat(v.consents(ConsentPurpose.SERVICE)).isTrue();
        assertThat(v.consents(ConsentPurpose.THIRD_PARTY_SHARING)).isFalse();
    }
}
