package org.tradedesk.marketing;

import java.util.Map;
import org.springframework.context.MessageSourceResolvable;

/** A public survey answer that breaks a rule; {@code problems} names each field at fault (question field, contact, consent). */
public class SurveyAnswerInvalid extends MarketingInputInvalid {

    private final transient Map<String, MessageSourceResolvable> problems;

    SurveyAnswerInvalid(Map<String, MessageSourceResolvable> problems) {
        super("marketing.survey.answer.invalid", "the answers break a rule: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, MessageSourceResolvable> problems() {
        return problems;
    }
}
