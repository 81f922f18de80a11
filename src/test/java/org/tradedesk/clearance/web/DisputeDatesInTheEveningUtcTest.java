package org.tradedesk.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
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
import org.tradedesk.tariff.Jurisdiction;

/**
 * The time bomb of the evening (UTC): at 17:30 UTC on 6 Dec 2026 it is 01:30 on 7 Dec in Taipei. A Taiwan file's today is
 * 7 Dec, and the dispute pages, their forms and the API agree on it: a notice, a step and an outcome dated 7 Dec are
 * taken, 8 Dec is refused as "after today" naming the file's day, in the reader's language and date style (zh-TW
 * 2026/12/08, en 8 Dec 2026). The application's clock is fixed in UTC, so a bound that read the clock's or the server's
 * day (6 Dec) refuses 7 Dec and fails here.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class DisputeDatesInTheEveningUtcTest {

    static final Instant NOW = Instant.parse("2026-12-06T17:30:00Z");
    static final LocalDate FILE_TODAY = LocalDate.parse("2026-12-07");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock eveningUtcClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;
    @Autowired
    org.tradedesk.clearance.domain.RestDays restDays;
    @Autowired
    jakarta.validation.Validator validator;

    record Given(@org.tradedesk.platform.validation.DateWindow(notInFuture = true) LocalDate on) {
    }

    @Test
    void beanValidationsNotInFutureReadsTheApplicationsClockNotTheJvms() {
        // at 17:30 UTC on 6 Dec the latest served day is 7 Dec (Sydney 04:30, Taipei 01:30): 7 Dec taken, 8 Dec refused —
        // on any real date, because the validator's clock is the application's fixed one
        assertThat(validator.validate(new Given(FILE_TODAY))).isEmpty();
        assertThat(validator.validate(new Given(FILE_TODAY.plusDays(1)))).hasSize(1);
    }

    @Test
    void theDisputeFormsThePageAndTheApiTakeTheFilesDay() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("晚班茶行有限公司", ClientKind.IMPORTER, CountryCode.TW, null, PreferredLanguage.ZH_TW,
                null, null, null)).id();
        String file = mvc.perform(post("/clearance/transactions").with(csrf()).param("lang", "en")
                        .param("clientId", String.valueOf(clientId)).param("direction", "IMPORT").param("jurisdiction", "TW")
                        .param("mode", "SEA").param("arrivalDate", "2026-11-20"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        // the page's dispute form: a notice received on 7 Dec (today in Taipei, tomorrow in UTC) is taken
        String dispute = mvc.perform(post(file + "/disputes").with(csrf()).param("lang", "en")
                        .param("decisionKind", "VALUATION_UPLIFT").param("decisionReference", "EVE-1")
                        .param("decisionSummary", "Freight added").param("noticeReceived", FILE_TODAY.toString())
                        .param("amount", "9000").param("currency", "TWD").param("clientNeeds", "Refund"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        // the page counts the 復查 period from the file's today: notice 7 Dec + 30 days = 6 Jan 2027 (a Wednesday), 30 days left
        LocalDate reviewLast = restDays.roll(Jurisdiction.TW, FILE_TODAY.plusDays(30)).to();
        assertThat(reviewLast).isEqualTo(LocalDate.parse("2027-01-06"));
        String page = mvc.perform(get(dispute).param("lang", "zh-TW")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("data-last-day=\"2027-01-06\"", "尚餘 30 日");

        // the step form: filed on 7 Dec is taken, 8 Dec is refused at its field naming the file's day
        String stepBad = mvc.perform(post(dispute + "/steps").with(csrf()).param("lang", "zh-TW").param("version", "0")
                        .param("stepId", "tw-review").param("filedOn", "2026-12-08").param("summary", "申請復查"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(stepBad).contains("id=\"step-filed-error\"", "日期 2026/12/08 晚於今日（本案所屬國家之日期 2026/12/07）。");
        mvc.perform(post(dispute + "/steps").with(csrf()).param("lang", "en").param("version", "0")
                        .param("stepId", "tw-review").param("filedOn", FILE_TODAY.toString()).param("summary", "Review applied"))
                .andExpect(status().is3xxRedirection());

        // the outcome form's bound is the file's day, said in the reader's language and date style
        String outcomeZh = mvc.perform(post(dispute + "/outcome").with(csrf()).param("lang", "zh-TW").param("version", "1")
                        .param("outcome", "UPHELD").param("decidedOn", "2026-12-08").param("refundedAmount", "9000"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(outcomeZh).contains("id=\"outcome-decided-error\"", "日期 2026/12/08 晚於今日（本案所屬國家之日期 2026/12/07）。")
                .doesNotContain("must not be after today", "2026-12-08 晚於");
        String outcomeEn = mvc.perform(post(dispute + "/outcome").with(csrf()).param("lang", "en").param("version", "1")
                        .param("outcome", "UPHELD").param("decidedOn", "2026-12-08").param("refundedAmount", "9000"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(outcomeEn).contains("id=\"outcome-decided-error\"", "The date 8 Dec 2026 is after today (7 Dec 2026, the day in the file");

        // the API says the same, in the reader's date style
        String api = "/api/v1" + dispute;
        mvc.perform(post(api + "/outcome").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON).content("""
                {"version":1,"outcome":"UPHELD","decidedOn":"2026-12-08","refundedAmount":9000.00,"refundedCurrency":"TWD"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("clearance.dispute.date.future"))
                .andExpect(jsonPath("$.detail").value("日期 2026/12/08 晚於今日（本案所屬國家之日期 2026/12/07）。"));

        // decided on 7 Dec: taken
        long version = ((Number) JsonPath.read(mvc.perform(get(api)).andReturn().getResponse().getContentAsString(), "$.version")).longValue();
        mvc.perform(post(dispute + "/outcome").with(csrf()).param("lang", "en").param("version", String.valueOf(version))
                        .param("outcome", "UPHELD").param("decidedOn", FILE_TODAY.toString()).param("refundedAmount", "9000"))
                .andExpect(status().is3xxRedirection());
        String decided = mvc.perform(get(api)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(decided, "$.outcome.decidedOn")).isEqualTo("2026-12-07");
    }
}
