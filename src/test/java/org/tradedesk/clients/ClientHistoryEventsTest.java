package org.tradedesk.clients;

import org.tradedesk.taxes.CalculationId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.taxes.CalculationApproved;
import org.tradedesk.taxes.CalculationSent;

/**
 * The clients module on its own (with the modules it uses) records other modules' events in a
 * client's history, after the publishing transaction committed, and the event publication registry
 * shows each publication completed — or keeps it incomplete when recording failed. {@code platform}
 * is included by hand: the application {@code Clock} the audit trail needs is a bean of it, not a type.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@WithMockUser(username = "carol", roles = "COORDINATOR")
class ClientHistoryEventsTest {

    static final Instant SENT_AT = Instant.parse("2026-12-03T02:15:00Z");

    @Autowired
    ClientDirectory directory;

    @Autowired
    CompletedEventPublications completed;

    @Autowired
    EventPublicationRegistry registry;

    @Test
    void aCalculationSentAnotherWayIsInTheClientsHistoryAsTheSenderRecordedIt(Scenario scenario) {
        long clientId = client();
        long contactId = directory.addContact(new ClientId(clientId), new ContactDetails("王小明", "ming@example.com.tw", null, null,
                PreferredLanguage.ZH_TW)).id();
        CalculationId calculation = CalculationId.random();
        CalculationSent sent = new CalculationSent(calculation, new ClientId(clientId), Channel.PHONE, contactId,
                "T1-0000ABCD", "總額已於電話中告知", List.of(), "dave", SENT_AT);

        scenario.publish(sent)
                .andWaitForStateChange(() -> directory.history(new ClientId(clientId), Pageable.unpaged()).getContent(), h -> !h.isEmpty())
                .andVerify(history -> assertThat(history).singleElement().satisfies(entry -> {
                    assertThat(entry.channel()).isEqualTo(Channel.PHONE);
                    assertThat(entry.contactId()).isEqualTo(contactId);
                    assertThat(entry.subject()).isEqualTo("T1-0000ABCD");
                    assertThat(entry.summary()).isEqualTo("總額已於電話中告知");
                    assertThat(entry.occurredAt()).isEqualTo(SENT_AT);
                    // the sender, not whoever runs the listener later
                    assertThat(entry.username()).isEqualTo("dave");
                }));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(completed.findAll())
                .extracting(EventPublication::getEvent).contains(sent));
    }

    @Test
    void anApprovalIsAnInternalReviewLine(Scenario scenario) {
        long clientId = client();
        CalculationId calculation = CalculationId.parse("1a2b3c4d-0000-0000-0000-000000000000");
        scenario.publish(new CalculationApproved(calculation, new ClientId(clientId), "mary", SENT_AT))
                .andWaitForStateChange(() -> directory.history(new ClientId(clientId), Pageable.unpaged()).getContent(), h -> !h.isEmpty())
                .andVerify(history -> assertThat(history).singleElement().satisfies(entry -> {
                    assertThat(entry.channel()).isEqualTo(Channel.REVIEW);
                    assertThat(entry.subject()).isEqualTo("T1-1A2B3C4D");
                    assertThat(entry.contactId()).isNull();
                    assertThat(entry.username()).isEqualTo("mary");
                }));
    }

    @Test
    void anEventTheHistoryCannotTakeStaysIncompleteInTheRegistry(Scenario scenario) {
        CalculationApproved forNobody = new CalculationApproved(CalculationId.random(), new ClientId(987_654_321L), "mary", SENT_AT);
        scenario.publish(forNobody)
                .andWaitForStateChange(() -> registry.findIncompletePublications().stream()
                        .filter(p -> forNobody.equals(p.getEvent()) && p.getStatus() == EventPublication.Status.FAILED)
                        .toList(), failed -> !failed.isEmpty())
                // kept for a resubmission (or the restart's republication) once the cause is fixed
                .andVerify(failed -> assertThat(failed).hasSize(1));
        assertThat(completed.findAll()).extracting(EventPublication::getEvent).doesNotContain(forNobody);
    }

    private long client() {
        return directory.create(new ClientDetails("台中汽車貿易有限公司", ClientKind.IMPORTER, CountryCode.TW, "04595257",
                PreferredLanguage.ZH_TW, null, null, null)).id();
    }
}
