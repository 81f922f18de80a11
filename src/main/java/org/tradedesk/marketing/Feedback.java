package org.tradedesk.marketing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.identity.AuditAction;
import org.tradedesk.identity.AuditTrail;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.marketing.domain.FeedbackText;
import org.tradedesk.marketing.domain.IdeaStatus;
import org.tradedesk.marketing.domain.NetPromoterScore;
import org.tradedesk.marketing.domain.SurveyQuestionKind;
import org.tradedesk.marketing.domain.ThemeCounts;
import org.tradedesk.marketing.domain.ThemeKind;
import org.tradedesk.marketing.persistence.FeedbackStore;
import org.tradedesk.platform.StaleEdit;
import org.tradedesk.shared.CountryCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feedback on a campaign (P3.3.3 – P3.3.6): public surveys reached by an unguessable link without login (expiry,
 * closing, answers per client address and hour limited, answers bounded and free of markup, contact details only
 * with consent), their NPS and free-text answers tagged with themes, staff ideas with votes and decisions, and
 * the lessons and next targets for the results report. Staff changes are audited in the same transaction.
 */
@Service
public class Feedback {

    public static final int MAX_SURVEYS = 20;
    public static final int MAX_QUESTIONS = 20;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_IDEAS = 500;
    public static final int MAX_TEXT_PAGE = 200;
    /** The version of the collection notice a consent refers to (see the bundle's marketing.survey.notice.*). */
    public static final String NOTICE_VERSION = "2026-12-tw-pdpa8-au-app5";
    static final String SURVEY = "marketing-survey";
    static final String IDEA = "marketing-idea";
    static final String NOTE = "marketing-results-note";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]{1,64}@[^@\\s<>]{1,189}\\.[^@\\s<>]{2,}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Campaigns campaigns;
    private final FeedbackStore store;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;
    private final org.tradedesk.platform.BusinessCalendar calendar;
    private final int answersPerAddress;
    private final Duration window;

    Feedback(Campaigns campaigns, FeedbackStore store, AuditTrail audit, JsonMapper json, Clock clock,
            @Value("${tradedesk.marketing.survey.answers-per-address:5}") int answersPerAddress,
            @Value("${tradedesk.marketing.survey.window:1h}") Duration window, org.tradedesk.platform.BusinessCalendar calendar) {
        this.calendar = calendar;
        this.campaigns = campaigns;
        this.store = store;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.answersPerAddress = answersPerAddress;
        this.window = window;
    }

    static boolean chinese(Locale locale) {
        return locale != null && locale.getLanguage().equals("zh");
    }

    /** The standard recommendation question, in both languages, as a new survey starts with it. */
    public static SurveyQuestion recommendQuestion(String en, String zh) {
        return new SurveyQuestion(0, 0, SurveyQuestionKind.NPS, null, en, zh, List.of(), List.of(), true);
    }

    // ---- surveys (staff) ----

    @Transactional
    public SurveyView createSurvey(CampaignId id, SurveyDetails d) {
        campaigns.campaign(id);
        Instant now = Instant.now(clock);
        LocalDate today = calendar.today();
        List<MarketingInputInvalid> problems = problems(d, today);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        List<SurveyQuestion> qs = d.questions();
        if (store.surveys(id).size() >= MAX_SURVEYS) {
            throw new MarketingInputInvalid("marketing.survey.too-many", "at most " + MAX_SURVEYS + " surveys a campaign",
                    String.valueOf(MAX_SURVEYS));
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        // answers until the end of the last day in the product's zone
        Instant expires = calendar.startOf(d.lastDay().plusDays(1));
        long sid = store.createSurvey(id, token, d.titleEn().strip(), d.titleZh().strip(), d.askContact(),
                d.askContact() ? d.privacyContact().strip() : null, expires, qs.stream().map(Feedback::stripped).toList(),
                CurrentUser.name(), now);
        SurveyView v = store.survey(sid).orElseThrow();
        audit.record(SURVEY, String.valueOf(sid), AuditAction.CREATED, null, json.writeValueAsString(withoutToken(v)));
        return v;
    }

    @Transactional(readOnly = true)
    public List<SurveyView> surveys(CampaignId id) {
        campaigns.campaign(id);
        return store.surveys(id);
    }

    @Transactional(readOnly = true)
    public SurveyView survey(CampaignId id, long surveyId) {
        return store.survey(surveyId).filter(s -> s.campaignId().equals(id))
                .orElseThrow(() -> new FeedbackNotFound("survey", surveyId));
    }

    /** Closes the survey to answers now; its answers stay. */
    @Transactional
    public SurveyView closeSurvey(CampaignId id, long surveyId, long version) {
        SurveyView s = survey(id, surveyId);
        if (s.closedAt() != null) {
            return s;
        }
        if (!store.closeSurvey(surveyId, version, CurrentUser.name(), Instant.now(clock))) {
            throw stale(s.version(), version);
        }
        SurveyView after = store.survey(surveyId).orElseThrow();
        audit.record(SURVEY, String.valueOf(surveyId), AuditAction.CHANGED, null, json.writeValueAsString(withoutToken(after)));
        return after;
    }

    @Transactional(readOnly = true)
    public SurveyResults results(CampaignId id, long surveyId) {
        SurveyView s = survey(id, surveyId);
        List<FeedbackStore.StoredAnswer> answers = store.answers(surveyId);
        Map<Long, SurveyQuestion> byId = new LinkedHashMap<>();
        s.questions().forEach(q -> byId.put(q.id(), q));
        List<Integer> ratings = new ArrayList<>();
        int[] dist = new int[11];
        Map<Long, int[]> choices = new LinkedHashMap<>();
        s.questions().stream().filter(q -> q.kind() == SurveyQuestionKind.CHOICE)
                .forEach(q -> choices.put(q.id(), new int[q.optionsEn().size()]));
        List<TextAnswer> texts = new ArrayList<>();
        List<ThemeCounts.Tag> tags = new ArrayList<>();
        for (FeedbackStore.StoredAnswer a : answers) {
            SurveyQuestion q = byId.get(a.questionId());
            if (q == null) {
                continue;
            }
            if (q.kind() == SurveyQuestionKind.NPS && a.rating() != null) {
                ratings.add(a.rating());
                dist[a.rating()]++;
            } else if (q.kind() == SurveyQuestionKind.CHOICE && a.choice() != null && a.choice() < choices.get(q.id()).length) {
                choices.get(q.id())[a.choice()]++;
            } else if (a.text() != null) {
                texts.add(new TextAnswer(a.id(), a.responseId(), a.questionId(), a.text(), a.language(), a.submittedAt(), a.themeKind(),
                        a.theme()));
                if (a.theme() != null) {
                    tags.add(new ThemeCounts.Tag(a.themeKind(), a.theme()));
                }
            }
        }
        List<Integer> distribution = new ArrayList<>();
        for (int c : dist) {
            distribution.add(c);
        }
        List<SurveyResults.ChoiceTally> tallies = choices.entrySet().stream()
                .map(e -> new SurveyResults.ChoiceTally(e.getKey(), java.util.Arrays.stream(e.getValue()).boxed().toList())).toList();
        return new SurveyResults(s, NetPromoterScore.of(ratings), distribution, tallies, texts, ThemeCounts.of(tags));
    }

    /** One page of a survey's free-text answers, oldest first (for the API), and the total. */
    @Transactional(readOnly = true)
    public List<TextAnswer> texts(CampaignId id, long surveyId, long offset, int limit) {
        survey(id, surveyId);
        return store.texts(surveyId, offset, Math.min(limit, MAX_TEXT_PAGE));
    }

    @Transactional(readOnly = true)
    public long countTexts(CampaignId id, long surveyId) {
        survey(id, surveyId);
        return store.countTexts(surveyId);
    }

    /** Tags a free-text answer with a theme (a need, opportunity, issue or praise); a blank label clears the tag. */
    @Transactional
    public void tag(CampaignId id, long surveyId, long answerId, ThemeKind kind, String label) {
        survey(id, surveyId);
        String theme = ThemeCounts.normalise(label);
        if (!theme.isEmpty() && (kind == null || theme.length() > 60)) {
            throw new MarketingInputInvalid("marketing.survey.theme-invalid", "a theme needs its kind and a label of at most 60 characters");
        }
        if (!store.tag(surveyId, answerId, theme.isEmpty() ? null : kind, theme.isEmpty() ? null : theme)) {
            throw new FeedbackNotFound("answer", answerId);
        }
        audit.record(SURVEY, String.valueOf(surveyId), AuditAction.CHANGED, null,
                json.writeValueAsString(Map.of("answer", answerId, "themeKind", kind == null ? "" : kind.name(), "theme", theme)));
    }

    /** The themes of every survey of the campaign, counted (P3.3.5, P3.3.6). */
    @Transactional(readOnly = true)
    public List<ThemeCounts.Count> themes(CampaignId id) {
        campaigns.campaign(id);
        return ThemeCounts.of(store.campaignTags(id).stream()
                .map(r -> new ThemeCounts.Tag(r[0] == null ? null : ThemeKind.valueOf((String) r[0]), (String) r[1])).toList());
    }

    // ---- the public side ----

    /** The survey behind a public link, if it takes answers now. */
    @Transactional(readOnly = true)
    public SurveyView open(String token) {
        SurveyView s = token == null || token.length() > 64 ? null : store.surveyByToken(token).orElse(null);
        if (s == null) {
            throw new SurveyUnavailable(SurveyUnavailable.Reason.UNKNOWN, null);
        }
        return switch (s.state(Instant.now(clock))) {
            case OPEN -> s;
            case CLOSED -> throw new SurveyUnavailable(SurveyUnavailable.Reason.CLOSED, s.closedAt());
            case EXPIRED -> throw new SurveyUnavailable(SurveyUnavailable.Reason.EXPIRED, s.expiresAt().minusSeconds(1));
        };
    }

    /**
     * Saves one respondent's answers: every field is checked first and all problems named together; nothing is
     * saved when one is wrong. At most {@code answersPerAddress} answers per survey and client address in the
     * window; the address itself is not stored, only a hash of it with the survey's token, and only for the window.
     */
    @Transactional
    public void answer(String token, SurveySubmission sub, String clientAddress) {
        SurveyView s = open(token);
        Instant now = Instant.now(clock);
        String key = clientKey(token, clientAddress);
        if (store.recentAnswers(key, now.minus(window)) >= answersPerAddress) {
            throw new SurveyThrottled(answersPerAddress, window.toMinutes());
        }
        Map<String, MessageSourceResolvable> problems = new LinkedHashMap<>();
        List<FeedbackStore.NewAnswer> answers = new ArrayList<>();
        Map<Long, String> given = sub.answers() == null ? Map.of() : sub.answers();
        for (SurveyQuestion q : s.questions()) {
            String raw = given.get(q.id());
            String value = raw == null ? null : raw.strip();
            if (value == null || value.isEmpty()) {
                if (q.required()) {
                    problems.put(q.field(), code("marketing.survey.answer.required"));
                }
                continue;
            }
            switch (q.kind()) {
                case NPS -> {
                    Integer r = wholeNumber(value);
                    if (r == null || r < 0 || r > 10) {
                        problems.put(q.field(), code("marketing.survey.answer.rating"));
                    } else {
                        answers.add(new FeedbackStore.NewAnswer(q.id(), r, null, null));
                    }
                }
                case CHOICE -> {
                    Integer c = wholeNumber(value);
                    if (c == null || c < 0 || c >= q.optionsEn().size()) {
                        problems.put(q.field(), code("marketing.survey.answer.choice"));
                    } else {
                        answers.add(new FeedbackStore.NewAnswer(q.id(), null, c, null));
                    }
                }
                case TEXT -> {
                    String problem = FeedbackText.problem(raw, FeedbackText.MAX_CHARS);
                    if (problem != null) {
                        problems.put(q.field(), code(problem, String.valueOf(FeedbackText.MAX_CHARS)));
                    } else {
                        answers.add(new FeedbackStore.NewAnswer(q.id(), null, null, value));
                    }
                }
            }
        }
        String name = blankToNull(sub.contactName());
        String email = blankToNull(sub.contactEmail());
        if (!s.askContact()) {
            // data minimised: a survey that asks for no contact stores none, whatever was sent
            name = null;
            email = null;
        } else if ((name != null || email != null) && !sub.consent()) {
            problems.put("consent", code("marketing.survey.consent.required"));
        } else {
            if (name != null && FeedbackText.problem(name, 100) != null) {
                problems.put("contactName", code("marketing.survey.contact.name"));
            }
            if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
                problems.put("contactEmail", code("marketing.survey.contact.email"));
            }
        }
        if (!problems.isEmpty()) {
            throw new SurveyAnswerInvalid(problems);
        }
        boolean consented = name != null || email != null;
        String language = chinese(sub.language() == null ? null : Locale.forLanguageTag(sub.language())) ? "zh-TW" : "en";
        store.saveResponse(s.id(), language, name, email, consented ? now : null, consented ? NOTICE_VERSION : null, now, answers);
        store.countAnswer(key, now);
    }

    static String clientKey(String token, String address) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((token + "|" + address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- ideas (staff) ----

    @Transactional
    public IdeaView addIdea(CampaignId id, IdeaDetails d) {
        CampaignView c = campaigns.campaign(id);
        if (d == null || blank(d.idea(), 2000)) {
            throw new MarketingInputInvalid("marketing.idea.text", "an idea needs its text (at most 2000 characters)");
        }
        if (d.activityId() != null && campaigns.activities(id).stream().noneMatch(a -> a.id() == d.activityId())) {
            throw CampaignNotFound.activity(d.activityId());
        }
        String market = d.market() == null || d.market().isBlank() ? c.market() : CountryCode.of(d.market()).value();
        if (store.ideas(id).size() >= MAX_IDEAS) {
            throw new MarketingInputInvalid("marketing.idea.too-many", "at most " + MAX_IDEAS + " ideas a campaign", String.valueOf(MAX_IDEAS));
        }
        long ideaId = store.addIdea(id, new IdeaDetails(d.activityId(), market, d.idea().strip()), CurrentUser.name(), Instant.now(clock));
        IdeaView v = idea(id, ideaId);
        audit.record(IDEA, String.valueOf(ideaId), AuditAction.CREATED, null, json.writeValueAsString(v));
        return v;
    }

    @Transactional(readOnly = true)
    public List<IdeaView> ideas(CampaignId id) {
        campaigns.campaign(id);
        return store.ideas(id);
    }

    /** The signed-in person's vote for an idea; a second vote by the same person is refused. */
    @Transactional
    public IdeaView vote(CampaignId id, long ideaId) {
        IdeaView before = idea(id, ideaId);
        if (before.status() == IdeaStatus.REJECTED || before.status() == IdeaStatus.DONE) {
            throw new MarketingInputInvalid("marketing.idea.vote-closed", "a decided idea takes no votes");
        }
        if (!store.vote(ideaId, CurrentUser.name())) {
            throw new MarketingInputInvalid("marketing.idea.voted", "you voted for this idea already");
        }
        IdeaView after = idea(id, ideaId);
        audit.record(IDEA, String.valueOf(ideaId), AuditAction.CHANGED, null, json.writeValueAsString(after));
        return after;
    }

    /**
     * Moves an idea on its path — proposed (logged) → under review → accepted or rejected (a decision, with its reason)
     * → done (accepted ones only); no step is skipped. Only the campaign's owner or a MANAGER moves an idea (403
     * {@code marketing.idea.not-reviewer} for anyone else); anyone logged in may log and vote.
     */
    @Transactional
    public IdeaView moveIdea(CampaignId id, long ideaId, long version, IdeaStatus to, String decision) {
        IdeaView before = idea(id, ideaId);
        String owner = campaigns.campaign(id).owner();
        if (!CurrentUser.name().equals(owner) && !CurrentUser.hasRole(org.tradedesk.identity.Role.MANAGER)) {
            throw new org.tradedesk.shared.TradedeskException(org.tradedesk.shared.TradedeskException.Kind.FORBIDDEN,
                    "marketing.idea.not-reviewer", CurrentUser.name() + " may not move an idea: only the campaign owner " + owner
                    + " or a manager", owner);
        }
        if (!before.status().canMoveTo(to)) {
            throw new MarketingInputInvalid("marketing.idea.transition", "an idea that is " + before.status() + " cannot move to " + to,
                    new DefaultMessageSourceResolvable("marketing.idea.status." + before.status()),
                    new DefaultMessageSourceResolvable("marketing.idea.status." + to));
        }
        if (to.isDecision() && blank(decision, 2000)) {
            throw new MarketingInputInvalid("marketing.idea.decision-required", "a decision needs its reason (at most 2000 characters)");
        }
        if (!store.moveIdea(ideaId, version, to, to.isDecision() ? decision.strip() : null, CurrentUser.name(), Instant.now(clock))) {
            throw stale(before.version(), version);
        }
        IdeaView after = idea(id, ideaId);
        audit.record(IDEA, String.valueOf(ideaId), AuditAction.CHANGED, json.writeValueAsString(before), json.writeValueAsString(after));
        return after;
    }

    private IdeaView idea(CampaignId id, long ideaId) {
        return ideas(id).stream().filter(i -> i.id() == ideaId).findFirst().orElseThrow(() -> new FeedbackNotFound("idea", ideaId));
    }

    // ---- lessons and next targets ----

    @Transactional(readOnly = true)
    public ResultsNote note(CampaignId id) {
        campaigns.campaign(id);
        return store.note(id);
    }

    @Transactional
    public ResultsNote saveNote(CampaignId id, long version, String lessons, String nextTargets) {
        campaigns.campaign(id);
        if (tooLong(lessons, 4000) || tooLong(nextTargets, 4000)) {
            throw new MarketingInputInvalid("marketing.results.note-length", "lessons and next targets are at most 4000 characters each");
        }
        ResultsNote before = store.note(id);
        if (!store.saveNote(id, version, blankToNull(lessons), blankToNull(nextTargets), CurrentUser.name(), Instant.now(clock))) {
            throw stale(before.version(), version);
        }
        ResultsNote after = store.note(id);
        audit.record(NOTE, id.toString(), before.version() < 0 ? AuditAction.CREATED : AuditAction.CHANGED,
                before.version() < 0 ? null : json.writeValueAsString(before), json.writeValueAsString(after));
        return after;
    }

    // ---- rules ----

    /**
     * Every rule a new survey breaks, in the form's order (blank title, last day, privacy contact, each question), so the
     * form shows them all at once instead of one a submit (review T3 item 9); empty when the survey may be created.
     */
    public List<MarketingInputInvalid> surveyProblems(SurveyDetails d) {
        return problems(d, calendar.today());
    }

    private static List<MarketingInputInvalid> problems(SurveyDetails d, LocalDate today) {
        List<MarketingInputInvalid> out = new java.util.ArrayList<>();
        if (d == null || blank(d.titleEn(), 200) || blank(d.titleZh(), 200)) {
            out.add(new MarketingInputInvalid("marketing.survey.title-required", "a survey needs its title in English and Chinese (at most 200 characters)"));
        }
        if (d == null) {
            return out;
        }
        if (d.lastDay() == null || d.lastDay().isBefore(today) || d.lastDay().isAfter(today.plusYears(1))) {
            out.add(new MarketingFieldInvalid("lastDay", "marketing.survey.last-day", "the last day is from today to one year ahead"));
        }
        if (d.askContact() && blank(d.privacyContact(), 200)) {
            out.add(new MarketingFieldInvalid("privacyContact", "marketing.survey.privacy-contact",
                    "a survey that asks for contact details names who answers privacy questions"));
        }
        List<SurveyQuestion> qs = d.questions() == null ? List.of() : d.questions();
        if (qs.isEmpty() || qs.size() > MAX_QUESTIONS) {
            out.add(new MarketingInputInvalid("marketing.survey.questions", "a survey has 1 to " + MAX_QUESTIONS + " questions",
                    String.valueOf(MAX_QUESTIONS)));
            return out;
        }
        for (int i = 0; i < qs.size(); i++) {
            MarketingInputInvalid p = check(qs.get(i), i + 1);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static MarketingInputInvalid check(SurveyQuestion q, int n) {
        String at = String.valueOf(n);
        if (q == null || q.kind() == null || blank(q.textEn(), 300) || blank(q.textZh(), 300)) {
            return new MarketingInputInvalid("marketing.survey.question-text",
                    "question " + n + " needs its kind and its wording in English and Chinese (at most 300 characters)", at);
        }
        if (q.kind() == SurveyQuestionKind.CHOICE) {
            int en = q.optionsEn().size();
            if (en < 2 || en > MAX_OPTIONS || en != q.optionsZh().size()
                    || q.optionsEn().stream().anyMatch(o -> blank(o, 100)) || q.optionsZh().stream().anyMatch(o -> blank(o, 100))) {
                return new MarketingInputInvalid("marketing.survey.question-options",
                        "question " + n + " needs 2 to " + MAX_OPTIONS + " choices, as many in English as in Chinese", at,
                        String.valueOf(MAX_OPTIONS));
            }
        }
        return null;
    }

    private static SurveyQuestion stripped(SurveyQuestion q) {
        boolean choice = q.kind() == SurveyQuestionKind.CHOICE;
        return new SurveyQuestion(0, 0, q.kind(), q.aspect(), q.textEn().strip(), q.textZh().strip(),
                choice ? q.optionsEn().stream().map(String::strip).toList() : List.of(),
                choice ? q.optionsZh().stream().map(String::strip).toList() : List.of(), q.required());
    }

    /** The audit trail keeps the survey without its link token: a reader of the trail gets no way in. */
    private static SurveyView withoutToken(SurveyView s) {
        return new SurveyView(s.id(), s.version(), s.campaignId(), "…", s.titleEn(), s.titleZh(), s.askContact(), s.privacyContact(),
                s.expiresAt(), s.closedAt(), s.closedBy(), s.createdBy(), s.createdAt(), s.questions(), s.responses());
    }

    private static StaleEdit stale(long current, long based) {
        return new StaleEdit("marketing feedback record", "", based, current);
    }

    private static Integer wholeNumber(String s) {
        return s.length() <= 3 && s.chars().allMatch(Character::isDigit) ? Integer.valueOf(s) : null;
    }

    private static MessageSourceResolvable code(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args);
    }

    private static boolean blank(String s, int max) {
        return s == null || s.isBlank() || s.length() > max;
    }

    private static boolean tooLong(String s, int max) {
        return s != null && s.length() > max;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
