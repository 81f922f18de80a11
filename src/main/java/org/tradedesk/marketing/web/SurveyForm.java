package org.tradedesk.marketing.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.tradedesk.marketing.Feedback;
import org.tradedesk.marketing.SurveyDetails;
import org.tradedesk.marketing.SurveyQuestion;
import org.tradedesk.marketing.domain.MarketingMixAspect;
import org.tradedesk.marketing.domain.SurveyQuestionKind;

/**
 * A new feedback survey: titles, last day, contact asked or not, the recommendation (NPS) question's wording in
 * both languages, and up to {@link #ROWS} more questions (a row with no wording is left out; choices one a line).
 */
record SurveyForm(@NotBlank @Size(max = 200) String titleEn,
        @NotBlank @Size(max = 200) String titleZh,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
        Boolean askContact,
        @Size(max = 200) String privacyContact,
        @NotBlank @Size(max = 300) String npsEn,
        @NotBlank @Size(max = 300) String npsZh,
        @Valid @Size(max = 10) List<Row> questions) {

    static final int ROWS = 5;

    record Row(SurveyQuestionKind kind, MarketingMixAspect aspect, @Size(max = 300) String textEn, @Size(max = 300) String textZh,
            @Size(max = 1000) String optionsEn, @Size(max = 1000) String optionsZh, Boolean required) {

        boolean empty() {
            return (textEn == null || textEn.isBlank()) && (textZh == null || textZh.isBlank());
        }
    }

    SurveyForm {
        List<Row> rows = new ArrayList<>(questions == null ? List.of() : questions);
        while (rows.size() < ROWS) {
            rows.add(new Row(SurveyQuestionKind.TEXT, null, null, null, null, null, false));
        }
        questions = rows;
    }

    static SurveyForm empty(LocalDate lastDay, String npsEn, String npsZh) {
        return new SurveyForm(null, null, lastDay, false, null, npsEn, npsZh, null);
    }

    SurveyDetails toDetails() {
        List<SurveyQuestion> qs = new ArrayList<>();
        qs.add(Feedback.recommendQuestion(npsEn, npsZh));
        for (Row r : questions) {
            if (!r.empty()) {
                qs.add(new SurveyQuestion(0, 0, r.kind(), r.aspect(), r.textEn(), r.textZh(), lines(r.optionsEn()), lines(r.optionsZh()),
                        Boolean.TRUE.equals(r.required())));
            }
        }
        return new SurveyDetails(titleEn, titleZh, lastDay, Boolean.TRUE.equals(askContact), privacyContact, qs);
    }

    private static List<String> lines(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split("\\R")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
