package org.tradedesk.taxes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tradedesk.clients.Channel;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.CommunicationEntry;
import org.tradedesk.clients.ContactDetails;
import org.tradedesk.clients.ContactNotFound;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.TradedeskException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Taxes tells the client's history what happened through events, never by calling the clients
 * module: an approval publishes {@link CalculationApproved}, a sending {@link CalculationSent}, and the
 * entries appear in the client's history once the change committed, under the name of who did it.
 */
@SpringBootTest
@RecordApplicationEvents
class CalculationEventsTest {

    static final String REQUEST = """
            {"jurisdiction":"TW","date":"2026-03-02","currency":"USD","incoterm":"FOB","exchangeRate":32.15,
             "freight":120,"insurance":15,
             "lines":[{"description":"Bluetooth speaker","tariffCode":"85182200","origin":"CN","value":2000,
                       "quantity":100,"unit":"No","measures":{"duty":"MAX(10%, 20 TWD/No)"}}]}""";

    @Autowired
    TaxCalculations calculations;

    @Autowired
    ClientDirectory clients;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void nobody() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void approvalAndSendingReachTheClientsHistoryAsEvents() {
        long client = as("carol", "COORDINATOR", () -> clients.create(new ClientDetails("台中音響有限公司", ClientKind.IMPORTER,
                CountryCode.TW, null, PreferredLanguage.ZH_TW, null, null, null)).id());
        long contact = as("carol", "COORDINATOR", () -> clients.addContact(new ClientId(client), new ContactDetails("王小明",
                "ming@example.com.tw", null, null, PreferredLanguage.ZH_TW)).id());
        CalculationId id = approvedCalculationOf(client);

        assertThat(events.stream(CalculationApproved.class)).singleElement().satisfies(e -> {
            assertThat(e.calculationId()).isEqualTo(id);
            assertThat(e.clientId()).isEqualTo(new ClientId(client));
            assertThat(e.approvedBy()).isEqualTo("mary");
        });

        as("carol", "COORDINATOR", () -> calculations.recordSentElsewhere(id, Channel.PHONE, contact, "總額已於電話中告知"));

        assertThat(events.stream(CalculationSent.class)).singleElement().satisfies(e -> {
            assertThat(e.channel()).isEqualTo(Channel.PHONE);
            assertThat(e.contactId()).isEqualTo(contact);
            assertThat(e.subject()).isEqualTo(SavedCalculation.reference(id));
            assertThat(e.sentBy()).isEqualTo("carol");
        });
        List<CommunicationEntry> history = await().atMost(Duration.ofSeconds(10)).until(
                () -> clients.history(new ClientId(client), Pageable.unpaged()).getContent(), h -> h.size() == 2);
        assertThat(history).extracting(CommunicationEntry::channel, CommunicationEntry::subject, CommunicationEntry::username)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Channel.REVIEW, SavedCalculation.reference(id), "mary"),
                        org.assertj.core.groups.Tuple.tuple(Channel.PHONE, SavedCalculation.reference(id), "carol"));
    }

    @Test
    void aContactOfAnotherClientIsRefusedBeforeAnythingIsSent() {
        long client = as("carol", "COORDINATOR", () -> clients.create(new ClientDetails("Kaohsiung Audio Co", ClientKind.IMPORTER,
                CountryCode.TW, null, PreferredLanguage.EN, null, null, null)).id());
        long other = as("carol", "COORDINATOR", () -> clients.create(new ClientDetails("Other Co", ClientKind.IMPORTER,
                CountryCode.TW, null, PreferredLanguage.EN, null, null, null)).id());
        long strangersContact = as("carol", "COORDINATOR", () -> clients.addContact(new ClientId(other), new ContactDetails("Stranger",
                "s@example.com", null, null, PreferredLanguage.EN)).id());
        CalculationId id = approvedCalculationOf(client);

        // the history is written after the commit: a wrong contact must be refused while the sender waits
        assertThatThrownBy(() -> as("carol", "COORDINATOR",
                () -> calculations.recordSentElsewhere(id, Channel.PHONE, strangersContact, "called")))
                .isInstanceOf(ContactNotFound.class);
        assertThatThrownBy(() -> as("carol", "COORDINATOR",
                () -> calculations.recordSentElsewhere(id, Channel.REVIEW, null, "approved, so sent")))
                .isInstanceOf(TradedeskException.class).hasFieldOrPropertyWithValue("messageCode", "taxes.page.send.channel");
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.find(id)).status()).isEqualTo(CalculationStatus.APPROVED);
        assertThat(events.stream(CalculationSent.class)).isEmpty();
    }

    private CalculationId approvedCalculationOf(long client) {
        CalculationId id = as("carol", "COORDINATOR",
                () -> calculations.save(new ClientId(client), json.readValue(REQUEST, TaxRequest.class)).id());
        as("carol", "COORDINATOR", () -> calculations.submit(id));
        as("mary", "MANAGER", () -> calculations.approve(id));
        return id;
    }

    private static <T> T as(String user, String role, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(user, "x", "ROLE_" + role));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
