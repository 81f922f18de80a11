package org.tradedesk.marketing;

import java.util.List;
import java.util.Locale;
import org.tradedesk.marketing.domain.MarketingMixAspect;
import org.tradedesk.marketing.domain.SurveyQuestionKind;

/**
 * A survey question as data: its kind (NPS rating 0–10, one of listed choices, free text), the marketing-mix
 * aspect it asks about (optional), its wording and choices in English and Traditional Chinese (the same number
 * of choices in both), and whether an answer is required. {@code id} and {@code position} are 0 on input.
 */
public record SurveyQuestion(long id, int position, SurveyQuestionKind kind, MarketingMixAspect aspect, String textEn, String textZh,
        List<String> optionsEn, List<String> optionsZh, boolean required) {

    public SurveyQuestion {
        optionsEn = optionsEn == null ? List.of() : List.copyOf(optionsEn);
        optionsZh = optionsZh == null ? List.of() : List.copyOf(optionsZh);
    }

    public String text(Locale locale) {
        return Feedback.chinese(locale) ? textZh : textEn;
    }

    public List<String> options(Locale locale) {
        return Feedback.chinese(locale) ? optionsZh : optionsEn;
    }

    /** The form field of this question on the public page. */
    public String field() {
        return "q" + id;
    }
}
