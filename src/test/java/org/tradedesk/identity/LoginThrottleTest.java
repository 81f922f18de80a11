package org.tradedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 7: 30 wrong passwords in a row for {@code coordinator} over HTTP Basic were all answered 401
 * and the 31st, right, one was let in at once. Each test uses its own client address, so the shared
 * test database's counts do not leak between tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LoginThrottleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditTrail audit;

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void basicGuessingLocksTheAccountFromThatAddressEvenForTheRightPassword() throws Exception {
        Accounts.coordinator(users, encoder, "thr.basic");
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/tariff/AU/search").param("q", "wine").with(from("198.51.100.1"))
                    .with(httpBasic("thr.basic", "wrong-" + i))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/tariff/AU/search").param("q", "wine").with(from("198.51.100.1"))
                        .with(httpBasic("thr.basic", "thr.basic-pass")).header("Accept-Language", "en"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.code").value("identity.login.throttled"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Too many failed log-in attempts.")));
        mvc.perform(get("/api/v1/audit").with(from("198.51.100.1")).with(httpBasic("thr.basic", "thr.basic-pass"))
                        .header("Accept-Language", "zh-TW"))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("登入失敗次數過多")));

        // the real user at another address is not locked out by the attacker's failures
        mvc.perform(get("/").with(from("198.51.100.2")).with(httpBasic("thr.basic", "thr.basic-pass")))
                .andExpect(status().isOk());
        assertThat(audit.search("login", "u:thr.basic|198.51.100.1", null, null, null, PageRequest.of(0, 5)).getContent())
                .singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.LOGIN_THROTTLED);
                    assertThat(e.after()).contains("\"failures\":5").contains("\"lockedSeconds\":30");
                });
    }

    @Test
    void formLoginIsLockedTooAndTheLoginPageSaysSo() throws Exception {
        Accounts.coordinator(users, encoder, "thr.form");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).with(from("198.51.100.3")).param("username", "thr.form")
                    .param("password", "wrong-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).with(from("198.51.100.3")).param("username", "thr.form")
                .param("password", "thr.form-pass")).andExpect(redirectedUrl("/login?throttled=1"));
        String page = mvc.perform(get("/login").param("throttled", "1").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"login-throttled\"").contains("Too many failed log-in attempts. Try again in 1 minute(s).");
        String zh = mvc.perform(get("/login").param("throttled", "1").param("lang", "zh-TW"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).contains("登入失敗次數過多，請於 1 分鐘後再試。");
    }

    @Test
    void aRightPasswordBeforeTheLimitClearsTheCount() throws Exception {
        Accounts.coordinator(users, encoder, "thr.typo");
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                mvc.perform(get("/").with(from("198.51.100.4")).with(httpBasic("thr.typo", "typo-" + i)))
                        .andExpect(status().isUnauthorized());
            }
            mvc.perform(get("/").with(from("198.51.100.4")).with(httpBasic("thr.typo", "thr.typo-pass")))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void oneAddressTryingManyAccountsIsLockedForEveryAccount() throws Exception {
        Accounts.coordinator(users, encoder, "thr.spray");
        for (int i = 0; i < 50; i++) {
            mvc.perform(get("/").with(from("198.51.100.5")).with(httpBasic("spray-" + (i % 10), "123456")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/").with(from("198.51.100.5")).with(httpBasic("thr.spray", "thr.spray-pass")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/").with(from("198.51.100.6")).with(httpBasic("thr.spray", "thr.spray-pass")))
                .andExpect(status().isOk());
    }
}
