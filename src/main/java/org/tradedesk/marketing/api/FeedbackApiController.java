package org.tradedesk.marketing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tradedesk.marketing.CampaignId;
import org.tradedesk.marketing.Feedback;
import org.tradedesk.marketing.IdeaDetails;
import org.tradedesk.marketing.IdeaView;
import org.tradedesk.marketing.SurveyDetails;
import org.tradedesk.marketing.SurveyQuestion;
import org.tradedesk.marketing.SurveyResults;
import org.tradedesk.marketing.SurveyView;
import org.tradedesk.marketing.TextAnswer;
import org.tradedesk.marketing.domain.IdeaStatus;
import org.tradedesk.marketing.domain.MarketingMixAspect;
import org.tradedesk.marketing.domain.NetPromoterScore;
import org.tradedesk.marketing.domain.SurveyQuestionKind;
import org.tradedesk.marketing.domain.ThemeCounts;
import org.tradedesk.marketing.domain.ThemeKind;
import org.tradedesk.platform.web.Paging;

/** Feedback on a campaign (P3.3.3 – P3.3.6) for staff: surveys, their results and written answers, themes, ideas. */
@RestController
@RequestMapping("/api/v1/marketing/campaigns/{id}")
@Tag(name = "Marketing", description = "T3 international marketing: activity selection, campaigns, budgets, feedback")
class FeedbackApiController {

    private final Feedback feedback;
    private final Clock clock;

    FeedbackApiController(Feedback feedback, Clock clock) {
        this.feedback = feedback;
        this.clock = clock;
    }

    record QuestionBody(@NotNull SurveyQuestionKind kind, MarketingMixAspect aspect, @NotBlank @Size(max = 300) String textEn,
            @NotBlank @Size(max = 300) String textZh, @Size(max = 10) List<@Size(max = 100) String> optionsEn,
            @Size(max = 10) List<@Size(max = 100) String> optionsZh, Boolean required) {
    }

    record SurveyRequest(@NotBlank @Size(max = 200) String titleEn, @NotBlank @Size(max = 200) String titleZh,
            @Schema(description = "the link takes answers until the end of this day") @NotNull LocalDate lastDay,
            Boolean askContact, @Size(max = 200) String privacyContact,
            @Schema(description = "the first is usually the NPS question (kind NPS)") @NotNull @Size(min = 1, max = 20) @Valid List<QuestionBody> questions) {
    }

    record SurveyBody(long id, long version, String titleEn, String titleZh, String state, String link, Instant expiresAt, Instant closedAt,
            boolean askContact, int responses, List<SurveyQuestion> questions) {

        static SurveyBody of(SurveyView s, Instant now) {
            return new SurveyBody(s.id(), s.version(), s.titleEn(), s.titleZh(), s.state(now).name(), s.publicPath(), s.expiresAt(),
                    s.closedAt(), s.askContact(), s.responses(), s.questions());
        }
    }

    record NpsBody(int answers, int promoters, int passives, int detractors, BigDecimal score,
            @Schema(description = "± points at 95 %; absent below 30 answers") BigDecimal marginOfError, boolean tooFewAnswers) {

        static NpsBody of(NetPromoterScore n) {
            return new NpsBody(n.answers(), n.promoters(), n.passives(), n.detractors(), n.score(), n.marginOfError(), n.tooFewAnswers());
        }
    }

    record ResultsBody(SurveyBody survey, NpsBody nps, @Schema(description = "count of each rating 0..10") List<Integer> ratingCounts,
            List<SurveyResults.ChoiceTally> choices, List<ThemeCounts.Count> themes) {
    }

    record TextPage(long total, int page, int size, List<TextAnswer> items) {
    }

    record ThemeRequest(ThemeKind kind, @Size(max = 60) String theme) {
    }

    record IdeaRequest(@NotBlank @Size(max = 2000) String idea, Long activityId, @Size(max = 2) String market) {
    }

    record MoveRequest(@NotNull Long version, @NotNull IdeaStatus status, @Size(max = 2000) String decision) {
    }

    @GetMapping("/surveys")
    @Operation(summary = "The campaign's surveys with their public link path, state and answer count")
    List<SurveyBody> surveys(@PathVariable long id) {
        Instant now = Instant.now(clock);
        return feedback.surveys(new CampaignId(id)).stream().map(s -> SurveyBody.of(s, now)).toList();
    }

