package org.tradedesk.taxes.web;

import org.tradedesk.taxes.CalculationId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.ContactDetails;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.taxes.CalculationStatus;
import org.tradedesk.taxes.TaxCalculations;

/**
 * Issue 6 §3 review and §8 mail: a return needs a comment; a manager who may not approve sees no
 * Approve button; any calculation is copied into a new, pre-filled quotation; without a mail
 * server the advice e-mail says so on the calculation's page. No mail server in this context.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuotationReviewTest {

    static final RequestPostProcessor CAROL = user("carol").roles("COORDINATOR");
    static final RequestPostProcessor MAX = user("max").roles("MANAGER", "COORDINATOR");
    static final RequestPostProcessor MONA = user("mona").roles("MANAGER", "COORDINATOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    TaxCalculations calculations;

    long clientWithContact() {
        TestSecurityContextHolder.setAuthentication(new TestingAuthenticationToken("carol", "x", "ROLE_COORDINATOR"));
        try {
            long id = clients.create(new ClientDetails("審核測試汽車有限公司", ClientKind.IMPORTER, CountryCode.TW, null, PreferredLanguage.EN,
                    null, null, null)).id();
            clients.addContact(new ClientId(id), new ContactDetails("Lee Wen", "wen.lee@example.com.tw", null, null, PreferredLanguage.EN));
            return id;
        } finally {
            TestSecurityContextHolder.clearContext();
        }
    }

    String savedBy(RequestPostProcessor author, long clientId) throws Exception {
        String location = mvc.perform(QuotationPagesTest.bmw(post("/taxes/quotations"), String.valueOf(clientId)).with(author))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/submit").with(csrf()).with(author)).andExpect(status().is3xxRedirection());
        return location;
    }

    static UUID id(String location) {
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    String page(String location, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(location).with(who).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aCalculationIsNotReturnedWithoutAComment() throws Exception {
        String location = savedBy(CAROL, clientWithContact());
        mvc.perform(post(location + "/return").with(csrf()).with(MAX).param("comment", "  ")).andExpect(status().is3xxRedirection());
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.find(CalculationId.of(id(location)))).status()).isEqualTo(CalculationStatus.SUBMITTED);
        String html = mvc.perform(get(location).with(MAX).param("lang", "en")
                        .flashAttr("error", "taxes.calculation.return.comment-required"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"calculation-error\"").contains("returned with a comment");
        mvc.perform(post(location + "/return").with(csrf()).with(MAX).param("comment", "check the origin"));
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.find(CalculationId.of(id(location)))).status()).isEqualTo(CalculationStatus.DRAFT);
    }

    @Test
    void theAuthorIsNotShownAnApproveButtonAnotherManagerIs() throws Exception {
        String location = savedBy(MAX, clientWithContact());
        assertThat(page(location, MAX)).doesNotContain("id=\"approve\"");
        assertThat(page(location, CAROL)).doesNotContain("id=\"approve\"");
        assertThat(page(location, MONA)).contains("id=\"approve\"");
    }

    @Test
    void anyCalculationIsCopiedIntoANewPrefilledQuotation() throws Exception {
        long clientId = clientWithContact();
        String location = savedBy(CAROL, clientId);
        mvc.perform(post(location + "/return").with(csrf()).with(MAX).param("comment", "use the 2018 rate"));
        String returned = page(location, CAROL);
        assertThat(returned).contains("id=\"copy\"").contains("/taxes/quotations/new?from=" + id(location));
        String form = mvc.perform(get("/taxes/quotations/new").param("from", id(location).toString()).param("lang", "en").with(CAROL))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("value=\"Used BMW X5 xDrive35i 2013\"").contains("value=\"742492\"")
                .contains("value=\"duty=17.5%; commodityTax=30%\"").contains("value=\"2018-03-01\"").contains("value=\"8703.23\"")
                .containsPattern("<option value=\"" + clientId + "\"[^>]*selected")
                .contains("id=\"copied-from\"");
    }

    @Test
    void withoutAMailServerTheAdviceEmailSaysWhatToConfigureOnThePage() throws Exception {
        long clientId = clientWithContact();
        String location = savedBy(CAROL, clientId);
        mvc.perform(post(location + "/approve").with(csrf()).with(MAX)).andExpect(status().is3xxRedirection());
        long contactId = clients.client(new ClientId(clientId)).contacts().get(0).id();
        var result = mvc.perform(post(location + "/send").with(csrf()).with(CAROL).param("contactId", String.valueOf(contactId)))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getFlashMap().get("error")).isEqualTo("taxes.page.send.mail-not-configured");
        String html = mvc.perform(get(location).with(CAROL).param("lang", "en").flashAttr("error", "taxes.page.send.mail-not-configured"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("spring.mail.host").contains("id=\"calculation-error\"");
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.find(CalculationId.of(id(location)))).status()).isEqualTo(CalculationStatus.APPROVED);
    }

    /** Review r-t1 F7: a quotation saved with its rate quoted foreign per local (A$1 = US$0.65) is copied with that rate. */
    @Test
    void aRateQuotedForeignPerLocalIsCarriedIntoTheCopy() throws Exception {
        long clientId = clientWithContact();
        String saved = mvc.perform(post("/api/v1/tax/calculations/saved").with(CAROL)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("""
                        {"clientId":%d,"request":{"jurisdiction":"AU","date":"2026-03-02","currency":"USD","incoterm":"FOB",
                         "foreignPerLocalRate":0.65,"lines":[{"description":"Shiraz 750 ml x 600","tariffCode":"22042120",
                         "origin":"US","value":4200,"litres":450,"alcoholByVolume":14.5,"measures":{"duty":"5%%"}}]}}""".formatted(clientId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String id = com.jayway.jsonpath.JsonPath.read(saved, "$.id");
        String form = mvc.perform(get("/taxes/quotations/new").param("from", id).param("lang", "zh-TW").with(CAROL))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(form);
        assertThat(html.select("input[name=foreignPerLocalRate]").val()).isEqualTo("0.65");
        assertThat(html.select("label[for=foreignPerLocalRate]").text()).contains("每一單位本國幣折合外幣");
        // a blank quotation has no such field: the usual rate (local per foreign) or the rate table applies
        String blank = mvc.perform(get("/taxes/quotations/new").param("jurisdiction", "AU").with(CAROL))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(blank).select("input[name=foreignPerLocalRate]")).isEmpty();
    }
}
