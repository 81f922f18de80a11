package org.tradedesk.clearance.api;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
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
        mvc.perform(get(base + "/queries").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[0].answered[0].item").value("doc.packing-list"))
                .andExpect(jsonPath("$[0].answered[0].how").value("DOCUMENT"))
                .andExpect(jsonPath("$[0].answered[0].answeredBy").value("coordinator"))
                .andExpect(jsonPath("$[0].answered[0].documentId").isNumber())
                // t4fixQ 2: the document that answered named as findings[].documents are, in the reader's language
                .andExpect(jsonPath("$[0].answered[0].document.id").isNumber())
                .andExpect(jsonPath("$[0].answered[0].document.kind").value("PACKING_LIST"))
                .andExpect(jsonPath("$[0].answered[0].document.number").doesNotExist())
                .andExpect(jsonPath("$[0].answered[0].document.name").value("Packing list packing.pdf (1st document of the file)"))
                .andExpect(jsonPath("$[0].awaiting", containsInAnyOrder("doc.bill-of-lading", "field.issue-date")))
                .andExpect(jsonPath("$[0].fullyAnswered").value(false));
        mvc.perform(get(base + "/queries").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[0].answered[0].document.name").value("裝箱單 packing.pdf（案件第 1 份文件）"));
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[*].what.text", hasItem(containsString("Packing list on file, awaited from Mei Lin, came in"))));

        // t4fixQ 3: a note alone does not answer the B/L, whose ERROR check still fails (no B/L on a sea file): the invoice's
        // date is answered, the B/L stays awaited until the answer names it
        mvc.perform(post(base + "/queries/" + query + "/answer").contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"invoice dated 1 March\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullyAnswered").value(false))
                .andExpect(jsonPath("$.answered[1].item").value("field.issue-date"))
                .andExpect(jsonPath("$.awaiting", containsInAnyOrder("doc.bill-of-lading")));
        mvc.perform(post(base + "/queries/" + query + "/answer").contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"again\"}").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.query.answer.items-required"))
                .andExpect(jsonPath("$.errors[0].field").value("answeredItems"))
                .andExpect(jsonPath("$.detail").value(containsString("(“Bill of lading on file”)")));
        mvc.perform(post(base + "/queries/" + query + "/answer").contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"x\",\"answeredItems\":[\"field.currency\"]}").header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.query.answer.item-unknown"))
                .andExpect(jsonPath("$.errors[0].field").value("answeredItems"));

        mvc.perform(post(base + "/queries/" + query + "/answer").contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"B/L follows on Monday\",\"answeredItems\":[\"doc.bill-of-lading\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullyAnswered").value(true))
                .andExpect(jsonPath("$.answered[2].how").value("ANSWER"))
                .andExpect(jsonPath("$.answered[2].item").value("doc.bill-of-lading"))
                .andExpect(jsonPath("$.answered[2].note").value("B/L follows on Monday"));
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
                .content("{\"note\":\"B/L sent by courier\",\"answeredItems\":[\"doc.bill-of-lading\"]}"))
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

    /**
     * t4fixQ 3: a B/L uploaded answered "Bill of lading on file" for good — withdrawn (the wrong file), the ERROR check failed
     * again while the query showed the item answered. The item is awaited again, and a new B/L answers it again.
     */
    @Test
    void anItemAnsweredByADocumentIsAwaitedAgainWhenTheDocumentIsWithdrawn() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("Withdrawn Answers Co", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.EN, null, null, null)).id();
        String json = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).content("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","incoterm":"CIF","arrivalDate":"2026-03-02"}"""
                .formatted(clientId))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        String base = "/api/v1/clearance/transactions/" + id;
        queryStore.add(id, 1L, "Mei Lin", "mei@example.com", List.of("doc.bill-of-lading"), "coordinator", Instant.now().minusSeconds(60));
        String added = mvc.perform(multipart(base + "/documents").file(new MockMultipartFile("file", "bl-wrong.pdf", "application/pdf",
                "%PDF-1.4 B/L wrong".getBytes(StandardCharsets.UTF_8))).param("type", "BILL_OF_LADING"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long bl = ((Number) JsonPath.read(added, "$.id")).longValue();
        mvc.perform(get(base + "/queries")).andExpect(jsonPath("$[0].fullyAnswered").value(true));
        long version = ((Number) JsonPath.read(mvc.perform(get(base + "/documents/" + bl)).andReturn().getResponse()
                .getContentAsString(), "$.version")).longValue();
        mvc.perform(post(base + "/documents/" + bl + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + ",\"reason\":\"wrong file\"}")).andExpect(status().isOk());
        mvc.perform(get(base + "/queries"))
                .andExpect(jsonPath("$[0].fullyAnswered").value(false))
                .andExpect(jsonPath("$[0].awaiting", containsInAnyOrder("doc.bill-of-lading")))
                .andExpect(jsonPath("$[0].answered.length()").value(0));
        mvc.perform(multipart(base + "/documents").file(new MockMultipartFile("file", "bl.pdf", "application/pdf",
                "%PDF-1.4 B/L right".getBytes(StandardCharsets.UTF_8))).param("type", "BILL_OF_LADING")).andExpect(status().isCreated());
        mvc.perform(get(base + "/queries").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[0].fullyAnswered").value(true))
                .andExpect(jsonPath("$[0].answered[0].document.name").value("Bill of lading bl.pdf (2nd document of the file)"));
    }

    /**
     * T4 code read R3: withdrawing the first of two B/Ls deleted its answer, and "Bill of lading on file" showed as awaited
     * although the second B/L was still on the file — with nothing in the history. The second B/L answers the item again;
     * withdrawn too, the item is awaited again, and the history says each in the reader's language.
     */
    @Test
    void anItemStaysAnsweredWhileAnotherDocumentOfItsKindIsOnTheFile() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("Second B/L Co", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.EN, null, null, null)).id();
        String json = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).content("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","incoterm":"CIF","arrivalDate":"2026-03-02"}"""
                .formatted(clientId))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        String base = "/api/v1/clearance/transactions/" + id;
        queryStore.add(id, 1L, "Mei Lin", "mei@example.com", List.of("doc.bill-of-lading"), "coordinator", Instant.now().minusSeconds(60));
        long first = upload(base, "bl-1.pdf", "%PDF-1.4 first B/L");
        long second = upload(base, "bl-2.pdf", "%PDF-1.4 second B/L");
        mvc.perform(get(base + "/queries"))
                .andExpect(jsonPath("$[0].answered.length()").value(1))
                .andExpect(jsonPath("$[0].answered[0].documentId").value(first));

        withdraw(base, first);
        mvc.perform(get(base + "/queries").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[0].fullyAnswered").value(true))
                .andExpect(jsonPath("$[0].answered.length()").value(1))
                .andExpect(jsonPath("$[0].answered[0].item").value("doc.bill-of-lading"))
                .andExpect(jsonPath("$[0].answered[0].how").value("DOCUMENT"))
                .andExpect(jsonPath("$[0].answered[0].documentId").value(second))
                .andExpect(jsonPath("$[0].answered[0].answeredBy").value("coordinator"));
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[*].what.text", hasItem(allOf(
                        startsWith("Bill of lading on file, awaited from Mei Lin, is still answered: Bill of lading bl-1.pdf"),
                        containsString("was withdrawn, and Bill of lading bl-2.pdf"), endsWith("on the file answers it.")))));

        withdraw(base, second);
        mvc.perform(get(base + "/queries"))
                .andExpect(jsonPath("$[0].fullyAnswered").value(false))
                .andExpect(jsonPath("$[0].awaiting", containsInAnyOrder("doc.bill-of-lading")))
                .andExpect(jsonPath("$[0].answered.length()").value(0));
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[*].what.text", hasItem(allOf(
                        startsWith("Bill of lading on file, awaited from Mei Lin, is awaited again: Bill of lading bl-2.pdf"),
                        endsWith("was withdrawn, and no other document on the file answers it.")))));
        mvc.perform(get(base + "/history").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[*].what.text", hasItem(allOf(startsWith("向Mei Lin查詢的「已附海運提單」仍已補齊："),
                        containsString("bl-1.pdf"), endsWith("bl-2.pdf（案件第 2 份文件）可作回覆。")))))
                .andExpect(jsonPath("$[*].what.text", hasItem(allOf(startsWith("向Mei Lin查詢的「已附海運提單」重新待回覆："),
                        containsString("bl-2.pdf"), endsWith("已撤回，案件中沒有其他文件可作回覆。")))));
    }

    private long upload(String base, String name, String content) throws Exception {
        String added = mvc.perform(multipart(base + "/documents").file(new MockMultipartFile("file", name, "application/pdf",
                content.getBytes(StandardCharsets.UTF_8))).param("type", "BILL_OF_LADING"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(added, "$.id")).longValue();
    }

    private void withdraw(String base, long document) throws Exception {
        long version = ((Number) JsonPath.read(mvc.perform(get(base + "/documents/" + document)).andReturn().getResponse()
                .getContentAsString(), "$.version")).longValue();
        mvc.perform(post(base + "/documents/" + document + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + ",\"reason\":\"wrong file\"}")).andExpect(status().isOk());
    }
}
