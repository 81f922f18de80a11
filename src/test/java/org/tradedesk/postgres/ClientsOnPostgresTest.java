package org.tradedesk.postgres;

import org.tradedesk.clients.ClientId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.ClientSummary;
import org.tradedesk.clients.ClientView;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.clients.StaleClientEdit;
import org.tradedesk.identity.AuditAction;
import org.tradedesk.identity.AuditRecord;
import org.tradedesk.identity.AuditTrail;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.support.PostgresTest;

/** The clients repositories on a real PostgreSQL, through {@link ClientDirectory}. */
@PostgresTest
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClientsOnPostgresTest {

    /** TSMC's 統一編號 and the ATO's own ABN: published numbers that pass their check-digit rules. */
    static final String TW_TAX_ID = "22099131";
    static final String AU_ABN = "51824753556";

    @Autowired
    ClientDirectory clients;

    @Autowired
    AuditTrail audit;

    static ClientDetails taiwanImporter(String name) {
        return new ClientDetails(name, ClientKind.IMPORTER, CountryCode.of("TW"), TW_TAX_ID, PreferredLanguage.ZH_TW,
                "臺北市信義區信義路五段7號", null, "葡萄酒進口");
    }

    @Test
    void createsFindsAndSearchesClientsInChineseAndEnglish() {
        ClientView tw = clients.create(taiwanImporter("台灣酒品進口股份有限公司"));
        ClientView au = clients.create(new ClientDetails("Barossa Valley Wines Pty Ltd", ClientKind.EXPORTER,
                CountryCode.of("AU"), AU_ABN, PreferredLanguage.EN, "1 Murray St, Tanunda SA 5352", null, null));

        assertThat(clients.client(new ClientId(tw.id())).name()).isEqualTo("台灣酒品進口股份有限公司");
        assertThat(clients.client(new ClientId(au.id())).preferredLanguage()).isEqualTo(PreferredLanguage.EN);

        List<String> byChinese = clients.search("酒品", false, PageRequest.of(0, 10)).map(ClientSummary::name).getContent();
        List<String> byEnglish = clients.search("barossa", false, PageRequest.of(0, 10)).map(ClientSummary::name).getContent();
        List<String> byAbnAsPrinted = clients.search("51 824 753 556", false, PageRequest.of(0, 10))
                .map(ClientSummary::name).getContent();
        assertThat(byChinese).containsExactly("台灣酒品進口股份有限公司");
        assertThat(byEnglish).containsExactly("Barossa Valley Wines Pty Ltd");
        assertThat(byAbnAsPrinted).containsExactly("Barossa Valley Wines Pty Ltd");
    }

    @Test
    void refusesAStaleEditAndKeepsTheFirst() {
        ClientView created = clients.create(taiwanImporter("Stale Edit Trading 股份有限公司"));
        ClientView first = clients.update(new ClientId(created.id()), created.version(), taiwanImporter("First Edit Trading"));

        assertThatThrownBy(() -> clients.update(new ClientId(created.id()), created.version(), taiwanImporter("Second Edit Trading")))
                .isInstanceOf(StaleClientEdit.class);
        assertThat(clients.client(new ClientId(created.id())).name()).isEqualTo("First Edit Trading");
        assertThat(first.version()).isGreaterThan(created.version());

        List<AuditRecord> trail = audit.search("client", String.valueOf(created.id()), null, null, null,
                PageRequest.of(0, 10)).getContent();
        assertThat(trail).extracting(AuditRecord::action).containsExactly(AuditAction.CHANGED, AuditAction.CREATED);
        assertThat(trail).extracting(AuditRecord::username).containsOnly("coordinator");
    }

    @Test
    void archivingMovesTheClientToTheArchivedList() {
        ClientView created = clients.create(taiwanImporter("Archive Me Ltd"));
        clients.archive(new ClientId(created.id()));

        assertThat(clients.search("Archive Me", false, PageRequest.of(0, 10)).getTotalElements()).isZero();
        assertThat(clients.search("Archive Me", true, PageRequest.of(0, 10)).getContent())
                .extracting(ClientSummary::id).containsExactly(created.id());
    }
}
