package org.tradedesk.clients.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.ContactDetails;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.support.TestSmtp;

/**
 * t4fixAC 1, on the contact's page: a mail the server did not take showed the mail library's English ("the e-mail was not
 * sent: Couldn't connect to host, port: …") under the zh-TW message. It says why in the reader's language; the subject
 * and text stay in the form.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ContactMailRefusedPageTest {

    static final int PORT = TestSmtp.freePort();

    @RegisterExtension
    static GreenMailExtension greenMail = TestSmtp.server(PORT);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestSmtp.sendTo(registry, PORT);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;

    @Test
    void aClosedPortIsSaidInTheReadersLanguage() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("港灣茶業有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                PreferredLanguage.ZH_TW, null, null, null)).id();
        long contact = clients.addContact(new ClientId(clientId), new ContactDetails("王小明", "wang@example.com.tw", null, null,
                PreferredLanguage.ZH_TW)).id();
        greenMail.stop();
        String html = mvc.perform(post("/clients/" + clientId + "/contacts/" + contact + "/mail").with(csrf()).param("lang", "zh-TW")
                        .param("subject", "報價單").param("body", "請參閱附件。"))
                .andExpect(status().isBadGateway()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("電子郵件未寄出：郵件伺服器拒絕連線").doesNotContain("Couldn").doesNotContain("e-mail was not sent")
                .contains("請參閱附件。");
    }
}
