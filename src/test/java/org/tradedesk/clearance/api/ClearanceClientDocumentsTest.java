package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
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
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;

/**
 * T4 acceptance review (issue 8, what the client reads): the dispute letter sent to customs names the file by its
 * reference, never by the internal id ("通關案件 3"), in both languages, and without the coordinator's caveats.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceClientDocumentsTest {

    /** The application's clock: "today" below is the day the code under test takes (BusinessCalendar / FileTime), not the server's. */
    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;

    String newTransaction(String reference) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("寶島食品有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        String json = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).content("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","reference":"%s","arrivalDate":"%s"}"""
                .formatted(clientId, reference, org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW).minusDays(40))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return "/api/v1/clearance/transactions/" + ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    String newDispute(String tx) throws Exception {
        String json = mvc.perform(post(tx + "/disputes").contentType(MediaType.APPLICATION_JSON).content("""
                {"decisionKind":"RECLASSIFICATION","decisionReference":"AW/15/A9","decisionSummary":"稅則改列",
                 "noticeReceived":"%s","amount":1000.00,"currency":"TWD","clientNeeds":"退稅"}""".formatted(org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW).minusDays(5))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return tx + "/disputes/" + ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    String letter(String dispute, String lang) throws Exception {
        return ClearanceDisputeApiTest.pdfText(mvc.perform(get(dispute + "/letter.pdf").param("lang", lang))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    }

    @Test
    void theDisputeLetterNamesTheFileByItsReference() throws Exception {
        String tx = newTransaction("R-T4-TW-3");
        String id = tx.substring(tx.lastIndexOf('/') + 1);
        String dispute = newDispute(tx);
        String zh = letter(dispute, "zh-TW");
        assertThat(zh).contains("通關案件 R-T4-TW-3").doesNotContain("通關案件 " + id + "，");
        String en = letter(dispute, "en");
        assertThat(en).contains("clearance file R-T4-TW-3").doesNotContain("clearance file " + id + ",");
    }

    /** The caveats "（條文待確認）" and "check the law" are for the coordinator's page, not the letter sent to customs. */
    @Test
    void theLetterToCustomsCarriesNoCoordinatorCaveat() throws Exception {
        String dispute = newDispute(newTransaction("R-T4-TW-4"));
        String zh = letter(dispute, "zh-TW");
        // the letter's narrow law column wraps a citation over lines ("關稅法 第45\n條"): compared without the white space
        assertThat(zh.replaceAll("\\s+", "")).contains("關稅法第45條", "順延至次一上班日").doesNotContain("條文待確認", "引用前請查核法條原文");
        String en = letter(dispute, "en");
        assertThat(en).contains("moves to the next working day").doesNotContain("(wording to confirm)", "Check the text of the law");
        // the coordinator still sees them on the dispute page
        String page = mvc.perform(get(dispute.replace("/api/v1", "")).param("lang", "zh-TW")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("引用前請查核法條原文");
    }

    /** Findings are named by the rule's name in the reader's language; the code is only a secondary detail (not translated). */
    @Test
    void findingsNameTheRuleInTheReadersLanguage() throws Exception {
        String tx = newTransaction("R-T4-TW-5");
        String zh = mvc.perform(get(tx.replace("/api/v1", "")).param("lang", "zh-TW")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // the rule by its name only: its id stays in data-rule for programs, never shown (acceptance review, t4fixM)
        assertThat(zh).contains("id=\"findings-table\"", "<span class=\"small finding-rule\">已附商業發票</span>",
                "data-rule=\"doc.invoice\"").doesNotContain(">doc.invoice<");
        String en = mvc.perform(get(tx.replace("/api/v1", "")).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(en).contains("<span class=\"small finding-rule\">Commercial invoice on file</span>").doesNotContain(">doc.invoice<");
    }

    /** The 400 for the dispute's dates names the field by its label, not its JSON name, in both languages. */
    @Test
    void theDisputeDateRefusalNamesTheFieldByItsLabel() throws Exception {
        String tx = newTransaction("R-T4-TW-6");
        String body = """
                {"decisionKind":"RECLASSIFICATION","decisionReference":"AW/15/A9","decisionSummary":"稅則改列",
                 "noticeReceived":"%s","amount":1000.00,"currency":"TWD","clientNeeds":"退稅"}""".formatted(org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW).plusDays(3));
        mvc.perform(post(tx + "/disputes").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.dispute.date.future"))
                .andExpect(jsonPath("$.errors[0].field").value("noticeReceived"))
                .andExpect(jsonPath("$.errors[0].label").value("收到通知日"));
        mvc.perform(post(tx + "/disputes").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].label").value("Notice received on"));
    }
}
