package org.tradedesk.clients.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.ClientView;
import org.tradedesk.clients.ContactDetails;
import org.tradedesk.clients.ContactView;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;

/**
 * Issue 6 §3 and §8 on the client pages: bad input comes back in the form with the field marked; an
 * archived client is read-only without losing what was typed; a tax id already on file warns and
 * links; without a mail server the page says what to configure; the export is plain UTF-8 JSON.
 * (No mail server is configured in this test's context.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClientInputKeptTest {

    /** "Today" by the product's rule (tradedesk.time-zone), as the code under test takes it, not the server's. */
    @Autowired
    org.tradedesk.platform.BusinessCalendar calendar;

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory directory;

    ClientView client(String name, String taxId) {
        // as the coordinator the test acts for (a MockMvc request before clears the thread's login), so they are assigned
        // to the client they create and may open it (a coordinator sees only the clients assigned to them)
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        return directory.create(new ClientDetails(name, ClientKind.IMPORTER, CountryCode.TW, taxId, PreferredLanguage.ZH_TW,
                null, null, null));
    }

    ContactView contact(long clientId) {
        return directory.addContact(new ClientId(clientId), new ContactDetails("陳淑芬", "shufen.chen@example.com.tw", null, "採購",
                PreferredLanguage.ZH_TW));
    }

    @Test
    void aContactEmailWithoutADomainIsAFieldErrorWithTheFormKept() throws Exception {
        long clientId = client("電郵測試有限公司", null).id();
        String html = mvc.perform(post("/clients/" + clientId + "/contacts").with(csrf()).param("lang", "en")
                        .param("name", "王小明").param("email", "a@b").param("jobRole", "採購經理").param("preferredLanguage", "ZH_TW"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("value=\"王小明\"").contains("value=\"a@b\"").contains("value=\"採購經理\"")
                .contains("This is not an e-mail address.").contains("is-invalid");
        assertThat(directory.client(new ClientId(clientId)).contacts()).isEmpty();
    }

    @Test
    void anArchivedClientOffersNoEditFormAndASaveKeepsTheInput() throws Exception {
        ClientView c = client("封存測試有限公司", null);
        ContactView person = contact(c.id());
        directory.archive(new ClientId(c.id()));
        mvc.perform(get("/clients/" + c.id() + "/edit")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/clients/" + c.id()))
                // no form was shown, so the notice must not speak of what was typed (seen in acceptance)
                .andExpect(flash().attribute("notice", "clients.archived.no-form"));
        mvc.perform(get("/clients/" + c.id() + "/contacts/new")).andExpect(redirectedUrl("/clients/" + c.id()));
        mvc.perform(get("/clients/" + c.id() + "/contacts/" + person.id() + "/edit"))
                .andExpect(redirectedUrl("/clients/" + c.id() + "/contacts/" + person.id()));
        String contactSave = mvc.perform(post("/clients/" + c.id() + "/contacts").with(csrf()).param("lang", "en")
                        .param("name", "新聯絡人").param("preferredLanguage", "ZH_TW"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(contactSave).contains("value=\"新聯絡人\"").contains("read-only");
        String html = mvc.perform(post("/clients/" + c.id()).with(csrf()).param("lang", "en").param("name", "新名稱股份有限公司")
                        .param("kind", "IMPORTER").param("country", "TW").param("preferredLanguage", "ZH_TW")
                        .param("notes", "typed before the archive").param("version", String.valueOf(c.version() + 1)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("value=\"新名稱股份有限公司\"").contains("typed before the archive").contains("archived")
                .contains("read-only").as("no Save offered on a form that cannot be saved").doesNotContain("id=\"client-save\"");
        assertThat(directory.client(new ClientId(c.id())).name()).isEqualTo("封存測試有限公司");
    }

    @Test
    void aConsentDateBefore1900OrInTheFutureIsRefusedAtTheField() throws Exception {
        ClientView c = client("同意測試有限公司", null);
        ContactView person = contact(c.id());
        String html = mvc.perform(post("/clients/" + c.id() + "/contacts/" + person.id() + "/consents").with(csrf()).param("lang", "en")
                        .param("purpose", "MARKETING").param("given", "true").param("effectiveOn", "1800-01-01").param("note", "at the fair"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("value=\"1800-01-01\"").contains("value=\"at the fair\"").contains("1 Jan 1900")
                .contains("id=\"consent-date-error\"");
        String future = mvc.perform(post("/clients/" + c.id() + "/contacts/" + person.id() + "/consents").with(csrf()).param("lang", "en")
                        .param("purpose", "MARKETING").param("given", "true").param("effectiveOn", calendar.latestToday().plusDays(3).toString()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(future).contains("must not be after today");
        assertThat(directory.viewContact(new ClientId(c.id()), person.id()).consents()).isEmpty();
        mvc.perform(post("/api/v1/clients/" + c.id() + "/contacts/" + person.id() + "/consents").contentType(MediaType.APPLICATION_JSON)
                        .with(csrf()).content("{\"purpose\":\"MARKETING\",\"given\":true,\"effectiveOn\":\"1800-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("effectiveOn"));
    }

    @Test
    void theSameTaxIdTwiceWarnsAndLinksToTheClientOnFile() throws Exception {
        ClientView first = client("統編重複甲有限公司", "22099131");
        String html = mvc.perform(post("/clients").with(csrf()).param("lang", "en").param("name", "統編重複乙有限公司").param("kind", "IMPORTER")
                        .param("country", "TW").param("taxId", "2209 9131").param("preferredLanguage", "ZH_TW"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("href=\"/clients/" + first.id() + "\"").contains("統編重複甲有限公司").contains("value=\"統編重複乙有限公司\"")
                .contains("name=\"allowDuplicateTaxId\"");
        mvc.perform(post("/clients").with(csrf()).param("name", "統編重複乙有限公司").param("kind", "IMPORTER").param("country", "TW")
                        .param("taxId", "22099131").param("preferredLanguage", "ZH_TW").param("allowDuplicateTaxId", "true"))
                .andExpect(status().is3xxRedirection());
        // the API: 409 naming the existing client, unless asked to allow it
        mvc.perform(post("/api/v1/clients").contentType(MediaType.APPLICATION_JSON).with(csrf()).content(
                        "{\"name\":\"統編重複丙\",\"kind\":\"IMPORTER\",\"country\":\"TW\",\"taxId\":\"22099131\",\"preferredLanguage\":\"ZH_TW\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("clients.tax-id.duplicate"))
                .andExpect(jsonPath("$.existing[0].id").value(first.id()))
                .andExpect(jsonPath("$.existing[0].href").value("/api/v1/clients/" + first.id()));
        // editing another client to the same number warns too
        ClientView other = client("統編重複丁有限公司", null);
        mvc.perform(post("/clients/" + other.id()).with(csrf()).param("name", "統編重複丁有限公司").param("kind", "IMPORTER")
                        .param("country", "TW").param("taxId", "22099131").param("preferredLanguage", "ZH_TW")
                        .param("version", String.valueOf(other.version())))
                .andExpect(status().isConflict());
        // its own number is no duplicate of itself
        mvc.perform(post("/clients/" + first.id()).with(csrf()).param("name", "統編重複甲有限公司").param("kind", "IMPORTER")
                        .param("country", "TW").param("taxId", "22099131").param("preferredLanguage", "ZH_TW").param("notes", "x")
                        .param("version", String.valueOf(first.version())))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void withoutAMailServerThePageSaysWhatToConfigureAndKeepsTheMail() throws Exception {
        ClientView c = client("郵件測試有限公司", null);
        ContactView person = contact(c.id());
        String html = mvc.perform(multipart("/clients/" + c.id() + "/contacts/" + person.id() + "/mail").with(csrf()).param("lang", "en")
                        .param("subject", "報價單").param("body", "您好，附上報價。"))
                .andExpect(status().isServiceUnavailable()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"contact-error\"").contains("spring.mail.host").contains("value=\"報價單\"")
                .contains("您好，附上報價。").contains("id=\"mail-form\"");
    }

    @Test
    void theContactExportIsUtf8JsonWithTheCharactersAsThemselves() throws Exception {
        ClientView c = client("匯出測試有限公司", null);
        ContactView person = contact(c.id());
        for (String path : new String[] {"/clients/", "/api/v1/clients/"}) {
            byte[] body = mvc.perform(get(path + c.id() + "/contacts/" + person.id() + "/export"))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("charset=UTF-8")))
                    .andReturn().getResponse().getContentAsByteArray();
            String text = new String(body, StandardCharsets.UTF_8);
            assertThat(text).contains("陳淑芬").contains("採購").doesNotContain("\\u");
        }
    }
}
