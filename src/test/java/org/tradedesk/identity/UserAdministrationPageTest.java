package org.tradedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class UserAdministrationPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditTrail audit;

    @Test
    void adminCreatesAUserWhoCanThenLogInWithTheHashedPassword() throws Exception {
        mvc.perform(post("/admin/users").with(user("boss").roles("ADMIN")).with(csrf())
                        .param("username", "mei.lin").param("displayName", "林美 Mei Lin")
                        .param("roles", "COORDINATOR").param("password", "mei-lin-s3cret-2026"))
                .andExpect(status().is3xxRedirection());

        UserAccount created = users.findByUsername("mei.lin").orElseThrow();
        assertThat(created.displayName()).isEqualTo("林美 Mei Lin");
        assertThat(created.roles()).containsExactly(Role.COORDINATOR);
        assertThat(created.passwordHash()).doesNotContain("mei-lin-s3cret-2026").startsWith("{bcrypt}");
        mvc.perform(get("/").with(httpBasic("mei.lin", "mei-lin-s3cret-2026"))).andExpect(status().isOk());
        mvc.perform(get("/").with(httpBasic("mei.lin", "wrong-pass"))).andExpect(status().isUnauthorized());

        var entries = audit.search("user", "mei.lin", "boss", null, null, PageRequest.of(0, 10)).getContent();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CREATED);
            assertThat(e.after()).contains("\"COORDINATOR\"").doesNotContain("s3cret");
        });
    }

    @Test
    void listShowsAccountsInTheChosenLanguage() throws Exception {
        Accounts.coordinator(users, encoder, "list.one");
        String zh = mvc.perform(get("/admin/users").param("lang", "zh-TW").with(user("boss").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String en = mvc.perform(get("/admin/users").param("lang", "en").with(user("boss").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("id=\"user-list.one\"").contains("協調人員").contains("新增使用者");
        assertThat(en).contains("id=\"user-list.one\"").contains("Coordinator").contains("New user");
        // every column header has a name for screen readers (issue 6 §7: no empty table headers)
        assertThat(en).doesNotContainPattern("<th[^>]*>\\s*</th>").contains("<span class=\"visually-hidden\">Actions</span>");
    }

    @Test
    void invalidNewUserIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
        String page = mvc.perform(post("/admin/users").param("lang", "en").with(user("boss").roles("ADMIN")).with(csrf())
                        .param("username", "Bad Name").param("displayName", "x")
                        .param("roles", "COORDINATOR").param("password", "short"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("has an invalid format").contains("must be 12 to 128 characters long");
        assertThat(users.existsByUsername("Bad Name")).isFalse();
    }

    @Test
    void aCommonPasswordIsRefusedAtItsFieldWithTheOtherInputKept() throws Exception {
        String page = mvc.perform(post("/admin/users").param("lang", "en").with(user("boss").roles("ADMIN")).with(csrf())
                        .param("username", "common.pw").param("displayName", "Common Password")
                        .param("roles", "COORDINATOR").param("password", "1qaz2wsx3edc"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This password is on the list of commonly used passwords; choose another.")
                .contains("value=\"common.pw\"").contains("12 to 128 characters");
        assertThat(users.existsByUsername("common.pw")).isFalse();
        UserAccount account = Accounts.coordinator(users, encoder, "common.reset");
        String reset = mvc.perform(post("/admin/users/" + account.id() + "/password").param("lang", "zh-TW")
                        .with(user("boss").roles("ADMIN")).with(csrf()).param("password", "QWERTY123456"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(reset).contains("此密碼屬於常見密碼清單，請另選一個。");
    }

    @Test
    void duplicateUserNameIsAConflict() throws Exception {
        Accounts.coordinator(users, encoder, "dup.user");
        mvc.perform(post("/admin/users").with(user("boss").roles("ADMIN")).with(csrf())
                        .param("username", "dup.user").param("displayName", "Other")
                        .param("roles", "MANAGER").param("password", "long-enough-passphrase"))
                .andExpect(status().isConflict());
    }

    @Test
    void editChangesRolesAndDisablesWithAuditOfBeforeAndAfter() throws Exception {
        UserAccount account = Accounts.coordinator(users, encoder, "to.edit");
        mvc.perform(post("/admin/users/" + account.id()).with(user("boss").roles("ADMIN")).with(csrf())
                        .param("version", String.valueOf(account.version())).param("displayName", "Edited")
                        .param("roles", "MANAGER").param("roles", "COORDINATOR"))
                .andExpect(status().is3xxRedirection());

        UserAccount edited = users.findByUsername("to.edit").orElseThrow();
        assertThat(edited.roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.COORDINATOR);
        assertThat(edited.enabled()).isFalse();
        assertThat(edited.version()).isGreaterThan(account.version());
        mvc.perform(get("/").with(httpBasic("to.edit", "to.edit-pass"))).andExpect(status().isUnauthorized());

        var change = audit.search("user", "to.edit", null, null, null, PageRequest.of(0, 10)).getContent().get(0);
        assertThat(change.action()).isEqualTo(AuditAction.CHANGED);
        assertThat(change.before()).contains("\"enabled\":true").contains("\"displayName\":\"to.edit\"");
        assertThat(change.after()).contains("\"enabled\":false").contains("\"displayName\":\"Edited\"");
    }

    @Test
    void editPageShowsTheAccountWithItsVersionAndRoles() throws Exception {
        UserAccount account = Accounts.manager(users, encoder, "edit.page");
        String page = mvc.perform(get("/admin/users/" + account.id()).param("lang", "en").with(user("boss").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Edit user edit.page").contains("name=\"version\" value=\"" + account.version() + "\"")
                .containsPattern("value=\"MANAGER\" id=\"role-MANAGER\"\\s+checked")
                .containsPattern("id=\"enabled\"\\s+checked").contains("Reset password");
    }

    @Test
    void staleEditIsRefusedWith409AndLeavesTheAccountAlone() throws Exception {
        UserAccount account = Accounts.coordinator(users, encoder, "stale.edit");
        long opened = account.version();
        mvc.perform(post("/admin/users/" + account.id()).with(user("boss").roles("ADMIN")).with(csrf())
                        .param("version", String.valueOf(opened)).param("displayName", "First")
                        .param("roles", "COORDINATOR").param("enabled", "true"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(post("/admin/users/" + account.id()).param("lang", "en")
                        .with(user("boss").roles("ADMIN")).with(csrf())
                        .param("version", String.valueOf(opened)).param("displayName", "Second")
                        .param("roles", "COORDINATOR").param("enabled", "true"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Someone else changed this record");
        assertThat(users.findByUsername("stale.edit").orElseThrow().displayName()).isEqualTo("First");
    }

    @Test
    void resetPasswordReplacesTheOldOne() throws Exception {
        UserAccount account = Accounts.coordinator(users, encoder, "reset.me");
        mvc.perform(post("/admin/users/" + account.id() + "/password").with(user("boss").roles("ADMIN")).with(csrf())
                        .param("password", "brand-new-passphrase"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/").with(httpBasic("reset.me", "reset.me-pass"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/").with(httpBasic("reset.me", "brand-new-passphrase"))).andExpect(status().isOk());
        assertThat(audit.search("user", "reset.me", null, null, null, PageRequest.of(0, 10)).getContent())
                .anySatisfy(e -> assertThat(e.after()).isEqualTo("{\"password\":\"reset\"}"));
    }

    @Test
    void adminCannotLockThemselfOut() throws Exception {
        UserAccount me = Accounts.admin(users, encoder, "self.admin");
        mvc.perform(post("/admin/users/" + me.id()).with(user("self.admin").roles("ADMIN")).with(csrf())
                        .param("version", String.valueOf(me.version())).param("displayName", "Me")
                        .param("roles", "COORDINATOR").param("enabled", "true"))
                .andExpect(status().isConflict());
        assertThat(users.findByUsername("self.admin").orElseThrow().roles()).contains(Role.ADMIN);
    }

    @Test
    void unknownUserIsA404Page() throws Exception {
        mvc.perform(get("/admin/users/999999").with(user("boss").roles("ADMIN"))).andExpect(status().isNotFound());
    }

    @Test
    void coordinatorAndManagerAreForbiddenFromUserAdministration() throws Exception {
        mvc.perform(get("/admin/users").with(user("c").roles("COORDINATOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user("m").roles("MANAGER", "COORDINATOR"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").with(user("c").roles("COORDINATOR")).with(csrf())
                        .param("username", "sneaky").param("displayName", "x").param("roles", "ADMIN")
                        .param("password", "long-enough-passphrase"))
                .andExpect(status().isForbidden());
        assertThat(users.existsByUsername("sneaky")).isFalse();
    }

    @Test
    void adminApiListsAccountsWithoutPasswordHashes() throws Exception {
        Accounts.coordinator(users, encoder, "api.listed");
        String json = mvc.perform(get("/api/v1/admin/users").with(user("boss").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"username\":\"api.listed\"").contains("\"roles\":[\"COORDINATOR\"]")
                .doesNotContain("bcrypt").doesNotContain("password");
        mvc.perform(get("/api/v1/admin/users/999999").with(user("boss").roles("ADMIN")))
                .andExpect(status().isNotFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code")
                        .value("identity.user.not-found"));
        mvc.perform(get("/api/v1/admin/users").with(user("m").roles("MANAGER"))).andExpect(status().isForbidden());
    }

    @Autowired
    UserAdministration administration;

    @Test
    void theFacadeItselfRefusesNonAdmins() {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("c", null,
                        java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_COORDINATOR"))));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> administration.list())
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void failedLoginIsAudited() throws Exception {
        Accounts.coordinator(users, encoder, "fail.login");
        mvc.perform(post("/login").with(csrf()).param("username", "fail.login").param("password", "nope"))
                .andExpect(status().is3xxRedirection());
        assertThat(audit.search("login", "fail.login", null, null, null, PageRequest.of(0, 10)).getContent())
                .singleElement().satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.LOGIN_FAILED));
    }
}
