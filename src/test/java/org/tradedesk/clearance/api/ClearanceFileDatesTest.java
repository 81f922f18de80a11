package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.tradedesk.clearance.FileTime;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.tariff.Jurisdiction;

/**
 * Acceptance review F3 and F4 (t4fixB): a change does not clear the dates the file's status stands on, and a date that
 * records an event is not after the file's today — on the API and on the page form, in the reader's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceFileDatesTest {

    @Autowired
    java.time.Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;

    long clientId;

    @BeforeEach
    void client() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        clientId = clients.create(new ClientDetails("日期檢查貿易有限公司", ClientKind.IMPORTER, CountryCode.TW, null, PreferredLanguage.ZH_TW,
                null, null, null)).id();
    }

    String body(String extra) {
        return """
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","incoterm":"CIF","reference":"KHH-F3",
                 "arrivalDate":"2026-03-02"%s}""".formatted(clientId, extra);
    }

    LocalDate today() {
        return FileTime.today(clock, Jurisdiction.TW);
    }

    long declaredOn(String day) throws Exception {
        String json = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).content(body("")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        String base = "/api/v1/clearance/transactions/" + id;
        mvc.perform(post(base + "/status").contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DOCUMENTS_COMPLETE\",\"version\":0}"))
                .andExpect(status().isOk());
        mvc.perform(post(base + "/status").contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"DECLARED\",\"version\":1,\"date\":\"" + day + "\"}")).andExpect(status().isOk());
        return id;
    }

    /** F3: the PUT of the review (no declarationDate on a declared file) cleared the date and reopened the lodgement deadline. */
    @Test
    void aPutDoesNotClearTheDatesTheStatusStandsOn() throws Exception {
        long id = declaredOn("2026-03-05");
        String base = "/api/v1/clearance/transactions/" + id;
        mvc.perform(put(base).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                        .content(body(",\"version\":2,\"dutyNoticeReceived\":\"2026-03-09\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.transaction.date-kept-by-status"))
                .andExpect(jsonPath("$.errors[0].field").value("declarationDate"))
                .andExpect(jsonPath("$.detail").value(containsString("報關日不能清除：案件狀態為已報關")));
        mvc.perform(put(base).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(body(",\"version\":2")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("The date “Declaration” cannot be cleared: the file is Declared")));
        mvc.perform(get(base)).andExpect(jsonPath("$.declarationDate").value("2026-03-05")).andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.deadlines[?(@.id=='tw-lodge')].state").value("MET"));
        // correcting it to another day is a change like any other
        mvc.perform(put(base).contentType(MediaType.APPLICATION_JSON).content(body(",\"version\":2,\"declarationDate\":\"2026-03-04\"")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.declarationDate").value("2026-03-04"));
        mvc.perform(post(base + "/status").contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"RELEASED\",\"version\":3,\"date\":\"2026-03-06\"}")).andExpect(status().isOk());
        mvc.perform(put(base).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(body(",\"version\":4,\"declarationDate\":\"2026-03-04\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("releaseDate"))
                .andExpect(jsonPath("$.detail").value(containsString("The date “Release” cannot be cleared: the file is Released")));
        mvc.perform(get(base)).andExpect(jsonPath("$.releaseDate").value("2026-03-06"));
        // the page form behaves the same
        String html = mvc.perform(post("/clearance/transactions/" + id).with(csrf()).param("lang", "zh-TW").param("version", "4")
                        .param("clientId", String.valueOf(clientId)).param("direction", "IMPORT").param("jurisdiction", "TW")
                        .param("mode", "SEA").param("incoterm", "CIF").param("reference", "KHH-F3").param("arrivalDate", "2026-03-02")
                        .param("declarationDate", "2026-03-04"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("放行日不能清除：案件狀態為已放行");
    }

    /** F4: every date that records an event is refused after today, naming its field, in the reader's format. */
    @Test
    void datesOfEventsAfterTodayAreRefusedButAnArrivalMayBeExpected() throws Exception {
        LocalDate later = today().plusDays(30);
        String zhLater = later.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        for (String field : new String[] {"declarationDate", "dutyNoticeDate", "dutyNoticeReceived", "dutyPaidDate"}) {
            mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                            .content(body(",\"" + field + "\":\"" + later + "\"")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("clearance.transaction.field-date-future"))
                    .andExpect(jsonPath("$.errors[0].field").value(field))
                    .andExpect(jsonPath("$.detail").value(containsString(zhLater + " 晚於今日")));
        }
        mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(body(",\"dutyPaidDate\":\"" + later + "\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("“Duty paid”")))
                .andExpect(jsonPath("$.detail").value(containsString("is after today")));
        // the arrival may still be expected
        String json = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON)
                        .content(body("").replace("2026-03-02", today().plusDays(10).toString())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(put("/api/v1/clearance/transactions/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(body(",\"version\":0,\"dutyNoticeDate\":\"" + later + "\"").replace("2026-03-02", today().plusDays(10).toString())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dutyNoticeDate"));
        // the page form refuses at the field, in the reader's language
        String html = mvc.perform(post("/clearance/transactions").with(csrf()).param("lang", "zh-TW")
                        .param("clientId", String.valueOf(clientId)).param("direction", "IMPORT").param("jurisdiction", "TW")
                        .param("mode", "SEA").param("incoterm", "CIF").param("reference", "KHH-F4").param("arrivalDate", "2026-03-02")
                        .param("dutyPaidDate", later.toString()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("繳稅日 " + zhLater + " 晚於今日");
    }

    /** F4: a release date on a file not yet declared (the review: 201 for a DRAFT with a release date) is refused. */
    @Test
    void aReleaseDateBeforeTheFileIsDeclaredIsRefused() throws Exception {
        mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                        .content(body(",\"releaseDate\":\"2026-03-04\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("clearance.transaction.release-before-declared"))
                .andExpect(jsonPath("$.errors[0].field").value("releaseDate"))
                .andExpect(jsonPath("$.detail").value(containsString("案件狀態為草稿時不能登錄放行日")));
    }
}
