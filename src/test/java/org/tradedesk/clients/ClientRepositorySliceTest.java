package org.tradedesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.data.domain.PageRequest;
import org.tradedesk.shared.CountryCode;

/**
 * JPA slice: the Flyway migrations and the client search query on H2, without the web layer or
 * the other modules. Tax ids are real published ones (TSMC's 統一編號; the ABR's example ABN).
 */
@DataJpaTest
class ClientRepositorySliceTest {

    @Autowired
    ClientRepository clients;

    @Test
    void searchMatchesNameOrTaxIdAndKeepsArchivedClientsApart() {
        clients.saveAndFlush(new Client(new ClientDetails("台灣積體電路製造 TSMC", ClientKind.EXPORTER, CountryCode.TW,
                "22099131", PreferredLanguage.ZH_TW, null, null, null), Instant.EPOCH));
        Client archived = new Client(new ClientDetails("Sydney Sound Pty Ltd", ClientKind.IMPORTER, CountryCode.AU,
                "51824753556", PreferredLanguage.EN, null, null, null), Instant.EPOCH);
        archived.archive(Instant.EPOCH);
        clients.saveAndFlush(archived);

        assertThat(clients.search(false, "%tsmc%", PageRequest.of(0, 10)).getContent())
                .extracting(Client::name).containsExactly("台灣積體電路製造 TSMC");
        assertThat(clients.search(false, "%22099131%", PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
        assertThat(clients.search(false, "%sydney%", PageRequest.of(0, 10)).getTotalElements()).isZero();
        assertThat(clients.search(true, "%sydney%", PageRequest.of(0, 10)).getContent())
                .extracting(c -> c.toSummary().taxId()).containsExactly("51824753556");
    }
}
