package org.tradedesk.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The inputs the fuzz suite found answering 500 once the markets and marketing endpoints joined it (issue 11), each
 * now a 400 problem detail naming the field: a {@code null} dataset id in a research project, a score or a pairwise
 * judgement that is {@code null} (or {@code "\u0000"}, which reads as null) in a marketing selection.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "fuzzer", roles = {"MANAGER", "COORDINATOR"})
class FuzzFoundInputsTest {

    @Autowired
    MockMvc mvc;

    MockHttpServletResponse send(String path, String body) throws Exception {
        return mvc.perform(post(path).with(csrf()).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse();
    }

    @Test
    void aNullDatasetOfAResearchProjectIsA400NamingTheDatasets() throws Exception {
        MockHttpServletResponse r = send("/api/v1/markets/projects", """
                {"name":"IC exports","hsCodes":["8542"],"markets":["CHN","KOR","USA"],"questions":["Which market grows fastest?"],
                 "datasets":[null]}""");
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(400);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("\"code\":\"markets.query.invalid-because\"")
                .contains("\"field\":\"datasets\"");
    }

    @Test
    void aNullOrNulScoreInASelectionIsA400NamingTheScore() throws Exception {
        for (String score : new String[] {"null", "\"\\u0000\""}) {
            MockHttpServletResponse r = send("/api/v1/marketing/selection", """
                    {"method":"TOPSIS","criteria":[{"name":"culture","kind":"benefit","weight":0.5},{"name":"cost","kind":"cost","weight":0.5}],
                     "alternatives":[{"name":"fair","scores":[7,%s]},{"name":"ads","scores":[6,15000]}]}""".formatted(score));
            assertThat(r.getStatus()).as(score + " " + r.getContentAsString()).isEqualTo(400);
            assertThat(r.getContentAsString(StandardCharsets.UTF_8)).as(score).contains("alternatives[0].scores[1]");
        }
        MockHttpServletResponse ahp = send("/api/v1/marketing/selection", """
                {"method":"AHP","criteria":[{"name":"a","kind":"benefit"},{"name":"b","kind":"cost"}],"pairwise":[[1,null],[1,1]],
                 "alternatives":[{"name":"x","scores":[1,2]},{"name":"y","scores":[3,2]}]}""");
        assertThat(ahp.getStatus()).as(ahp.getContentAsString()).isEqualTo(400);
        assertThat(ahp.getContentAsString(StandardCharsets.UTF_8)).contains("pairwise");
    }
}
