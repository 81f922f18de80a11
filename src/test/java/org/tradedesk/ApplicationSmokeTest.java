package org.tradedesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@SpringBootTest
@AutoConfigureMockMvc
class ApplicationSmokeTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousBrowserIsSentToTheLoginPage() throws Exception {
        MvcResult result = mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void anonymousApiRequestGets401NotALoginPage() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/anything")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void loginPageSpeaksBothLanguages() throws Exception {
        String zh = mvc.perform(get("/login").param("lang", "zh-TW")).andReturn().getResponse().getContentAsString();
        String en = mvc.perform(get("/login").param("lang", "en")).andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("登入 tradedesk");
        assertThat(en).contains("Log in to tradedesk");
    }
}
