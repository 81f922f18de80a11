package org.tradedesk.clients.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClientApiTest {

    @Autowired
    MockMvc mvc;

    static String client(String name, String country, String taxId, String version) {
        return """
                {"name":"%s","kind":"EXPORTER","country":"%s","taxId":"%s","preferredLanguage":"EN",
                 "registeredAddress":"12 Vine Street, Adelaide SA 5000","notes":"wine"%s}"""
                .formatted(name, country, taxId, version == null ? "" : ",\"version\":" + version);
    }

    long create(String body) throws Exception {
        String json = mvc.perform(post("/api/v1/clients").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void createsAClientAndKeepsTheAbnAsDigits() throws Exception {
        String json = mvc.perform(post("/api/v1/clients").contentType(MediaType.APPLICATION_JSON)
                        .content(client("Southern Cross Wines", "AU", "51 824 753 556", null)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/clients/")))
                .andExpect(jsonPath("$.taxId").value("51824753556"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(get("/api/v1/clients/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Southern Cross Wines"))
                .andExpect(jsonPath("$.country").value("AU"));
    }

    @Test
    void acceptsThePreferredLanguageAsALanguageTagToo() throws Exception {
        for (String[] spelling : new String[][] {{"en", "EN"}, {"zh-TW", "ZH_TW"}, {"EN", "EN"}, {"zh_tw", "ZH_TW"}}) {
            mvc.perform(post("/api/v1/clients").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"Tag Spelling " + spelling[0] + "\",\"kind\":\"IMPORTER\",\"country\":\"TW\","
                                    + "\"preferredLanguage\":\"" + spelling[0] + "\"}"))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.preferredLanguage").value(spelling[1]));
        }
        mvc.perform(post("/api/v1/clients").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"name\":\"Tag Spelling fr\",\"kind\":\"IMPORTER\",\"country\":\"TW\",\"preferredLanguage\":\"fr\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("preferredLanguage"))
                .andExpect(jsonPath("$.errors[0].message").value("The preferred language must be zh-TW or en."));
    }

    @Test
    void refusesABadAbnWith400NamingTheField() throws Exception {
        mvc.perform(post("/api/v1/clients").contentType(MediaType.APPLICATION_JSON)
                        .content(client("Bad ABN Pty Ltd", "AU", "51 824 753 557", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.validation"))
                .andExpect(jsonPath("$.errors[0].field").value("taxId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("ABN")));
    }

    @Test
    void refusesAMissingNameWith400NamingTheField() throws Exception {
        mvc.perform(post("/api/v1/clients").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"IMPORTER\",\"country\":\"TW\",\"preferredLanguage\":\"ZH_TW\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")));
    }

    @Test
    void refusesAStaleUpdateWith409AndKeepsTheFirstChange() throws Exception {
        long id = create(client("Koala Kitchenware", "AU", "80987654321", null));
        mvc.perform(put("/api/v1/clients/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(client("Koala Kitchenware (first)", "AU", "80987654321", "0")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/clients/" + id).param("lang", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(client("Koala Kitchenware (second, stale)", "AU", "80987654321", "0")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("error.stale-edit"))
                .andExpect(jsonPath("$.type").value("urn:tradedesk:problem:error.stale-edit"))
                .andExpect(jsonPath("$.detail").value("Someone else changed this record after you opened it. "
                        + "Reload it and apply your change again."));
        mvc.perform(get("/api/v1/clients/" + id)).andExpect(jsonPath("$.name").value("Koala Kitchenware (first)"));
    }

    @Test
    void anUpdateWithoutVersionIsRefusedNamingTheField() throws Exception {
        long id = create(client("No Version Pty Ltd", "AU", "18123456789", null));
        mvc.perform(put("/api/v1/clients/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(client("No Version Pty Ltd", "AU", "18123456789", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("version")));
    }

    @Test
    void searchesByNameTaxIdAndContactWithPaging() throws Exception {
        long id = create(client("Searchable Tea Importers", "TW", "24681353", null));
        mvc.perform(post("/api/v1/clients/" + id + "/contacts").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Findable Person\",\"email\":\"find.me@example.com\",\"preferredLanguage\":\"EN\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/clients").param("q", "find.me@EXAMPLE")).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(id));
        mvc.perform(get("/api/v1/clients").param("q", "2468 1353"))
                .andExpect(jsonPath("$.content[0].name").value("Searchable Tea Importers"));
        mvc.perform(get("/api/v1/clients").param("q", "searchable tea"))
                .andExpect(jsonPath("$.totalElements").value(1));
        create(client("Searchable Second", "US", "12-3456789", null));
        mvc.perform(get("/api/v1/clients").param("q", "searchable").param("size", "1").param("page", "1"))
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].name").value("Searchable Tea Importers"));
    }

    @Test
    void archivedClientsLeaveTheActiveListAndCannotBeEdited() throws Exception {
        long id = create(client("Archived Exporter", "JP", "T1234567890123", null));
        mvc.perform(post("/api/v1/clients/" + id + "/archive")).andExpect(status().isOk())
                .andExpect(jsonPath("$.archived").value(true));
        mvc.perform(get("/api/v1/clients").param("q", "Archived Exporter")).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/clients").param("q", "Archived Exporter").param("archived", "true"))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(put("/api/v1/clients/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(client("Archived Exporter", "JP", "T1234567890123", "1")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("clients.client.archived"));
    }

    @Test
    void anUnknownClientIs404ProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/clients/999999")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("clients.client.not-found"));
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void logsHistoryThroughTheApi() throws Exception {
        long id = create(client("History Pty Ltd", "AU", "53004085616", null));
        mvc.perform(post("/api/v1/clients/" + id + "/history").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"MEETING\",\"subject\":\"Visit\",\"attachmentNames\":\"quote.pdf\\nlist.xlsx\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.username").value("coordinator"));
        mvc.perform(get("/api/v1/clients/" + id + "/history"))
                .andExpect(jsonPath("$.content[0].attachmentNames[1]").value("list.xlsx"))
                .andExpect(jsonPath("$.content[0].channel").value("MEETING"));
        mvc.perform(post("/api/v1/clients/" + id + "/history").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"FAX\",\"subject\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("channel"));
    }

    /** Review r-t1 F4(e): a zh-TW reader gets the conflict's title in Chinese, and a missing field by its label. */
    @Test
    void aZhTwReaderGetsTheConflictTitleAndTheFieldsLabelInChinese() throws Exception {
        create(client("Duplicate Title Pty Ltd", "AU", "33 102 417 032", null));
        mvc.perform(post("/api/v1/clients").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                        .content(client("Duplicate Title Two Pty Ltd", "AU", "33 102 417 032", null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("clients.tax-id.duplicate"))
                .andExpect(jsonPath("$.title").value("衝突"));
        mvc.perform(post("/api/v1/clients").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                        .content("{\"name\":\"No Language Co\",\"kind\":\"IMPORTER\",\"country\":\"TW\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("preferredLanguage"))
                .andExpect(jsonPath("$.errors[0].label").value("偏好語言"))
                .andExpect(jsonPath("$.detail").value(containsString("偏好語言")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString("preferredLanguage"))));
        mvc.perform(post("/api/v1/clients").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"name\":\"No Language Co\",\"kind\":\"IMPORTER\",\"country\":\"TW\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Preferred language")));
    }
}
