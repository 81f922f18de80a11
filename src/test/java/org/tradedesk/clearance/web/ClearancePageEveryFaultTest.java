package org.tradedesk.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * t4fixX 4: a clearance page form whose service refusal has several problems showed only the first, at its field, worded
 * with the first's code and none of its arguments. A figures form with a net mass above the gross mass and a last valid day
 * before the issue date shows both, each at its own field, with its figures and dates in the reader's style.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearancePageEveryFaultTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;

    @Test
    void aFormWithTwoBadFieldsShowsEachProblemAtItsField() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("兩處錯誤有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        String tx = "/api/v1/clearance/transactions/" + ((Number) JsonPath.read(mvc.perform(post("/api/v1/clearance/transactions")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"clientId":%d,"direction":"IMPORT","jurisdiction":"TW","mode":"SEA","incoterm":"CIF","arrivalDate":"2026-03-02"}"""
                        .formatted(clientId))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        String doc = mvc.perform(multipart(tx + "/documents").file(new MockMultipartFile("file", "certificate.txt", "text/plain",
                "CO".getBytes(StandardCharsets.UTF_8))).param("type", "CERTIFICATE_OF_ORIGIN")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String page = tx.replace("/api/v1", "") + "/documents/" + ((Number) JsonPath.read(doc, "$.id")).longValue() + "/figures";

        String html = mvc.perform(post(page).with(csrf()).header("Accept-Language", "zh-TW")
                        .param("grossMassKg", "100").param("netMassKg", "120")
                        .param("issuedOn", "2026-02-20").param("validUntil", "2026-02-10"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(errorOf(html, "figures-net")).isEqualTo("淨重大於毛重。");
        // the second problem at its own field, its dates given (it showed nowhere: only the first was put on the form)
        assertThat(errorOf(html, "figures-valid")).contains("有效期限", "早於簽發日").doesNotContain("{0}", "{1}")
                .contains("2026/02/10", "2026/02/20");
    }

    /** The text of the error shown under a control ({@code <id>-error}); null when none. */
    private static String errorOf(String html, String controlId) {
        Matcher m = Pattern.compile("id=\"" + controlId + "-error\"[^>]*>([^<]*)<").matcher(html);
        return m.find() ? m.group(1).strip() : null;
    }
}
