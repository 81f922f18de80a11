package org.tradedesk.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;

/**
 * t4fixAC 3: the new-file form showed Taiwan's single-window particulars (卸存地點代碼, 專責報關人員代號, 件數單位, 身分識別代碼,
 * 英文地址, 稅費繳納方式, the day the duty notice was received) when Australia was chosen: the form is rendered with the
 * fields of the jurisdiction chosen — on the link's choice, on "Show the fields of the customs chosen" (no scripts: the
 * form comes back with everything typed, nothing saved), on a refused save; with scripts the choice posts the form for
 * its two regions (htmx). An Australian file is saved without Taiwan's fields.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class TransactionFormJurisdictionPageTest {

    /** The controls of Taiwan's fields on the form, and the Australian CUSDEC's (both take these three). */
    static final List<String> TAIWAN_ONLY = List.of("transaction-goods-location", "transaction-package-type", "transaction-representative",
            "transaction-importer-type", "transaction-importer-address", "transaction-duty-method", "transaction-duty-notice-received");
    static final List<String> BOTH = List.of("transaction-transport-document", "transaction-journey", "transaction-importer-english-name");

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    JdbcTemplate jdbc;

    long clientId;

    @BeforeEach
    void client() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        clientId = clients.create(new ClientDetails("Harbour Wines Pty Ltd", ClientKind.IMPORTER, CountryCode.AU, null,
                PreferredLanguage.EN, null, null, null)).id();
    }

    static void assertFieldsOf(Document form, String jurisdiction) {
        for (String id : BOTH) {
            assertThat(form.getElementById(id)).as(id).isNotNull();
        }
        for (String id : TAIWAN_ONLY) {
            if ("AU".equals(jurisdiction)) {
                assertThat(form.getElementById(id)).as(id + " on an Australian form").isNull();
            } else {
                assertThat(form.getElementById(id)).as(id + " on a Taiwan form").isNotNull();
            }
        }
    }

    Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theNewFormShowsTheFieldsOfTheJurisdictionChosenInTheLink() throws Exception {
        Document au = page(get("/clearance/transactions/new").param("jurisdiction", "AU").param("lang", "zh-TW"), 200);
        assertFieldsOf(au, "AU");
        assertThat(au.getElementById("transaction-jurisdiction").selectFirst("option[selected]").val()).isEqualTo("AU");
        assertThat(au.text()).doesNotContain("卸存地點代碼", "專責報關人員代號", "客戶收到稅款繳納證日", "單一窗口");
        assertFieldsOf(page(get("/clearance/transactions/new").param("lang", "zh-TW"), 200), "TW");
    }

    @Test
    void withoutScriptsTheButtonShowsTheChosenJurisdictionsFieldsKeepingWhatWasTyped() throws Exception {
        Integer before = jdbc.queryForObject("select count(*) from clearance_transaction", Integer.class);
        // no client chosen yet: not said to be missing on a form only shown again
        Document shown = page(post("/clearance/transactions").with(csrf()).param("lang", "en").param("show", "fields")
                .param("direction", "IMPORT").param("jurisdiction", "AU")
                .param("mode", "SEA").param("reference", "SYD-0901").param("importer", "Harbour Wines Pty Ltd")
                .param("arrivalDate", "2026-13-40").param("goodsLocation", "C2036"), 200);
        assertFieldsOf(shown, "AU");
        assertThat(jdbc.queryForObject("select count(*) from clearance_transaction", Integer.class)).as("nothing saved").isEqualTo(before);
        assertThat(shown.getElementById("transaction-reference").val()).isEqualTo("SYD-0901");
        assertThat(shown.getElementById("transaction-importer").val()).isEqualTo("Harbour Wines Pty Ltd");
        assertThat(shown.getElementById("transaction-jurisdiction").selectFirst("option[selected]").val()).isEqualTo("AU");
        // a date that is none is still said, as typed; nothing else is called missing on a form not yet filled in
        assertThat(shown.getElementById("transaction-arrival").val()).isEqualTo("2026-13-40");
        assertThat(shown.getElementById("transaction-arrival-error")).isNotNull();
        assertThat(shown.select(".invalid-feedback")).hasSize(1);
        // the button is there for a page without scripts; the choice carries the htmx request that replaces the regions
        assertThat(shown.getElementById("transaction-show-fields")).isNotNull();
        assertThat(shown.getElementById("transaction-jurisdiction-field").attr("hx-post")).isEqualTo("/clearance/transactions");
        assertThat(shown.getElementById("transaction-jurisdiction-field").attr("hx-select")).isEqualTo("#jurisdiction-customs");
        assertThat(shown.getElementById("jurisdiction-customs").attr("data-jurisdiction")).isEqualTo("AU");
        assertThat(shown.getElementById("jurisdiction-dates")).isNotNull();

        // back to Taiwan: its fields again, what was typed still there
        Document tw = page(post("/clearance/transactions").with(csrf()).param("lang", "en").param("show", "fields")
                .param("clientId", String.valueOf(clientId)).param("direction", "IMPORT").param("jurisdiction", "TW")
                .param("mode", "SEA").param("reference", "SYD-0901"), 200);
        assertFieldsOf(tw, "TW");
        assertThat(tw.getElementById("transaction-reference").val()).isEqualTo("SYD-0901");
    }

    @Test
    void aRefusedAustralianSaveKeepsTheInputWithAustraliasFieldsAndASavedOneHasNoneOfTaiwans() throws Exception {
        Document refused = page(post("/clearance/transactions").with(csrf()).param("lang", "en")
                .param("direction", "IMPORT").param("jurisdiction", "AU").param("mode", "AIR").param("reference", "SYD-0902")
                .param("journeyId", "QF128"), 422);
        assertFieldsOf(refused, "AU");
        assertThat(refused.getElementById("transaction-reference").val()).isEqualTo("SYD-0902");
        assertThat(refused.getElementById("transaction-journey").val()).isEqualTo("QF128");
        assertThat(refused.getElementById("transaction-client-error")).isNotNull();

        // Taiwan's fields typed before Australia was chosen (no scripts, the form not shown again) are not saved with it
        String location = mvc.perform(post("/clearance/transactions").with(csrf()).param("lang", "en")
                        .param("clientId", String.valueOf(clientId)).param("direction", "IMPORT").param("jurisdiction", "AU")
                        .param("mode", "AIR").param("reference", "SYD-0903").param("journeyId", "QF128")
                        .param("goodsLocation", "C2036").param("dutyMethodCode", "1").param("dutyNoticeReceived", "2026-03-05"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/clearance/transactions/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        java.util.Map<String, Object> row = jdbc.queryForMap("select journey_id, goods_location, duty_method_code, duty_notice_received"
                + " from clearance_transaction where id = ?", id);
        assertThat(row.get("journey_id")).isEqualTo("QF128");
        assertThat(row.get("goods_location")).isNull();
        assertThat(row.get("duty_method_code")).isNull();
        assertThat(row.get("duty_notice_received")).isNull();

        // its edit form and its page: Australia's fields only
        assertFieldsOf(page(get(location + "/edit").param("lang", "en"), 200), "AU");
        String view = mvc.perform(get(location).param("lang", "zh-TW")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(view).getElementById("customs-journey")).isNotNull();
        for (String id2 : List.of("customs-goods-location", "customs-package-type", "customs-representative", "customs-importer-type",
                "customs-importer-address", "customs-duty-method")) {
            assertThat(Jsoup.parse(view).getElementById(id2)).as(id2).isNull();
        }
    }
}
