package org.tradedesk.marketing.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tradedesk.marketing.Feedback;
import org.tradedesk.marketing.SurveyAnswerInvalid;
import org.tradedesk.marketing.SurveyQuestion;
import org.tradedesk.marketing.SurveySubmission;
import org.tradedesk.marketing.SurveyThrottled;
import org.tradedesk.marketing.SurveyUnavailable;
import org.tradedesk.marketing.SurveyView;
import org.tradedesk.marketing.domain.FeedbackText;

/**
 * The public feedback survey (P3.3.4): reached by its link without login, in the respondent's language (the
 * zh-TW/en switch of every page), CSRF-protected like every form. A closed, expired or unknown link answers a
 * page that says so (410/404); too many answers from one address 429; an answer that breaks a rule 422 with the
 * form as typed and each field's error. The hidden "website" field is a trap for form-filling robots: a request
 * that fills it is thanked and nothing is stored.
 */
@Controller
class SurveyPageController {

    static final String TRAP = "website";

    private final Feedback feedback;

    SurveyPageController(Feedback feedback) {
        this.feedback = feedback;
    }

    @GetMapping("/survey/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        try {
            return page(model, feedback.open(token), Map.of(), Map.of());
        } catch (SurveyUnavailable e) {
            return unavailable(e, model, response);
        }
    }

    @PostMapping("/survey/{token}")
    String answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model,
            HttpServletResponse response) {
        SurveyView survey;
        try {
            survey = feedback.open(token);
        } catch (SurveyUnavailable e) {
            return unavailable(e, model, response);
        }
        Map<String, String> typed = new HashMap<>();
        Map<Long, String> answers = new HashMap<>();
        for (SurveyQuestion q : survey.questions()) {
            String v = params.getFirst(q.field());
            if (v != null) {
                answers.put(q.id(), v);
                // an oversized text is not sent back whole
                typed.put(q.field(), v.length() > FeedbackText.MAX_CHARS ? v.substring(0, FeedbackText.MAX_CHARS) : v);
            }
        }
        String name = params.getFirst("contactName");
        String email = params.getFirst("contactEmail");
        boolean consent = "true".equals(params.getFirst("consent")) || "on".equals(params.getFirst("consent"));
        String trap = params.getFirst(TRAP);
        if (trap != null && !trap.isEmpty()) {
            return "marketing/survey-thanks";
        }
        try {
            feedback.answer(token, new SurveySubmission(LocaleContextHolder.getLocale().toLanguageTag(), answers, name, email, consent),
                    request.getRemoteAddr());
            return "marketing/survey-thanks";
        } catch (SurveyThrottled e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("messageCode", e.messageCode());
            model.addAttribute("messageArgs", org.tradedesk.platform.Formats.readerArguments(e.arguments()));
            return "marketing/survey-unavailable";
        } catch (SurveyAnswerInvalid e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            if (name != null && name.length() <= 100) {
                typed.put("contactName", name);
            }
            if (email != null && email.length() <= 200) {
                typed.put("contactEmail", email);
            }
            typed.put("consent", String.valueOf(consent));
            return page(model, survey, typed, e.problems());
        } catch (SurveyUnavailable e) {
            return unavailable(e, model, response);
        }
    }

    /**
     * M6: reached by a forward from the security configuration when the answers came with a missing or expired CSRF
     * token: the survey again with the answers as typed and a request, in the respondent's language, to send again.
     * Nothing is stored; answered 403 (the sending was refused).
     */
    @PostMapping("/survey/{token}/resend")
    String resend(@PathVariable String token, @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        SurveyView survey;
        try {
            survey = feedback.open(token);
        } catch (SurveyUnavailable e) {
            return unavailable(e, model, response);
        }
        Map<String, String> typed = new HashMap<>();
        for (SurveyQuestion q : survey.questions()) {
            String v = params.getFirst(q.field());
            if (v != null) {
                typed.put(q.field(), v.length() > FeedbackText.MAX_CHARS ? v.substring(0, FeedbackText.MAX_CHARS) : v);
            }
        }
        String name = params.getFirst("contactName");
        String email = params.getFirst("contactEmail");
        if (name != null && name.length() <= 100) {
            typed.put("contactName", name);
        }
        if (email != null && email.length() <= 200) {
            typed.put("contactEmail", email);
        }
        typed.put("consent", String.valueOf("true".equals(params.getFirst("consent")) || "on".equals(params.getFirst("consent"))));
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("expired", true);
        return page(model, survey, typed, Map.of());
    }

    private String page(Model model, SurveyView survey, Map<String, String> typed, Map<String, MessageSourceResolvable> problems) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("survey", survey);
        model.addAttribute("surveyTitle", survey.title(locale));
        model.addAttribute("locale", locale);
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("maxChars", FeedbackText.MAX_CHARS);
        model.addAttribute("ratings", java.util.stream.IntStream.rangeClosed(0, 10).boxed().toList());
        return "marketing/survey-public";
    }

    private static String unavailable(SurveyUnavailable e, Model model, HttpServletResponse response) {
        response.setStatus(e.reason() == SurveyUnavailable.Reason.UNKNOWN ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        model.addAttribute("messageCode", e.messageCode());
        model.addAttribute("messageArgs", new Object[0]);
        model.addAttribute("since", e.since());
        return "marketing/survey-unavailable";
    }
}
