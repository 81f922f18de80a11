package org.tradedesk.clearance.domain;

import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * A check rule's regulation in the reader's language (T4 acceptance review, t4fixT 5: 「關稅法 第17條；貨物通關自動化實施辦法」
 * was shown untranslated to English readers). {@code clearance/checks.tsv} gives a rule's regulation as a message code,
 * {@code law:<name>}, the text being {@code clearance.law.<name>} in both bundles (English names the act and keeps the
 * Chinese title beside it: "Customs Act (關稅法) art 17"). A regulation written as text (an AU rule's, or an issue stored
 * before the codes) is shown as it was written.
 */
public final class Regulations {

    /** The prefix of a regulation given as a message code in checks.tsv. */
    public static final String PREFIX = "law:";

    private Regulations() {
    }

    /** The regulation as a message to render in the reader's language; null when there is none. */
    public static MessageText text(String regulation) {
        if (regulation == null || regulation.isBlank()) {
            return null;
        }
        String r = regulation.strip();
        if (r.startsWith(PREFIX)) {
            return MessageText.of("clearance.law." + r.substring(PREFIX.length()));
        }
        return MessageText.of("clearance.law.as-written", Arg.literal(r));
    }
}
