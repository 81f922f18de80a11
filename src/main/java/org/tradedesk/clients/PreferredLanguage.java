package org.tradedesk.clients;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;
import org.tradedesk.platform.SupportedLocales;

/** The language letters and e-mails to a client or contact are written in. */
public enum PreferredLanguage {
    ZH_TW("zh-TW"), EN("en");

    private final String tag;

    PreferredLanguage(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return SupportedLocales.parse(tag);
    }

    /** {@code zh-TW} and {@code en} as well as the constant names: callers send the language tag they know. */
    @JsonCreator
    public static PreferredLanguage ofTag(String tag) {
        for (PreferredLanguage l : values()) {
            if (l.tag.equalsIgnoreCase(tag) || l.name().equalsIgnoreCase(tag)) {
                return l;
            }
        }
        throw new org.tradedesk.shared.InvalidValueException("clients.language.invalid",
                "preferred language must be zh-TW or en, not " + tag);
    }
}
