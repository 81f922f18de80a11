package org.tradedesk.marketing;

import java.time.LocalDate;
import java.util.List;

/**
 * A new survey: its title in both languages, the last day it takes answers, whether it may ask for the
 * respondent's contact (only with consent) and who answers privacy questions, and its questions.
 */
public record SurveyDetails(String titleEn, String titleZh, LocalDate lastDay, boolean askContact, String privacyContact,
        List<SurveyQuestion> questions) {
}
