package org.tradedesk.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;

/**
 * Every clearance page form is bound once, the same way (WordedFieldErrors, which the invoice page's own copy of these
 * rules folded into): a value that does not convert keeps the user's input in the page and is said in the reader's
 * language with what was typed — the file form's date that does not exist and its choice no option offers were left to
 * Spring ("has an invalid value" / 「值不正確」), the form itself lost.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ClearanceFormBindingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;

    long clientId;

    @BeforeEach
    void client() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        clientId = clients.create(new ClientDetails("表單測試有限公司", ClientKind.IMPORTER, CountryCode.TW, null, PreferredLanguage.ZH_TW,
                null, null, null)).id();
        SecurityContextHolder.clearContext();
    }

    MockHttpServletRequestBuilder file(String lang, String mode, String arrival) {
        return post("/clearance/transactions").with(csrf()).param("lang", lang).param("clientId", String.valueOf(clientId))
                .param("direction", "IMPORT").param("jurisdiction", "TW").param("mode", mode).param("reference", "KEEP-BIND")
                .param("importer", "表單測試").param("arrivalDate", arrival);
    }

    @Test
    void theFileFormKeepsTheInputAndWordsADateThatDoesNotExistInBothLanguages() throws Exception {
        String en = HtmlUtils.htmlUnescape(mvc.perform(file("en", "SEA", "2026-02-30")).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString());
        assertThat(en).contains("value=\"KEEP-BIND\"", "value=\"表單測試\"", "'2026-02-30' is not a date that exists.", "is-invalid")
                .doesNotContain("has an invalid value", "typeMismatch");
        String zh = HtmlUtils.htmlUnescape(mvc.perform(file("zh-TW", "SEA", "2026-02-30")).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString());
        assertThat(zh).contains("value=\"KEEP-BIND\"", "「2026-02-30」不是存在的日期。").doesNotContain("值不正確");
    }

    @Test
    void theFileFormWordsAChoiceNoOptionOffersAndKeepsTheInput() throws Exception {
        String en = HtmlUtils.htmlUnescape(mvc.perform(file("en", "BOAT", "2026-12-01")).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString());
        assertThat(en).contains("value=\"KEEP-BIND\"", "'BOAT' is not one of the values this field offers.")
                .doesNotContain("has an invalid value");
        String zh = HtmlUtils.htmlUnescape(mvc.perform(file("zh-TW", "BOAT", "2026-12-01")).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString());
        assertThat(zh).contains("「BOAT」不是此欄位可選的值。");
    }
}
