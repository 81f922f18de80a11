package org.tradedesk.clearance.api;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clearance.persistence.QueryStore;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;

/**
 * t4fixK 2: a query awaiting items stayed awaiting whatever the client supplied. A document of the awaited kind uploaded
 * after the query answers its item; the client's answer recorded answers the rest — each with who and when, in the API,
 * on the file's page and in the history.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceQueryAnswersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    QueryStore queryStore;

    @Test
    void aDocumentOfTheAwaitedKindAndARecordedAnswerMarkTheItemsAnswered() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("Query Answers Co", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.EN, null, null, null)).id();
        String json = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).content("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","incoterm":"CIF","arrivalDate":"2026-03-02"}"""
                .formatted(clientId))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        String base = "/api/v1/clearance/transactions/" + id;
        // a query as the mail sends it (the mail itself is ClearanceRemindersTest's): a packing list, a B/L, the invoice's date
        queryStore.add(id, 1L, "Mei Lin", "mei@example.com", List.of("doc.packing-list", "doc.bill-of-lading", "field.issue-date"),
                "coordinator", Instant.now().minusSeconds(60));
        long query = ((Number) JsonPath.read(mvc.perform(get(base + "/queries")).andReturn().getResponse().getContentAsString(),
                "$[0].id")).longValue();

        mvc.perform(multipart(base + "/documents").file(new MockMultipartFile("file", "packing.pdf", "application/pdf",
                "%PDF-1.4 packing list".getBytes(StandardCharsets.UTF_8))).param("type", "PACKING_LIST"))
                .andExpect(status().isCreated());
        mvc.perform(get(base + "/queries"))
                .andExpect(jsonPath("$[0].answered[0].item").value("doc.packing-list"))
                .andExpect(jsonPath("$[0].answered[0].how").value("DOCUMENT"))
                .andExpect(jsonPath("$[0].answered[0].answeredBy").value("coordinator"))
                .andExpect(jsonPath("$[0].answered[0].documentId").isNumber())
                .andExpect(jsonPath("$[0].awaiting", containsInAnyOrder("doc.bill-of-lading", "field.issue-date")))
                .andExpect(jsonPath("$[0].fullyAnswered").value(false));
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[*].what.text", hasItem(containsString("Packing list on file, awaited from Mei Lin, came in"))));

        mvc.perform(post(base + "/queries/" + query + "/answer").contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"B/L follows on Monday; invoice dated 1 March\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullyAnswered").value(true))
                .andExpect(jsonPath("$.answered[1].how").value("ANSWER"))
                .andExpect(jsonPath("$.answered[1].note").value("B/L follows on Monday; invoice dated 1 March"));
        mvc.perform(post(base + "/queries/999999/answer").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("clearance.query.unknown"));
        mvc.perform(get(base + "/history").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[*].what.text", hasItem(containsString("向Mei Lin查詢的「已附海運提單」已回覆"))));
        mvc.perform(get("/clearance/transactions/" + id).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Packing list on file: answered by a document uploaded (coordinator,")))
                .andExpect(content().string(containsString("All answered")));
    }

    /**
     * Issue 8 F2: {@code {}} or a blank note marked every awaited item answered with no note (the B/L still missing), and a
     * later real answer returned 200 recording nothing. A blank note is 400 at {@code note} in the reader's language, nothing
     * marked; an answer to a query answered in full is 409 and records nothing.
     */
    @Test
    void aBlankAnswerIsRefusedAndAQueryAnsweredInFullTakesNoFurtherAnswer() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("Blank Answers Co", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.EN, null, null, null)).id();
        String json = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).content("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","incoterm":"CIF","arrivalDate":"2026-03-02"}"""
                .formatted(clientId))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        String base = "/api/v1/clearance/transactions/" + id;
        queryStore.add(id, 1L, "Mei Lin", "mei@example.com", List.of("doc.bill-of-lading"), "coordinator", Instant.now().minusSeconds(60));
        long query = ((Number) JsonPath.read(mvc.perform(get(base + "/queries")).andReturn().getResponse().getContentAsString(),
                "$[0].id")).longValue();

        mvc.perform(post(base + "/queries/" + query + "/answer").contentType(MediaType.APPLICATION_JSON).content("{}")
                .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.query.answer.note-blank"))
                .andExpect(jsonPath("$.errors[0].field").value("note"))
                .andExpect(jsonPath("$.detail").value("Write what the client answered: an answer without a note records nothing."));
        mvc.perform(post(base + "/queries/" + query + "/answer").contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"   \"}")
                .header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"))
                .andExpect(jsonPath("$.detail").value("請填寫客戶的回覆：沒有說明的回覆不會記錄任何內容。"));
        mvc.perform(get(base + "/queries"))
                .andExpect(jsonPath("$[0].awaiting", containsInAnyOrder("doc.bill-of-lading")))
                .andExpect(jsonPath("$[0].fullyAnswered").value(false));

        mvc.perform(post(base + "/queries/" + query + "/answer").contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"B/L sent by courier\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answered[0].note").value("B/L sent by courier"));
        mvc.perform(post(base + "/queries/" + query + "/answer").contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"B/L number is MAEU123\"}").header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("clearance.query.already-answered"))
                .andExpect(jsonPath("$.detail").value("Query " + query + " is already answered in full; nothing was recorded."));
        mvc.perform(get(base + "/queries"))
                .andExpect(jsonPath("$[0].answered.length()").value(1))
                .andExpect(jsonPath("$[0].answered[0].note").value("B/L sent by courier"));
    }
}
