package org.tradedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 7: API tokens can be limited to read-only or to a module, and expire. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenScopeAndExpiryTest {

    /** "Today" by the product's rule (tradedesk.time-zone), as the code under test takes it, not the server's. */
    @Autowired
    org.tradedesk.platform.BusinessCalendar calendar;

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiTokens tokens;

    private IssuedApiToken issue(String owner, String name, String scope, String expiresOn) throws Exception {
        return (IssuedApiToken) mvc.perform(post("/account/tokens").with(user(owner)).with(csrf())
                        .param("name", name).param("scope", scope).param("expiresOn", expiresOn))
                .andExpect(status().is3xxRedirection())
                .andReturn().getFlashMap().get("issued");
    }

    @Test
    void aReadOnlyTokenReadsButCannotWrite() throws Exception {
        Accounts.manager(users, encoder, "scope.read");
        IssuedApiToken token = issue("scope.read", "dashboard", "read", "");
        mvc.perform(get("/api/v1/clients").header("Authorization", "Bearer " + token.secret())).andExpect(status().isOk());
        mvc.perform(post("/api/v1/clients").header("Authorization", "Bearer " + token.secret()).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Read Only Ltd\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("identity.token.out-of-scope"))
                .andExpect(jsonPath("$.detail").value("This API token is limited to: Read only."));
        mvc.perform(post("/api/v1/clients").header("Authorization", "Bearer " + token.secret()).header("Accept-Language", "zh-TW")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(jsonPath("$.detail").value("此 API 權杖的權限僅限於：唯讀。"));
        assertThat(jdbc.queryForObject("select count(*) from client where name = 'Read Only Ltd'", Integer.class)).isZero();
    }

    @Test
    void aModuleTokenStaysInItsModule() throws Exception {
        Accounts.manager(users, encoder, "scope.tariff");
        IssuedApiToken token = issue("scope.tariff", "tariff sync", "tariff", "");
        mvc.perform(get("/api/v1/tariff/AU/search").param("q", "wine").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/clients").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("identity.token.out-of-scope"));
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTokenExpiresAfterItsLastDayAndDefaultsToNinetyDays() throws Exception {
        Accounts.manager(users, encoder, "scope.expiry");
        IssuedApiToken token = issue("scope.expiry", "short-lived", "all", calendar.today().toString());
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token.secret())).andExpect(status().isOk());
        jdbc.update("update api_token set expires_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), token.id());
        // the update stands for the passage of time; the grant resolved a moment ago still carries the old
        // expiry, which only a clock change could reach, so it is forgotten here as a day's wait would
        tokens.grantCache().forgetAll();
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("identity.api.unauthorized"));

        IssuedApiToken lasting = issue("scope.expiry", "default", "all", "");
        java.time.Instant expires = jdbc.queryForObject("select expires_at from api_token where id = ?",
                java.sql.Timestamp.class, lasting.id()).toInstant();
        assertThat(expires).isBetween(java.time.Instant.now().plus(java.time.Duration.ofDays(90)),
                java.time.Instant.now().plus(java.time.Duration.ofDays(91)));
    }

    @Test
    void theTokensPageOffersScopeAndExpiryAndRefusesALastDayBeyondAYear() throws Exception {
        Accounts.manager(users, encoder, "scope.page");
        issue("scope.page", "listed", "taxes", calendar.today().plusDays(10).toString());
        String page = mvc.perform(get("/account/tokens").with(user("scope.page")).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"scope\"").contains("id=\"expiresOn\"").contains("T1 taxes API only")
                .contains("<span class=\"visually-hidden\">Actions</span>").doesNotContain("<th></th>");

        String refused = mvc.perform(post("/account/tokens").with(user("scope.page")).with(csrf()).param("lang", "en")
                        .param("name", "too long").param("scope", "read").param("expiresOn", calendar.today().plusYears(2).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("The last day must be between today and 366 days from today.")
                .contains("value=\"too long\"");
        assertThat(jdbc.queryForObject("select count(*) from api_token where name = 'too long'", Integer.class)).isZero();
    }
}