    @PostMapping("/surveys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a survey (questions as data, wording in English and Traditional Chinese)")
    SurveyBody createSurvey(@PathVariable long id, @Valid @RequestBody SurveyRequest r) {
        List<SurveyQuestion> qs = r.questions().stream().map(q -> new SurveyQuestion(0, 0, q.kind(), q.aspect(), q.textEn(), q.textZh(),
                q.optionsEn(), q.optionsZh(), Boolean.TRUE.equals(q.required()))).toList();
        SurveyView s = feedback.createSurvey(new CampaignId(id),
                new SurveyDetails(r.titleEn(), r.titleZh(), r.lastDay(), Boolean.TRUE.equals(r.askContact()), r.privacyContact(), qs));
        return SurveyBody.of(s, Instant.now(clock));
    }

    @PostMapping("/surveys/{surveyId}/close")
    @Operation(summary = "Close a survey to answers (version: the survey's, against a stale edit)")
    SurveyBody close(@PathVariable long id, @PathVariable long surveyId, @RequestParam long version) {
        return SurveyBody.of(feedback.closeSurvey(new CampaignId(id), surveyId, version), Instant.now(clock));
    }

    @GetMapping("/surveys/{surveyId}/results")
    @Operation(summary = "NPS (% promoters 9–10 − % detractors 0–6) with answer count and margin of error, rating and choice counts, themes")
    ResultsBody results(@PathVariable long id, @PathVariable long surveyId) {
        SurveyResults r = feedback.results(new CampaignId(id), surveyId);
        return new ResultsBody(SurveyBody.of(r.survey(), Instant.now(clock)), NpsBody.of(r.nps()), r.ratingCounts(), r.choices(), r.themes());
    }

    @GetMapping("/surveys/{surveyId}/answers")
    @Operation(summary = "Written answers, oldest first, a page at a time (size at most 200)")
    TextPage answers(@PathVariable long id, @PathVariable long surveyId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageRequest p = Paging.of(page, size, Feedback.MAX_TEXT_PAGE);
        CampaignId cid = new CampaignId(id);
        return new TextPage(feedback.countTexts(cid, surveyId), p.getPageNumber(), p.getPageSize(),
                feedback.texts(cid, surveyId, p.getOffset(), p.getPageSize()));
    }

    @PutMapping("/surveys/{surveyId}/answers/{answerId}/theme")
    @Operation(summary = "Tag a written answer with a theme (kind NEED, OPPORTUNITY, ISSUE or PRAISE); an empty theme clears it")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void tag(@PathVariable long id, @PathVariable long surveyId, @PathVariable long answerId, @Valid @RequestBody ThemeRequest r) {
        feedback.tag(new CampaignId(id), surveyId, answerId, r.kind(), r.theme());
    }

    @GetMapping("/themes")
    @Operation(summary = "Themes tagged on every survey of the campaign, counted, most frequent first")
    List<ThemeCounts.Count> themes(@PathVariable long id) {
        return feedback.themes(new CampaignId(id));
    }

    @GetMapping("/ideas")
    @Operation(summary = "The staff ideas log of the campaign")
    List<IdeaView> ideas(@PathVariable long id) {
        return feedback.ideas(new CampaignId(id));
    }

    @PostMapping("/ideas")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log a staff idea (market: ISO code, empty for the campaign market)")
    IdeaView addIdea(@PathVariable long id, @Valid @RequestBody IdeaRequest r) {
        return feedback.addIdea(new CampaignId(id), new IdeaDetails(r.activityId(), r.market(), r.idea()));
    }

    @PostMapping("/ideas/{ideaId}/votes")
    @Operation(summary = "Vote for an idea (one vote a person)")
    IdeaView vote(@PathVariable long id, @PathVariable long ideaId) {
        return feedback.vote(new CampaignId(id), ideaId);
    }

    @PostMapping("/ideas/{ideaId}/status")
    @Operation(summary = "Move an idea: PROPOSED → UNDER_REVIEW → ACCEPTED | REJECTED (with the decision), ACCEPTED → DONE")
    IdeaView move(@PathVariable long id, @PathVariable long ideaId, @Valid @RequestBody MoveRequest r) {
        return feedback.moveIdea(new CampaignId(id), ideaId, r.version(), r.status(), r.decision());
    }
}
