package org.tradedesk.clients.web;

import org.tradedesk.clients.ClientId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.ClientView;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClientPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientDirectory directory;

    static MockHttpServletRequestBuilder clientForm(String url, String name, String taxId) {
        return post(url).with(csrf()).param("lang", "en")
                .param("name", name).param("kind", "IMPORTER").param("country", "TW").param("taxId", taxId)
                .param("preferredLanguage", "ZH_TW").param("registeredAddress", "臺北市").param("notes", "");
    }

    @Test
    void theNewClientFormHasTheStableIdsBrowserTestsUse() throws Exception {
        String html = mvc.perform(get("/clients/new").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"client-name\"", "id=\"client-taxid\"", "id=\"client-country\"",
                "id=\"client-save\"", "id=\"client-version\"", "New client");
    }

    @Test
    void createsAClientThroughTheFormAndShowsIt() throws Exception {
        String location = mvc.perform(clientForm("/clients", "寶島食品有限公司", "04595257"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/clients/*"))
                .andReturn().getResponse().getRedirectedUrl();
        String html = mvc.perform(get(location).param("lang", "zh-TW")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("寶島食品有限公司", "04595257", "進口商", "聯絡人");
    }

    @Test
    void aWrongCheckDigitIsShownAtTheTaxIdField() throws Exception {
        String html = mvc.perform(clientForm("/clients", "Wrong Number Ltd", "04595258")).andExpect(status().is(422))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"client-taxid-error\"", "The check digit of this unified business number");
        assertThat(directory.search("Wrong Number", false, org.springframework.data.domain.Pageable.ofSize(5))
                .getTotalElements()).isZero();
    }

    @Test
    void aStaleEditIsRefusedOnThePageWithAClearMessage() throws Exception {
        ClientView c = directory.create(new ClientDetails("Stale Page Test", ClientKind.EXPORTER, CountryCode.TW,
                "22099131", PreferredLanguage.ZH_TW, null, null, null));
        String edit = mvc.perform(get("/clients/" + c.id() + "/edit").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(edit).containsPattern("name=\"version\"[^>]*value=\"0\"|value=\"0\"[^>]*name=\"version\"");
        mvc.perform(clientForm("/clients/" + c.id(), "Stale Page Test (first)", "22099131").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        String html = mvc.perform(clientForm("/clients/" + c.id(), "Stale Page Test (second)", "22099131").param("version", "0"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Someone else changed this record after you opened it", "id=\"client-reload\"",
                "Stale Page Test (second)");
        assertThat(directory.client(new ClientId(c.id())).name()).isEqualTo("Stale Page Test (first)");
    }

    @Test
    void listsSearchesAndPagesInBothLanguages() throws Exception {
        for (int i = 0; i < 21; i++) {
            directory.create(new ClientDetails("Paging Client " + (100 + i), ClientKind.IMPORTER, CountryCode.of("US"),
                    null, PreferredLanguage.EN, null, null, null));
        }
        String en = mvc.perform(get("/clients").param("q", "paging client").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Paging Client 100", "Page 1 of 2", "id=\"page-next\"").doesNotContain("Paging Client 120");
        String page2 = mvc.perform(get("/clients").param("q", "paging client").param("page", "1").param("lang", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page2).contains("Paging Client 120").doesNotContain("Paging Client 100<");
        String zh = mvc.perform(get("/clients").param("lang", "zh-TW")).andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("新增客戶", "顯示已封存客戶");
    }

    @Test
    void archivingMovesTheClientToTheArchivedList() throws Exception {
        ClientView c = directory.create(new ClientDetails("Archive Me Ltd", ClientKind.EXPORTER, CountryCode.AU,
                "53004085616", PreferredLanguage.EN, null, null, null));
        mvc.perform(post("/clients/" + c.id() + "/archive").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/clients").param("q", "Archive Me")).andReturn().getResponse().getContentAsString())
                .doesNotContain("Archive Me Ltd");
        assertThat(mvc.perform(get("/clients").param("q", "Archive Me").param("archived", "true"))
                .andReturn().getResponse().getContentAsString()).contains("Archive Me Ltd");
    }

    @Test
    void aHistoryEntryWithoutSubjectIsShownAtTheField() throws Exception {
        ClientView c = directory.create(new ClientDetails("History Form Ltd", ClientKind.EXPORTER, CountryCode.TW,
                null, PreferredLanguage.ZH_TW, null, null, null));
        String html = mvc.perform(post("/clients/" + c.id() + "/history").with(csrf()).param("lang", "en")
                        .param("channel", "PHONE").param("subject", " ").param("occurredAt", "2026-11-20T09:30"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("id=\"history-subject\"[^>]*is-invalid|is-invalid[^>]*id=\"history-subject\"");
        mvc.perform(post("/clients/" + c.id() + "/history").with(csrf())
                        .param("channel", "MEETING").param("subject", "Visit in Kaohsiung").param("occurredAt", "2026-11-20T09:30")
                        .param("attachmentNames", "minutes.docx\r\nphotos.zip"))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.history(new ClientId(c.id()), org.springframework.data.domain.Pageable.ofSize(5)).getContent().get(0).attachmentNames())
                .containsExactly("minutes.docx", "photos.zip");
    }

    @Test
    void aContactWithABadEmailIsShownAtTheField() throws Exception {
        ClientView c = directory.create(new ClientDetails("Contact Form Ltd", ClientKind.EXPORTER, CountryCode.TW,
                null, PreferredLanguage.ZH_TW, null, null, null));
        String html = mvc.perform(post("/clients/" + c.id() + "/contacts").with(csrf()).param("lang", "en")
                        .param("name", "王小明").param("email", "not-an-address").param("preferredLanguage", "ZH_TW"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("id=\"contact-email\"[^>]*is-invalid|is-invalid[^>]*id=\"contact-email\"");
        assertThat(directory.client(new ClientId(c.id())).contacts()).isEmpty();
    }

    @Test
    void anUnknownClientIsAFriendly404PageNamingTheId() throws Exception {
        String html = mvc.perform(get("/clients/987654").param("lang", "en")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("There is no client with id 987654.").doesNotContain("[Ljava.lang.Object;");
        String zh = mvc.perform(get("/clients/987654").param("lang", "zh-TW")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("找不到編號 987654 的客戶").doesNotContain("[Ljava.lang.Object;");
    }
}
