package org.tradedesk.marketing.domain;

/**
 * The rule for text a respondent types into the public survey: at most {@link #MAX_CHARS} characters, no markup
 * (a {@code <} followed by a letter, {@code /}, {@code !} or {@code ?} — so "price < 10" passes but {@code <script>}
 * does not) and no control characters other than line breaks and tabs. Returns the message code of the problem,
 * or null when the text is acceptable.
 */
public final class FeedbackText {

    public static final int MAX_CHARS = 2000;

    private FeedbackText() {
    }

    public static String problem(String text, int max) {
        if (text == null) {
            return null;
        }
        if (text.length() > max) {
            return "marketing.survey.answer.too-long";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return "marketing.survey.answer.control";
            }
            if (c == '<' && i + 1 < text.length()) {
                char n = text.charAt(i + 1);
                if (Character.isLetter(n) || n == '/' || n == '!' || n == '?') {
                    return "marketing.survey.answer.markup";
                }
            }
        }
        return null;
    }
}
