package org.tradedesk.clearance.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;

/**
 * Issue 8: a user never sees our database ids. A document is named by its kind and its own number ("Commercial invoice
 * 12115118") or, without one, by its place in the file ("Packing list pl.txt (1st document of the file)") — in the 409s of a
 * duplicate upload and a second withdrawal, the 400 of correcting a document that is no invoice, the history lines, and
 * history lines stored before with the id (read as written now).
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class DocumentNamedAsTheUserKnowsItTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    long clientId;

    @BeforeEach
    void client() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        clientId = clients.create(new ClientDetails("名稱測試貿易有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    long upload(String base, String name, byte[] content, String type) throws Exception {
        String json = mvc.perform(multipart(base + "/documents").file(new MockMultipartFile("file", name, "text/plain", content))
                .param("type", type)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    long version(String base, long documentId) throws Exception {
        return ((Number) JsonPath.read(mvc.perform(get(base + "/documents/" + documentId)).andReturn().getResponse()
                .getContentAsString(), "$.version")).longValue();
    }

    @Test
    void conflictsAndHistoryNameADocumentByItsKindAndNumberOrItsPlaceNeverByItsId() throws Exception {
        long id = new ClearanceFiles(mvc).transaction("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","incoterm":"FOB","reference":"KHH-N8"}"""
                .formatted(clientId));
        String base = ClearanceFiles.base(id);
        byte[] packing = "packing list PL-1: 12 cartons".getBytes(StandardCharsets.UTF_8);
        long pl = upload(base, "pl.txt", packing, "PACKING_LIST");
        long bl = upload(base, "bl.txt", "B/L COSU-1".getBytes(StandardCharsets.UTF_8), "BILL_OF_LADING");
        byte[] ubl = getClass().getResourceAsStream("/clearance/en16931_ubl-tc434-example1.xml").readAllBytes();
        upload(base, "invoice.xml", ubl, "COMMERCIAL_INVOICE");

        // the same file again: 409 naming the document kept by its kind, its file's name and its place (no number of its own;
        // t4fixQ 1: the client knows the file it sent, not our order of upload), in both languages
        mvc.perform(multipart(base + "/documents").file(new MockMultipartFile("file", "again.txt", "text/plain", packing))
                        .param("type", "PACKING_LIST").header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(
                        "The file again.txt is already in this transaction as Packing list pl.txt (1st document of the file); it was not stored again."));
        mvc.perform(multipart(base + "/documents").file(new MockMultipartFile("file", "again.txt", "text/plain", packing))
                        .param("type", "PACKING_LIST").header("Accept-Language", "zh-TW"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("檔案 again.txt 已是本案件的裝箱單 pl.txt（案件第 1 份文件），未再次儲存。"));
        mvc.perform(multipart(base + "/documents").file(new MockMultipartFile("file", "again.xml", "application/xml", ubl))
                        .param("type", "COMMERCIAL_INVOICE").header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("as Commercial invoice 12115118;")));

        // correcting a document that is no invoice: 400 naming it
        mvc.perform(put(base + "/documents/" + bl + "/capture").param("version", "0").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"invoiceNumber\":\"X\"}").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Bill of lading bl.txt (2nd document of the file) is not an invoice.")));

        // the figures of the B/L: the history line names it
        mvc.perform(put(base + "/documents/" + bl + "/figures").contentType(MediaType.APPLICATION_JSON).content("{\"packages\":12}"))
                .andExpect(status().isOk());
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[0].what.text").value("Figures of Bill of lading bl.txt (2nd document of the file) captured"));
        mvc.perform(get(base + "/history").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[0].what.text").value("已登錄提單 bl.txt（案件第 2 份文件）之數據"));

        // withdrawn twice: the second 409 names it; its place stays when it is withdrawn (the B/L is still the 2nd)
        mvc.perform(post(base + "/documents/" + pl + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version(base, pl) + ",\"reason\":\"wrong file\"}")).andExpect(status().isOk());
        mvc.perform(post(base + "/documents/" + pl + "/withdrawal").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version(base, pl) + ",\"reason\":\"again\"}").header("Accept-Language", "zh-TW"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("裝箱單 pl.txt（案件第 1 份文件）已撤回。"));
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[0].what.text").value("Packing list pl.txt (1st document of the file) withdrawn by coordinator: wrong file"));

        // lines stored before issue 8 with the id (a number, the id as text, "#id") read as written now
        jdbc.update("insert into clearance_history (transaction_id, occurred_at, username, code, args_json) values (?, ?, ?, ?, ?)",
                id, java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(1)), "coordinator", "clearance.history.figures-captured",
                "[{\"kind\":\"NUMBER\",\"value\":\"" + bl + "\"}]");
        jdbc.update("insert into clearance_history (transaction_id, occurred_at, username, code, args_json) values (?, ?, ?, ?, ?)",
                id, java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(2)), "coordinator", "clearance.history.document-withdrawn",
                "[{\"kind\":\"CODE\",\"value\":\"clearance.document.type.PACKING_LIST\"},{\"kind\":\"LITERAL\",\"value\":\"#" + pl
                        + "\"},{\"kind\":\"LITERAL\",\"value\":\"coordinator\"},{\"kind\":\"LITERAL\",\"value\":\"old\"}]");
        mvc.perform(get(base + "/history").header("Accept-Language", "en"))
                .andExpect(jsonPath("$[0].what.text").value("Packing list pl.txt (1st document of the file) withdrawn by coordinator: old"))
                .andExpect(jsonPath("$[1].what.text").value("Figures of Bill of lading bl.txt (2nd document of the file) captured"))
                .andExpect(jsonPath("$[*].what.text", not(hasItem(Matchers.containsString("document " + bl)))));
        mvc.perform(get(base + "/history").header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$[0].what.text").value("裝箱單 pl.txt（案件第 1 份文件）由 coordinator 撤回：old"));
    }
}
