package org.tradedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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

/** A user's e-mail address and mail language: the admin forms, the user's own account page, the REST API, the audit. */
@SpringBootTest
@AutoConfigureMockMvc
class UserEmailAndLanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccountRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserNames names;

    @Test
    void adminCreatesAUserWithAddressAndLanguageShownByTheApiAndAudited() throws Exception {
        mvc.perform(post("/admin/users").with(user("boss").roles("ADMIN")).with(csrf())
                        .param("username", "mail.user").param("displayName", "Mail User").param("roles", "COORDINATOR")
                        .param("password", "mail-user-s3cret-2026").param("email", " mail.user@example.com ")
                        .param("language", "en"))
                .andExpect(status().is3xxRedirection());
        UserAccount created = users.findByUsername("mail.user").orElseThrow();
        assertThat(created.email()).isEqualTo("mail.user@example.com");
        assertThat(created.preferredLanguage()).isEqualTo("en");
        assertThat(names.contact("mail.user").orElseThrow().email()).contains("mail.user@example.com");

        String json = mvc.perform(get("/api/v1/admin/users/" + created.id()).with(user("boss").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"email\":\"mail.user@example.com\"").contains("\"language\":\"en\"");
        var entry = audit.search("user", "mail.user", "boss", null, null, PageRequest.of(0, 10)).getContent().get(0);
        assertThat(entry.after()).contains("\"email\":\"mail.user@example.com\"").contains("\"language\":\"en\"");
    }

    @Test
    void aBadAddressIsRefusedAtItsFieldInBothLanguagesWithTheInputKept() throws Exception {
        UserAccount account = Accounts.coordinator(users, encoder, "bad.mail");
        String en = mvc.perform(post("/admin/users/" + account.id()).param("lang", "en").with(user("boss").roles("ADMIN"))
                        .with(csrf()).param("version", String.valueOf(account.version())).param("displayName", "Kept Name")
                        .param("roles", "COORDINATOR").param("enabled", "true").param("email", "not-an-address")
                        .param("language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Not an e-mail address.").contains("value=\"not-an-address\"").contains("value=\"Kept Name\"");
        String zh = mvc.perform(post("/account").param("lang", "zh-TW").with(user("bad.mail").roles("COORDINATOR"))
                        .with(csrf()).param("email", "a@b").param("language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("不是電子郵件地址。").contains("value=\"a@b\"");
        assertThat(users.findByUsername("bad.mail").orElseThrow().email()).isNull();
        // a language outside zh-TW / en is a field error too, nothing saved
        String fr = mvc.perform(post("/account").param("lang", "zh-TW").with(user("bad.mail").roles("COORDINATOR")).with(csrf())
                        .param("email", "ok@example.com").param("language", "fr"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the message names what is accepted (review: a bare "格式不正確" did not)
        assertThat(fr).contains("請選擇繁體中文或英文。").doesNotContain("格式不正確");
        assertThat(users.findByUsername("bad.mail").orElseThrow().email()).isNull();
    }

    @Test
    void theUserSetsTheirOwnAddressAndLanguageAudited() throws Exception {
        Accounts.coordinator(users, encoder, "own.mail");
        String page = mvc.perform(get("/account").param("lang", "en").with(user("own.mail").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"account-no-email\"").contains("the desk cannot send you reminders");
        mvc.perform(post("/account").with(user("own.mail").roles("COORDINATOR")).with(csrf())
                        .param("email", "own.mail@example.com").param("language", "en"))
                .andExpect(status().is3xxRedirection());
        UserAccount after = users.findByUsername("own.mail").orElseThrow();
        assertThat(after.email()).isEqualTo("own.mail@example.com");
        assertThat(after.preferredLanguage()).isEqualTo("en");
        var entry = audit.search("user", "own.mail", "own.mail", null, null, PageRequest.of(0, 10)).getContent().get(0);
        assertThat(entry.action()).isEqualTo(AuditAction.CHANGED);
        assertThat(entry.before()).contains("\"email\":null");
        assertThat(entry.after()).contains("\"email\":\"own.mail@example.com\"");
        String zh = mvc.perform(get("/account").param("lang", "zh-TW").with(user("own.mail").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("我的帳號").contains("value=\"own.mail@example.com\"").doesNotContain("account-no-email");
    }
}
