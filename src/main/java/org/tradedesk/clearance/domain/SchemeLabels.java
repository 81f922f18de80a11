package org.tradedesk.clearance.domain;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * A tax engine's duty scheme as a reader knows it (t4fixW: refusals and reports printed {@code TW_COLUMN_II}): the schemes
 * that are the engine's own codes ({@code GENERAL}, Taiwan's tariff columns) are said by {@code clearance.scheme.<code>}
 * (進口稅則第二欄稅率, Import Tariff column II rate); an agreement's name (ECFA, ChAFTA, JAEPA) is a name, kept as written.
 * The API keeps the code in its fields for machines.
 */
public final class SchemeLabels {

    /** The engine's scheme codes that are no name a reader knows. */
    static final Set<String> CODES = Set.of("GENERAL", "TW_COLUMN_I", "TW_COLUMN_II", "TW_COLUMN_III");

    private SchemeLabels() {
    }

    /** The scheme in the reader's words; a name of an agreement as written. */
    public static Arg of(String scheme) {
        String s = scheme == null ? "" : scheme.strip();
        return CODES.contains(s.toUpperCase(Locale.ROOT)) ? Arg.code("clearance.scheme." + s.toUpperCase(Locale.ROOT)) : Arg.literal(s);
    }

    /** {@link #of} as a text of its own (an argument of a refusal). */
    public static MessageText text(String scheme) {
        return MessageText.of("clearance.as-named", of(scheme));
    }

    /** Several schemes, each in the reader's words ("ECFA、進口稅則第二欄稅率"); "—" for none. */
    public static Arg list(Collection<String> schemes) {
        if (schemes.stream().noneMatch(s -> s != null && CODES.contains(s.strip().toUpperCase(Locale.ROOT)))) {
            // agreements' names only: as written
            return Arg.literal(schemes.isEmpty() ? "—" : String.join(", ", schemes));
        }
        MessageText out = null;
        for (String s : schemes) {
            out = out == null ? text(s) : MessageText.of("clearance.scheme.join", Arg.message(out), of(s));
        }
        return out == null ? Arg.literal("—") : Arg.message(out);
    }

    /** {@link #list} as a text of its own. */
    public static MessageText listText(Collection<String> schemes) {
        return MessageText.of("clearance.as-named", list(schemes));
    }

    /**
     * Whether a preference typed is the general rate (t4fixZ2: the dispute form asked for the code GENERAL): the code, or
     * the words a reader is shown for it ({@code clearance.scheme.GENERAL} in English or Chinese).
     */
    public static boolean isGeneral(String typed) {
        if (typed == null || typed.isBlank()) {
            return false;
        }
        String t = typed.strip();
        if ("GENERAL".equalsIgnoreCase(t)) {
            return true;
        }
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.TAIWAN}) {
            try {
                String word = java.util.ResourceBundle.getBundle("i18n/clearance", locale).getString("clearance.scheme.GENERAL");
                if (word.strip().equalsIgnoreCase(t)) {
                    return true;
                }
            } catch (java.util.MissingResourceException e) {
                // no bundle: the code only
            }
        }
        return false;
    }
}
