package org.tradedesk.clearance.domain;

import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * A check rule's regulation in the reader's language (T4 acceptance review, t4fixT 5: 「關稅法 第17條；貨物通關自動化實施辦法」
 * was shown untranslated to English readers). {@code clearance/checks.tsv} gives a rule's regulation as a message code,
 * {@code law:<name>}, the text being {@code clearance.law.<name>} in both bundles (English names the act and keeps the
 * Chinese title beside it: "Customs Act (關稅法) art 17"). A regulation written as text (an AU rule's, or an issue stored
 * before the codes) is shown as it was written.
 *
 * <p>The periods' data ({@code clearance/deadlines.tsv}, {@code retention.tsv}, {@code review-routes.tsv}) keeps each legal
 * reference as the citation it quotes (「關稅法 第43條」); each such citation is a message too (T4 acceptance review t4fixAE 1:
 * the en page, API and the 409 {@code clearance.transaction.retained} read 「關稅法 第43條」 while findings read "Customs Act
 * (關稅法) art 17"), so the same law reads the same way wherever it is shown: en "Customs Act (關稅法) art 43", zh 「關稅法
 * 第43條」. A citation not in {@link #CITED} is shown as written.
 */
public final class Regulations {

    /** The prefix of a regulation given as a message code in checks.tsv. */
    public static final String PREFIX = "law:";

    /** The citations the periods' data quotes, each with its message ({@code clearance.law.<name>}). */
    static final java.util.Map<String, String> CITED = java.util.Map.ofEntries(
            java.util.Map.entry("關稅法 第13條", "tw.customs-13"),
            java.util.Map.entry("關稅法 第16條", "tw.customs-16"),
            java.util.Map.entry("關稅法 第17條", "tw.customs-17"),
            java.util.Map.entry("關稅法 第43條", "tw.customs-43"),
            java.util.Map.entry("關稅法 第45條", "tw.customs-45"),
            java.util.Map.entry("關稅法 第65條", "tw.customs-65"),
            java.util.Map.entry("訴願法 第14條", "tw.appeal-14"),
            java.util.Map.entry("行政訴訟法 第106條", "tw.litigation-106"));

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
        String cited = CITED.get(r);
        if (cited != null) {
            return MessageText.of("clearance.law." + cited);
        }
        return MessageText.of("clearance.law.as-written", Arg.literal(r));
    }
}
