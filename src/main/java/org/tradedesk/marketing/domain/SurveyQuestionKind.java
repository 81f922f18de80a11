package org.tradedesk.marketing.domain;

/** What a survey question asks for: a 0–10 recommendation rating (NPS), one of listed choices, or free text. */
public enum SurveyQuestionKind {
    NPS, CHOICE, TEXT
}
