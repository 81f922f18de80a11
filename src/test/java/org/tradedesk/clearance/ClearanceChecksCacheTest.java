package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
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
import org.tradedesk.clearance.domain.Finding;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;

/**
 * The declaration page (and the file's other views) no longer run the document checks on every view: the findings are
 * kept per file version. Viewing the declaration page of an unchanged file twice runs the checks at most once; adding a
 * document, or changing the file's details, runs them again and the findings follow the change.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceChecksCacheTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    ClearanceChecks checks;

    long clientId;

    @BeforeEach
    void client() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        clientId = clients.create(new ClientDetails("寶島電子有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
    }

    @Test
    void viewsOfAnUnchangedFileDoNotRerunTheChecksAndAChangeDoes() throws Exception {
        String json = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).content("""
                        {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"AIR","incoterm":"CIF","reference":"CACHE-1"}"""
                        .formatted(clientId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        TransactionId tx = TransactionId.of(id);
        String page = "/clearance/transactions/" + id + "/declaration";

        mvc.perform(get(page)).andExpect(status().isOk());
        long afterFirst = checks.runs();
        mvc.perform(get(page)).andExpect(status().isOk());
        mvc.perform(get(page)).andExpect(status().isOk());
        assertThat(findings(tx)).extracting(Finding::rule).contains("doc.air-waybill");
        assertThat(checks.runs()).isEqualTo(afterFirst);

        // a document added: the checks run again and the missing air waybill is no longer found
        mvc.perform(multipart("/api/v1/clearance/transactions/" + id + "/documents").file(new MockMultipartFile("file", "awb-" + id + ".txt",
                "text/plain", ("AWB 297-" + id).getBytes(StandardCharsets.UTF_8))).param("type", "AIR_WAYBILL")).andExpect(status().isCreated());
        mvc.perform(get(page)).andExpect(status().isOk());
        assertThat(checks.runs()).isEqualTo(afterFirst + 1);
        assertThat(findings(tx)).extracting(Finding::rule).doesNotContain("doc.air-waybill");
        assertThat(checks.runs()).isEqualTo(afterFirst + 1);

        // the file's mode changed to sea: run again, now the bill of lading is missing
        Number version = JsonPath.read(mvc.perform(get("/api/v1/clearance/transactions/" + id)).andReturn().getResponse().getContentAsString(),
                "$.version");
        mvc.perform(put("/api/v1/clearance/transactions/" + id).contentType(MediaType.APPLICATION_JSON).content("""
                        {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","incoterm":"CIF","reference":"CACHE-1","version":%s}"""
                        .formatted(clientId, version)))
                .andExpect(status().isOk());
        assertThat(findings(tx)).extracting(Finding::rule).contains("doc.bill-of-lading");
        assertThat(checks.runs()).isEqualTo(afterFirst + 2);
    }

    /** The findings as the service gives them (the MockMvc requests leave the test thread without a user). */
    java.util.List<Finding> findings(TransactionId tx) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        return checks.findings(tx);
    }
}
