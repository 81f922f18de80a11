package org.tradedesk.marketing;

import java.util.Map;

/**
 * One respondent's answers as typed on the public page: by question id the rating (0–10), the choice's number
 * (0 for the first) or the text; the contact only with {@code consent} ticked.
 */
public record SurveySubmission(String language, Map<Long, String> answers, String contactName, String contactEmail, boolean consent) {
}
