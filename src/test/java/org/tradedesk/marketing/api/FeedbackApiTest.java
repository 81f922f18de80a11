package org.tradedesk.marketing.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.marketing.CampaignId;
import org.tradedesk.marketing.Campaigns;
import org.tradedesk.marketing.Feedback;
import org.tradedesk.marketing.MarketingSamples;
import org.tradedesk.marketing.SurveySubmission;
import org.tradedesk.marketing.SurveyView;

/** Feedback under /api/v1/marketing/campaigns/{id}/...: surveys, results with NPS, written answers paged, themes, ideas. */
@SpringBootTest(properties = "tradedesk.marketing.survey.answers-per-address=100")
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class FeedbackApiTest {

    /** "Today" by the product's rule (tradedesk.time-zone), as the code under test takes it, not the server's. */
    @Autowired
    org.tradedesk.platform.BusinessCalendar calendar;

    @Autowired
    MockMvc mvc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Feedback feedback;

    @Test
    void aSurveyIsCreatedAnsweredAndSummarised() throws Exception {
        CampaignId c = MarketingSamples.create(campaigns).campaign();
        String base = "/api/v1/marketing/campaigns/" + c.value();
        String body = """
                {"titleEn":"Buyer survey","titleZh":"買家問卷","lastDay":"%s","askContact":false,
                 "questions":[{"kind":"NPS","textEn":"Recommend us?","textZh":"您會推薦我們嗎？","required":true},
                              {"kind":"CHOICE","aspect":"PLACE","textEn":"Where did you buy?","textZh":"在哪裡購買？",
                               "optionsEn":["online","shop"],"optionsZh":["網路","門市"]},
                              {"kind":"TEXT","textEn":"Anything else?","textZh":"其他意見？"}]}"""
                .formatted(calendar.today().plusDays(3));
        mvc.perform(post(base + "/surveys").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("OPEN"))
                .andExpect(jsonPath("$.link").value(org.hamcrest.Matchers.startsWith("/survey/")));
        SurveyView s = feedback.surveys(c).get(0);
        long nps = s.questions().get(0).id();
        long choice = s.questions().get(1).id();
        long text = s.questions().get(2).id();
        // 9, 9, 8, 2 → 2 promoters, 1 passive, 1 detractor: (2 − 1) / 4 = 25.0
        String[] ratings = {"9", "9", "8", "2"};
        for (int i = 0; i < ratings.length; i++) {
            feedback.answer(s.token(), new SurveySubmission("en", Map.of(nps, ratings[i], choice, String.valueOf(i % 2), text, "note " + i),
                    null, null, false), "198.51.100.50");
        }
        mvc.perform(get(base + "/surveys/" + s.id() + "/results"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nps.answers").value(4))
                .andExpect(jsonPath("$.nps.score").value(25.0))
                .andExpect(jsonPath("$.nps.tooFewAnswers").value(true))
                .andExpect(jsonPath("$.nps.marginOfError").doesNotExist())
                .andExpect(jsonPath("$.ratingCounts[9]").value(2))
                .andExpect(jsonPath("$.choices[0].counts[0]").value(2))
                .andExpect(jsonPath("$.choices[0].counts[1]").value(2));
        String page = mvc.perform(get(base + "/surveys/" + s.id() + "/answers").param("page", "1").param("size", "3"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(4)).andExpect(jsonPath("$.items.length()").value(1))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("note 3");
        long answerId = feedback.results(c, s.id()).texts().get(0).id();
        mvc.perform(put(base + "/surveys/" + s.id() + "/answers/" + answerId + "/theme").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"OPPORTUNITY\",\"theme\":\"gift sets\"}")).andExpect(status().isNoContent());
        mvc.perform(get(base + "/themes")).andExpect(jsonPath("$[0].label").value("gift sets")).andExpect(jsonPath("$[0].count").value(1));
        mvc.perform(get(base + "/surveys/" + s.id() + "/answers").param("page", "100000").param("size", "200"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("platform.paging.out-of-range"));
    }

    @Test
    void badInputIsAProblemDetailInTheReadersLanguage() throws Exception {
        CampaignId c = MarketingSamples.create(campaigns).campaign();
        String base = "/api/v1/marketing/campaigns/" + c.value();
        // a choice question whose two languages list a different number of choices
        String body = """
                {"titleEn":"T","titleZh":"問卷","lastDay":"%s",
                 "questions":[{"kind":"CHOICE","textEn":"Q","textZh":"題","optionsEn":["a","b"],"optionsZh":["甲"]}]}"""
                .formatted(calendar.today().plusDays(3));
        mvc.perform(post(base + "/surveys").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("marketing.survey.question-options"))
                .andExpect(jsonPath("$.detail").value("第 1 題須有 2 至 10 個選項，英文與繁體中文數量相同。"));
        mvc.perform(post(base + "/surveys").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace(calendar.today().plusDays(3).toString(), "2020-01-01").replace("[\"甲\"]", "[\"甲\",\"乙\"]")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("marketing.survey.last-day"));
        mvc.perform(get(base + "/surveys/999999/results")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("marketing.survey.not-found"));
    }

    @Test
    void ideasAreLoggedVotedOnceAndDecidedWithAReason() throws Exception {
        CampaignId c = MarketingSamples.create(campaigns).campaign();
        String base = "/api/v1/marketing/campaigns/" + c.value() + "/ideas";
        String created = mvc.perform(post(base).contentType(MediaType.APPLICATION_JSON).content("{\"idea\":\"Bundle a tasting glass\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.market").value("AU")).andExpect(jsonPath("$.status").value("PROPOSED"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(post(base + "/" + id + "/votes")).andExpect(status().isOk()).andExpect(jsonPath("$.voters[0]").value("coordinator"));
        mvc.perform(post(base + "/" + id + "/votes").header("Accept-Language", "en")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("marketing.idea.voted"));
        // issue 10 review, item 5: no skipping review — a logged idea cannot be decided at once
        mvc.perform(post(base + "/" + id + "/status").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"version\":0,\"status\":\"REJECTED\",\"decision\":\"Glass breaks in transit\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("marketing.idea.transition"))
                .andExpect(jsonPath("$.detail").value("An idea that is Proposed cannot move to Rejected."));
        // only the campaign owner (coordinator) or a manager moves it: another coordinator is refused
        mvc.perform(post(base + "/" + id + "/status").with(user("buyer").roles("COORDINATOR")).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "zh-TW").content("{\"version\":0,\"status\":\"UNDER_REVIEW\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("marketing.idea.not-reviewer"))
                .andExpect(jsonPath("$.detail").value("只有行銷活動案負責人（coordinator）或經理可以變更構想的審查狀態。"));
        mvc.perform(post(base + "/" + id + "/status").contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"status\":\"UNDER_REVIEW\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
        mvc.perform(post(base + "/" + id + "/status").contentType(MediaType.APPLICATION_JSON).content("{\"version\":1,\"status\":\"REJECTED\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("marketing.idea.decision-required"));
        // a manager who is not the owner may decide
        mvc.perform(post(base + "/" + id + "/status").with(user("manager").roles("MANAGER")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1,\"status\":\"REJECTED\",\"decision\":\"Glass breaks in transit\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.decidedBy").value("manager"));
        // a second edit based on the old version is refused (rejected is final)
        mvc.perform(post(base + "/" + id + "/status").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1,\"status\":\"UNDER_REVIEW\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("marketing.idea.transition"));
        mvc.perform(get(base)).andExpect(jsonPath("$[0].status").value("REJECTED")).andExpect(jsonPath("$[0].decision").value("Glass breaks in transit"));
    }
}
