package org.tradedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenAuthenticationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    /** Creates a token through the account page, as its owner would, and reads the once-shown secret. */
    private IssuedApiToken issue(String owner, String name) throws Exception {
        return (IssuedApiToken) mvc.perform(post("/account/tokens").with(user(owner)).with(csrf()).param("name", name))
                .andExpect(status().is3xxRedirection())
                .andReturn().getFlashMap().get("issued");
    }

    /** The load test found this: every call used to bump the token's version, so parallel calls failed each other. */
    @Test
    void oneTokenUsedByParallelCallsNeverFailsThem() throws Exception {
        Accounts.manager(users, encoder, "tok.parallel");
        IssuedApiToken token = issue("tok.parallel", "integration");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 80; i++) {
                calls.add(pool.submit(() -> mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token.secret()))
                        .andReturn().getResponse().getStatus()));
            }
            for (java.util.concurrent.Future<Integer> call : calls) {
                assertThat(call.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from api_token where name = 'integration' and last_used_at is not null",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void bearerTokenActsAsItsOwnerWithTheOwnersRoles() throws Exception {
        Accounts.manager(users, encoder, "tok.manager");
        IssuedApiToken token = issue("tok.manager", "nightly export");
        assertThat(token.secret()).startsWith("tdk_").hasSizeGreaterThan(40);

        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isArray());
        // the same token is also accepted with a lower-case scheme name (RFC 7235: case-insensitive)
        mvc.perform(get("/api/v1/audit").header("Authorization", "bearer " + token.secret()))
                .andExpect(status().isOk());
    }

    @Test
    void tokenOfACoordinatorGets403ProblemOnManagerApi() throws Exception {
        Accounts.coordinator(users, encoder, "tok.coord");
        IssuedApiToken token = issue("tok.coord", "script");
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token.secret()).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.code").value("identity.api.forbidden"))
                .andExpect(jsonPath("$.detail").value("Your role does not allow this action."));
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token.secret()).header("Accept-Language", "zh-TW"))
                .andExpect(jsonPath("$.detail").value("您的角色無權執行此操作。"));
    }

    @Test
    void unknownTokenGets401Problem() throws Exception {
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer tdk_not-a-real-token").header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("identity.api.unauthorized"))
                .andExpect(jsonPath("$.detail").value("Log in with HTTP Basic or send a personal API token."));
        mvc.perform(get("/api/v1/audit").header("Accept-Language", "zh-TW"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("請以 HTTP Basic 登入，或送出個人 API 權杖。"));
    }

    @Test
    void revokedTokenStopsWorkingAndOthersCannotRevokeIt() throws Exception {
        Accounts.manager(users, encoder, "tok.revoke");
        Accounts.manager(users, encoder, "tok.other");
        IssuedApiToken token = issue("tok.revoke", "to revoke");
        mvc.perform(post("/account/tokens/" + token.id() + "/revoke").with(user("tok.other")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token.secret())).andExpect(status().isOk());

        mvc.perform(post("/account/tokens/" + token.id() + "/revoke").with(user("tok.revoke")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void tokenOfADisabledUserStopsWorking() throws Exception {
        UserAccount account = Accounts.manager(users, encoder, "tok.disabled");
        IssuedApiToken token = issue("tok.disabled", "x");
        jdbc.update("update user_account set enabled = false where id = ?", account.id());
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Autowired
    UserAdministration administration;

    /** A resolved token is kept a few seconds (ApiTokenGrantCache); disabling its owner here stops it at once. */
    @Test
    void anOwnerDisabledByAnAdministratorStopsTheTokenAtOnceEvenRightAfterAUse() throws Exception {
        UserAccount account = Accounts.manager(users, encoder, "tok.disabled.used");
        IssuedApiToken token = issue("tok.disabled.used", "x");
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token.secret())).andExpect(status().isOk());

        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken("boss", "x", "ROLE_ADMIN"));
        try {
            UserAccount current = users.findById(account.id()).orElseThrow();
            administration.change(account.id(), new UserChange(current.version(), current.displayName(), current.roles(), false, current.email(), current.preferredLanguage()));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isUnauthorized());
    }

    /**
     * Another instance (here: a change behind the application's back) is seen within the cache's time to
     * live, as the README states — not never.
     */
    @Test
    void aChangeMadeElsewhereIsSeenWithinTheCachesTimeToLive() throws Exception {
        UserAccount account = Accounts.manager(users, encoder, "tok.disabled.elsewhere");
        IssuedApiToken token = issue("tok.disabled.elsewhere", "x");
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token.secret())).andExpect(status().isOk());
        jdbc.update("update user_account set enabled = false where id = ?", account.id());
        long start = System.nanoTime();
        org.awaitility.Awaitility.await().atMost(ApiTokenGrantCache.TIME_TO_LIVE.plusSeconds(5)).pollInterval(java.time.Duration.ofMillis(250))
                .until(() -> mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token.secret()))
                        .andReturn().getResponse().getStatus() == 401);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(ApiTokenGrantCache.TIME_TO_LIVE.plusSeconds(5));
    }

    @Test
    void onlyAHashIsStoredAndLastUseIsRecorded() throws Exception {
        Accounts.manager(users, encoder, "tok.hash");
        IssuedApiToken token = issue("tok.hash", "hash check");
        Map<String, Object> row = jdbc.queryForMap("select * from api_token where id = ?", token.id());
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(token.secret().substring(4)));
        assertThat(row.get("token_hash").toString()).matches("[0-9a-f]{64}");
        assertThat(row.get("last_used_at")).isNull();

        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token.secret())).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select last_used_at from api_token where id = ?", Object.class, token.id()))
                .isNotNull();
    }

    @Test
    void tokenPageShowsTheSecretOnceAndListsNameAndUse() throws Exception {
        Accounts.manager(users, encoder, "tok.page");
        IssuedApiToken token = issue("tok.page", "Excel 連線");
        String afterCreate = mvc.perform(get("/account/tokens").param("lang", "en").with(user("tok.page"))
                        .flashAttr("issued", token))
                .andReturn().getResponse().getContentAsString();
        assertThat(afterCreate).contains(token.secret()).contains("will not be shown again");
        String later = mvc.perform(get("/account/tokens").param("lang", "en").with(user("tok.page")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(later).doesNotContain(token.secret()).contains("Excel 連線").contains("Never").contains("Revoke");
    }

    @Test
    void tokenOnlyAuthenticatesTheApiNotPages() throws Exception {
        Accounts.manager(users, encoder, "tok.pages");
        IssuedApiToken token = issue("tok.pages", "api only");
        mvc.perform(get("/audit").accept(org.springframework.http.MediaType.TEXT_HTML).header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anonymousApiCallGets401ProblemAndBasicStillWorks() throws Exception {
        mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        Accounts.manager(users, encoder, "basic.manager");
        mvc.perform(get("/api/v1/audit").with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("basic.manager", "basic.manager-pass")))
                .andExpect(status().isOk());
    }
}
