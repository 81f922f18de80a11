package org.tradedesk.clearance.api;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;

/**
 * t4fixU 1: the API named faults one at a time where the page lists them all. Each endpoint answers one 400 whose errors[]
 * names every field at fault — a value not of its type, a number past its bounds, a field's constraint and the service's
 * checks (a date after today, a code that is no currency, the order of dates) — each with its label.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceApiEveryFaultTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;

    long clientId;
    String tx;

    @BeforeEach
    void file() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        clientId = clients.create(new ClientDetails("寶島食品有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        tx = "/api/v1/clearance/transactions/" + ((Number) JsonPath.read(mvc.perform(post("/api/v1/clearance/transactions")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","incoterm":"CIF","arrivalDate":"2026-03-02"}"""
                        .formatted(clientId))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void documentFiguresNameTheCountTheMassAndTheDate() throws Exception {
        String doc = mvc.perform(multipart(tx + "/documents").file(new MockMultipartFile("file", "packing-list.txt", "text/plain",
                "PL".getBytes(StandardCharsets.UTF_8))).param("type", "PACKING_LIST")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String figures = tx + "/documents/" + ((Number) JsonPath.read(doc, "$.id")).longValue() + "/figures";
        mvc.perform(put(figures).header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON).content("""
                {"packages":-3,"grossMassKg":1e40,"issuedOn":"2026-02-30"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("packages", "grossMassKg", "issuedOn")))
                .andExpect(jsonPath("$.errors[*].label").value(not(hasItems("packages", "grossMassKg", "issuedOn"))));
    }

    @Test
    void transactionNamesThePortsAndEveryDate() throws Exception {
        mvc.perform(post("/api/v1/clearance/transactions").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","incoterm":"CIF","portOfLoading":"NOTAPORT",
                 "portOfDischarge":"X","declarationDate":"2099-01-05","releaseDate":"2099-01-02"}""".formatted(clientId)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("portOfLoading", "portOfDischarge", "declarationDate", "releaseDate")))
                .andExpect(jsonPath("$.errors[?(@.field == 'releaseDate')].message").value(hasItem(
                        org.hamcrest.Matchers.containsString("before the declaration date"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'portOfLoading')].label").value(hasItem("Port of loading")));
    }

    @Test
    void disputeNamesTheKindTheAmountTheCurrencyAndTheNoticeDate() throws Exception {
        mvc.perform(post(tx + "/disputes").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("""
                {"decisionKind":"NOT_A_KIND","decisionReference":"AW/15/A123/0456","decisionSummary":"reclassified",
                 "noticeReceived":"2099-03-01","amount":-5,"currency":"XAU","clientNeeds":"a refund"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("decisionKind", "amount", "currency", "noticeReceived")));
        // a body that reads: the constraints and the service's checks together
        mvc.perform(post(tx + "/disputes").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("""
                {"decisionReference":"AW/15/A123/0456","decisionSummary":"reclassified",
                 "noticeReceived":"2099-03-01","amount":-5,"currency":"XAU","clientNeeds":"a refund"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("decisionKind", "amount", "currency", "noticeReceived")));
    }

    @Test
    void choiceNamesTheFutureConfirmationWithTheBlankFields() throws Exception {
        String issues = tx + "/issues";
        long issue = ((Number) JsonPath.read(mvc.perform(post(issues).contentType(MediaType.APPLICATION_JSON).content("""
                {"description":"產地證明未隨貨提供","implications":"無法適用優惠稅率","likelihood":4,"impact":4,"owner":"coordinator"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        String added = mvc.perform(post(issues + "/" + issue + "/alternatives").contentType(MediaType.APPLICATION_JSON).content("""
                {"kind":"MFN","benefits":"b","costAmount":100,"costCurrency":"TWD","legalRequirements":"關稅法 第35條",
                 "risks":"r","riskManagement":"m","likelihood":1,"impact":1}""")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long alternative = ((Number) JsonPath.read(added, "$.alternatives[0].id")).longValue();
        long version = ((Number) JsonPath.read(added, "$.version")).longValue();
        mvc.perform(post(issues + "/" + issue + "/choice").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON).content("""
                {"alternativeId":%d,"version":%d,"reasons":" ","regulationReferences":"","confirmedBy":"王經理","confirmedAt":"2099-01-01T00:00:00Z"}"""
                .formatted(alternative, version)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("reasons", "regulationReferences", "confirmedAt")));
    }
}
