package org.tradedesk.marketing;

import java.time.Instant;
import org.tradedesk.marketing.domain.ThemeKind;

/** A free-text answer of a survey response with the theme staff tagged it with (none yet: nulls). */
public record TextAnswer(long id, long responseId, long questionId, String text, String language, Instant submittedAt,
        ThemeKind themeKind, String theme) {
}
