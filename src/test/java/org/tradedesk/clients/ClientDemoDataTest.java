package org.tradedesk.clients;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;

@SpringBootTest(properties = "tradedesk.demo.enabled=true")
class ClientDemoDataTest {

    @Autowired
    ClientDirectory directory;

    @Autowired
    ClientDemoData demo;

    @Test
    void createsClientsInTaiwanAndAustraliaWithContactsOnceOnly() throws Exception {
        var clients = directory.search("", false, Pageable.ofSize(50)).getContent();
        assertThat(clients).extracting(ClientSummary::country).contains("TW", "AU");
        assertThat(clients).hasSize(4);
        for (ClientSummary c : clients) {
            assertThat(directory.client(new ClientId(c.id())).contacts()).isNotEmpty();
        }
        demo.run(null);
        assertThat(directory.search("", false, Pageable.ofSize(50)).getTotalElements()).isEqualTo(4);
    }
}
