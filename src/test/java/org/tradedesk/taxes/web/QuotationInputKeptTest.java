package org.tradedesk.taxes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.taxes.TaxCalculations;

/**
 * Issue 6 §3: the quotation form answers bad input with the form again, every typed value kept and
 * the field marked; nothing is saved; out-of-bounds figures are refused with the limit named.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuotationInputKeptTest {

    static final RequestPostProcessor COORDINATOR = user("carol").roles("COORDINATOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    TaxCalculations calculations;

    long client() {
        TestSecurityContextHolder.setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken("carol", "x", "ROLE_COORDINATOR"));
        try {
            return clients.create(new ClientDetails("輸入測試貿易有限公司", ClientKind.IMPORTER, CountryCode.TW, null, PreferredLanguage.EN,
                    null, null, null)).id();
        } finally {
            TestSecurityContextHolder.clearContext();
        }
    }

    String save(long clientId, int expectedStatus, String... overrides) throws Exception {
        return mvc.perform(QuotationPagesTest.bmw(post("/taxes/quotations"), String.valueOf(clientId), overrides).with(COORDINATOR)
                        .param("lang", "en"))
                .andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String preview(String... overrides) throws Exception {
        return mvc.perform(QuotationPagesTest.bmw(post("/taxes/quotations/preview"), "", overrides).with(COORDINATOR).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static void keptAndMarked(String html, String fieldId, String typed) {
        assertThat(html).contains("id=\"" + fieldId + "-error\"");
        if (typed != null) {
            assertThat(html).containsPattern("id=\"" + java.util.regex.Pattern.quote(fieldId) + "\"[^>]*value=\"" + java.util.regex.Pattern.quote(typed)
                    + "\"|value=\"" + java.util.regex.Pattern.quote(typed) + "\"[^>]*id=\"" + java.util.regex.Pattern.quote(fieldId) + "\"");
        }
    }

    @Test
    void aClearedInvoiceValueIsAFieldErrorAndTheRestIsKept() throws Exception {
        long clientId = client();
        String html = save(clientId, 422, "lines[0].value", "");
        keptAndMarked(html, "lines0.value", null);
        assertThat(html).contains("value=\"Used BMW X5 xDrive35i 2013\"").contains("value=\"2018-03-01\"");
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.forClient(new ClientId(clientId)))).isEmpty();
        String panel = preview("lines[0].value", "");
        // the summary names the field by its label, not the path (issue 6 §2)
        assertThat(panel).contains("line 1, Value: ").doesNotContain("lines[0].value");
    }

    @Test
    void aBlankAddedLineIsAFieldErrorAndTheFirstLineIsKept() throws Exception {
        long clientId = client();
        String html = save(clientId, 422, "lines[1].description", "", "lines[1].value", "", "lines[1].tariffCode", "");
        assertThat(html).contains("id=\"lines1.description-error\"").contains("value=\"Used BMW X5 xDrive35i 2013\"");
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.forClient(new ClientId(clientId)))).isEmpty();
        preview("lines[1].description", "", "lines[1].value", "");
    }

    @Test
    void theDateIsKeptWhenTheFormComesBack() throws Exception {
        String html = save(client(), 422, "lines[0].origin", "usa", "lines[0].value", "abc");
        assertThat(html).containsPattern("id=\"date\"[^>]*value=\"2018-03-01\"|value=\"2018-03-01\"[^>]*id=\"date\"")
                .doesNotContain("id=\"date-error\"");
    }

    @Test
    void aLineIndexBeyondTheLimitIsAFormErrorNotAServerError() throws Exception {
        long clientId = client();
        String html = save(clientId, 422, "lines[300].value", "5");
        assertThat(html).contains("value=\"Used BMW X5 xDrive35i 2013\"").contains("200");
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.forClient(new ClientId(clientId)))).isEmpty();
        assertThat(preview("lines[300].value", "5")).contains("200");
    }

    @Test
    void hugeAmountsAreRefusedWithTheLimitNamed() throws Exception {
        long clientId = client();
        // the value is shown back exactly as typed (1e308, not the binder's 1E+308): issue 6, "no lost input"
        keptAndMarked(save(clientId, 422, "lines[0].value", "1e308"), "lines0.value", "1e308");
        String forty = "1234567890123456789012345678901234567890";
        String html = save(clientId, 422, "lines[0].value", forty);
        keptAndMarked(html, "lines0.value", forty);
        assertThat(html).contains("15");
        keptAndMarked(save(clientId, 422, "freight", "0.1234567"), "freight", "0.1234567");
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.forClient(new ClientId(clientId)))).isEmpty();
    }

    @Test
    void anAbsurdRateIsRefused() throws Exception {
        long clientId = client();
        String html = save(clientId, 422, "lines[0].measures", "duty=100000%; commodityTax=30%");
        assertThat(html).contains("id=\"lines0.measures-error\"").contains("1000 %").contains("duty=100000%");
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.forClient(new ClientId(clientId)))).isEmpty();
    }

    @Test
    void aDateOutsideTheCalculationWindowIsRefused() throws Exception {
        long clientId = client();
        String html = save(clientId, 422, "date", "9999-12-31");
        keptAndMarked(html, "date", "9999-12-31");
        // the window in the reader's date format (t1fixG 10: ISO dates in the error)
        assertThat(html).contains("31 Dec 2100");
        keptAndMarked(save(clientId, 422, "date", "1800-01-01"), "date", "1800-01-01");
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.forClient(new ClientId(clientId)))).isEmpty();
    }

    /**
     * Issue 6 (acceptance): an invoice dated 9999-12-31 was saved and its letter printed "Invoice date 31 Dec 9999". The invoice
     * date has the calculation date's window (platform DateWindow, 1900-01-01 to 2100-12-31): the form comes back with the typed
     * date kept and marked, the API refuses it naming the field, and nothing is saved.
     */
    @Test
    void anInvoiceDateOutsideTheWindowIsRefusedOnTheFormAndTheApi() throws Exception {
        long clientId = client();
        String html = save(clientId, 422, "invoiceDate", "9999-12-31");
        keptAndMarked(html, "invoiceDate", "9999-12-31");
        // the window in the reader's date format (t1fixG 10: ISO dates in the error)
        assertThat(html).contains("31 Dec 2100");
        keptAndMarked(save(clientId, 422, "invoiceDate", "1800-01-01"), "invoiceDate", "1800-01-01");
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.forClient(new ClientId(clientId)))).isEmpty();
        for (String date : new String[] {"9999-12-31", "1800-01-01"}) {
            mvc.perform(post("/api/v1/tax/calculations/saved").with(COORDINATOR).contentType(MediaType.APPLICATION_JSON).content("""
                            {"request":{"jurisdiction":"TW","date":"2018-03-01","currency":"TWD","incoterm":"CIF","exchangeRate":1,
                             "invoiceNumber":"INV-1","invoiceDate":"%s",
                             "lines":[{"description":"x","value":1000,"measures":{"duty":"5%%"}}]}}""".formatted(date)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.endsWith("invoiceDate"))));
        }
    }

    @Test
    void aPenaltyQuestionWithAnAbsurdAmountIsAnErrorInThePanel() throws Exception {
        long clientId = client();
        String location = mvc.perform(QuotationPagesTest.bmw(post("/taxes/quotations"), String.valueOf(clientId)).with(COORDINATOR))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String panel = mvc.perform(post(location + "/penalties").with(COORDINATOR).with(csrf()).param("lang", "en")
                        .param("shortfall", "1234567890123456789012345678901234567890"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(panel).contains("id=\"penalty-errors\"").contains("at most 15 digits");
    }

    @Test
    void theApiRefusesOutOfBoundsFiguresNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/tax/calculations").with(COORDINATOR).contentType(MediaType.APPLICATION_JSON).content("""
                        {"jurisdiction":"TW","date":"9999-12-31","currency":"TWD","incoterm":"CIF","exchangeRate":1,
                         "lines":[{"description":"x","value":1e308,"measures":{"duty":"5%"}}]}"""))
                .andExpect(status().isBadRequest())
                // issue 11: a number past the JSON edge's bounds is refused while the body is read, before the fields' checks
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("lines[0].value")));
        mvc.perform(post("/api/v1/tax/calculations").with(COORDINATOR).contentType(MediaType.APPLICATION_JSON).content("""
                        {"jurisdiction":"TW","date":"2018-03-01","currency":"TWD","incoterm":"CIF","exchangeRate":1,
                         "lines":[{"description":"x","value":1000,"measures":{"duty":"100000%"}}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", org.hamcrest.Matchers.startsWith("lines[0].measures")));
    }

    /**
     * Review r-t1 F8: a line sent at index 300 (a tampered form) came back as no lines and 「請至少選擇一項 最多 200 列…」. The
     * line sent is kept (the form has room for it) and reported at the line it is shown as.
     */
    @Test
    void aLineSentPastTheLimitIsKeptAndOnlyTheLimitIsReported() throws Exception {
        long clientId = client();
        String html = mvc.perform(post("/taxes/quotations").with(csrf()).with(COORDINATOR).param("lang", "zh-TW")
                        .param("clientId", String.valueOf(clientId)).param("jurisdiction", "TW").param("date", "2018-03-01")
                        .param("currency", "TWD").param("incoterm", "CIF").param("exchangeRate", "1").param("allocation", "VALUE")
                        .param("lines[300].description", "Used Lexus RX 2015").param("lines[300].tariffCode", "8703.23")
                        .param("lines[300].origin", "JP").param("lines[300].value", "650000")
                        .param("lines[300].measures", "duty=17.5%; commodityTax=30%"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // reported at the line the user sees, line 1 (t1fixL 1: 「第 301 列已超過上限」 named a line the page does not show)
        assertThat(html).contains("value=\"Used Lexus RX 2015\"", "value=\"650000\"", "第 1 項：送出時編為第 301 項，本表單並無此位置（最多 200 項）")
                .doesNotContain("請至少選擇一項", "至少需要一列貨品", "第 301 列已超過上限");
        assertThat(org.tradedesk.support.AsUser.manager(() -> calculations.forClient(new ClientId(clientId)))).isEmpty();
    }

    /** Review r-t1 F8: no lines at all is 「至少需要一列貨品」 / "At least one line is required", not 「請至少選擇一項」. */
    @Test
    void noLinesIsSaidAsALineBeingRequired() throws Exception {
        for (String[] language : new String[][] {{"zh-TW", "至少需要一列貨品"}, {"en", "At least one line is required"}}) {
            String body = mvc.perform(post("/api/v1/tax/calculations").with(COORDINATOR).header("Accept-Language", language[0])
                            .contentType(MediaType.APPLICATION_JSON).content("""
                            {"jurisdiction":"TW","date":"2018-03-01","currency":"TWD","incoterm":"CIF","exchangeRate":1,"lines":[]}"""))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).contains(language[1]).doesNotContain("請至少選擇一項");
        }
    }

    /** Review r-t1 F5: an unknown origin is an error at its field, in the API (field, label) and on the form (marked). */
    @Test
    void anUnknownOriginIsRefusedAtItsField() throws Exception {
        mvc.perform(post("/api/v1/tax/calculations").with(COORDINATOR).header("Accept-Language", "zh-TW")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"jurisdiction":"TW","date":"2018-03-01","currency":"TWD","incoterm":"CIF","exchangeRate":1,
                         "lines":[{"description":"x","origin":"ZZ","value":1000,"measures":{"duty":"5%"}}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].origin"))
                .andExpect(jsonPath("$.errors[0].label").value(org.hamcrest.Matchers.containsString("原產地")));
        String html = save(client(), 422, "lines[0].origin", "ZZ");
        keptAndMarked(html, "lines0.origin", "ZZ");
    }
}
