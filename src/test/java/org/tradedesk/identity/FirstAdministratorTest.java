package org.tradedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import jakarta.servlet.http.Cookie;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12, item 1: an empty production database had no way in. The bootstrap variables create the
 * first administrator (audited), who must choose a password before anything else; once an
 * administrator exists they change nothing.
 */
@SpringBootTest(properties = {"tradedesk.bootstrap.admin=first.admin",
        "tradedesk.bootstrap.password=Handed over in an envelope 7"})
@AutoConfigureMockMvc
class FirstAdministratorTest {

    static final String GIVEN = "Handed over in an envelope 7";
    static final String OWN = "My own lantern festival 2027";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditTrail audit;
    @Autowired
    FirstAdministrator atStart;

    @Test
    void theFirstStartCreatesTheAdministratorWhoMustChangeThePasswordBeforeAnythingElse() throws Exception {
        UserAccount admin = users.findByUsername("first.admin").orElseThrow();
        assertThat(admin.roles()).contains(Role.ADMIN);
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(encoder.matches(GIVEN, admin.passwordHash())).isTrue();
        assertThat(audit.search(UserAdministration.AUDIT_SUBJECT, "first.admin", null, null, null, PageRequest.of(0, 5))
                .getContent()).anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.CREATED);
                    assertThat(e.after()).contains("\"bootstrap\":true").doesNotContain(GIVEN);
                });

        // sessions live in the database (Spring Session JDBC): the cookie is the session
        Cookie session = mvc.perform(formLogin("/login").user("first.admin").password(GIVEN))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        // every page leads to the change-password page, the API refuses with its own code
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/admin/users").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/admin/users").with(httpBasic("first.admin", GIVEN)).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("identity.password.change-required"));
        mvc.perform(get("/account/password").cookie(session).header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("請先設定您自己的密碼")));

        // wrong current password, a common one, two that differ: the page comes back, nothing changed
        mvc.perform(post("/account/password").cookie(session).with(csrf()).header("Accept-Language", "en")
                        .param("currentPassword", "not it at all 123").param("newPassword", OWN).param("repeatPassword", OWN))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The current password is wrong.")));
        mvc.perform(post("/account/password").cookie(session).with(csrf()).header("Accept-Language", "en")
                        .param("currentPassword", GIVEN).param("newPassword", "short").param("repeatPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("at least 12 characters")));
        mvc.perform(post("/account/password").cookie(session).with(csrf()).header("Accept-Language", "en")
                        .param("currentPassword", GIVEN).param("newPassword", OWN).param("repeatPassword", OWN + "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The two new passwords differ.")));
        assertThat(users.findByUsername("first.admin").orElseThrow().mustChangePassword()).isTrue();

        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", GIVEN).param("newPassword", OWN).param("repeatPassword", OWN))
                .andExpect(redirectedUrl("/"));
        UserAccount changed = users.findByUsername("first.admin").orElseThrow();
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(encoder.matches(OWN, changed.passwordHash())).isTrue();
        // the same session goes on without logging in again
        mvc.perform(get("/admin/users").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/admin/users").with(httpBasic("first.admin", OWN))).andExpect(status().isOk());
    }

    @Test
    void onceAnAdministratorExistsTheVariablesChangeNothing() {
        long before = users.count();
        FirstAdministrator again = new FirstAdministrator(users, encoder, audit, "second.admin", "Another long secret 42");
        assertThat(again.bootstrap()).isEqualTo(FirstAdministrator.Outcome.REFUSED);
        assertThat(users.existsByUsername("second.admin")).isFalse();
        // nor does it reset the existing administrator's password
        FirstAdministrator same = new FirstAdministrator(users, encoder, audit, "first.admin", "Another long secret 42");
        assertThat(same.bootstrap()).isEqualTo(FirstAdministrator.Outcome.REFUSED);
        assertThat(encoder.matches("Another long secret 42", users.findByUsername("first.admin").orElseThrow().passwordHash()))
                .isFalse();
        assertThat(users.count()).isEqualTo(before);
        assertThat(new FirstAdministrator(users, encoder, audit, "", "").bootstrap())
                .isEqualTo(FirstAdministrator.Outcome.NOT_ASKED);
    }

    @Test
    void aPasswordThePolicyRefusesStopsTheStartWithTheReason() {
        FirstAdministrator weak = new FirstAdministrator(new NoAdmins(users), encoder, audit, "third.admin", "password");
        assertThatThrownBy(weak::bootstrap).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TRADEDESK_BOOTSTRAP_PASSWORD");
        assertThat(users.existsByUsername("third.admin")).isFalse();
    }

    /** The repository as an empty database's: no administrator yet. */
    record NoAdmins(UserAccountRepository real) implements UserAccountRepository {
        public java.util.Optional<UserAccount> findByUsername(String username) { return real.findByUsername(username); }
        public java.util.Optional<UserAccount> findById(Long id) { return real.findById(id); }
        public java.util.List<UserAccount> findAllByOrderByUsername() { return real.findAllByOrderByUsername(); }
        public boolean existsByUsername(String username) { return real.existsByUsername(username); }
        public long count() { return real.count(); }
        public boolean existsByRolesContaining(String role) { return false; }
        public UserAccount save(UserAccount account) { return real.save(account); }
    }
}
