package org.tradedesk.marketing.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tradedesk.marketing.ActivityView;
import org.tradedesk.marketing.CampaignId;
import org.tradedesk.marketing.CampaignView;
import org.tradedesk.marketing.Campaigns;
import org.tradedesk.marketing.Feedback;
import org.tradedesk.marketing.documents.ResultsReport;
import org.tradedesk.marketing.domain.IdeaStatus;
import org.tradedesk.marketing.domain.MarketingMixAspect;
import org.tradedesk.marketing.domain.SurveyQuestionKind;
import org.tradedesk.marketing.domain.ThemeKind;
import org.tradedesk.platform.web.FormRebinding;
import org.tradedesk.shared.TradedeskException;

/**
 * Feedback on a campaign for staff (P3.3.3 – P3.3.6): its surveys with their public links and NPS, the results of
 * one survey with themes tagged on the free-text answers, the staff ideas log with votes and decisions, the lessons
 * and next targets, and the marketing results report (O3.3.1) as PDF or XLSX.
 */
@Controller
class FeedbackPageController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Campaigns campaigns;
    private final Feedback feedback;
    private final ResultsReport report;
    private final MessageSource messages;
    private final SmartValidator validator;
    private final Clock clock;
    private final org.tradedesk.platform.BusinessCalendar calendar;

    FeedbackPageController(Campaigns campaigns, Feedback feedback, ResultsReport report, MessageSource messages, SmartValidator validator,
            Clock clock, org.tradedesk.platform.BusinessCalendar calendar) {
        this.calendar = calendar;
        this.campaigns = campaigns;
        this.feedback = feedback;
        this.report = report;
        this.messages = messages;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/marketing/campaigns/{id}/feedback")
    String page(@PathVariable long id, Model model) {
        return show(model, campaigns.campaign(new CampaignId(id)));
    }

    @PostMapping("/marketing/campaigns/{id}/surveys")
    String createSurvey(@PathVariable long id, @Validated @ModelAttribute("surveyForm") SurveyForm bound, BindingResult bindingErrors,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        CampaignView c = campaigns.campaign(new CampaignId(id));
        FormRebinding.Bound<SurveyForm> rebound = FormRebinding.formToShow(bound, bindingErrors, SurveyForm.class, request, validator, model);
        if (rebound.form() != null) {
            // every rule the survey breaks at once (review T3 item 9): not the blank title now, the last day next submit
            BindingResult errors = rebound.errors();
            for (org.tradedesk.marketing.MarketingInputInvalid p : feedback.surveyProblems(rebound.form().toDetails())) {
                if (p.messageCode().equals("marketing.survey.title-required")
                        && (errors.hasFieldErrors("titleEn") || errors.hasFieldErrors("titleZh"))) {
                    continue; // said at the title fields already
                }
                if (p instanceof org.tradedesk.marketing.MarketingFieldInvalid f) {
                    if (!errors.hasFieldErrors(f.field())) {
                        errors.rejectValue(f.field(), p.messageCode(), org.tradedesk.platform.Formats.readerArguments(p.arguments()), p.getMessage());
                    }
                } else {
                    errors.reject(p.messageCode(), org.tradedesk.platform.Formats.readerArguments(p.arguments()), p.getMessage());
                }
            }
            if (errors.hasErrors()) {
                model.addAttribute("surveyForm", rebound.form());
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "surveyForm", errors);
            }
        }
        if (rebound.form() != null && !rebound.errors().hasErrors()) {
            try {
                feedback.createSurvey(c.id(), rebound.form().toDetails());
                return "redirect:/marketing/campaigns/" + id + "/feedback";
            } catch (TradedeskException e) {
                rebound.errors().reject(e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments()), e.getMessage());
                model.addAttribute("surveyForm", rebound.form());
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "surveyForm", rebound.errors());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(model, c);
    }

    @PostMapping("/marketing/campaigns/{id}/surveys/{surveyId}/close")
    String close(@PathVariable long id, @PathVariable long surveyId, @RequestParam long version, RedirectAttributes flash) {
        try {
            feedback.closeSurvey(new CampaignId(id), surveyId, version);
        } catch (TradedeskException e) {
            flash.addFlashAttribute("errorCode", e.messageCode());
            flash.addFlashAttribute("errorArgs", org.tradedesk.platform.Formats.readerArguments(e.arguments()));
        }
        return "redirect:/marketing/campaigns/" + id + "/feedback";
    }

    @GetMapping("/marketing/campaigns/{id}/surveys/{surveyId}")
    String results(@PathVariable long id, @PathVariable long surveyId, Model model) {
        CampaignId cid = new CampaignId(id);
        model.addAttribute("campaign", campaigns.campaign(cid));
        var results = feedback.results(cid, surveyId);
        model.addAttribute("results", results);
        model.addAttribute("questionById", results.survey().questions().stream()
                .collect(Collectors.toMap(q -> q.id(), q -> q)));
        model.addAttribute("themeKinds", ThemeKind.values());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        model.addAttribute("now", Instant.now(clock));
        model.addAttribute("link", link(feedback.survey(cid, surveyId).publicPath()));
        return "marketing/survey-results";
    }

    @PostMapping("/marketing/campaigns/{id}/surveys/{surveyId}/answers/{answerId}/theme")
    String tag(@PathVariable long id, @PathVariable long surveyId, @PathVariable long answerId,
            @RequestParam(required = false) ThemeKind kind, @RequestParam(required = false) String theme, RedirectAttributes flash) {
        try {
            feedback.tag(new CampaignId(id), surveyId, answerId, kind, theme);
        } catch (TradedeskException e) {
            flash.addFlashAttribute("errorCode", e.messageCode());
            flash.addFlashAttribute("errorArgs", org.tradedesk.platform.Formats.readerArguments(e.arguments()));
        }
        return "redirect:/marketing/campaigns/" + id + "/surveys/" + surveyId + "#answer-" + answerId;
    }

    @PostMapping("/marketing/campaigns/{id}/ideas")
    String addIdea(@PathVariable long id, @Validated @ModelAttribute("ideaForm") IdeaForm bound, BindingResult bindingErrors, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        CampaignView c = campaigns.campaign(new CampaignId(id));
        FormRebinding.Bound<IdeaForm> rebound = FormRebinding.formToShow(bound, bindingErrors, IdeaForm.class, request, validator, model);
        if (rebound.form() != null && !rebound.errors().hasErrors()) {
            try {
                feedback.addIdea(c.id(), rebound.form().toDetails());
                return "redirect:/marketing/campaigns/" + id + "/feedback#ideas";
            } catch (TradedeskException e) {
                rebound.errors().reject(e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments()), e.getMessage());
                model.addAttribute("ideaForm", rebound.form());
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "ideaForm", rebound.errors());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(model, c);
    }

    @PostMapping("/marketing/campaigns/{id}/ideas/{ideaId}/vote")
    String vote(@PathVariable long id, @PathVariable long ideaId, RedirectAttributes flash) {
        try {
            feedback.vote(new CampaignId(id), ideaId);
        } catch (TradedeskException e) {
            flash.addFlashAttribute("errorCode", e.messageCode());
            flash.addFlashAttribute("errorArgs", org.tradedesk.platform.Formats.readerArguments(e.arguments()));
        }
        return "redirect:/marketing/campaigns/" + id + "/feedback#ideas";
    }

    @PostMapping("/marketing/campaigns/{id}/ideas/{ideaId}/status")
    String moveIdea(@PathVariable long id, @PathVariable long ideaId, @RequestParam long version, @RequestParam IdeaStatus status,
            @RequestParam(required = false) String decision, RedirectAttributes flash) {
        try {
            feedback.moveIdea(new CampaignId(id), ideaId, version, status, decision);
        } catch (TradedeskException e) {
            flash.addFlashAttribute("errorCode", e.messageCode());
            flash.addFlashAttribute("errorArgs", org.tradedesk.platform.Formats.readerArguments(e.arguments()));
        }
        return "redirect:/marketing/campaigns/" + id + "/feedback#ideas";
    }

    @PostMapping("/marketing/campaigns/{id}/results-note")
    String saveNote(@PathVariable long id, @Validated @ModelAttribute("noteForm") ResultsNoteForm bound, BindingResult bindingErrors,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        CampaignView c = campaigns.campaign(new CampaignId(id));
        FormRebinding.Bound<ResultsNoteForm> rebound = FormRebinding.formToShow(bound, bindingErrors, ResultsNoteForm.class, request,
                validator, model);
        if (rebound.form() != null && !rebound.errors().hasErrors()) {
            try {
                feedback.saveNote(c.id(), rebound.form().version(), rebound.form().lessons(), rebound.form().nextTargets());
                return "redirect:/marketing/campaigns/" + id + "/feedback#lessons";
            } catch (TradedeskException e) {
                rebound.errors().reject(e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments()), e.getMessage());
                model.addAttribute("noteForm", rebound.form());
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "noteForm", rebound.errors());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(model, c);
    }

    /** O3.3.1 the marketing results report, in the page's language (or {@code ?lang=}). */
    @GetMapping("/marketing/campaigns/{id}/documents/results.{format:pdf|xlsx}")
    ResponseEntity<byte[]> report(@PathVariable long id, @PathVariable String format) {
        CampaignId cid = new CampaignId(id);
        Locale locale = LocaleContextHolder.getLocale();
        boolean pdf = format.equals("pdf");
        byte[] body = pdf ? report.pdf(cid, locale) : report.xlsx(cid, locale);
        return ResponseEntity.ok().contentType(pdf ? MediaType.APPLICATION_PDF : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("campaign-" + id + "-results." + format).build().toString())
                .body(body);
    }

    private String show(Model model, CampaignView c) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("campaign", c);
        var surveys = feedback.surveys(c.id());
        model.addAttribute("surveys", surveys);
        model.addAttribute("links", surveys.stream().collect(Collectors.toMap(s -> s.id(), s -> link(s.publicPath()))));
        model.addAttribute("npsBySurvey", surveys.stream().collect(Collectors.toMap(s -> s.id(), s -> feedback.results(c.id(), s.id()).nps())));
        model.addAttribute("now", Instant.now(clock));
        model.addAttribute("locale", locale);
        model.addAttribute("ideas", feedback.ideas(c.id()));
        Map<Long, String> names = campaigns.activities(c.id()).stream().collect(Collectors.toMap(ActivityView::id, ActivityView::name));
        model.addAttribute("activityNames", names);
        model.addAttribute("activities", campaigns.activities(c.id()));
        model.addAttribute("themes", feedback.themes(c.id()));
        model.addAttribute("ideaStatuses", IdeaStatus.values());
        // only the campaign owner or a manager moves an idea (Feedback#moveIdea refuses anyone else): others see no form
        model.addAttribute("canReviewIdeas", c.owner().equals(org.tradedesk.identity.CurrentUser.name())
                || org.tradedesk.identity.CurrentUser.hasRole(org.tradedesk.identity.Role.MANAGER));
        model.addAttribute("questionKinds", new SurveyQuestionKind[] {SurveyQuestionKind.TEXT, SurveyQuestionKind.CHOICE});
        model.addAttribute("aspects", MarketingMixAspect.values());
        if (!model.containsAttribute("surveyForm")) {
            model.addAttribute("surveyForm", SurveyForm.empty(calendar.today().plusDays(30),
                    messages.getMessage("marketing.survey.nps-question", null, Locale.ENGLISH),
                    messages.getMessage("marketing.survey.nps-question", null, Locale.TRADITIONAL_CHINESE)));
        }
        if (!model.containsAttribute("ideaForm")) {
            model.addAttribute("ideaForm", IdeaForm.empty());
        }
        if (!model.containsAttribute("noteForm")) {
            model.addAttribute("noteForm", ResultsNoteForm.of(feedback.note(c.id())));
        }
        return "marketing/feedback";
    }

    private static String link(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }
}
