package org.tradedesk.taxes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 11: a form index that no list has ({@code lines[abc].value}, {@code lines[-1].value}) made the
 * binder answer 500; it is now taken out before binding and reported at the lines with the form kept.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormIndicesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anIndexThatIsNotANumberIsReportedAtTheLinesNotA500() throws Exception {
        for (String name : new String[] {"lines[abc].value", "lines[-1].value", "lines[0x1].value"}) {
            MvcResult r = mvc.perform(QuotationPagesTest.bmw(post("/taxes/quotations/preview"), "").param(name, "5")
                    .with(user("carol").roles("COORDINATOR")).with(csrf()).param("lang", "en")).andReturn();
            assertThat(r.getResponse().getStatus()).as(name).isLessThan(500);
            assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(name).doesNotContain("Exception");
        }
    }
}
