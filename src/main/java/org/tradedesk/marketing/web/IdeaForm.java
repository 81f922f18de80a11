package org.tradedesk.marketing.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tradedesk.marketing.IdeaDetails;

/** A staff idea: the text, the activity it concerns (optional) and the market (blank: the campaign's). */
record IdeaForm(@NotBlank @Size(max = 2000) String idea, Long activityId, @Pattern(regexp = "|[A-Za-z]{2}") String market) {

    static IdeaForm empty() {
        return new IdeaForm(null, null, null);
    }

    IdeaDetails toDetails() {
        return new IdeaDetails(activityId, market, idea);
    }
}
