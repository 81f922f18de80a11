package org.tradedesk.marketing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tradedesk.marketing.CampaignId;
import org.tradedesk.marketing.Campaigns;
import org.tradedesk.marketing.Feedback;
import org.tradedesk.marketing.MarketingSamples;
import org.tradedesk.marketing.SurveyDetails;
import org.tradedesk.marketing.SurveyQuestion;
import org.tradedesk.marketing.SurveyView;
import org.tradedesk.marketing.domain.MarketingMixAspect;
import org.tradedesk.marketing.domain.SurveyQuestionKind;

/**
 * The public survey (P3.3.4) through the real filter chain: reached without login, answered with the CSRF token,
 * in either language; an expired, closed or unknown link is a page that says so; an oversized or marked-up answer
 * is a 422 with nothing stored; answers per address are limited; contact details only with consent.
 */
@SpringBootTest(properties = "tradedesk.marketing.survey.answers-per-address=3")
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class SurveyPagesTest {

    /** "Today" by the product's rule (tradedesk.time-zone), as the code under test takes it, not the server's. */
    @Autowired
    org.tradedesk.platform.BusinessCalendar calendar;

    @Autowired
    MockMvc mvc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    Feedback feedback;

    @Autowired
    JdbcTemplate jdbc;

    record Setup(CampaignId campaign, SurveyView survey) {

        long nps() {
            return survey.questions().get(0).id();
        }

        long choice() {
            return survey.questions().get(1).id();
        }

        long text() {
            return survey.questions().get(2).id();
        }
    }

    Setup setup(boolean askContact) {
        // a respondent's request (.with(anonymous())) leaves the test thread anonymous; the campaign is created by the
        // coordinator again, as the owner rule asks (its owner must be a user or the signed-in person)
        org.springframework.security.test.context.TestSecurityContextHolder.setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("coordinator", "n/a",
                        org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_COORDINATOR")));
        CampaignId c = MarketingSamples.create(campaigns).campaign();
        SurveyView s = feedback.createSurvey(c, new SurveyDetails("Wine fair feedback", "酒展回饋", calendar.today().plusDays(10), askContact,
                askContact ? "privacy@example.com" : null, List.of(
                        Feedback.recommendQuestion("How likely is it that you would recommend our wines to a friend or colleague?",
                                "您有多大可能向朋友或同事推薦我們的葡萄酒？"),
                        new SurveyQuestion(0, 0, SurveyQuestionKind.CHOICE, MarketingMixAspect.PRICE, "Our prices are", "我們的價格",
                                List.of("too high", "fair", "low"), List.of("太高", "合理", "偏低"), false),
                        new SurveyQuestion(0, 0, SurveyQuestionKind.TEXT, MarketingMixAspect.PRODUCT, "What should we improve?", "我們應改進什麼？",
                                null, null, false))));
        return new Setup(c, s);
    }

    static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder b, String address) {
        return b.with(anonymous()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    int responses(SurveyView s) {
        return jdbc.queryForObject("select count(*) from marketing_survey_response where survey_id = ?", Integer.class, s.id());
    }

    @Test
    void aRespondentWithoutLoginAnswersInTheirLanguage() throws Exception {
        Setup s = setup(false);
        String path = s.survey().publicPath();
        assertThat(s.survey().token()).hasSizeGreaterThanOrEqualTo(43);
        // staff pages still need a login; the survey does not
        mvc.perform(get("/marketing/campaigns/" + s.campaign().value() + "/feedback").with(anonymous()))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isIn(302, 401));
        String zh = mvc.perform(from(get(path), "198.51.100.1").param("lang", "zh-TW")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(zh).contains("酒展回饋", "您有多大可能向朋友或同事推薦我們的葡萄酒？", "太高", "本問卷不詢問也不儲存任何個人資料", "name=\"_csrf\"");
        String en = mvc.perform(from(get(path), "198.51.100.1").param("lang", "en")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(en).contains("Wine fair feedback", "too high", "10 = extremely likely").doesNotContain("酒展回饋");

        mvc.perform(from(post(path), "198.51.100.1").with(csrf()).param("lang", "zh-TW").param("q" + s.nps(), "9")
                        .param("q" + s.choice(), "0").param("q" + s.text(), "價格 < 競爭者時會再買"))
                .andExpect(status().isOk()).andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("謝謝您"));
        mvc.perform(from(post(path), "198.51.100.2").with(csrf()).param("q" + s.nps(), "3")).andExpect(status().isOk());
        // without the CSRF token the form is refused
        mvc.perform(from(post(path), "198.51.100.3").param("q" + s.nps(), "10")).andExpect(status().isForbidden())
                // M6: ... but not as a role refusal: the answers go on to the survey shown again (MockMvc does not follow forwards)
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl(path + "/resend"));
        String again = mvc.perform(from(post(path + "/resend"), "198.51.100.3").with(csrf()).param("lang", "zh-TW").param("q" + s.nps(), "10")
                        .param("q" + s.text(), "希望有小瓶裝"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(again).contains("id=\"survey-expired\"", "答案已重新顯示於下方，請再送出一次", "希望有小瓶裝", "name=\"_csrf\"")
                .doesNotContain("您的角色無權執行此操作");

        var results = feedback.results(s.campaign(), s.survey().id());
        // one promoter (9), one detractor (3): 50 % − 50 % = 0, two answers: too few for a margin
        assertThat(results.nps().answers()).isEqualTo(2);
        assertThat(results.nps().score()).isEqualByComparingTo("0.0");
        assertThat(results.nps().tooFewAnswers()).isTrue();
        assertThat(results.choices().get(0).counts()).containsExactly(1, 0, 0);
        assertThat(results.texts()).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("價格 < 競爭者時會再買");
            assertThat(t.language()).isEqualTo("zh-TW");
        });
        // no address is kept with the answers; the throttle keeps a hash, not the address
        assertThat(jdbc.queryForList("select client_key from marketing_survey_throttle", String.class))
                .noneMatch(k -> k.contains("198.51.100"));
    }

    @Test
    void anExpiredClosedOrUnknownLinkSaysSo() throws Exception {
        Setup s = setup(false);
        jdbc.update("update marketing_survey set expires_at = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(60)), s.survey().id());
        String expired = mvc.perform(from(get(s.survey().publicPath()), "198.51.100.9").param("lang", "en")).andExpect(status().isGone())
                .andReturn().getResponse().getContentAsString();
        assertThat(expired).contains("Survey not available", "This survey took answers until").doesNotContain("survey-form");
        mvc.perform(from(post(s.survey().publicPath()), "198.51.100.9").with(csrf()).param("q" + s.nps(), "10")).andExpect(status().isGone());
        assertThat(responses(s.survey())).isZero();

        Setup t = setup(false);
        feedback.closeSurvey(t.campaign(), t.survey().id(), t.survey().version());
        String closed = mvc.perform(from(get(t.survey().publicPath()), "198.51.100.9").param("lang", "zh-TW")).andExpect(status().isGone())
                .andReturn().getResponse().getContentAsString();
        assertThat(closed).contains("本問卷已於", "關閉，不再接受作答");

        String unknown = mvc.perform(from(get("/survey/no-such-token"), "198.51.100.9").param("lang", "en")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("There is no survey at this link.");
    }

    @Test
    void anOversizedOrMarkedUpAnswerIsRefusedWithNothingStored() throws Exception {
        Setup s = setup(false);
        String path = s.survey().publicPath();
        String page = mvc.perform(from(post(path), "198.51.100.20").with(csrf()).param("lang", "en").param("q" + s.nps(), "8")
                        .param("q" + s.text(), "x".repeat(Feedback.MAX_TEXT_PAGE * 10 + 1)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The answer is longer than 2000 characters.");
        assertThat(page.replaceAll("\\s+", " ")).contains("value=\"8\" checked=\"checked\"");
        page = mvc.perform(from(post(path), "198.51.100.20").with(csrf()).param("lang", "en").param("q" + s.nps(), "8")
                        .param("q" + s.text(), "<script>alert(1)</script>"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The answer contains HTML or script markup").doesNotContain("<script>alert(1)");
        mvc.perform(from(post(path), "198.51.100.20").with(csrf()).param("lang", "en").param("q" + s.nps(), "11"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(from(post(path), "198.51.100.20").with(csrf()).param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("This question needs an answer."));
        assertThat(responses(s.survey())).isZero();
    }

    @Test
    void answersFromOneAddressAreLimited() throws Exception {
        Setup s = setup(false);
        for (int i = 0; i < 3; i++) {
            mvc.perform(from(post(s.survey().publicPath()), "203.0.113.7").with(csrf()).param("q" + s.nps(), "10")).andExpect(status().isOk());
        }
        String p = mvc.perform(from(post(s.survey().publicPath()), "203.0.113.7").with(csrf()).param("lang", "en").param("q" + s.nps(), "10"))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
        assertThat(p).contains("at most 3 in 60 minutes");
        // another address is not held back
        mvc.perform(from(post(s.survey().publicPath()), "203.0.113.8").with(csrf()).param("q" + s.nps(), "10")).andExpect(status().isOk());
        assertThat(responses(s.survey())).isEqualTo(4);
    }

    @Test
    void contactDetailsOnlyWithConsentAndOnlyWhenAsked() throws Exception {
        Setup s = setup(true);
        String path = s.survey().publicPath();
        String page = mvc.perform(from(get(path), "192.0.2.1").param("lang", "en")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Taiwan Personal Data Protection Act (個人資料保護法), Article 8", "Australian Privacy Principle 5",
                "privacy@example.com");
        page = mvc.perform(from(post(path), "192.0.2.1").with(csrf()).param("lang", "en").param("q" + s.nps(), "10")
                        .param("contactEmail", "buyer@example.com"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tick the consent box", "value=\"buyer@example.com\"");
        assertThat(responses(s.survey())).isZero();
        mvc.perform(from(post(path), "192.0.2.1").with(csrf()).param("q" + s.nps(), "10").param("contactEmail", "buyer@example.com")
                .param("consent", "true")).andExpect(status().isOk());
        assertThat(jdbc.queryForList("select contact_email, consent_notice from marketing_survey_response where survey_id = ?",
                s.survey().id())).singleElement().satisfies(r -> {
                    assertThat(r.get("CONTACT_EMAIL")).isEqualTo("buyer@example.com");
                    assertThat(r.get("CONSENT_NOTICE")).isEqualTo(Feedback.NOTICE_VERSION);
                });

        // a survey that asks for no contact stores none, whatever is sent; a filled trap field stores nothing at all
        Setup t = setup(false);
        mvc.perform(from(post(t.survey().publicPath()), "192.0.2.2").with(csrf()).param("q" + t.nps(), "7").param("contactEmail", "a@example.com")
                .param("consent", "true")).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from marketing_survey_response where survey_id = ? and contact_email is null",
                Integer.class, t.survey().id())).isEqualTo(1);
        mvc.perform(from(post(t.survey().publicPath()), "192.0.2.3").with(csrf()).param("q" + t.nps(), "7").param("website", "http://spam"))
                .andExpect(status().isOk());
        assertThat(responses(t.survey())).isEqualTo(1);
    }

    @Test
    void staffSeeTheNpsTagThemesAndLogIdeasInBothLanguages() throws Exception {
        Setup s = setup(false);
        long id = s.campaign().value();
        mvc.perform(from(post(s.survey().publicPath()), "198.51.100.30").with(csrf()).param("q" + s.nps(), "10").param("q" + s.text(), "Smaller bottles"))
                .andExpect(status().isOk());
        long answer = feedback.results(s.campaign(), s.survey().id()).texts().get(0).id();
        mvc.perform(post("/marketing/campaigns/" + id + "/surveys/" + s.survey().id() + "/answers/" + answer + "/theme").with(csrf())
                .param("kind", "NEED").param("theme", "bottle size")).andExpect(status().is3xxRedirection());
        String results = mvc.perform(get("/marketing/campaigns/" + id + "/surveys/" + s.survey().id()).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(results).contains("id=\"nps-score\">100", "1 answers: 1 promoters", "Too few answers", "bottle size", "Customer need",
                "/survey/" + s.survey().token());

        mvc.perform(post("/marketing/campaigns/" + id + "/ideas").with(csrf()).param("idea", "試飲會搭配在地餐廳").param("market", "nz"))
                .andExpect(status().is3xxRedirection());
        var idea = feedback.ideas(s.campaign()).get(0);
        assertThat(idea.market()).isEqualTo("NZ");
        assertThat(idea.author()).isEqualTo("coordinator");
        mvc.perform(post("/marketing/campaigns/" + id + "/ideas/" + idea.id() + "/vote").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/marketing/campaigns/" + id + "/ideas/" + idea.id() + "/status").with(csrf()).param("version", "0")
                .param("status", "ACCEPTED").param("decision", "")).andExpect(status().is3xxRedirection());
        assertThat(feedback.ideas(s.campaign()).get(0).status().name()).isEqualTo("PROPOSED"); // review cannot be skipped
        mvc.perform(post("/marketing/campaigns/" + id + "/ideas/" + idea.id() + "/status").with(csrf()).param("version", "0")
                .param("status", "UNDER_REVIEW")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/marketing/campaigns/" + id + "/ideas/" + idea.id() + "/status").with(csrf()).param("version", "1")
                .param("status", "ACCEPTED").param("decision", "")).andExpect(status().is3xxRedirection());
        assertThat(feedback.ideas(s.campaign()).get(0).status().name()).isEqualTo("UNDER_REVIEW"); // a decision needs its reason
        mvc.perform(post("/marketing/campaigns/" + id + "/ideas/" + idea.id() + "/status").with(csrf()).param("version", "1")
                .param("status", "ACCEPTED").param("decision", "低成本、可在 5 月展期試行")).andExpect(status().is3xxRedirection());
        String zh = mvc.perform(get("/marketing/campaigns/" + id + "/feedback").param("lang", "zh-TW")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("回饋與成果", "酒展回饋", "試飲會搭配在地餐廳", "已採納", "低成本、可在 5 月展期試行", "顧客需求", "bottle size");

        // a bad idea form keeps the input and names the field
        String bad = mvc.perform(post("/marketing/campaigns/" + id + "/ideas").with(csrf()).param("lang", "en").param("idea", "")
                        .param("market", "X1"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("id=\"idea-text-error\"", "id=\"idea-market-error\"", "value=\"X1\"");

        // a survey created on the page gets the NPS question first
        mvc.perform(post("/marketing/campaigns/" + id + "/surveys").with(csrf()).param("titleEn", "Distributor survey")
                .param("titleZh", "經銷商問卷").param("lastDay", calendar.today().plusDays(5).toString())
                .param("npsEn", "Would you recommend us?").param("npsZh", "您會推薦我們嗎？")
                .param("questions[0].kind", "TEXT").param("questions[0].textEn", "Anything else?").param("questions[0].textZh", "其他意見？")
                .param("questions[0].required", "true").param("_questions[0].required", "on"))
                .andExpect(status().is3xxRedirection());
        SurveyView created = feedback.surveys(s.campaign()).get(0);
        assertThat(created.titleZh()).isEqualTo("經銷商問卷");
        assertThat(created.questions()).extracting(SurveyQuestion::kind).containsExactly(SurveyQuestionKind.NPS, SurveyQuestionKind.TEXT);
        assertThat(created.questions()).extracting(SurveyQuestion::required).containsExactly(true, true);
        String refused = mvc.perform(post("/marketing/campaigns/" + id + "/surveys").with(csrf()).param("lang", "en").param("titleEn", "X")
                        .param("titleZh", "").param("lastDay", "2020-02-30").param("npsEn", "a").param("npsZh", "b"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"survey-title-zh-error\"", "id=\"survey-last-day-error\"", "value=\"2020-02-30\"");
        // review T3 item 9: a blank title, a last day two years ahead and mismatched choices, all said on one submit
        String all = mvc.perform(post("/marketing/campaigns/" + id + "/surveys").with(csrf()).param("lang", "en").param("titleEn", "")
                        .param("titleZh", "問卷").param("lastDay", calendar.today().plusYears(2).toString()).param("npsEn", "a")
                        .param("npsZh", "b").param("questions[0].kind", "CHOICE").param("questions[0].textEn", "Which?")
                        .param("questions[0].textZh", "哪個？").param("questions[0].optionsEn", "Red\nBlue").param("questions[0].optionsZh", "紅"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(all).contains("id=\"survey-title-en-error\"", "id=\"survey-last-day-error\"",
                "The last day of answers is from today to one year ahead.", "Question 2 needs 2 to"); // question 1 is the recommendation question

        // issue 10 review, item 7: no HTML id twice on a marketing page (two ideas, two surveys, a refused form)
        mvc.perform(post("/marketing/campaigns/" + id + "/ideas").with(csrf()).param("idea", "第二個構想")).andExpect(status().is3xxRedirection());
        String c = "/marketing/campaigns/" + id;
        long activity = campaigns.activities(s.campaign()).get(0).id();
        for (String url : List.of("/marketing", "/marketing/tasks", c, c + "/feedback", c + "/surveys/" + s.survey().id(), c + "/selection",
                c + "/budget", c + "/spend", c + "/actuals", c + "/activities/" + activity + "/compliance", c + "/edit", "/marketing/campaigns/new",
                s.survey().publicPath())) {
            assertUniqueIds(url, mvc.perform(get(url).param("lang", "zh-TW")).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());
        }
        assertUniqueIds("refused survey form", refused);
        assertUniqueIds("refused idea form", bad);
    }

    static void assertUniqueIds(String page, String html) {
        java.util.Map<String, Integer> seen = new java.util.TreeMap<>();
        for (org.jsoup.nodes.Element e : org.jsoup.Jsoup.parse(html).select("[id]")) {
            seen.merge(e.id(), 1, Integer::sum);
        }
        seen.values().removeIf(n -> n == 1);
        assertThat(seen).as("ids used more than once on " + page).isEmpty();
    }
}
