package org.tradedesk.clearance.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.ContactDetails;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;

/** Acceptance review F12 and F10 (t4fixB): the clearance API's problem details say API things, in the reader's language. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceApiProblemsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;

    long clientId;
    long contactId;

    @BeforeEach
    void client() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        clientId = clients.create(new ClientDetails("無郵件伺服器有限公司", ClientKind.IMPORTER, CountryCode.TW, null, PreferredLanguage.ZH_TW,
                null, null, null)).id();
        contactId = clients.addContact(new ClientId(clientId), new ContactDetails("王小明", "ming@example.com.tw", null, null,
                PreferredLanguage.ZH_TW)).id();
    }

    long file() throws Exception {
        String json = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).content("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","arrivalDate":"2026-03-02"}""".formatted(clientId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    /** F12a: without SMTP the API answered 409 "…Your message is still in the form below." (page wording). */
    @Test
    void withoutAMailServerTheApiSays503AndWhatToConfigure() throws Exception {
        String base = "/api/v1/clearance/transactions/" + file();
        mvc.perform(post(base + "/queries").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"contactId\":" + contactId + "}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("clients.mail.not-configured"))
                .andExpect(jsonPath("$.detail").value(containsString("spring.mail.host")))
                .andExpect(jsonPath("$.detail").value(not(containsString("form"))));
        mvc.perform(post(base + "/queries").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                        .content("{\"contactId\":" + contactId + "}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.detail").value(containsString("尚未設定郵件伺服器")))
                .andExpect(jsonPath("$.detail").value(not(containsString("表單"))));
    }

    /** F10: an empty body named the fields by their JSON names inside the Chinese sentence (「direction 為必填；clientId 為必填」). */
    @Test
    void anEmptyBodyNamesEveryFieldByItsLabel() throws Exception {
        mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("進出口別")))
                .andExpect(jsonPath("$.detail").value(containsString("客戶")))
                .andExpect(jsonPath("$.detail").value(not(containsString("direction"))))
                .andExpect(jsonPath("$.detail").value(not(containsString("clientId"))));
        mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                        .content("""
                                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","reference":"%s"}""".formatted(clientId, "R".repeat(65))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].label").value("案號"))
                .andExpect(jsonPath("$.detail").value(not(containsString("reference"))));
    }

    /**
     * Acceptance review (t4fixM): clientId "abc", direction "SIDEWAYS" and jurisdiction "NZ" named only clientId; every field
     * not of its type is named at once.
     */
    @Test
    void everyFieldNotOfItsTypeIsNamedAtOnce() throws Exception {
        mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("""
                                {"clientId":"abc","direction":"SIDEWAYS","jurisdiction":"NZ","mode":"SEA"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("clientId"))
                .andExpect(jsonPath("$.errors[1].field").value("direction"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("IMPORT, EXPORT")))
                .andExpect(jsonPath("$.errors[2].field").value("jurisdiction"))
                .andExpect(jsonPath("$.errors[2].message").value(containsString("AU")));
    }

    /** Re-review F4 (t4fixO): a contact the client does not have named the client by our id (「客戶 2 沒有編號 99 的聯絡人。」). */
    @Test
    void aContactTheClientDoesNotHaveNamesTheClientByItsName() throws Exception {
        String base = "/api/v1/clearance/transactions/" + file();
        long unknown = contactId + 1_000_000;
        mvc.perform(post(base + "/queries").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                        .content("{\"contactId\":" + unknown + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contactId"))
                .andExpect(jsonPath("$.detail").value(containsString("本案客戶「無郵件伺服器有限公司」沒有編號 " + unknown + " 的聯絡人")))
                .andExpect(jsonPath("$.detail").value(not(containsString("客戶 " + clientId))));
        mvc.perform(post(base + "/queries").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"contactId\":" + unknown + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("無郵件伺服器有限公司, the file's client, has no contact no. " + unknown)));
    }
}
