package org.tradedesk.taxes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The taxes home page lists a calculation saved without a client (commit d5e53c5: the list's client column looked the name
 * up by a null key and the page failed — seen only in the full suite, when another test class had saved such a calculation
 * into the shared context's database). Here in a context of its own (its own in-memory database, see the property), so the
 * row is on the list whatever other test classes saved, and nothing else is.
 */
@SpringBootTest(properties = "tradedesk.test.isolated=taxes-home-without-client")
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TaxesHomeWithoutClientTest {

    static final RequestPostProcessor CAROL = user("carol").roles("COORDINATOR");
    static final RequestPostProcessor MIKE = user("mike").roles("MANAGER", "COORDINATOR");

    @Autowired
    MockMvc mvc;

    @Test
    void aCalculationSavedWithoutAClientIsListedWithADashForItsClient() throws Exception {
        // a database of this context alone: empty before this test saves
        assertThat(rows(home(MIKE))).isEmpty();
        String saved = mvc.perform(post("/api/v1/tax/calculations/saved").with(CAROL).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientId\":null,\"request\":" + CalculationAccessTest.REQUEST + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(saved, "$.id");
        for (RequestPostProcessor who : new RequestPostProcessor[] {CAROL, MIKE}) {
            Document page = home(who);
            assertThat(rows(page)).hasSize(1);
            var cells = rows(page).get(0).select("td");
            assertThat(cells.get(0).select("a").attr("href")).isEqualTo("/taxes/calculations/" + id);
            assertThat(cells.get(1).text()).isEqualTo("—");
            assertThat(cells.get(5).text()).isEqualTo("carol");
        }
    }

    private Document home(RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get("/taxes").with(who).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static org.jsoup.select.Elements rows(Document page) {
        return page.select("#calculations tbody tr");
    }
}
