package org.tradedesk.marketing.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.tradedesk.marketing.CampaignId;
import org.tradedesk.marketing.IdeaDetails;
import org.tradedesk.marketing.IdeaView;
import org.tradedesk.marketing.ResultsNote;
import org.tradedesk.marketing.SurveyQuestion;
import org.tradedesk.marketing.SurveyView;
import org.tradedesk.marketing.TextAnswer;
import org.tradedesk.marketing.domain.IdeaStatus;
import org.tradedesk.marketing.domain.MarketingMixAspect;
import org.tradedesk.marketing.domain.SurveyQuestionKind;
import org.tradedesk.marketing.domain.ThemeKind;

/**
 * Feedback surveys, their answers, the answer throttle, staff ideas and the results note on the database (plain
 * SQL: the rows are written once and read as views; the facade {@code Feedback} keeps the rules and transactions).
 */
@Component
public class FeedbackStore {

    /** One stored answer: the response it belongs to, its question, and the rating, choice or text given. */
    public record StoredAnswer(long id, long responseId, long questionId, Integer rating, Integer choice, String text, String language,
            Instant submittedAt, ThemeKind themeKind, String theme) {
    }

    /** An answer to save: a rating, a choice or a text. */
    public record NewAnswer(long questionId, Integer rating, Integer choice, String text) {
    }

    private static final String SURVEY_COLUMNS = "s.id, s.version, s.campaign_id, s.token, s.title_en, s.title_zh, s.ask_contact, "
            + "s.privacy_contact, s.expires_at, s.closed_at, s.closed_by, s.created_by, s.created_at, "
            + "(select count(*) from marketing_survey_response r where r.survey_id = s.id) as responses";

    private final JdbcClient jdbc;

    FeedbackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long createSurvey(CampaignId campaign, String token, String titleEn, String titleZh, boolean askContact, String privacyContact,
            Instant expiresAt, List<SurveyQuestion> questions, String user, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into marketing_survey (version, campaign_id, token, title_en, title_zh, ask_contact, privacy_contact, expires_at, "
                        + "created_by, created_at) values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(campaign.value(), token, titleEn, titleZh, askContact, privacyContact, ts(expiresAt), user, ts(now))
                .update(key, "id");
        long id = key.getKey().longValue();
        int position = 1;
        for (SurveyQuestion q : questions) {
            jdbc.sql("insert into marketing_survey_question (survey_id, position, kind, aspect, text_en, text_zh, options_en, options_zh, "
                            + "required) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, position++, q.kind().name(), q.aspect() == null ? null : q.aspect().name(), q.textEn(), q.textZh(),
                            lines(q.optionsEn()), lines(q.optionsZh()), q.required())
                    .update();
        }
        return id;
    }

    public List<SurveyView> surveys(CampaignId campaign) {
        List<SurveyView> heads = jdbc.sql("select " + SURVEY_COLUMNS + " from marketing_survey s where s.campaign_id = ? order by s.id desc")
                .param(campaign.value()).query((rs, n) -> survey(rs, List.of())).list();
        return heads.stream().map(s -> withQuestions(s)).toList();
    }

    public Optional<SurveyView> survey(long id) {
        return jdbc.sql("select " + SURVEY_COLUMNS + " from marketing_survey s where s.id = ?").param(id)
                .query((rs, n) -> survey(rs, List.of())).optional().map(this::withQuestions);
    }

    public Optional<SurveyView> surveyByToken(String token) {
        return jdbc.sql("select " + SURVEY_COLUMNS + " from marketing_survey s where s.token = ?").param(token)
                .query((rs, n) -> survey(rs, List.of())).optional().map(this::withQuestions);
    }

    /** Closes the survey if it is at {@code expectedVersion}; false when someone changed it since. */
    public boolean closeSurvey(long id, long expectedVersion, String user, Instant now) {
        return jdbc.sql("update marketing_survey set closed_at = ?, closed_by = ?, version = version + 1 where id = ? and version = ? "
                + "and closed_at is null").params(ts(now), user, id, expectedVersion).update() == 1;
    }

    public long saveResponse(long surveyId, String language, String contactName, String contactEmail, Instant consentAt, String notice,
            Instant now, List<NewAnswer> answers) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into marketing_survey_response (survey_id, submitted_at, language, contact_name, contact_email, consent_at, "
                        + "consent_notice) values (?, ?, ?, ?, ?, ?, ?)")
                .params(surveyId, ts(now), language, contactName, contactEmail, ts(consentAt), notice).update(key, "id");
        long id = key.getKey().longValue();
        for (NewAnswer a : answers) {
            jdbc.sql("insert into marketing_survey_answer (response_id, question_id, rating, choice, answer_text) values (?, ?, ?, ?, ?)")
                    .params(id, a.questionId(), a.rating(), a.choice(), a.text()).update();
        }
        return id;
    }

