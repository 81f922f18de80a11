package org.tradedesk.clearance.api;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clearance.FileTime;
import org.tradedesk.clearance.persistence.TransactionStore;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.tariff.Jurisdiction;

/**
 * Code review R6 (issue 8): any document met customs' N5107 request for documents — an invoice typed by hand counted, and a
 * file uploaded by mistake and then withdrawn kept the request met. Only an uploaded file meets it; withdrawing the file that
 * met it opens it again (a history line says so), unless another file uploaded since meets it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class DocumentsRequestMetApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    TransactionStore store;
    @Autowired
    java.time.Clock clock;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    String state(String base) throws Exception {
        List<String> states = JsonPath.read(mvc.perform(get(base)).andReturn().getResponse().getContentAsString(),
                "$.deadlines[?(@.id == 'tw-documents')].state");
        return states.isEmpty() ? null : states.get(0);
    }

    long newestDocument(String base) throws Exception {
        List<Number> ids = JsonPath.read(mvc.perform(get(base)).andReturn().getResponse().getContentAsString(), "$.documents[*].id");
        return ids.stream().mapToLong(Number::longValue).max().orElseThrow();
    }

    void withdraw(String base, long document) throws Exception {
        Number version = JsonPath.read(mvc.perform(get(base + "/documents/" + document)).andReturn().getResponse().getContentAsString(),
                "$.version");
        mvc.perform(post(base + "/documents/" + document + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + ",\"reason\":\"uploaded to the wrong file\"}")).andExpect(status().isOk());
    }

    @Test
    void onlyAnUploadedFileMeetsTheRequestAndWithdrawingItOpensItAgain() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("寶島電子有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        ClearanceFiles files = new ClearanceFiles(mvc);
        long id = files.taiwanAirImport(clientId, "AA15AB12345699", "SA-R6");
        String base = ClearanceFiles.base(id);
        LocalDate today = FileTime.today(clock, Jurisdiction.TW);
        // customs' N5107: documents by a week on (as recorded from the notice)
        store.documentsRequested(id, today, today.plusDays(7), clock.instant());
        org.assertj.core.api.Assertions.assertThat(state(base)).isEqualTo("OPEN");

        // an invoice typed by hand (a correction of the captured data) is no document supplied to customs
        files.invoice(id, """
                {"invoiceNumber":"SA-R6-C","issueDate":"2026-11-28","currency":"USD","incoterm":"CIF","sellerName":"Shenzhen Audio Co.",
                 "sellerCountry":"CN","totalAmount":1000,"lines":[{"description":"Bluetooth speakers","tariffCode":"85182200006",
                 "originCountry":"CN","quantity":120,"unitCode":"SET","amount":1000}]}""");
        org.assertj.core.api.Assertions.assertThat(state(base)).isEqualTo("OPEN");

        // a file uploaded meets it; withdrawn (uploaded by mistake), the request is open again, and the history says so
        files.transportDocument(id, "OTHER", "wrong-" + id + ".txt", "not the documents customs asked for");
        org.assertj.core.api.Assertions.assertThat(state(base)).isEqualTo("MET");
        withdraw(base, newestDocument(base));
        org.assertj.core.api.Assertions.assertThat(state(base)).isEqualTo("OPEN");
        mvc.perform(get(base + "/history").header("Accept-Language", "en")).andExpect(jsonPath("$[*].what.text",
                hasItem(org.hamcrest.Matchers.containsString("is withdrawn: the request is open again"))));

        // two files in: withdrawing the first keeps the request met by the second
        files.transportDocument(id, "OTHER", "supplied-" + id + ".txt", "documents customs asked for, item 1");
        long first = newestDocument(base);
        files.transportDocument(id, "OTHER", "supplied-2-" + id + ".txt", "documents customs asked for, item 1 (page 2)");
        withdraw(base, first);
        org.assertj.core.api.Assertions.assertThat(state(base)).isEqualTo("MET");
    }
}