    public List<StoredAnswer> answers(long surveyId) {
        return jdbc.sql("select a.id, a.response_id, a.question_id, a.rating, a.choice, a.answer_text, r.language, r.submitted_at, "
                        + "a.theme_kind, a.theme from marketing_survey_answer a join marketing_survey_response r on r.id = a.response_id "
                        + "where r.survey_id = ? order by r.submitted_at, a.id")
                .param(surveyId)
                .query((rs, n) -> new StoredAnswer(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Integer) rs.getObject(4, Integer.class),
                        (Integer) rs.getObject(5, Integer.class), rs.getString(6), rs.getString(7), instant(rs, 8),
                        rs.getString(9) == null ? null : ThemeKind.valueOf(rs.getString(9)), rs.getString(10)))
                .list();
    }

    /** Free-text answers of a survey, oldest first, one page. */
    public List<TextAnswer> texts(long surveyId, long offset, int limit) {
        return jdbc.sql("select a.id, a.response_id, a.question_id, a.answer_text, r.language, r.submitted_at, a.theme_kind, a.theme "
                        + "from marketing_survey_answer a join marketing_survey_response r on r.id = a.response_id "
                        + "where r.survey_id = ? and a.answer_text is not null order by r.submitted_at, a.id offset ? rows fetch next ? rows only")
                .params(surveyId, offset, limit)
                .query((rs, n) -> new TextAnswer(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), instant(rs, 6),
                        rs.getString(7) == null ? null : ThemeKind.valueOf(rs.getString(7)), rs.getString(8)))
                .list();
    }

    public long countTexts(long surveyId) {
        return jdbc.sql("select count(*) from marketing_survey_answer a join marketing_survey_response r on r.id = a.response_id "
                + "where r.survey_id = ? and a.answer_text is not null").param(surveyId).query(Long.class).single();
    }

    /** Tags a free-text answer of this survey with a theme (nulls clear it); false when the answer is not one of the survey's. */
    public boolean tag(long surveyId, long answerId, ThemeKind kind, String theme) {
        return jdbc.sql("update marketing_survey_answer set theme_kind = ?, theme = ? where id = ? and answer_text is not null and "
                        + "response_id in (select r.id from marketing_survey_response r where r.survey_id = ?)")
                .params(kind == null ? null : kind.name(), theme, answerId, surveyId).update() == 1;
    }

    /** Every theme tagged on the answers of a campaign's surveys. */
    public List<Object[]> campaignTags(CampaignId campaign) {
        return jdbc.sql("select a.theme_kind, a.theme from marketing_survey_answer a join marketing_survey_response r on r.id = a.response_id "
                        + "join marketing_survey s on s.id = r.survey_id where s.campaign_id = ? and a.theme is not null")
                .param(campaign.value()).query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2)}).list();
    }

    /** Answers from this key since {@code since}; rows older than {@code since} are removed first (no address is kept longer). */
    public int recentAnswers(String clientKey, Instant since) {
        jdbc.sql("delete from marketing_survey_throttle where answered_at < ?").param(ts(since)).update();
        return jdbc.sql("select count(*) from marketing_survey_throttle where client_key = ? and answered_at >= ?")
                .params(clientKey, ts(since)).query(Integer.class).single();
    }

    public void countAnswer(String clientKey, Instant now) {
        jdbc.sql("insert into marketing_survey_throttle (client_key, answered_at) values (?, ?)").params(clientKey, ts(now)).update();
    }

    public long addIdea(CampaignId campaign, IdeaDetails d, String author, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into marketing_idea (version, campaign_id, activity_id, market_country, idea, author, created_at, status) "
                        + "values (0, ?, ?, ?, ?, ?, ?, ?)")
                .params(campaign.value(), d.activityId(), d.market(), d.idea(), author, ts(now), IdeaStatus.PROPOSED.name())
                .update(key, "id");
        return key.getKey().longValue();
    }

    public List<IdeaView> ideas(CampaignId campaign) {
        Map<Long, List<String>> voters = new HashMap<>();
        jdbc.sql("select v.idea_id, v.voter from marketing_idea_vote v join marketing_idea i on i.id = v.idea_id where i.campaign_id = ? "
                        + "order by v.voter")
                .param(campaign.value())
                .query((ResultSet rs) -> {
                    voters.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("select id, version, campaign_id, activity_id, market_country, idea, author, created_at, status, decision, "
                        + "decided_by, decided_at from marketing_idea where campaign_id = ? order by id")
                .param(campaign.value())
                .query((rs, n) -> new IdeaView(rs.getLong(1), rs.getLong(2), new CampaignId(rs.getLong(3)),
                        (Long) rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getString(7), instant(rs, 8),
                        IdeaStatus.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11), instant(rs, 12),
                        List.copyOf(voters.getOrDefault(rs.getLong(1), List.of()))))
                .list();
    }

    /** One vote per person; false when this person had voted already. */
    public boolean vote(long ideaId, String voter) {
        int already = jdbc.sql("select count(*) from marketing_idea_vote where idea_id = ? and voter = ?").params(ideaId, voter)
                .query(Integer.class).single();
        if (already > 0) {
            return false;
        }
        jdbc.sql("insert into marketing_idea_vote (idea_id, voter) values (?, ?)").params(ideaId, voter).update();
        return true;
    }

    /** Moves the idea if it is at {@code expectedVersion}; false when someone changed it since. */
    public boolean moveIdea(long ideaId, long expectedVersion, IdeaStatus to, String decision, String user, Instant now) {
        boolean decided = to.isDecision();
        return jdbc.sql("update marketing_idea set status = ?, decision = coalesce(?, decision), decided_by = coalesce(?, decided_by), "
                        + "decided_at = coalesce(?, decided_at), version = version + 1 where id = ? and version = ?")
                .params(to.name(), decided ? decision : null, decided ? user : null, decided ? ts(now) : null, ideaId, expectedVersion)
                .update() == 1;
    }

    public ResultsNote note(CampaignId campaign) {
        return jdbc.sql("select lessons, next_targets, version, updated_by, updated_at from marketing_results_note where campaign_id = ?")
                .param(campaign.value())
                .query((rs, n) -> new ResultsNote(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), instant(rs, 5)))
                .optional().orElse(ResultsNote.empty());
    }

    /** Writes the note if it is at {@code expectedVersion} (-1: none yet); false when someone changed it since. */
    public boolean saveNote(CampaignId campaign, long expectedVersion, String lessons, String nextTargets, String user, Instant now) {
        if (expectedVersion < 0) {
            int exists = jdbc.sql("select count(*) from marketing_results_note where campaign_id = ?").param(campaign.value())
                    .query(Integer.class).single();
            if (exists > 0) {
                return false;
            }
            jdbc.sql("insert into marketing_results_note (campaign_id, version, lessons, next_targets, updated_by, updated_at) "
                    + "values (?, 0, ?, ?, ?, ?)").params(campaign.value(), lessons, nextTargets, user, ts(now)).update();
            return true;
        }
        return jdbc.sql("update marketing_results_note set lessons = ?, next_targets = ?, updated_by = ?, updated_at = ?, "
                        + "version = version + 1 where campaign_id = ? and version = ?")
                .params(lessons, nextTargets, user, ts(now), campaign.value(), expectedVersion).update() == 1;
    }

    private SurveyView withQuestions(SurveyView s) {
        List<SurveyQuestion> questions = jdbc.sql("select id, position, kind, aspect, text_en, text_zh, options_en, options_zh, required "
                        + "from marketing_survey_question where survey_id = ? order by position")
                .param(s.id())
                .query((rs, n) -> new SurveyQuestion(rs.getLong(1), rs.getInt(2), SurveyQuestionKind.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : MarketingMixAspect.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        split(rs.getString(7)), split(rs.getString(8)), rs.getBoolean(9)))
                .list();
        return new SurveyView(s.id(), s.version(), s.campaignId(), s.token(), s.titleEn(), s.titleZh(), s.askContact(), s.privacyContact(),
                s.expiresAt(), s.closedAt(), s.closedBy(), s.createdBy(), s.createdAt(), questions, s.responses());
    }

    private static SurveyView survey(ResultSet rs, List<SurveyQuestion> questions) throws SQLException {
        return new SurveyView(rs.getLong(1), rs.getLong(2), new CampaignId(rs.getLong(3)), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBoolean(7), rs.getString(8), instant(rs, 9), instant(rs, 10), rs.getString(11), rs.getString(12),
                instant(rs, 13), questions, rs.getInt(14));
    }

    private static String lines(List<String> options) {
        return options == null || options.isEmpty() ? null : String.join("\n", options);
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
